"""What the hidden tests share: fresh clients (each with its own cookie jar) and account data."""

from __future__ import annotations

import uuid

import httpx

ACCOUNT_FIELDS = {"id", "username", "email", "role"}


def new_client(app) -> httpx.Client:
    """A client of its own: the session cookie of one user never leaks into another test."""
    return httpx.Client(base_url=app.url, timeout=10.0)


def account(prefix: str = "user") -> dict:
    """Valid, unique registration data."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    return {"username": name, "email": f"{name}@example.com", "password": f"pw-{uuid.uuid4().hex[:8]}-7"}


def expect(response: httpx.Response, status: int) -> httpx.Response:
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url.path}: expected {status}, "
        f"got {response.status_code} {response.text[:300]}"
    )
    return response


def expect_error(response: httpx.Response, status: int) -> None:
    expect(response, status)
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("error"), str), f"not an error object: {body!r}"


def register(client: httpx.Client, data: dict) -> dict:
    return expect(client.post("/register", json=data), 201).json()


def login(client: httpx.Client, username: str, password: str) -> httpx.Response:
    return client.post("/login", json={"username": username, "password": password})


def registered_and_logged_in(app, prefix: str = "user") -> tuple[httpx.Client, dict]:
    client = new_client(app)
    data = account(prefix)
    register(client, data)
    expect(login(client, data["username"], data["password"]), 200)
    return client, data
