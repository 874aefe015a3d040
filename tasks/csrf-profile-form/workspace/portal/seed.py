"""The members every fresh database starts with (seeded once, when there are none)."""

import sqlite3

from werkzeug.security import generate_password_hash

# username, password, email, credits: documented in README.md for local sign-in.
MEMBERS = [
    ("alice", "alice-wonderland-1", "alice@example.com", 100),
    ("bob", "bob-builder-2", "bob@example.com", 100),
    ("mallory", "mallory-mischief-3", "mallory@example.com", 100),
]


def seed(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]:
        return
    conn.executemany(
        "INSERT INTO users (username, password_hash, email, credits) VALUES (?, ?, ?, ?)",
        [(name, generate_password_hash(password), email, credits) for name, password, email, credits in MEMBERS],
    )
