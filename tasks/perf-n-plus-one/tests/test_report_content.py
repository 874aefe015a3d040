"""The report's output must be exactly what the slow version gives: same rows, same order."""

from __future__ import annotations

import pytest

from shop_db import (
    REPORT_TIMEOUT,
    SEEDED_CUSTOMERS,
    SEEDED_ORDERS,
    SEEDED_ROWS,
    SEEDED_TOTAL_CENTS,
    expected_report,
    get_report,
)

REGIONS = ["APAC", "EMEA", "LATAM", "NA"]


@pytest.fixture(scope="module")
def full_report(app):
    return get_report(app.client, per_page=500)


def test_full_report_matches_the_database(full_report):
    expected = expected_report()
    assert full_report["total"] == len(expected)
    assert full_report["page"] == 1 and full_report["per_page"] == 500
    assert full_report["items"] == expected


def test_seeded_data_is_unchanged(full_report):
    seeded = [item for item in full_report["items"] if item["id"] <= SEEDED_CUSTOMERS]
    assert len(seeded) == SEEDED_CUSTOMERS
    assert sum(item["order_count"] for item in seeded) == SEEDED_ORDERS
    assert sum(item["total_cents"] for item in seeded) == SEEDED_TOTAL_CENTS
    by_id = {item["id"]: item for item in seeded}
    for customer_id, row in SEEDED_ROWS.items():
        assert by_id[customer_id] == row


def test_default_page_is_the_first_hundred(client):
    body = get_report(client)
    assert body["page"] == 1 and body["per_page"] == 100
    assert body["total"] == len(expected_report())
    assert body["items"] == expected_report()[:100]


@pytest.mark.parametrize("page", [1, 2, 3, 30])
def test_pages_slice_the_report(client, page):
    expected = expected_report()
    body = get_report(client, page=page, per_page=7)
    assert body["total"] == len(expected)
    assert body["page"] == page and body["per_page"] == 7
    assert body["items"] == expected[(page - 1) * 7: page * 7]


def test_page_past_the_end_is_empty(client):
    total = len(expected_report())
    body = get_report(client, page=total // 50 + 2, per_page=50)
    assert body["items"] == []
    assert body["total"] == total


@pytest.mark.parametrize("region", REGIONS)
def test_region_filter(client, region):
    expected = expected_report(region)
    body = get_report(client, region=region, per_page=500)
    assert body["total"] == len(expected) > 0
    assert body["items"] == expected


@pytest.mark.parametrize("region", ["MARS", "emea", "EMEA ", ""])
def test_region_must_match_exactly(client, region):
    body = get_report(client, region=region)
    assert body == {"items": [], "total": 0, "page": 1, "per_page": 100}


@pytest.mark.parametrize(
    "params",
    [{"page": 0}, {"page": "abc"}, {"per_page": 0}, {"per_page": 501}, {"per_page": "x"}],
)
def test_invalid_paging_is_rejected(client, params):
    response = client.get("/customers/report", params=params, timeout=REPORT_TIMEOUT)
    assert response.status_code == 422
