"""The users table: create accounts, look them up, and their public form."""

import sqlite3

from app.db import get_db
from app.passwords import hash_password

PUBLIC_FIELDS = ("id", "username", "email", "role")


class Duplicate(Exception):
    """The username or the email is already registered."""


def create(username: str, email: str, password: str, fields: dict) -> sqlite3.Row:
    """A new account; role defaults to "user" unless the registration says otherwise."""
    account = {"role": "user", **fields}
    db = get_db()
    taken = db.execute(
        "SELECT 1 FROM users WHERE username = ? OR email = ?", (username, email)
    ).fetchone()
    if taken:
        raise Duplicate
    try:
        cursor = db.execute(
            "INSERT INTO users (username, email, password_hash, role) VALUES (?, ?, ?, ?)",
            (username, email, hash_password(password), account["role"]),
        )
        db.commit()
    except sqlite3.IntegrityError as err:  # a concurrent registration took it first
        raise Duplicate from err
    return by_id(cursor.lastrowid)


def by_id(user_id: int) -> sqlite3.Row | None:
    return get_db().execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()


def by_username(username: str) -> sqlite3.Row | None:
    return get_db().execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()


def everyone() -> list[sqlite3.Row]:
    return get_db().execute("SELECT * FROM users ORDER BY id").fetchall()


def public(user: sqlite3.Row) -> dict:
    """What the API shows of an account: never the password hash."""
    return {field: user[field] for field in PUBLIC_FIELDS}
