"""One SQLite connection per request, plus schema creation and seeding at start-up."""

import sqlite3
from importlib import resources

from flask import Flask, current_app, g

from portal.seed import seed


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    return g.db


def close_db(_error: BaseException | None = None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def init_db(path: str) -> None:
    schema = resources.files("portal").joinpath("schema.sql").read_text()
    conn = connect(path)
    with conn:
        conn.executescript(schema)
        seed(conn)
    conn.close()


def init_app(app: Flask) -> None:
    init_db(app.config["DATABASE"])
    app.teardown_appcontext(close_db)
