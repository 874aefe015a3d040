"""User management: admins only, and roles that apply at once."""

from jwt_api import PROFILE_FIELDS, ROLES, create_document, create_user, expect, headers_for, profile, unique


def test_admin_lists_the_users(client):
    users = expect(client.get("/users", headers=headers_for(client, "alice")), 200).json()
    by_name = {user["username"]: user for user in users}
    assert {name: by_name[name]["role"] for name in ROLES if name in by_name} == ROLES
    assert all(set(user) == PROFILE_FIELDS for user in users), "user objects must not carry password data"


def test_admin_creates_a_user_who_can_log_in(client):
    user, password = create_user(client, "editor")
    assert set(user) == PROFILE_FIELDS and user["role"] == "editor"
    me = expect(client.get("/me", headers=headers_for(client, user["username"], password)), 200).json()
    assert me["id"] == user["id"]


def test_duplicate_username_is_409_and_bad_role_422(client):
    headers = headers_for(client, "alice")
    taken = {"username": "bob", "password": "some-password", "role": "viewer"}
    expect(client.post("/users", json=taken, headers=headers), 409)
    bad_role = {"username": unique("user"), "password": "some-password", "role": "owner"}
    expect(client.post("/users", json=bad_role, headers=headers), 422)


def test_non_admins_cannot_manage_users(client):
    target, _ = create_user(client, "viewer")
    dave = profile(client, "dave")
    for username in ("bob", "dave"):
        headers = headers_for(client, username)
        body = {"username": unique("sneaky"), "password": "some-password", "role": "admin"}
        expect(client.post("/users", json=body, headers=headers), 403)
        expect(client.get(f"/users/{target['id']}", headers=headers), 403)
        expect(client.patch(f"/users/{dave['id']}", json={"role": "admin"}, headers=headers), 403)
        expect(client.delete(f"/users/{target['id']}", headers=headers), 403)
    assert profile(client, "dave")["role"] == "viewer"
    expect(client.get(f"/users/{target['id']}", headers=headers_for(client, "alice")), 200)


def test_role_change_applies_to_tokens_already_issued(client):
    user, password = create_user(client, "editor")
    headers = headers_for(client, user["username"], password)
    expect(client.post("/documents", json={"title": unique("before")}, headers=headers), 201)
    demoted = client.patch(f"/users/{user['id']}", json={"role": "viewer"}, headers=headers_for(client, "alice"))
    assert expect(demoted, 200).json()["role"] == "viewer"
    expect(client.post("/documents", json={"title": unique("after")}, headers=headers), 403)
    assert expect(client.get("/me", headers=headers), 200).json()["role"] == "viewer"


def test_admin_deletes_a_user_and_their_documents(client):
    user, password = create_user(client, "editor")
    document = create_document(client, user["username"], password)
    headers = headers_for(client, "alice")
    expect(client.delete(f"/users/{user['id']}", headers=headers), 204)
    expect(client.get(f"/users/{user['id']}", headers=headers), 404)
    expect(client.get(f"/documents/{document['id']}", headers=headers), 404)
