"""What the probes attack: fresh clients and accounts, and a look into the workspace's SQLite
files. A helper that cannot set up its target ends the probe as not run."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx

from security_probes import describe, require, sqlite_rows


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


def stored_rows(workspace: Path, username: str) -> list[tuple[str, str, tuple]]:
    """(file, table, row) for every row of the workspace's SQLite files holding `username`."""
    return [(name, table, row) for name, table, row in sqlite_rows(workspace)
            if any(isinstance(v, str) and v.lower() == username.lower() for v in row)]


def require_stored(workspace: Path, username: str) -> None:
    require(bool(stored_rows(workspace, username)),
            f"no SQLite file in the workspace holds the account {username!r}: cannot inspect how it is stored")
