"""Injection probes against /products/search. Each one works against string-built SQL."""

from __future__ import annotations

import pytest

from catalog_data import ACTIVE, PASSWORD_HASHES, USERNAMES, ids

# Column list of the injected SELECT matches the search's own six output columns.
LEAK_USERS = "SELECT id, username, password_hash, 0, 0, 'x' FROM users"


def get(client, **params):
    return client.get("/products/search", params=params)


def assert_no_secrets(response) -> None:
    for secret in PASSWORD_HASHES:
        assert secret not in response.text
    names = [item.get("name") for item in response.json().get("items", [])]
    assert not set(names) & set(USERNAMES)


def assert_matches_nothing(response) -> None:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["items"] == []
    assert body["total"] == 0


@pytest.mark.parametrize(
    "category",
    [
        "x' OR '1'='1",
        "books' OR 'a'='a",
        "x' OR 1=1 OR c.slug='",
    ],
)
def test_tautology_in_category_matches_nothing(client, category):
    assert_matches_nothing(get(client, category=category))


def test_union_in_category_cannot_read_users(client):
    response = get(client, category=f"nope' UNION {LEAK_USERS} WHERE '1'='1")
    assert_no_secrets(response)
    assert_matches_nothing(response)


def test_boolean_probe_in_category_matches_nothing(client):
    # True on the seeded data: a vulnerable search would answer with the books.
    probe = "books' AND (SELECT COUNT(*) FROM users WHERE is_admin = 1) > 0 AND 'a'='a"
    assert_matches_nothing(get(client, category=probe))


def test_stacked_statement_in_category_matches_nothing_and_changes_nothing(client):
    assert_matches_nothing(get(client, category="x'; DELETE FROM products; --"))
    assert get(client).json()["total"] == len(ACTIVE)


@pytest.mark.parametrize(
    "max_price",
    [
        "0 OR 1=1",
        f"0 UNION {LEAK_USERS}",
        "1000000) OR (1=1",
        "abc",
        "12.5",
        "-1",
    ],
)
def test_max_price_must_be_digits(client, max_price):
    response = get(client, max_price=max_price)
    assert response.status_code == 400
    assert "error" in response.json()
    assert_no_secrets(response)


@pytest.mark.parametrize(
    "sort",
    [
        "(CASE WHEN (SELECT COUNT(*) FROM users) > 0 THEN p.price_cents ELSE p.name END)",
        "(SELECT password_hash FROM users WHERE username = 'admin')",
        "price_cents, (SELECT 1)",
        "name; DROP TABLE users",
        "stock",
        "p.name",
    ],
)
def test_sort_outside_the_allowed_columns_is_rejected(client, sort):
    response = get(client, sort=sort)
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize(
    "order",
    [
        "desc, (SELECT password_hash FROM users LIMIT 1)",
        "asc LIMIT 1 --",
        "sideways",
    ],
)
def test_order_other_than_asc_or_desc_is_rejected(client, order):
    response = get(client, order=order)
    assert response.status_code == 400
    assert "error" in response.json()


def test_search_still_answers_normally_after_the_probes(client):
    for category in ("x' OR '1'='1", "x'; DROP TABLE products; --"):
        get(client, category=category)
    body = get(client, sort="price_cents", per_page=50).json()
    assert [i["id"] for i in body["items"]] == ids(sorted(ACTIVE, key=lambda p: p.price_cents))
