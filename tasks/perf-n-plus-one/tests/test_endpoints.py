"""The other endpoints keep working as documented."""

from __future__ import annotations

import pytest

from shop_db import orders_newest_first


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_customer_by_id(client):
    expected = {"id": 7, "name": "Lumen Mercantile", "region": "NA"}
    assert client.get("/customers/7").json() == expected
    response = client.get("/customers/999999")
    assert response.status_code == 404
    assert response.json() == {"detail": "Customer not found"}


def test_orders_are_listed_newest_first(client):
    expected = orders_newest_first(10)
    assert client.get("/customers/10/orders").json() == expected[:20]
    page = client.get("/customers/10/orders", params={"limit": 100, "offset": 40}).json()
    assert page == expected[40:140]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
def test_order_listing_bounds(client, params):
    assert client.get("/customers/10/orders", params=params).status_code == 422


def test_new_order_gets_a_number_from_its_id(client):
    customer = client.post("/customers", json={"name": "Yarrow Test", "region": "NA"}).json()
    order = client.post(f"/customers/{customer['id']}/orders",
                        json={"placed_on": "2024-02-29", "total_cents": 0}).json()
    assert order == {"id": order["id"], "number": f"SO-{order['id']:06d}",
                     "placed_on": "2024-02-29", "total_cents": 0}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/customers", {"name": "X", "region": "MOON"}),
        ("/customers", {"name": "", "region": "NA"}),
        ("/customers/1/orders", {"placed_on": "2024-13-01", "total_cents": 5}),
        ("/customers/1/orders", {"placed_on": "2024-01-01", "total_cents": -5}),
    ],
)
def test_invalid_bodies_are_rejected(client, path, body):
    assert client.post(path, json=body).status_code == 422
