"""Cross-site scripting probes: stored (comments) and reflected (search) payloads must never
come back as live markup, and author links must never carry a script URL."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

import security_probes as sp

POST_ID = 2
SCRIPT_LINK = re.compile(r"""href\s*=\s*["']?\s*(javascript|vbscript|data)\s*:""", re.IGNORECASE)
SCRIPT_WEBSITES = [
    f"javascript:alert('{sp.XSS_MARKER}')",
    f"JavaScript:alert('{sp.XSS_MARKER}')",
    # Has a host name, so "is it a URL with a host?" alone lets it through; // starts a JS comment.
    f"javascript://bdbench.example/%0Aalert('{sp.XSS_MARKER}')",
    f"data:text/html,<script>alert('{sp.XSS_MARKER}')</script>",
]


def post_page(client):
    response = client.get(f"/posts/{POST_ID}")
    sp.require(response.status_code == 200, f"GET /posts/{POST_ID} answered {response.status_code}")
    return response


def require_comments_work(client, **extra) -> None:
    """A harmless comment must be accepted, or there is nothing to attack yet."""
    fields = {"author": "Probe", "body": "a harmless comment", **extra}
    response = client.post(f"/posts/{POST_ID}/comments", json=fields)
    sp.require(200 <= response.status_code < 300, f"a plain comment {fields} answered {response.status_code}")


def stored_payload_comments() -> list[dict]:
    comments = []
    for payload in sp.XSS_PAYLOADS:
        comments.append({"author": "Eve", "body": f"great post {payload}"})
        comments.append({"author": payload[:80], "body": "nice"})
        # A plausible web link followed by markup: only escaping keeps it inside the attribute.
        comments.append({"author": "Eve", "body": "my site", "website": f"https://eve.example/{payload}"})
    return comments


def assert_not_reflected(cwe: int, submissions: list, page) -> None:
    for payload in sp.XSS_PAYLOADS:
        if "<" in payload and sp.html_reflects(page, payload):
            sent = next((r for r in submissions if payload in unquote_plus(r.request.content.decode())), None)
            sp.exploited(cwe, f"stored payload {payload!r} rendered unescaped by GET /posts/{POST_ID} "
                              f"after {sp.describe(sent) if sent else 'posting it'}")
    # Attribute breakouts need no markup: judged on the parsed page.
    found = sp.injected_script(page.text, sp.XSS_MARKER) if "html" in page.headers.get("content-type", "") else []
    if found:
        sp.exploited(cwe, f"after {len(submissions)} comments carrying payloads, GET /posts/{POST_ID} has elements "
                          f"that run them: {', '.join(found[:3])}")


def test_cwe79_stored_comment_json(client):
    post_page(client)
    require_comments_work(client)
    submissions = [client.post(f"/posts/{POST_ID}/comments", json=c) for c in stored_payload_comments()]
    assert_not_reflected(79, submissions, post_page(client))


def test_cwe79_stored_comment_form(client):
    post_page(client)
    form = client.post(f"/posts/{POST_ID}/comments", data={"author": "Probe", "body": "a harmless comment"})
    sp.require(200 <= form.status_code < 400, f"a plain form comment answered {form.status_code}")
    submissions = [client.post(f"/posts/{POST_ID}/comments", data=c) for c in stored_payload_comments()]
    assert_not_reflected(79, submissions, post_page(client))


def test_cwe79_reflected_search_query(client):
    plain = client.get("/search", params={"q": "flask"})
    sp.require(plain.status_code == 200 and "html" in plain.headers.get("content-type", ""),
               f"GET /search?q=flask answered {plain.status_code}")
    for payload in sp.XSS_PAYLOADS:
        response = client.get("/search", params={"q": payload})
        evidence = sp.xss_evidence(response, payload)
        if evidence:
            sp.exploited(79, f"search query echoed into the page: {evidence}: {sp.describe(response)}")


def test_cwe79_author_link_with_script_url(client):
    post_page(client)
    require_comments_work(client, website="https://probe.example/page")
    accepted = []
    for website in SCRIPT_WEBSITES:
        response = client.post(f"/posts/{POST_ID}/comments",
                               json={"author": "Mallory", "body": "click my name", "website": website})
        if response.status_code < 400:
            accepted.append(response)
    page = post_page(client)
    match = SCRIPT_LINK.search(page.text)
    if match:
        start = max(match.start() - 80, 0)
        sp.exploited(79, f"comment author link runs script: ...{page.text[start:match.end() + 120]!r}... "
                         f"after {'; '.join(sp.describe(r) for r in accepted)[:600]}")
