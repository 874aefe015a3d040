"""The users and credentials tables: create accounts, look them up, and their public form."""

import sqlite3

from app.db import get_db
from app.passwords import Credential, make_credential

PUBLIC_FIELDS = ("id", "username", "email", "role")
# users.password_hash is NOT NULL in the original schema; the hash itself is in credentials.
EXTERNAL_MARKER = "see-credentials-table"


class Duplicate(Exception):
    """The username or the email is already registered."""


def create(username: str, email: str, password: str) -> sqlite3.Row:
    credential = make_credential(password)  # before the transaction: it takes a while
    db = get_db()
    try:
        with db:
            if db.execute("SELECT 1 FROM users WHERE username = ? OR email = ?", (username, email)).fetchone():
                raise Duplicate
            user_id = db.execute(
                "INSERT INTO users (username, email, password_hash, role) VALUES (?, ?, ?, 'user')",
                (username, email, EXTERNAL_MARKER),
            ).lastrowid
            db.execute(
                "INSERT INTO credentials (user_id, algorithm, iterations, salt, derived) VALUES (?, ?, ?, ?, ?)",
                (user_id, *credential),
            )
    except sqlite3.IntegrityError as err:
        raise Duplicate from err
    return by_id(user_id)


def credential_of(user_id: int) -> Credential | None:
    row = get_db().execute(
        "SELECT algorithm, iterations, salt, derived FROM credentials WHERE user_id = ?", (user_id,)
    ).fetchone()
    return Credential(*row) if row else None


def by_id(user_id: int) -> sqlite3.Row | None:
    return get_db().execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()


def by_username(username: str) -> sqlite3.Row | None:
    return get_db().execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()


def everyone() -> list[sqlite3.Row]:
    return get_db().execute("SELECT * FROM users ORDER BY id").fetchall()


def public(user: sqlite3.Row) -> dict:
    return {field: user[field] for field in PUBLIC_FIELDS}
