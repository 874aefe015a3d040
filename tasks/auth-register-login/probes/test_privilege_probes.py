"""CWE-915 (an account made admin by its own registration body) and CWE-863 (a plain account
reaching the admin listing)."""

from __future__ import annotations

import pytest

from accounts_targets import account, log_in, new_client, register, registered_user
from security_probes import describe, exploited

ADMIN_FIELDS = {
    "Role": {"role": "admin"},
    "Is-admin flag": {"is_admin": True},
    "All admin flags": {"role": "admin", "is_admin": True, "admin": True, "roles": ["admin"]},
}


@pytest.mark.parametrize("extra", ADMIN_FIELDS.values(), ids=ADMIN_FIELDS.keys())
def test_cwe915_register_as_admin(app, extra):
    client = new_client(app)
    data = account("climber")
    created = register(client, {**data, **extra})
    log_in(client, data)
    me = client.get("/me")
    listing = client.get("/admin/users")
    if created.json().get("role") == "admin" or me.json().get("role") == "admin" or listing.is_success:
        exploited(915, f"registration with {extra}: {describe(created)}; then {describe(me)}; "
                       f"GET /admin/users -> {listing.status_code}")


def test_cwe863_plain_user_lists_accounts(app):
    client, _ = registered_user(app)
    response = client.get("/admin/users")
    if response.is_success:
        exploited(863, f"a plain user got the admin listing: {describe(response)}")
