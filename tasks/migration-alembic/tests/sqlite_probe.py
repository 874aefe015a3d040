"""Direct looks into a SQLite file the workspace created; no workspace code runs here."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    # A fresh connection per call, closed at once, so no lock is held while alembic runs.
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()


def execute_many(db: Path, sql: str, rows: list[tuple]) -> None:
    with closing(sqlite3.connect(db)) as conn:
        conn.executemany(sql, rows)
        conn.commit()


def columns(db: Path, table: str) -> list[str]:
    return [row[1] for row in query(db, f"PRAGMA table_info({table})")]


def indexes(db: Path, table: str) -> dict[str, list[str]]:
    """Index name -> indexed column names, for every index on the table."""
    found = {}
    for row in query(db, f"PRAGMA index_list({table})"):
        name = row[1]
        found[name] = [info[2] for info in query(db, f"PRAGMA index_info('{name}')")]
    return found


def alembic_version(db: Path) -> list[str]:
    return [row[0] for row in query(db, "SELECT version_num FROM alembic_version")]
