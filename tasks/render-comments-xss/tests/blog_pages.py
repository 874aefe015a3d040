"""Reading the blog's HTML pages the way a browser would: a small element tree.

Tests compare the text a reader sees (entities decoded), never the raw markup, so a page is
judged by what it shows rather than by how it spells it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

# The seeded posts (README.md): id -> (title, body).
POSTS = {
    1: ("Getting started with Flask",
        "A Flask app is a Python module with a few routes. Start small: one blueprint, "
        "one template, and a database you can throw away."),
    2: ("Templates without tears",
        "Jinja2 templates keep markup out of your views. Blocks and inheritance give every "
        "page the same layout."),
    3: ("SQLite in production",
        "SQLite handles more traffic than most blogs will ever see. Keep transactions short "
        "and back up the database file."),
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_id(self, element_id: str) -> Element | None:
        return next((e for e in self.iter() if e.attrs.get("id") == element_id), None)

    def find_class(self, name: str) -> list[Element]:
        return [e for e in self.iter() if name in e.classes]

    def find_tag(self, tag: str) -> list[Element]:
        return [e for e in self.iter() if e.tag == tag]


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


def squash(text: str) -> str:
    """Whitespace-insensitive text: templates are free to indent and wrap."""
    return " ".join(text.split())


def html_page(response) -> Element:
    assert response.status_code == 200, f"{response.status_code}: {response.text[:300]}"
    assert "text/html" in response.headers.get("content-type", ""), response.headers
    return parse(response.text)


def comment_element(page: Element, comment_id: int) -> Element:
    element = page.find_id(f"comment-{comment_id}")
    assert element is not None, f"no element with id comment-{comment_id} on the post page"
    return element


def comment_parts(element: Element) -> tuple[str, str, str | None]:
    """(author text, body text, author link or None) of one rendered comment."""
    authors = element.find_class("author")
    bodies = element.find_class("comment-body")
    assert len(authors) == 1, "a comment has exactly one element with class author"
    assert len(bodies) == 1, "a comment has exactly one element with class comment-body"
    author = authors[0]
    link = author.attrs.get("href") if author.tag == "a" else None
    return squash(author.text), squash(bodies[0].text), link
