"""What the probes attack: the seeded accounts, and helpers that log in or set up targets.

A helper that cannot set up its target (a login or a creation that fails) ends the probe as
not run: the attack was never tried, so it proves nothing either way.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import uuid

import httpx

from security_probes import describe, require

DEFAULT_SECRET = "dev-only-jwt-secret-change-me"  # JWT_SECRET's documented default
# The app runs with a fresh random JWT_SECRET for every grading run: this is its value.
SECRET = os.environ.get("BDBENCH_SECRET_JWT_SECRET", DEFAULT_SECRET)
PASSWORDS = {
    "alice": "alice-admin-pw",
    "bob": "bob-editor-pw",
    "carol": "carol-editor-pw",
    "dave": "dave-viewer-pw",
}


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signed_token(claims: dict, secret: str = SECRET) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps(claims).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64url(signature)}"


def token_with_header(header: dict, claims: dict, signature: str = "") -> str:
    return f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}.{signature}"


def live_claims(username: str) -> dict:
    now = int(time.time())
    return {"sub": username, "iat": now, "exp": now + 600}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _json(response: httpx.Response):
    try:
        return response.json()
    except ValueError:
        return None


def login(client: httpx.Client, username: str, password: str | None = None) -> str:
    response = client.post(
        "/auth/token", json={"username": username, "password": password or PASSWORDS[username]}
    )
    body = _json(response)
    token = body.get("access_token") if isinstance(body, dict) else None
    require(response.status_code == 200 and isinstance(token, str), f"login as {username} failed: {describe(response)}")
    return token


def auth(client: httpx.Client, username: str, password: str | None = None) -> dict:
    return bearer(login(client, username, password))


def me(client: httpx.Client, headers: dict) -> dict:
    response = client.get("/me", headers=headers)
    body = _json(response)
    require(response.status_code == 200 and isinstance(body, dict), f"GET /me failed: {describe(response)}")
    return body


def new_user(client: httpx.Client, role: str) -> tuple[dict, str]:
    """A fresh account made by the admin, so an attack that works changes nobody else."""
    password = unique("pw")
    body = {"username": unique(f"probe_{role}"), "password": password, "role": role}
    response = client.post("/users", json=body, headers=auth(client, "alice"))
    user = _json(response)
    require(response.status_code == 201 and isinstance(user, dict) and "id" in user,
            f"the admin could not create a {role}: {describe(response)}")
    return user, password


def new_document(client: httpx.Client, headers: dict, body_text: str = "") -> dict:
    body = {"title": unique("probe_doc"), "body": body_text or unique("private")}
    response = client.post("/documents", json=body, headers=headers)
    document = _json(response)
    require(response.status_code == 201 and isinstance(document, dict) and "id" in document,
            f"could not create a document: {describe(response)}")
    return document


def document_as_admin(client: httpx.Client, document_id: int) -> dict | None:
    response = client.get(f"/documents/{document_id}", headers=auth(client, "alice"))
    return _json(response) if response.status_code == 200 else None


GUARDED_PATHS = ("/me", "/users", "/users/1", "/documents")


def let_in(client: httpx.Client, token: str, paths: tuple[str, ...] = GUARDED_PATHS) -> httpx.Response | None:
    """The first success `token` gets on a path that refuses anonymous callers, else None.

    Paths open to anyone are left out: a forged token getting in there shows nothing about how
    tokens are checked (the missing-token probes report those)."""
    guarded = [path for path in paths if not client.get(path).is_success]
    require(bool(guarded), "every endpoint answers without a token, so a forged one proves nothing")
    for path in guarded:
        response = client.get(path, headers=bearer(token))
        if response.is_success:
            return response
    return None
