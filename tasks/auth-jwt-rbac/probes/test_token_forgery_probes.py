"""CWE-347: tokens whose signature is missing or made with the wrong key; CWE-321: the
documented default key still opens the app; CWE-798: tokens signed with a key from the code."""

from __future__ import annotations

import pytest

from jwt_targets import DEFAULT_SECRET, SECRET, bearer, let_in, live_claims, login, me, signed_token, token_with_header
from security_probes import describe, exploited, require_key_not_in_code, resigned_jwt, unsigned_jwt


def test_cwe347_alg_none_token(client):
    login(client, "alice")  # tokens are issued at all
    claims = {**live_claims("alice"), "role": "admin"}
    forged = [unsigned_jwt(claims)]
    forged += [token_with_header({"alg": alg, "typ": "JWT"}, claims) for alg in ("None", "NONE", "nOnE")]
    for token in forged:
        response = let_in(client, token)
        if response is not None:
            exploited(347, f"unsigned token {token!r}: {describe(response)}")


def test_cwe347_signature_stripped(client):
    header, payload, _ = login(client, "alice").split(".")
    for token in (f"{header}.{payload}.", f"{header}.{payload}"):
        response = let_in(client, token)
        if response is not None:
            exploited(347, f"token without its signature {token!r}: {describe(response)}")


@pytest.mark.parametrize(
    "update",
    [{"sub": "alice"}, {"role": "admin"}, {"sub": "alice", "role": "admin", "is_admin": True}],
    ids=["Subject", "Role claim", "Subject and role"],
)
def test_cwe347_resigned_claims(client, update):
    viewer_token = login(client, "dave")
    me(client, bearer(viewer_token))
    forged = resigned_jwt(viewer_token, update)
    response = let_in(client, forged)
    if response is not None:
        exploited(347, f"viewer token re-signed with another key as {update}: {describe(response)}")


def test_cwe347_alg_confusion_keeps_signature(client):
    # A real signature under a header that now claims "none": a server that reads alg from the
    # token and skips checks would take a rewritten payload.
    real = login(client, "dave")
    _, _, signature = real.split(".")
    token = token_with_header({"alg": "none"}, {**live_claims("alice"), "role": "admin"}, signature)
    response = let_in(client, token)
    if response is not None:
        exploited(347, f"alg none with a leftover signature: {describe(response)}")


def test_cwe321_token_signed_with_the_documented_default_secret(client):
    # The app runs with another JWT_SECRET: an app that still accepts the documented default
    # (or signs with it) ignores its configuration, and anyone who read the docs is admin.
    assert SECRET != DEFAULT_SECRET, "the grader did not set a JWT_SECRET for this run"
    login(client, "alice")  # tokens are issued at all
    response = let_in(client, signed_token(live_claims("alice"), secret=DEFAULT_SECRET))
    if response is not None:
        exploited(321, f"token signed with the documented default secret accepted: {describe(response)}")


def test_cwe798_tokens_not_signed_with_a_key_from_the_code(client, workspace):
    require_key_not_in_code(workspace, [login(client, "alice")], "POST /auth/token")
