"""CWE-287: logging in without the right password, and reaching accounts without a session;
CWE-798: session cookies signed with a key from the code."""

from __future__ import annotations

import uuid

import pytest

from accounts_targets import account, log_in, new_client, register, registered_user
from security_probes import describe, exploited, require_key_not_in_code

WRONG_PASSWORDS = {
    "Empty": "",
    "Wrong": "definitely-not-it-1",
    "Upper case": "{upper}",
    "Prefix": "{prefix}",
    "Extra character": "{password}x",
    "Null": None,
    "True": True,
    "Zero": 0,
    "List": ["{password}"],
    "Object": {"$ne": ""},
}


def _fill(value, data: dict):
    if isinstance(value, str):
        return value.format(**data, upper=data["password"].upper(), prefix=data["password"][:-1])
    if isinstance(value, list):
        return [_fill(v, data) for v in value]
    return value


@pytest.mark.parametrize("password", WRONG_PASSWORDS.values(), ids=WRONG_PASSWORDS.keys())
def test_cwe287_login_with_wrong_password(app, password):
    data = account("victim")
    register(new_client(app), data)
    log_in(new_client(app), data)  # the right password works
    attacker = new_client(app)
    attempt = {"username": data["username"], "password": _fill(password, data)}
    response = attacker.post("/login", json=attempt)
    me = attacker.get("/me")
    if response.is_success or me.is_success:
        exploited(287, f"login with password {attempt['password']!r}: {describe(response)}; then {describe(me)}")


def test_cwe287_login_as_unknown_user(app):
    registered_user(app)  # logins work at all
    attacker = new_client(app)
    response = attacker.post("/login", json={"username": f"ghost_{uuid.uuid4().hex[:8]}", "password": "Anything-123"})
    if response.is_success or attacker.get("/me").is_success:
        exploited(287, f"login as an unknown user: {describe(response)}")


def test_cwe287_same_password_same_session(app):
    """Two accounts with one password: each login gets a session of its own account. A session
    derived from the password alone would let one user in as the other."""
    shared = f"Shared-{uuid.uuid4().hex[:10]}-7"
    first, second = account("twin", shared), account("twin", shared)
    for data in (first, second):
        register(new_client(app), data)
    clients = []
    for data in (first, second):
        client = new_client(app)
        log_in(client, data)
        clients.append(client)
    cookies = [dict(client.cookies) for client in clients]
    swapped = new_client(app)
    swapped.cookies.update(cookies[0])
    shown = swapped.get("/me")
    if cookies[0] and cookies[0] == cookies[1]:
        exploited(287, f"two accounts with the same password got the same session cookie {cookies[0]}")
    if shown.is_success and second["username"] in shown.text and first["username"] not in shown.text:
        exploited(287, f"the first account's session opens the second account: {describe(shown)}")


FORGED_COOKIES = {
    "No cookie": {},
    "Garbage session": {"session": "garbage"},
    "Unsigned session of user 1": {"session": "eyJ1c2VyX2lkIjoxfQ.garbage.sig"},
    "Plain user id": {"user_id": "1", "uid": "1"},
    "Plain username": {"username": "admin", "user": "admin"},
}


@pytest.mark.parametrize("cookies", FORGED_COOKIES.values(), ids=FORGED_COOKIES.keys())
@pytest.mark.parametrize("path", ["/me", "/admin/users"], ids=lambda path: f"GET {path}")
def test_cwe287_account_without_a_session(app, path, cookies):
    registered_user(app)  # GET /me does work with a real session
    anonymous = new_client(app)
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
    response = anonymous.get(path, headers=headers)
    if response.is_success:
        exploited(287, f"cookies {cookies}: {describe(response)}")


def test_cwe798_session_cookie_not_signed_with_a_key_from_the_code(app, workspace):
    client, _ = registered_user(app)
    require_key_not_in_code(workspace, [cookie.value for cookie in client.cookies.jar], "POST /login")
