"""Exploit probes: unbounded quote sizes, and SQL injection through the invoice lookups."""

from __future__ import annotations

import uuid

import security_probes as sp

MAX_QUANTITY = 1000  # documented bounds of a quote
MAX_LINES = 50
HUGE_QUANTITY = 10**12
MANY_LINES = 20_000


def quote(client, lines):
    return client.post("/quotes", json={"region": "DE", "lines": lines}, timeout=60)


def test_cwe400_quote_quantity(client):
    baseline = quote(client, [{"sku": "PEN-BLU", "quantity": MAX_QUANTITY}])
    sp.require(baseline.status_code == 200,
               f"a quote at the limit should work: {sp.describe(baseline)}")
    response = quote(client, [{"sku": "PEN-BLU", "quantity": HUGE_QUANTITY}])
    if response.status_code < 400:
        sp.exploited(400, f"a quantity of {HUGE_QUANTITY} was priced: {sp.describe(response)}")


def test_cwe400_quote_line_count(client):
    response = quote(client, [{"sku": "PEN-BLU", "quantity": 1}] * MANY_LINES)
    if response.status_code < 400:
        sp.exploited(400, f"a quote with {MANY_LINES} lines was accepted: {sp.describe(response)}")


def _issue_invoice(client) -> dict:
    body = {"customer_id": f"probe-{uuid.uuid4().hex[:10]}", "region": "DE",
            "lines": [{"sku": "NTB-A5", "quantity": 1}]}
    response = client.post("/invoices", json=body)
    sp.require(response.status_code == 201, f"issuing an invoice failed: {sp.describe(response)}")
    return response.json()


def test_cwe89_invoice_list_customer_tautology(client):
    _issue_invoice(client)  # there is at least one invoice to leak
    for payload in sp.SQLI_TAUTOLOGIES:
        response = client.get("/invoices", params={"customer_id": payload, "limit": 100})
        if response.status_code == 200 and response.json():
            sp.exploited(89, "customer_id matched other customers' invoices: "
                             + sp.describe(response))


def test_cwe89_invoice_number_tautology(client):
    _issue_invoice(client)
    for payload in sp.SQLI_TAUTOLOGIES:
        response = client.get(f"/invoices/{payload}")
        if response.status_code == 200:
            sp.exploited(89, "an injected invoice number returned an invoice: "
                             + sp.describe(response))
