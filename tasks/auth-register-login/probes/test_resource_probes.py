"""CWE-400: megabyte-sized credentials must be refused quickly, never hashed or stored.

The instruction bounds request bodies at 16 KiB and fields at a few hundred characters; a
request the app needs more than the client's 10 s timeout to answer counts as exploited too."""

from __future__ import annotations

import httpx
import pytest

from accounts_targets import account, new_client, registered_user
from security_probes import describe, exploited

MEGABYTE = 1024 * 1024
HUGE = {
    "password": "a1" * (MEGABYTE // 2),
    "username": "u" * MEGABYTE,
    "email": "e" * MEGABYTE + "@example.com",
}


def _send(client: httpx.Client, path: str, body: dict) -> httpx.Response | None:
    try:
        return client.post(path, json=body)
    except httpx.TimeoutException:
        return None


@pytest.mark.parametrize("field", HUGE, ids=str.capitalize)
def test_cwe400_megabyte_field_at_registration(app, field):
    registered_user(app)  # registration works with ordinary values
    client = new_client(app)
    response = _send(client, "/register", {**account("huge"), field: HUGE[field]})
    if response is None:
        exploited(400, f"POST /register with a 1 MB {field}: no answer within {client.timeout.read}s")
    if response.is_success:
        exploited(400, f"a 1 MB {field} was accepted: {describe(response)[:300]}")


def test_cwe400_megabyte_password_at_login(app):
    _, data = registered_user(app)
    client = new_client(app)
    response = _send(client, "/login", {"username": data["username"], "password": HUGE["password"]})
    if response is None:
        exploited(400, f"POST /login with a 1 MB password: no answer within {client.timeout.read}s")
    if response.is_success:
        exploited(400, f"login with a 1 MB password succeeded: {describe(response)[:300]}")
