"""GET /search?q=...: the query is echoed and matching posts are listed."""

from __future__ import annotations

import uuid

import pytest

from blog_pages import POSTS, html_page, squash


def search(client, **params):
    page = html_page(client.get("/search", params=params))
    results = page.find_id("results")
    assert results is not None, "the search page has an element with id results"
    links = [a for a in results.find_tag("a")]
    ids = [int(a.attrs["href"].removeprefix("/posts/")) for a in links]
    query = page.find_id("query")
    assert query is not None, "the search page has an element with id query"
    return squash(query.text), ids, [squash(a.text) for a in links]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("sqlite", [3]),
        ("FLASK", [1]),
        ("inheritance", [2]),
        ("database", [1, 3]),
        ("TEMPLATE", [1, 2]),
    ],
)
def test_matches_title_or_body_case_insensitively(client, q, expected):
    query, ids, titles = search(client, q=q)
    assert query == q
    assert ids == expected
    assert titles == [POSTS[i][0] for i in expected]


def test_no_match_lists_nothing_but_echoes_the_query(client):
    q = f"zebra {uuid.uuid4().hex[:6]}"
    assert search(client, q=q) == (q, [], [])


def test_query_with_punctuation_is_shown_as_typed(client):
    q = "Flask & SQLite > \"Django\" 'n' 100%"
    query, ids, _ = search(client, q=q)
    assert query == squash(q)
    assert ids == []


def test_percent_and_underscore_are_literal(client):
    assert search(client, q="%")[1] == []
    assert search(client, q="_")[1] == []


def test_missing_or_blank_query_lists_nothing(client):
    assert search(client)[1:] == ([], [])
    assert search(client, q="   ")[1:] == ([], [])


def test_comments_are_not_searched(client):
    word = f"kumquat{uuid.uuid4().hex[:6]}"
    response = client.post("/posts/1/comments", json={"author": "Searcher", "body": word})
    assert response.status_code == 201
    assert search(client, q=word)[1] == []
