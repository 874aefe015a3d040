"""New customers and orders show up in the report at once: no stale cache."""

from __future__ import annotations

import uuid

from shop_db import get_report


def create_customer(client, region: str) -> dict:
    name = f"Zz Probe {uuid.uuid4().hex[:10]}"
    response = client.post("/customers", json={"name": name, "region": region})
    assert response.status_code == 201, response.text
    return response.json()


def place(client, customer_id: int, placed_on: str, total_cents: int) -> dict:
    response = client.post(f"/customers/{customer_id}/orders",
                           json={"placed_on": placed_on, "total_cents": total_cents})
    assert response.status_code == 201, response.text
    return response.json()


def report_row(client, customer: dict) -> dict:
    items = get_report(client, region=customer["region"], per_page=500)["items"]
    rows = [item for item in items if item["id"] == customer["id"]]
    assert len(rows) == 1, f"customer {customer['id']} is not in the report"
    return rows[0]


def test_new_customer_without_orders(client):
    customer = create_customer(client, "LATAM")
    assert report_row(client, customer) == {
        **customer, "order_count": 0, "total_cents": 0,
        "last_order_number": None, "last_order_on": None,
    }


def test_report_follows_new_orders(client):
    customer = create_customer(client, "APAC")
    first = place(client, customer["id"], "2024-03-01", 1000)
    row = report_row(client, customer)
    assert (row["order_count"], row["total_cents"]) == (1, 1000)
    assert (row["last_order_number"], row["last_order_on"]) == (first["number"], "2024-03-01")

    place(client, customer["id"], "2024-05-02", 2500)
    same_day_later = place(client, customer["id"], "2024-05-02", 700)
    place(client, customer["id"], "2023-01-01", 50)
    row = report_row(client, customer)
    assert row == {
        **customer, "order_count": 4, "total_cents": 4250,
        "last_order_number": same_day_later["number"], "last_order_on": "2024-05-02",
    }


def test_new_customer_takes_its_place_in_name_order(client):
    customer = create_customer(client, "EMEA")
    items = get_report(client, region="EMEA", per_page=500)["items"]
    keys = [(item["name"], item["id"]) for item in items]
    assert keys == sorted(keys)
    assert (customer["name"], customer["id"]) in keys
