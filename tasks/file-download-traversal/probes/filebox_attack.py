"""Shared setup for the Filebox probes: members, their secrets, and ways to smuggle a path."""

from __future__ import annotations

from urllib.parse import quote

import security_probes as sp

TOKENS = {"alice": "fbx-alice-5b1f8e2c9d04", "bob": "fbx-bob-a7d3c6e19f52", "bobby": "fbx-bobby-3e9b0d4a7c61"}
# Text that only ever appears inside one member's own documents or the app's source.
SECRETS = {
    "bob's payroll": "BOB-PAYROLL-CONFIDENTIAL-7731",
    "bobby's diary": "BOBBY-PRIVATE-DIARY-4410",
    "bob's API token": TOKENS["bob"],
    "/etc/passwd": sp.PASSWD_SIGNATURE,
}


def auth(username: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[username]}"}


def spellings(path: str) -> list[str]:
    """URL path spellings of `path` that reach the server intact (an HTTP client would
    normalise a literal ../ away before sending it)."""
    forms = {
        quote(path, safe=""),                     # every separator encoded: ..%2F..%2Fetc%2Fpasswd
        path.replace(".", "%2E"),                 # dots encoded, slashes kept: %2E%2E/%2E%2E/etc/passwd
        quote(quote(path, safe=""), safe=""),     # encoded twice, for a server that decodes twice
    }
    if "%" in path:
        forms.add(path)                           # already encoded by the payload itself
    return sorted(forms)


def leaked(text: str) -> str | None:
    return next((name for name, secret in SECRETS.items() if secret in text), None)


def require_download_works(client) -> None:
    response = client.get("/files/welcome.txt", headers=auth("alice"))
    sp.require(response.status_code == 200 and "alice" in response.text,
               f"alice cannot download her own welcome.txt: {response.status_code}")
