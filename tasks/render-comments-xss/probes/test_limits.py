"""Unbounded input: a comment far beyond the stated limits (2000 characters, 64 KB requests)
must be refused, not stored and served to every reader of the post."""

from __future__ import annotations

import httpx

import security_probes as sp

POST_ID = 3
HUGE = 5 * 1024 * 1024


def attempt(client, **body) -> httpx.Response | None:
    """The answer, or None when the server cut the upload off (which is a refusal)."""
    try:
        return client.post(f"/posts/{POST_ID}/comments", **body)
    except httpx.TransportError:
        return None


def test_cwe400_huge_comment_is_refused(client):
    status = client.get(f"/posts/{POST_ID}").status_code
    sp.require(status == 200, f"GET /posts/{POST_ID} answered {status}")
    plain = client.post(f"/posts/{POST_ID}/comments", json={"author": "Probe", "body": "a harmless comment"})
    sp.require(200 <= plain.status_code < 300, f"a plain comment answered {plain.status_code}")
    attempts = [
        {"json": {"author": "Flood", "body": "A" * HUGE}},
        {"data": {"author": "Flood", "body": "B" * HUGE}},
        {"json": {"author": "Flood", "body": "C" * 200_000}},
    ]
    for body in attempts:
        response = attempt(client, **body)
        if response is not None and response.status_code < 400:
            size = len(response.request.content)
            sp.exploited(400, f"a {size}-byte comment was accepted (limit: 2000 characters, 64 KB "
                              f"per request): {sp.describe(response)}")
