"""What the probes attack: fresh clients and accounts, and a look into the workspace's SQLite
files. A helper that cannot set up its target ends the probe as not run."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import httpx

from security_probes import describe, require

SQLITE_HEADER = b"SQLite format 3\x00"


def new_client(app, timeout: float = 10.0) -> httpx.Client:
    return httpx.Client(base_url=app.url, timeout=timeout)


def account(prefix: str = "probe", password: str | None = None) -> dict:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    return {"username": name, "email": f"{name}@example.com",
            "password": password or f"Pw-{uuid.uuid4().hex[:12]}-9"}


def register(client: httpx.Client, data: dict) -> httpx.Response:
    response = client.post("/register", json=data)
    require(response.status_code == 201, f"registration failed: {describe(response)}")
    return response


def log_in(client: httpx.Client, data: dict) -> None:
    response = client.post("/login", json={"username": data["username"], "password": data["password"]})
    require(response.status_code == 200, f"login failed: {describe(response)}")
    me = client.get("/me")
    require(me.status_code == 200, f"GET /me fails right after login: {describe(me)}")


def registered_user(app, prefix: str = "probe") -> tuple[httpx.Client, dict]:
    """A fresh account, logged in on a client of its own."""
    client = new_client(app)
    data = account(prefix)
    register(client, data)
    log_in(client, data)
    return client, data


def sqlite_files(workspace: Path) -> list[Path]:
    found = []
    for path in workspace.rglob("*"):
        if path.is_file() and path.stat().st_size >= 100:
            with path.open("rb") as handle:
                if handle.read(16) == SQLITE_HEADER:
                    found.append(path)
    return found


def stored_rows(workspace: Path, username: str) -> list[tuple[str, str, tuple]]:
    """(file, table, row) for every row of the workspace's SQLite files holding `username`."""
    rows = []
    for db_path in sqlite_files(workspace):
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
            tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            for table in tables:
                for row in db.execute(f'SELECT * FROM "{table}"'):  # names read from the file itself
                    if any(isinstance(v, str) and v.lower() == username.lower() for v in row):
                        rows.append((db_path.name, table, row))
    return rows


def require_stored(workspace: Path, username: str) -> None:
    require(bool(stored_rows(workspace, username)),
            f"no SQLite file in the workspace holds the account {username!r}: cannot inspect how it is stored")
