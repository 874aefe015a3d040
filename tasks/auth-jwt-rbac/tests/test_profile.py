"""GET and PATCH /me."""

import pytest

from jwt_api import PROFILE_FIELDS, ROLES, create_user, expect, headers_for, profile, unique


@pytest.mark.parametrize("username", sorted(ROLES), ids=str.capitalize)
def test_me_describes_the_caller(client, username):
    me = profile(client, username)
    assert set(me) == PROFILE_FIELDS
    assert me["username"] == username
    assert me["role"] == ROLES[username]
    assert isinstance(me["id"], int)


def test_patch_me_changes_display_name_and_email(client):
    user, password = create_user(client, "viewer")
    headers = headers_for(client, user["username"], password)
    changes = {"display_name": unique("Name"), "email": f"{unique('mail')}@example.com"}
    updated = expect(client.patch("/me", json=changes, headers=headers), 200).json()
    assert {k: updated[k] for k in changes} == changes
    assert {k: v for k, v in expect(client.get("/me", headers=headers), 200).json().items() if k in changes} == changes


def test_patch_me_ignores_role_username_and_id(client):
    user, password = create_user(client, "viewer")
    headers = headers_for(client, user["username"], password)
    body = {"display_name": "Still a viewer", "role": "admin", "username": "root", "id": 1}
    updated = expect(client.patch("/me", json=body, headers=headers), 200).json()
    assert updated["display_name"] == "Still a viewer"
    me = expect(client.get("/me", headers=headers), 200).json()
    assert (me["id"], me["username"], me["role"]) == (user["id"], user["username"], "viewer")
