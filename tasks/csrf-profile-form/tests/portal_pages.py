"""Driving the member portal like a browser: an element tree of each page, its forms and the
hidden csrf_token each form carries, and one httpx client (one cookie jar) per signed-in member."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import httpx

VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
PASSWORDS = {"alice": "alice-wonderland-1", "bob": "bob-builder-2", "mallory": "mallory-mischief-3"}
TOKEN_FIELD = "csrf_token"


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_id(self, element_id: str) -> Element | None:
        return next((e for e in self.iter() if e.attrs.get("id") == element_id), None)

    def forms(self) -> dict[str, Element]:
        """The page's POST forms by action."""
        return {f.attrs.get("action", ""): f for f in self.iter()
                if f.tag == "form" and f.attrs.get("method", "get").lower() == "post"}

    def input_value(self, name: str) -> str | None:
        for element in self.iter():
            if element.tag == "input" and element.attrs.get("name") == name:
                return element.attrs.get("value", "")
        return None


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def html_page(response: httpx.Response) -> Element:
    assert response.status_code == 200, f"{response.request.url} -> {response.status_code}: {response.text[:300]}"
    assert "text/html" in response.headers.get("content-type", "")
    return parse(response.text)


def form_token(page: Element, action: str) -> str:
    form = page.forms().get(action)
    assert form is not None, f"the page has no <form method=post action={action!r}>"
    token = form.input_value(TOKEN_FIELD)
    assert token, f"the form posting to {action} has no non-empty hidden {TOKEN_FIELD} input"
    return token


def browser(app) -> httpx.Client:
    """A new visitor: its own cookie jar, redirects not followed so tests can see them."""
    return httpx.Client(base_url=app.url, timeout=10.0, follow_redirects=False)


def sign_in(app, username: str) -> httpx.Client:
    client = browser(app)
    token = form_token(html_page(client.get("/login")), "/login")
    response = client.post("/login", data={"username": username, "password": PASSWORDS[username],
                                           TOKEN_FIELD: token})
    assert response.status_code == 303, f"sign-in as {username}: {response.status_code} {response.text[:200]}"
    return client


@dataclass
class Account:
    username: str
    email: str
    credits: int
    page: Element

    def token(self, action: str) -> str:
        return form_token(self.page, action)


def account(client: httpx.Client) -> Account:
    page = html_page(client.get("/account"))
    values = {}
    for element_id in ("username", "email", "credits"):
        element = page.find_id(element_id)
        assert element is not None, f"the account page has no element with id={element_id}"
        values[element_id] = element.text.strip()
    return Account(values["username"], values["email"], int(values["credits"]), page)


def is_redirect_to(response: httpx.Response, path: str) -> bool:
    location = httpx.URL(response.headers.get("location", ""))
    return response.status_code == 303 and location.path == path
