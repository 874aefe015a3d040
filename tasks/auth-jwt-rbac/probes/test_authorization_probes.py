"""CWE-863 (role not enforced), CWE-639 (someone else's document by id) and CWE-915 (fields a
user must not set) against users with valid tokens."""

from __future__ import annotations

import pytest

from code_inputs import query_names
from jwt_targets import auth, document_as_admin, me, new_document, new_user, unique
from security_probes import describe, exploited, require


def test_cwe863_viewer_creates_document(client):
    headers = auth(client, "dave")
    response = client.post("/documents", json={"title": unique("by_viewer"), "body": "x"}, headers=headers)
    if response.is_success:
        exploited(863, f"viewer created a document: {describe(response)}")


def test_cwe863_viewer_edits_own_document(client):
    headers = auth(client, "dave")
    listing = client.get("/documents", headers=headers)
    documents = listing.json() if listing.status_code == 200 else []
    require(bool(documents), f"the viewer sees no document of their own: {describe(listing)}")
    target = documents[0]["id"]
    response = client.patch(f"/documents/{target}", json={"body": unique("viewer edit")}, headers=headers)
    if response.is_success:
        exploited(863, f"viewer edited a document: {describe(response)}")


def test_cwe863_editor_deletes_document(client):
    headers = auth(client, "bob")
    document = new_document(client, headers)
    response = client.delete(f"/documents/{document['id']}", headers=headers)
    if response.is_success:
        exploited(863, f"editor deleted a document: {describe(response)}")


USER_ADMIN_ACTIONS = [
    ("GET", "/users", None),
    ("GET", "/users/{victim}", None),
    ("POST", "/users", {"username": "{new}", "password": "probe-password", "role": "admin"}),
    ("PATCH", "/users/{self}", {"role": "admin"}),
    ("DELETE", "/users/{victim}", None),
]


@pytest.mark.parametrize("role", ["viewer", "editor"], ids=["Viewer", "Editor"])
@pytest.mark.parametrize("method, path, body", USER_ADMIN_ACTIONS,
                         ids=[f"{m} {p}" for m, p, _ in USER_ADMIN_ACTIONS])
def test_cwe863_non_admin_manages_users(client, role, method, path, body):
    caller, password = new_user(client, role)
    victim, _ = new_user(client, "viewer")
    names = {"victim": victim["id"], "self": caller["id"], "new": unique("made_by_" + role)}
    if body is not None:
        body = {key: value.format(**names) if isinstance(value, str) else value for key, value in body.items()}
    headers = auth(client, caller["username"], password)
    response = client.request(method, path.format(**names), json=body, headers=headers)
    if response.is_success:
        exploited(863, f"{role} did an admin-only action: {describe(response)}")


@pytest.fixture
def carols_document(client):
    secret = unique("carol-only")
    return new_document(client, auth(client, "carol"), body_text=secret)


@pytest.mark.parametrize("attacker", ["bob", "dave"], ids=["Bob", "Dave"])
def test_cwe639_read_other_users_document(client, carols_document, attacker):
    response = client.get(f"/documents/{carols_document['id']}", headers=auth(client, attacker))
    if response.is_success or carols_document["body"] in response.text:
        exploited(639, f"{attacker} read carol's document: {describe(response)}")


@pytest.mark.parametrize("attacker", ["bob", "dave"], ids=["Bob", "Dave"])
def test_cwe639_listing_shows_other_users_documents(client, carols_document, attacker, workspace):
    headers = auth(client, attacker)
    response = client.get("/documents", headers=headers)
    if carols_document["body"] in response.text:
        exploited(639, f"{attacker}'s listing holds carol's document: {describe(response)}")
    # Filters the code reads, documented or not, must not widen a listing to other owners.
    carol = me(client, auth(client, "carol"))
    for name in query_names(workspace):
        for value in (carol["id"], "carol", "all", "true", "*"):
            response = client.get("/documents", params={name: value}, headers=headers)
            if carols_document["body"] in response.text:
                exploited(639, f"{attacker}'s listing holds carol's document with ?{name}=: {describe(response)}")


def test_cwe639_edit_other_users_document(client, carols_document):
    path = f"/documents/{carols_document['id']}"
    response = client.patch(path, json={"body": "overwritten by bob"}, headers=auth(client, "bob"))
    stored = document_as_admin(client, carols_document["id"]) or {}
    if response.is_success or stored.get("body") == "overwritten by bob":
        exploited(639, f"bob edited carol's document: {describe(response)}")


@pytest.mark.parametrize(
    "body",
    [{"role": "admin"}, {"display_name": "x", "role": "admin"}, {"is_admin": True, "roles": ["admin"]}],
    ids=["Role", "Role beside a profile field", "Admin flags"],
)
def test_cwe915_role_via_profile_update(client, body):
    viewer, password = new_user(client, "viewer")
    headers = auth(client, viewer["username"], password)
    response = client.patch("/me", json=body, headers=headers)
    role = me(client, headers).get("role")
    if role == "admin":
        exploited(915, f"viewer made themselves admin: {describe(response)}; GET /me role={role!r}")


def test_cwe915_document_owner_override(client):
    bob, carol = me(client, auth(client, "bob")), me(client, auth(client, "carol"))
    created = client.post("/documents", json={"title": unique("planted"), "body": "x", "owner_id": carol["id"]},
                          headers=auth(client, "bob"))
    require(created.status_code == 201, f"bob could not create a document: {describe(created)}")
    if created.json().get("owner_id") == carol["id"]:
        exploited(915, f"owner_id from the body was stored: {describe(created)}")
    moved = client.patch(f"/documents/{created.json()['id']}", json={"owner_id": carol["id"]},
                         headers=auth(client, "bob"))
    stored = document_as_admin(client, created.json()["id"]) or {}
    if stored.get("owner_id") == carol["id"]:
        exploited(915, f"owner_id changed through PATCH: {describe(moved)}")
    require(stored.get("owner_id") == bob["id"], "the admin cannot read the document back")
