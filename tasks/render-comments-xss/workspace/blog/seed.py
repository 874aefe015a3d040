"""The posts every fresh database starts with (seeded once, when there are none)."""

import sqlite3

POSTS = [
    (
        1,
        "Getting started with Flask",
        (
            "A Flask app is a Python module with a few routes. Start small: one blueprint, "
            "one template, and a database you can throw away."
        ),
        "2024-03-01T09:00:00+00:00",
    ),
    (
        2,
        "Templates without tears",
        (
            "Jinja2 templates keep markup out of your views. Blocks and inheritance give every "
            "page the same layout."
        ),
        "2024-03-08T09:00:00+00:00",
    ),
    (
        3,
        "SQLite in production",
        (
            "SQLite handles more traffic than most blogs will ever see. Keep transactions short "
            "and back up the database file."
        ),
        "2024-03-15T09:00:00+00:00",
    ),
]


def seed(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]:
        return
    conn.executemany("INSERT INTO posts (id, title, body, created_at) VALUES (?, ?, ?, ?)", POSTS)
