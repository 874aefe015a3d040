"""Accounts outlive the app process and live in a SQLite file in the workspace. This module
starts the app itself, so it must not use the module-scoped `app` fixture."""

import sqlite3
from contextlib import contextmanager

from accounts_api import account, expect, login, new_client, register
from conftest import start_app

SQLITE_HEADER = b"SQLite format 3\x00"


@contextmanager
def running_app():
    app = start_app()
    try:
        yield app
    finally:
        app.stop()


def sqlite_holds(path, value: str) -> bool:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in db.execute(f'SELECT * FROM "{table}"'):  # table names come from the file itself
                if value in (str(v) for v in row):
                    return True
    return False


def test_account_survives_a_restart_and_is_stored_in_sqlite(workspace):
    data = account("durable")
    with running_app() as app:
        register(new_client(app), data)
    with running_app() as app:
        expect(login(new_client(app), data["username"], data["password"]), 200)
    databases = [p for p in workspace.rglob("*") if p.is_file() and p.read_bytes()[:16] == SQLITE_HEADER]
    assert any(sqlite_holds(db, data["username"]) for db in databases), (
        "no SQLite file in the workspace holds the account"
    )
