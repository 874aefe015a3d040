import sqlite3

import pytest

ALICE = {"username": "Alice_1", "email": "Alice@Example.com", "password": "correct horse 42"}


def register(client, **changes):
    return client.post("/register", json={**ALICE, **changes})


def test_register_returns_the_public_account(client):
    response = register(client)
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "username": "alice_1", "email": "alice@example.com", "role": "user"}


def test_duplicates_are_409(client):
    register(client)
    assert register(client, username="ALICE_1", email="other@example.com").status_code == 409
    assert register(client, username="someone", email="ALICE@example.com").status_code == 409


@pytest.mark.parametrize(
    "changes",
    [{"username": "ab"}, {"username": "a" * 33}, {"username": "bad name"}, {"email": "nope"},
     {"password": "short1"}, {"password": "x1" * 65}, {"password": "lettersonly"},
     {"password": "12345678"}, {"password": None}],
)
def test_invalid_registration_is_422(client, changes):
    assert register(client, **changes).status_code == 422


def test_role_in_the_body_is_ignored(client):
    assert register(client, role="admin", is_admin=True).get_json()["role"] == "user"


def test_password_is_stored_as_a_salted_scrypt_hash(client, app):
    register(client)
    register(client, username="bob_1", email="bob@example.com")
    with sqlite3.connect(app.config["DATABASE"]) as db:
        hashes = [row[0] for row in db.execute("SELECT password_hash FROM users")]
    assert all(h.startswith("scrypt$") and ALICE["password"] not in h for h in hashes)
    assert hashes[0] != hashes[1]


def test_login_me_logout(client):
    register(client)
    assert client.get("/me").status_code == 401
    login = client.post("/login", json={"username": "ALICE_1", "password": ALICE["password"]})
    assert login.status_code == 200
    assert client.get("/me").get_json()["username"] == "alice_1"
    assert client.post("/logout").status_code == 204
    assert client.get("/me").status_code == 401


@pytest.mark.parametrize("password", ["wrong password 1", "", ALICE["password"].upper()])
def test_wrong_password_is_401(client, password):
    register(client)
    assert client.post("/login", json={"username": "alice_1", "password": password}).status_code == 401


def test_admin_users_needs_an_admin(client):
    register(client)
    assert client.get("/admin/users").status_code == 401
    client.post("/login", json={"username": "alice_1", "password": ALICE["password"]})
    assert client.get("/admin/users").status_code == 403


def test_oversized_body_is_413(client):
    assert register(client, password="a1" * 100_000).status_code == 413
