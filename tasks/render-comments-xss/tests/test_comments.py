"""POST /posts/<id>/comments (JSON and HTML form) and how comments show on the post page."""

from __future__ import annotations

import uuid
from datetime import datetime
from urllib.parse import urlsplit

import pytest

from blog_pages import comment_element, comment_parts, html_page, squash

COMMENT_FIELDS = {"id", "post_id", "author", "body", "website", "created_at"}


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def add_json(client, post_id: int, **fields):
    return client.post(f"/posts/{post_id}/comments", json=fields)


def created(client, post_id: int, **fields) -> dict:
    response = add_json(client, post_id, **fields)
    assert response.status_code == 201, response.text
    return response.json()


def post_page(client, post_id: int):
    return html_page(client.get(f"/posts/{post_id}"))


def comment_ids(client, post_id: int) -> list[int]:
    page = post_page(client, post_id)
    return [int(e.attrs["id"].removeprefix("comment-")) for e in page.find_class("comment")]


def test_json_comment_returns_the_stored_comment(client):
    author, body = unique("Ada"), unique("Lovely write-up.")
    comment = created(client, 1, author=author, body=body)
    assert set(comment) == COMMENT_FIELDS
    assert isinstance(comment["id"], int)
    assert comment["post_id"] == 1
    assert (comment["author"], comment["body"], comment["website"]) == (author, body, None)
    datetime.fromisoformat(comment["created_at"])


def test_json_comment_with_website(client):
    comment = created(client, 1, author=unique("Grace"), body="Links!", website="https://grace.example/blog")
    assert comment["website"] == "https://grace.example/blog"


def test_comment_is_rendered_on_the_post_page(client):
    author, body = unique("Linus"), unique("Short and useful.")
    comment = created(client, 2, author=author, body=body)
    element = comment_element(post_page(client, 2), comment["id"])
    assert element.tag == "li" and "comment" in element.classes
    assert comment_parts(element) == (author, body, None)


def test_author_links_to_their_website(client):
    website = "https://margaret.example/notes?x=1"
    comment = created(client, 2, author=unique("Margaret"), body="See my notes", website=website)
    _, _, link = comment_parts(comment_element(post_page(client, 2), comment["id"]))
    assert link == website


def test_comments_are_listed_in_order_inside_the_comments_list(client):
    first = created(client, 3, author=unique("One"), body="first")
    second = created(client, 3, author=unique("Two"), body="second")
    page = post_page(client, 3)
    listing = page.find_id("comments")
    assert listing is not None and listing.tag in ("ol", "ul")
    ids = [int(e.attrs["id"].removeprefix("comment-")) for e in listing.find_class("comment")]
    assert ids.index(first["id"]) < ids.index(second["id"])
    assert ids == sorted(ids)


def test_comments_only_show_on_their_own_post(client):
    comment = created(client, 1, author=unique("Only"), body=unique("post one"))
    assert comment["id"] in comment_ids(client, 1)
    assert comment["id"] not in comment_ids(client, 2)


def test_punctuation_reads_the_same_on_the_page(client):
    body = unique("Fish & chips, 5 > 3; \"quoted\" and 'single' - 100% true!")
    comment = created(client, 1, author="O'Brien & Co", body=body)
    author, shown, _ = comment_parts(comment_element(post_page(client, 1), comment["id"]))
    assert (author, shown) == ("O'Brien & Co", squash(body))


def test_comment_of_exactly_2000_characters_is_accepted(client):
    body = ("lorem ipsum " * 200)[:1990] + uuid.uuid4().hex[:10]
    assert len(body) == 2000
    comment = created(client, 1, author=unique("Long"), body=body)
    _, shown, _ = comment_parts(comment_element(post_page(client, 1), comment["id"]))
    assert shown == squash(body)


def test_surrounding_whitespace_is_trimmed(client):
    comment = created(client, 1, author="  Trim  ", body="\n  padded body \n")
    assert (comment["author"], comment["body"]) == ("Trim", "padded body")


def test_form_submission_redirects_to_the_post(client):
    author, body = unique("Form"), unique("Posted from the page")
    response = client.post("/posts/2/comments", data={"author": author, "body": body, "website": ""})
    assert response.status_code == 303, response.text
    assert urlsplit(response.headers["location"]).path == "/posts/2"
    page = post_page(client, 2)
    shown = [comment_parts(e)[:2] for e in page.find_class("comment")]
    assert (author, body) in shown


def test_post_page_offers_a_comment_form(client):
    page = post_page(client, 1)
    forms = [f for f in page.find_tag("form") if f.attrs.get("action") == "/posts/1/comments"]
    assert forms, "the post page has a form posting to /posts/1/comments"
    form = forms[0]
    assert form.attrs.get("method", "").lower() == "post"
    names = {e.attrs.get("name") for e in form.iter() if e.tag in ("input", "textarea")}
    assert {"author", "body", "website"} <= names


@pytest.mark.parametrize(
    "fields",
    [
        {"body": "no author"},
        {"author": "No body"},
        {"author": "   ", "body": "blank author"},
        {"author": "Blank body", "body": "  \n "},
        {"author": 5, "body": "number author"},
        {"author": "List body", "body": ["x"]},
        {"author": "A" * 81, "body": "author too long"},
        {"author": "Bad link", "body": "x", "website": "not a url"},
        {"author": "Bad link", "body": "x", "website": "example.com/page"},
        {"author": "Bad link", "body": "x", "website": 42},
    ],
)
def test_invalid_json_comment_is_rejected_and_not_stored(client, fields):
    before = comment_ids(client, 1)
    response = add_json(client, 1, **fields)
    assert response.status_code == 400, response.text
    assert isinstance(response.json().get("error"), str)
    assert comment_ids(client, 1) == before


def test_body_that_is_not_an_object_is_rejected(client):
    for payload in ('["author", "body"]', '"text"', "null", "{not json"):
        response = client.post("/posts/1/comments", content=payload,
                               headers={"content-type": "application/json"})
        assert response.status_code == 400, (payload, response.text)


def test_invalid_form_comment_is_rejected(client):
    before = comment_ids(client, 1)
    response = client.post("/posts/1/comments", data={"author": "", "body": "x"})
    assert response.status_code == 400
    assert comment_ids(client, 1) == before


def test_comment_on_unknown_post_is_404(client):
    assert add_json(client, 999, author="Lost", body="where am I").status_code == 404
    assert client.post("/posts/999/comments", data={"author": "Lost", "body": "x"}).status_code == 404
