"""The account page's forms work when they send back the session's token."""

from __future__ import annotations

import uuid

import pytest

from portal_pages import TOKEN_FIELD, account, is_redirect_to, sign_in

ACTIONS = ("/account/email", "/account/transfer", "/logout")


@pytest.fixture(scope="module")
def alice(app):
    # One session for the module: signing in verifies a slow password hash on purpose.
    return sign_in(app, "alice")


@pytest.fixture(scope="module")
def bob(app):
    return sign_in(app, "bob")


def new_email() -> str:
    return f"alice.{uuid.uuid4().hex[:10]}@example.org"


def test_every_form_carries_the_same_session_token(alice):
    me = account(alice)
    tokens = {action: me.token(action) for action in ACTIONS}
    assert len(set(tokens.values())) == 1, tokens


def test_token_stays_the_same_across_page_loads(alice):
    client = alice
    assert account(client).token("/account/email") == account(client).token("/account/email")


def test_change_email(app):
    client = sign_in(app, "alice")  # a fresh session: its first token comes from this page
    email = new_email()
    response = client.post("/account/email", data={"email": email, TOKEN_FIELD: account(client).token("/account/email")})
    assert is_redirect_to(response, "/account"), (response.status_code, response.text[:200])
    assert account(client).email == email


def test_one_token_serves_several_submissions(alice):
    client = alice
    token = account(client).token("/account/email")
    for _ in range(3):
        email = new_email()
        assert is_redirect_to(client.post("/account/email", data={"email": email, TOKEN_FIELD: token}), "/account")
        assert account(client).email == email
    before = account(client).credits
    assert is_redirect_to(client.post("/account/transfer", data={"to": "bob", "amount": "1", TOKEN_FIELD: token}),
                          "/account")
    assert account(client).credits == before - 1


@pytest.mark.parametrize("email", ["not-an-email", "", "two words@example.org", "a@b", "x" * 250 + "@example.org"])
def test_invalid_email_is_400_and_unchanged(alice, email):
    client = alice
    me = account(client)
    response = client.post("/account/email", data={"email": email, TOKEN_FIELD: me.token("/account/email")})
    assert response.status_code == 400
    assert account(client).email == me.email


def test_transfer_moves_credits(alice, bob):
    alice_before, bob_before = account(alice), account(bob)
    response = alice.post("/account/transfer",
                          data={"to": "bob", "amount": "3", TOKEN_FIELD: alice_before.token("/account/transfer")})
    assert is_redirect_to(response, "/account"), (response.status_code, response.text[:200])
    assert account(alice).credits == alice_before.credits - 3
    assert account(bob).credits == bob_before.credits + 3


@pytest.mark.parametrize(("to", "amount"), [
    ("nobody", "1"), ("alice", "1"), ("bob", "0"), ("bob", "-1"), ("bob", "1.5"), ("bob", "abc"), ("bob", ""),
])
def test_invalid_transfer_is_400_and_moves_nothing(alice, to, amount):
    client = alice
    me = account(client)
    response = client.post("/account/transfer",
                           data={"to": to, "amount": amount, TOKEN_FIELD: me.token("/account/transfer")})
    assert response.status_code == 400
    assert account(client).credits == me.credits


def test_transfer_beyond_the_balance_is_400(alice):
    client = alice
    me = account(client)
    response = client.post("/account/transfer", data={"to": "bob", "amount": str(me.credits + 1),
                                                      TOKEN_FIELD: me.token("/account/transfer")})
    assert response.status_code == 400
    assert account(client).credits == me.credits
