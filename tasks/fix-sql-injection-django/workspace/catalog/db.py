"""Schema creation and seeding (run by `manage.py init_catalog` before the server starts),
and rows as dicts."""

from importlib import resources

from django.db import connection

from catalog.seed import seed


def init_db() -> None:
    schema = resources.files("catalog").joinpath("schema.sql").read_text()
    connection.ensure_connection()
    raw = connection.connection  # the sqlite3 connection: executescript runs the whole schema
    raw.executescript(schema)
    seed(raw)
    raw.commit()


def dict_rows(cursor) -> list[dict]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
