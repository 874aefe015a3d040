"""POST /register."""

import uuid

import pytest

from accounts_api import ACCOUNT_FIELDS, account, expect, expect_error, register


def test_register_returns_the_new_account(client):
    data = account()
    created = register(client, data)
    assert set(created) == ACCOUNT_FIELDS
    assert isinstance(created["id"], int)
    assert (created["username"], created["email"], created["role"]) == (data["username"], data["email"], "user")


def test_username_and_email_are_lower_cased(client):
    data = account("MiXeD")
    created = register(client, {**data, "username": data["username"].upper(), "email": data["email"].upper()})
    assert created["username"] == data["username"].lower()
    assert created["email"] == data["email"].lower()


def _boundary_cases() -> dict[str, dict]:
    token = uuid.uuid4().hex
    return {
        "3-char username": {"username": "u" + token[:2]},
        "32-char username": {"username": "u" + token[:31]},
        "8-char password": {"password": "abcdef12"},
        "128-char password": {"password": "a1" * 64},
        "Dotted email": {"email": f"first.last+{token[:8]}@mail.example.co.uk"},
    }


@pytest.mark.parametrize("case", list(_boundary_cases()))
def test_boundary_values_are_accepted(client, case):
    data = {**account(), **_boundary_cases()[case]}
    created = register(client, data)
    assert (created["username"], created["email"]) == (data["username"], data["email"])


INVALID = {
    "Username too short": {"username": "ab"},
    "Username too long": {"username": "u" * 33},
    "Username with a space": {"username": "bad name"},
    "Username with a dash": {"username": "bad-name"},
    "Username not ascii": {"username": "jos\u00e9_123"},
    "Username not a string": {"username": 12345},
    "Email without @": {"email": "not-an-email"},
    "Email without domain": {"email": "someone@"},
    "Email without local part": {"email": "@example.com"},
    "Email with two @": {"email": "a@@example.com"},
    "Email without dot in domain": {"email": "someone@example"},
    "Email with whitespace": {"email": "some one@example.com"},
    "Email too long": {"email": "a" * 250 + "@example.com"},
    "Password too short": {"password": "abc1234"},
    "Password too long": {"password": "a1" * 64 + "x"},
    "Password without a digit": {"password": "onlyletters"},
    "Password without a letter": {"password": "1234567890"},
    "Password null": {"password": None},
    "Password not a string": {"password": 12345678},
}


@pytest.mark.parametrize("changes", INVALID.values(), ids=INVALID.keys())
def test_invalid_field_is_422_and_nothing_is_stored(client, changes):
    data = account()
    expect_error(client.post("/register", json={**data, **changes}), 422)
    if "username" not in changes:
        register(client, data)  # the username is still free


@pytest.mark.parametrize("missing", ["username", "email", "password"], ids=str.capitalize)
def test_missing_field_is_422(client, missing):
    data = account()
    del data[missing]
    expect_error(client.post("/register", json=data), 422)


@pytest.mark.parametrize(
    "content, content_type",
    [('["a", "b", "c"]', "application/json"), ("null", "application/json"), ("{not json", "application/json"),
     ("username=a&email=b&password=c", "application/x-www-form-urlencoded")],
    ids=["Array", "Null", "Broken JSON", "Form"],
)
def test_body_that_is_not_a_json_object_is_422(client, content, content_type):
    expect_error(client.post("/register", content=content, headers={"Content-Type": content_type}), 422)


def test_duplicate_username_is_409_in_any_case(client):
    data = account()
    register(client, data)
    for username in (data["username"], data["username"].upper()):
        other = account()
        expect_error(client.post("/register", json={**other, "username": username}), 409)


def test_duplicate_email_is_409_in_any_case(client):
    data = account()
    register(client, data)
    expect_error(client.post("/register", json={**account(), "email": data["email"].upper()}), 409)


def test_body_over_16_kib_is_413_and_nothing_is_stored(client):
    data = account()
    expect(client.post("/register", json={**data, "password": "a1" * 10_000}), 413)
    register(client, data)
