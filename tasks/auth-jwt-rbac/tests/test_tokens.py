"""POST /auth/token and the tokens it issues."""

import time

import pytest

from jwt_api import LIFETIME, PASSWORDS, b64url_json, expect, request_token, sign


@pytest.mark.parametrize("username", sorted(PASSWORDS), ids=str.capitalize)
def test_seeded_user_gets_a_bearer_token(client, username):
    body = expect(request_token(client, username, PASSWORDS[username]), 200).json()
    assert body.get("token_type") == "bearer"
    assert body.get("expires_in") == LIFETIME
    assert isinstance(body.get("access_token"), str) and body["access_token"].count(".") == 2


def test_token_is_hs256_signed_with_the_secret_and_carries_sub_iat_exp(client):
    before = int(time.time())
    token = expect(request_token(client, "bob", PASSWORDS["bob"]), 200).json()["access_token"]
    header_b64, payload_b64, signature = token.split(".")
    assert b64url_json(header_b64).get("alg") == "HS256"
    assert signature == sign(f"{header_b64}.{payload_b64}"), "signature is not HMAC-SHA256 with JWT_SECRET"
    claims = b64url_json(payload_b64)
    assert claims.get("sub") == "bob"
    assert isinstance(claims.get("iat"), int) and isinstance(claims.get("exp"), int)
    assert claims["exp"] - claims["iat"] == LIFETIME
    assert before - 60 <= claims["iat"] <= int(time.time()) + 60


@pytest.mark.parametrize(
    "username, password",
    [("bob", "carol-editor-pw"), ("bob", "bob-editor-pw "), ("bob", ""), ("nobody_at_all", "whatever-pw")],
    ids=["Wrong password", "Password with a trailing space", "Empty password", "Unknown user"],
)
def test_bad_credentials_are_401_without_a_token(client, username, password):
    response = expect(request_token(client, username, password), 401)
    assert "access_token" not in response.text


@pytest.mark.parametrize(
    "body",
    [{}, {"username": "bob"}, {"password": "bob-editor-pw"}, {"username": 123, "password": "x"},
     {"username": "bob", "password": None}, ["bob", "bob-editor-pw"]],
    ids=["Empty", "No password", "No username", "Username not a string", "Password null", "Array"],
)
def test_malformed_token_request_is_422(client, body):
    expect(client.post("/auth/token", json=body), 422)
