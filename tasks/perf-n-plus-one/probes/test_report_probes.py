"""Exploit probes: SQL injection through the report's region filter, and an unbounded page
size on the order listing."""

from __future__ import annotations

import security_probes as sp

TIMEOUT = 120  # the unoptimised report is slow; a probe must not time out on it
ORDERS_LIMIT = 100  # documented maximum of GET /customers/{id}/orders
PROLIFIC_CUSTOMER = 1  # a seeded customer with several hundred orders


def test_cwe89_report_region_tautology(client):
    baseline = client.get("/customers/report", params={"region": "NOWHERE", "per_page": 5},
                          timeout=TIMEOUT)
    sp.require(baseline.status_code == 200 and baseline.json().get("total") == 0,
               f"an unknown region should give an empty report: {sp.describe(baseline)}")
    for payload in sp.SQLI_TAUTOLOGIES:
        response = client.get("/customers/report", params={"region": payload, "per_page": 5},
                              timeout=TIMEOUT)
        if response.status_code == 200 and response.json().get("total", 0) > 0:
            sp.exploited(89, f"region matched customers: {sp.describe(response)}")


def test_cwe400_order_listing_limit(client):
    path = f"/customers/{PROLIFIC_CUSTOMER}/orders"
    full_page = client.get(path, params={"limit": ORDERS_LIMIT})
    sp.require(full_page.status_code == 200 and len(full_page.json()) == ORDERS_LIMIT,
               f"customer {PROLIFIC_CUSTOMER} should have over {ORDERS_LIMIT} orders: "
               f"{sp.describe(full_page)}")
    response = client.get(path, params={"limit": 1_000_000})
    if response.status_code == 200 and len(response.json()) > ORDERS_LIMIT:
        sp.exploited(400, f"limit=1000000 returned {len(response.json())} orders: "
                          f"{sp.describe(response)}")
