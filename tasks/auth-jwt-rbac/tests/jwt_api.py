"""What the hidden tests share: the seeded accounts, logins, and tokens made by hand."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import uuid

import httpx

# The grader starts the app with a fresh random JWT_SECRET on every run and passes it here.
SECRET = os.environ.get("BDBENCH_SECRET_JWT_SECRET", "dev-only-jwt-secret-change-me")
LIFETIME = 1800  # ACCESS_TOKEN_EXPIRE_MINUTES defaults to 30

PASSWORDS = {
    "alice": "alice-admin-pw",
    "bob": "bob-editor-pw",
    "carol": "carol-editor-pw",
    "dave": "dave-viewer-pw",
}
ROLES = {"alice": "admin", "bob": "editor", "carol": "editor", "dave": "viewer"}
SEEDED_TITLES = {
    "alice": "Team handbook",
    "bob": "Release plan",
    "carol": "Design notes",
    "dave": "Reading list",
}
PROFILE_FIELDS = {"id", "username", "display_name", "email", "role"}
DOCUMENT_FIELDS = {"id", "title", "body", "owner_id"}
MISSING_ID = 2_000_000_000


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_json(segment: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def sign(signing_input: str, secret: str = SECRET) -> str:
    return b64url(hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest())


def make_token(claims: dict, secret: str = SECRET) -> str:
    """An HS256 token, as any client holding the secret would make it."""
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps(claims).encode())
    return f"{header}.{payload}.{sign(f'{header}.{payload}', secret)}"


def claims_for(username: str, expires_in: int = 600) -> dict:
    now = int(time.time())
    return {"sub": username, "iat": now, "exp": now + expires_in}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def request_token(client: httpx.Client, username: str, password: str) -> httpx.Response:
    return client.post("/auth/token", json={"username": username, "password": password})


def token_for(client: httpx.Client, username: str, password: str | None = None) -> str:
    response = request_token(client, username, password or PASSWORDS[username])
    assert response.status_code == 200, f"login as {username}: {response.status_code} {response.text}"
    return response.json()["access_token"]


def headers_for(client: httpx.Client, username: str, password: str | None = None) -> dict:
    return bearer(token_for(client, username, password))


def expect(response: httpx.Response, status: int) -> httpx.Response:
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url.path}: expected {status}, "
        f"got {response.status_code} {response.text[:300]}"
    )
    return response


def profile(client: httpx.Client, username: str) -> dict:
    return expect(client.get("/me", headers=headers_for(client, username)), 200).json()


def create_user(client: httpx.Client, role: str) -> tuple[dict, str]:
    """A new account made by the admin; returns it and its password."""
    password = unique("pw")
    body = {"username": unique(role), "password": password, "role": role}
    created = expect(client.post("/users", json=body, headers=headers_for(client, "alice")), 201)
    return created.json(), password


def create_document(client: httpx.Client, username: str, password: str | None = None, **fields) -> dict:
    body = {"title": unique("doc"), "body": "text", **fields}
    response = client.post("/documents", json=body, headers=headers_for(client, username, password))
    return expect(response, 201).json()


def seeded_document(client: httpx.Client, owner: str) -> dict:
    """The document seeded for `owner`, found through the admin's listing."""
    documents = expect(client.get("/documents", headers=headers_for(client, "alice")), 200).json()
    matches = [doc for doc in documents if doc.get("title") == SEEDED_TITLES[owner]]
    assert matches, f"the seeded document {SEEDED_TITLES[owner]!r} is missing from the admin's listing"
    return matches[0]
