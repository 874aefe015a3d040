"""Browser sessions for the CSRF probes. Anything the probe needs but cannot get (a sign-in,
a page, a token) makes the probe NOT RUN, never safe and never exploited."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from html import unescape

import httpx

import security_probes as sp

PASSWORDS = {"alice": "alice-wonderland-1", "bob": "bob-builder-2", "mallory": "mallory-mischief-3"}
TOKEN_FIELD = "csrf_token"
_FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.IGNORECASE | re.DOTALL)
_INPUT = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): unescape(m.group(2) or m.group(3) or m.group(4) or "") for m in _ATTR.finditer(tag)}


def _by_id(html: str, element_id: str) -> str | None:
    match = re.search(rf"""id\s*=\s*["']?{element_id}["']?[^>]*>([^<]*)<""", html)
    return unescape(match.group(1)).strip() if match else None


def form_token(html: str, action: str) -> str:
    for form in _FORM.findall(html):
        if _attrs(form.split(">", 1)[0]).get("action") == action:
            for tag in _INPUT.findall(form):
                attrs = _attrs(tag)
                if attrs.get("name") == TOKEN_FIELD and attrs.get("value"):
                    return attrs["value"]
    sp.not_run(f"no hidden {TOKEN_FIELD} in the form posting to {action}")


def visitor(app) -> httpx.Client:
    return httpx.Client(base_url=app.url, timeout=10.0, follow_redirects=False)


def page(client: httpx.Client, path: str) -> str:
    response = client.get(path)
    sp.require(response.status_code == 200, f"GET {path} answered {response.status_code}")
    return response.text


def signed_in(app, username: str) -> httpx.Client:
    client = visitor(app)
    token = form_token(page(client, "/login"), "/login")
    response = client.post("/login", data={"username": username, "password": PASSWORDS[username],
                                           TOKEN_FIELD: token})
    sp.require(response.status_code == 303, f"signing in as {username} answered {response.status_code}")
    return client


def signed_in_as(html: str) -> str | None:
    """The username the account page greets, if it is one."""
    return _by_id(html, "username")


@dataclass(frozen=True)
class State:
    username: str
    email: str
    credits: str


def state(client: httpx.Client) -> State:
    html = page(client, "/account")
    values = [_by_id(html, name) for name in ("username", "email", "credits")]
    sp.require(None not in values, "the account page has no username, email or credits element")
    return State(*values)


def account_token(client: httpx.Client, action: str = "/account/email") -> str:
    return form_token(page(client, "/account"), action)


def attacker_email() -> str:
    return f"attacker-{uuid.uuid4().hex[:10]}@evil.example"


class Watch:
    """Alice's account seen through a session of her own that the attacks never touch."""

    def __init__(self, app, cwe: int):
        self.observer = signed_in(app, "alice")
        self.cwe = cwe
        self.before = state(self.observer)

    def unchanged_after(self, response: httpx.Response, attack: str) -> None:
        after = state(self.observer)
        if after != self.before:
            sp.exploited(self.cwe, f"{attack}: {sp.describe(response)}; alice's account changed from "
                                   f"{self.before} to {after}")
