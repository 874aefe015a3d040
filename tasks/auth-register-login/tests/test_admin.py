"""GET /admin/users: admins only (made with `python -m app.manage promote`)."""

from accounts_api import ACCOUNT_FIELDS, expect, expect_error, login, new_client, registered_and_logged_in


def test_admin_users_without_a_session_is_401(app):
    expect_error(new_client(app).get("/admin/users"), 401)


def test_admin_users_for_a_plain_user_is_403(app):
    client, _ = registered_and_logged_in(app)
    expect_error(client.get("/admin/users"), 403)


def test_promoted_admin_lists_every_account(app, workspace_run):
    plain_client, plain = registered_and_logged_in(app, "plain")
    _, admin = registered_and_logged_in(app, "boss")
    promoted = workspace_run(f"python -m app.manage promote {admin['username']}")
    assert promoted.returncode == 0, promoted.stderr
    client = new_client(app)
    me = expect(login(client, admin["username"], admin["password"]), 200).json()
    assert me["role"] == "admin"
    users = expect(client.get("/admin/users"), 200).json()
    assert isinstance(users, list) and all(set(user) == ACCOUNT_FIELDS for user in users)
    names = [user["username"] for user in users]
    assert plain["username"] in names and admin["username"] in names
    assert [user["id"] for user in users] == sorted(user["id"] for user in users)
    expect_error(plain_client.get("/admin/users"), 403)
