"""Search behaviour that the fix must keep exactly: results, ordering, paging, error codes."""

from __future__ import annotations

import pytest

from catalog_data import ACTIVE, PRODUCTS, as_item, by_name, ids


def search(client, **params):
    response = client.get("/products/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def result_ids(client, **params) -> list[int]:
    return [item["id"] for item in search(client, **params)["items"]]


def test_default_search_is_first_page_of_active_products_by_name(client):
    body = search(client)
    expected = by_name(ACTIVE)
    assert body["total"] == len(ACTIVE) == 12
    assert body["page"] == 1
    assert body["per_page"] == 10
    assert body["items"] == [as_item(p) for p in expected[:10]]


@pytest.mark.parametrize(
    ("page", "per_page", "start", "stop"),
    [(2, 10, 10, 12), (1, 5, 0, 5), (2, 5, 5, 10), (3, 5, 10, 12), (4, 5, 12, 12), (1, 50, 0, 12)],
)
def test_pagination(client, page, per_page, start, stop):
    body = search(client, page=page, per_page=per_page)
    assert body["total"] == 12
    assert body["page"] == page and body["per_page"] == per_page
    assert [i["id"] for i in body["items"]] == ids(by_name(ACTIVE)[start:stop])


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("o'reilly", [1]),
        ("O'Reilly's SQL", [1]),
        ("CHEF'S", [6]),
        ("'s", [6, 1]),
        ("er", ids(by_name(p for p in ACTIVE if "er" in p.name.lower()))),
        ("atlas", []),  # inactive products never show up
        ("' OR '1'='1", []),
        ("%' OR 1=1 --", []),
        ("\"; SELECT 1", []),
    ],
)
def test_name_query_is_a_literal_case_insensitive_substring(client, q, expected):
    assert result_ids(client, q=q) == expected


def test_category_filter(client):
    expected = by_name(p for p in ACTIVE if p.category == "garden")
    body = search(client, category="garden")
    assert body["total"] == 3
    assert body["items"] == [as_item(p) for p in expected]


def test_unknown_category_matches_nothing(client):
    assert search(client, category="toys") == {"items": [], "total": 0, "page": 1, "per_page": 10}


@pytest.mark.parametrize("bound", [1450, 1500])
def test_max_price_is_inclusive(client, bound):
    expected = by_name(p for p in ACTIVE if p.price_cents <= bound)
    assert result_ids(client, max_price=bound) == ids(expected) == [12, 11, 14]


@pytest.mark.parametrize(
    ("sort", "order", "key", "reverse"),
    [
        ("price_cents", "asc", "price_cents", False),
        ("price_cents", "desc", "price_cents", True),
        ("created_at", "desc", "created_at", True),
        ("created_at", "asc", "created_at", False),
        ("name", "desc", "name", True),
        ("price_cents", "DESC", "price_cents", True),
    ],
)
def test_sorting(client, sort, order, key, reverse):
    expected = sorted(ACTIVE, key=lambda p: getattr(p, key), reverse=reverse)
    assert result_ids(client, sort=sort, order=order, per_page=50) == ids(expected)


def test_filters_combine(client):
    assert result_ids(client, q="e", category="kitchen", max_price=4000) == [5, 7]
    assert result_ids(client, category="books", sort="price_cents", order="desc") == [2, 3, 1]
    body = search(client, q="s", sort="price_cents", page=2, per_page=3)
    matching = sorted((p for p in ACTIVE if "s" in p.name.lower()), key=lambda p: p.price_cents)
    assert body["total"] == len(matching)
    assert [i["id"] for i in body["items"]] == ids(matching[3:6])


@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"page": "abc"},
        {"per_page": "0"},
        {"per_page": "51"},
        {"per_page": "ten"},
    ],
)
def test_bad_paging_is_rejected(client, params):
    response = client.get("/products/search", params=params)
    assert response.status_code == 400
    assert "error" in response.json()


def test_product_by_id(client):
    response = client.get("/products/6")
    assert response.status_code == 200
    assert response.json() == as_item(PRODUCTS[5])
    assert client.get("/products/999").status_code == 404
