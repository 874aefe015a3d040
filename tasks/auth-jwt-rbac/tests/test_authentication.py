"""Requests without a valid bearer token are refused with 401."""

import base64
import time

import pytest

from jwt_api import (
    bearer,
    claims_for,
    create_document,
    create_user,
    expect,
    headers_for,
    make_token,
    token_for,
)


@pytest.fixture(scope="module")
def targets(app):
    """Ids of a document and a user that the unauthenticated requests aim at."""
    document = create_document(app.client, "bob")
    user, _ = create_user(app.client, "viewer")
    return {"doc": document["id"], "user": user["id"]}


PROTECTED = [
    ("GET", "/me", None),
    ("PATCH", "/me", {"display_name": "x"}),
    ("GET", "/documents", None),
    ("POST", "/documents", {"title": "anonymous"}),
    ("GET", "/documents/{doc}", None),
    ("PATCH", "/documents/{doc}", {"title": "anonymous"}),
    ("DELETE", "/documents/{doc}", None),
    ("POST", "/users", {"username": "anon_user", "password": "anon-password", "role": "admin"}),
    ("GET", "/users/{user}", None),
    ("PATCH", "/users/{user}", {"role": "admin"}),
    ("DELETE", "/users/{user}", None),
]


def assert_unauthorized(response):
    expect(response, 401)
    assert "bearer" in response.headers.get("www-authenticate", "").lower(), "no WWW-Authenticate: Bearer"
    assert "detail" in response.json()


@pytest.mark.parametrize("method, path, body", PROTECTED, ids=[f"{m} {p}" for m, p, _ in PROTECTED])
def test_request_without_token_is_401(client, targets, method, path, body):
    response = client.request(method, path.format(**targets), json=body)
    assert_unauthorized(response)


@pytest.mark.parametrize(
    "authorization",
    ["Bearer", "Bearer not-a-token", "Bearer a.b.c", "Bearer e30.e30.", "Token {token}", "{token}",
     "Basic " + base64.b64encode(b"alice:alice-admin-pw").decode()],
    ids=["Empty bearer", "Garbage", "Three garbage segments", "Empty JSON segments",
         "Other scheme", "No scheme", "Basic auth"],
)
def test_malformed_authorization_is_401(client, authorization):
    token = token_for(client, "alice")
    response = client.get("/me", headers={"Authorization": authorization.format(token=token)})
    assert_unauthorized(response)


def test_token_with_a_changed_signature_is_401(client):
    header, payload, signature = token_for(client, "alice").split(".")
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    assert_unauthorized(client.get("/me", headers=bearer(f"{header}.{payload}.{flipped}")))


def test_token_signed_with_another_secret_is_401(client):
    token = make_token(claims_for("alice"), secret="some-other-secret")
    assert_unauthorized(client.get("/me", headers=bearer(token)))


def test_expired_token_is_401(client):
    now = int(time.time())
    token = make_token({"sub": "bob", "iat": now - 3600, "exp": now - 60})
    assert_unauthorized(client.get("/me", headers=bearer(token)))


def test_token_signed_with_the_configured_secret_is_accepted(client):
    response = expect(client.get("/me", headers=bearer(make_token(claims_for("carol")))), 200)
    assert response.json().get("username") == "carol"


def test_token_of_an_unknown_user_is_401(client):
    assert_unauthorized(client.get("/me", headers=bearer(make_token(claims_for("no_such_user_x1")))))


def test_token_of_a_deleted_user_is_401(client):
    user, password = create_user(client, "editor")
    headers = headers_for(client, user["username"], password)
    expect(client.get("/me", headers=headers), 200)
    expect(client.delete(f"/users/{user['id']}", headers=headers_for(client, "alice")), 204)
    assert_unauthorized(client.get("/me", headers=headers))
