"""POST /login, GET /me and POST /logout with a cookie session."""

import pytest

from accounts_api import (
    ACCOUNT_FIELDS,
    account,
    expect,
    expect_error,
    login,
    new_client,
    register,
    registered_and_logged_in,
)


@pytest.fixture
def user(app):
    data = account()
    register(new_client(app), data)
    return data


def test_login_returns_the_account_and_a_session_cookie(app, user):
    client = new_client(app)
    response = expect(login(client, user["username"], user["password"]), 200)
    body = response.json()
    assert set(body) == ACCOUNT_FIELDS and body["username"] == user["username"]
    cookie = response.headers.get("set-cookie", "").lower()
    assert cookie, "no Set-Cookie header"
    assert "httponly" in cookie, f"session cookie is not HttpOnly: {cookie}"
    assert "samesite=lax" in cookie or "samesite=strict" in cookie, f"no SameSite Lax/Strict: {cookie}"
    me = expect(client.get("/me"), 200).json()
    assert me == body


def test_username_is_matched_case_insensitively(app, user):
    client = new_client(app)
    expect(login(client, user["username"].upper(), user["password"]), 200)
    assert expect(client.get("/me"), 200).json()["username"] == user["username"]


@pytest.mark.parametrize(
    "username, password",
    [("{username}", "wrong-password-1"), ("{username}", ""), ("{username}", "{upper}"),
     ("{username}", "{password} "), ("nobody_{username}", "{password}")],
    ids=["Wrong password", "Empty password", "Password in upper case", "Trailing space", "Unknown user"],
)
def test_bad_credentials_are_401_and_open_no_session(app, user, username, password):
    client = new_client(app)
    values = {**user, "upper": user["password"].upper()}
    expect_error(login(client, username.format(**values), password.format(**values)), 401)
    expect_error(client.get("/me"), 401)


@pytest.mark.parametrize(
    "body",
    [{}, {"username": "someone"}, {"password": "something1"}, {"username": "someone", "password": None},
     {"username": ["someone"], "password": "something1"}, ["someone", "something1"]],
    ids=["Empty", "No password", "No username", "Password null", "Username a list", "Array"],
)
def test_malformed_login_is_422(client, body):
    expect_error(client.post("/login", json=body), 422)


def test_me_without_a_session_is_401(app):
    expect_error(new_client(app).get("/me"), 401)


def test_sessions_belong_to_their_client(app):
    first, first_data = registered_and_logged_in(app)
    second, second_data = registered_and_logged_in(app)
    assert expect(first.get("/me"), 200).json()["username"] == first_data["username"]
    assert expect(second.get("/me"), 200).json()["username"] == second_data["username"]
    expect_error(new_client(app).get("/me"), 401)


def test_logout_ends_the_session(app):
    client, _ = registered_and_logged_in(app)
    expect(client.get("/me"), 200)
    expect(client.post("/logout"), 204)
    expect_error(client.get("/me"), 401)
    expect(client.post("/logout"), 204)
