"""Issuing, reading, listing and closing invoices over HTTP, as before."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

CART = {"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 10}]}


def new_customer() -> str:
    return f"cust-{uuid.uuid4().hex[:12]}"


def issue(client, customer_id: str) -> dict:
    before = date.today().isoformat()
    response = client.post("/invoices", json={**CART, "customer_id": customer_id})
    assert response.status_code == 201, response.text
    invoice = response.json()
    assert before <= invoice["issued_on"] <= date.today().isoformat()
    return invoice


def sequence(number: str) -> int:
    prefix, year, seq = number.split("-")
    assert (prefix, len(year), len(seq)) == ("INV", 4, 5), number
    return int(seq)


def test_issued_invoice(client):
    customer = new_customer()
    invoice = issue(client, customer)
    assert invoice["customer_id"] == customer
    assert invoice["status"] == "open"
    assert invoice["total_cents"] == 2178
    assert invoice["quote"]["total_cents"] == 2178
    assert invoice["quote"]["lines"][0]["net_cents"] == 1140
    assert invoice["number"].startswith(f"INV-{invoice['issued_on'][:4]}-")
    assert client.get(f"/invoices/{invoice['number']}").json() == invoice


def test_numbers_follow_each_other(client):
    first = issue(client, new_customer())["number"]
    second = issue(client, new_customer())["number"]
    assert sequence(second) == sequence(first) + 1


def test_list_is_per_customer_and_newest_first(client):
    customer = new_customer()
    numbers = [issue(client, customer)["number"] for _ in range(3)]
    issue(client, new_customer())
    listed = client.get("/invoices", params={"customer_id": customer}).json()
    assert [i["number"] for i in listed] == numbers[::-1]
    limited = client.get("/invoices", params={"customer_id": customer, "limit": 2}).json()
    assert [i["number"] for i in limited] == numbers[:0:-1]


@pytest.mark.parametrize("limit", [0, 101])
def test_list_limit_bounds(client, limit):
    response = client.get("/invoices", params={"customer_id": "anyone", "limit": limit})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_limit"


def test_refused_invoice_is_not_stored(client):
    customer = new_customer()
    response = client.post("/invoices", json={"customer_id": customer, "region": "US",
                                               "lines": [{"sku": "PEN-BLU", "quantity": 1}]})
    assert response.status_code == 400
    assert client.get("/invoices", params={"customer_id": customer}).json() == []


def test_pay_then_no_more_changes(client):
    number = issue(client, new_customer())["number"]
    paid = client.post(f"/invoices/{number}/pay")
    assert paid.status_code == 200 and paid.json()["status"] == "paid"
    for action in ("pay", "void"):
        response = client.post(f"/invoices/{number}/{action}")
        assert response.status_code == 409
        assert response.json()["error"] == "invalid_status"
    assert client.get(f"/invoices/{number}").json()["status"] == "paid"


def test_void_then_no_more_changes(client):
    number = issue(client, new_customer())["number"]
    assert client.post(f"/invoices/{number}/void").json()["status"] == "void"
    assert client.post(f"/invoices/{number}/pay").status_code == 409


@pytest.mark.parametrize("action", ["", "/pay", "/void"])
def test_unknown_invoice(client, action):
    method = client.get if not action else client.post
    response = method(f"/invoices/INV-1999-99999{action}")
    assert response.status_code == 404
    assert response.json()["error"] == "unknown_invoice"
