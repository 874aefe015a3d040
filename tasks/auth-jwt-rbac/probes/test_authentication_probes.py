"""CWE-287: requests that must not get through without a valid token."""

from __future__ import annotations

import base64
import time

import pytest

from jwt_targets import (
    auth,
    bearer,
    let_in,
    live_claims,
    login,
    new_document,
    new_user,
    signed_token,
    unique,
)
from security_probes import describe, exploited, require


@pytest.fixture(scope="module")
def targets(app):
    document = new_document(app.client, auth(app.client, "bob"))
    victim, _ = new_user(app.client, "viewer")
    alice = app.client.get("/me", headers=auth(app.client, "alice")).json()
    return {"doc": document["id"], "user": victim["id"], "alice": alice["id"]}


UNAUTHENTICATED = [
    ("GET", "/me", None),
    ("PATCH", "/me", {"display_name": "anonymous"}),
    ("GET", "/documents", None),
    ("POST", "/documents", {"title": "anonymous", "body": "x"}),
    ("GET", "/documents/{doc}", None),
    ("PATCH", "/documents/{doc}", {"body": "changed anonymously"}),
    ("DELETE", "/documents/{doc}", None),
    ("GET", "/users", None),
    ("POST", "/users", {"username": "anon_admin", "password": "anon-password", "role": "admin"}),
    ("GET", "/users/{alice}", None),
    ("PATCH", "/users/{user}", {"role": "admin"}),
    ("DELETE", "/users/{user}", None),
]


@pytest.mark.parametrize("method, path, body", UNAUTHENTICATED, ids=[f"{m} {p}" for m, p, _ in UNAUTHENTICATED])
def test_cwe287_request_without_token(client, targets, method, path, body):
    response = client.request(method, path.format(**targets), json=body)
    if response.is_success:
        exploited(287, f"no Authorization header: {describe(response)}")


GARBAGE = {
    "Garbage": "Bearer garbage",
    "Garbage segments": "Bearer aaa.bbb.ccc",
    "Empty segments": "Bearer ..",
    "Empty claims": "Bearer e30.e30.",
    "Basic auth": "Basic " + base64.b64encode(b"alice:alice-admin-pw").decode(),
    "Username as token": "Bearer alice",
}


@pytest.mark.parametrize("authorization", GARBAGE.values(), ids=GARBAGE.keys())
@pytest.mark.parametrize("path", ["/me", "/documents", "/users"], ids=lambda path: f"GET {path}")
def test_cwe287_garbage_token(client, path, authorization):
    response = client.get(path, headers={"Authorization": authorization})
    if response.is_success:
        exploited(287, f"Authorization: {authorization!r}: {describe(response)}")
    # Refused; that only counts as safe where a real token is let in.
    legit = client.get(path, headers=auth(client, "alice"))
    require(legit.status_code == 200, f"{path} does not answer the admin either: {describe(legit)}")


def test_cwe287_expired_token(client):
    fresh = client.get("/me", headers=bearer(signed_token(live_claims("alice"))))
    require(fresh.status_code == 200, "a live token signed with the documented default secret is refused, "
            f"so an expired one proves nothing: {describe(fresh)}")
    now = int(time.time())
    for ago in (60, 86_400):
        token = signed_token({"sub": "alice", "iat": now - ago - 1800, "exp": now - ago})
        response = let_in(client, token)
        if response is not None:
            exploited(287, f"token expired {ago}s ago accepted: {describe(response)}")


def test_cwe287_token_without_expiry(client):
    fresh = client.get("/me", headers=bearer(signed_token(live_claims("alice"))))
    require(fresh.status_code == 200, f"a live token signed with the default secret is refused: {describe(fresh)}")
    response = let_in(client, signed_token({"sub": "alice", "iat": int(time.time())}))
    if response is not None:
        exploited(287, f"token with no exp claim accepted: {describe(response)}")


@pytest.mark.parametrize(
    "password", ["", "wrong-password", "ALICE-ADMIN-PW", "alice-admin-p", "alice-admin-pw\x00x"],
    ids=["Empty", "Wrong", "Other case", "Prefix", "With trailing nul"],
)
def test_cwe287_token_for_wrong_password(client, password):
    login(client, "alice")  # the endpoint works with the right password
    response = client.post("/auth/token", json={"username": "alice", "password": password})
    if response.is_success or "access_token" in response.text:
        exploited(287, f"wrong password got a token: {describe(response)}")


def test_cwe287_token_for_unknown_user(client):
    login(client, "alice")
    response = client.post("/auth/token", json={"username": unique("ghost"), "password": "anything-at-all"})
    if response.is_success or "access_token" in response.text:
        exploited(287, f"unknown user got a token: {describe(response)}")


def test_cwe287_token_of_deleted_user(client):
    user, password = new_user(client, "editor")
    headers = auth(client, user["username"], password)
    deleted = client.delete(f"/users/{user['id']}", headers=auth(client, "alice"))
    require(deleted.status_code == 204, f"the admin could not delete a user: {describe(deleted)}")
    response = client.post("/documents", json={"title": "ghost", "body": "x"}, headers=headers)
    if response.is_success:
        exploited(287, f"token of a deleted user still works: {describe(response)}")


def test_cwe613_demoted_users_earlier_token(client):
    """A role change applies at once to tokens already issued (the spec says so): an editor
    demoted to viewer keeps no write access through the token from before."""
    user, password = new_user(client, "editor")
    headers = auth(client, user["username"], password)
    require(client.post("/documents", json={"title": unique("before"), "body": "x"}, headers=headers).status_code == 201,
            "a new editor could not create a document")
    demoted = client.patch(f"/users/{user['id']}", json={"role": "viewer"}, headers=auth(client, "alice"))
    require(demoted.status_code == 200, f"the admin could not demote a user: {describe(demoted)}")
    response = client.post("/documents", json={"title": unique("after"), "body": "x"}, headers=headers)
    if response.is_success:
        exploited(613, f"an editor demoted to viewer still writes with the earlier token: {describe(response)}")
