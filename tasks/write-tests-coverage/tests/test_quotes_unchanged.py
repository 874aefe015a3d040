"""The pricing API answers exactly as before: the agent was asked to add tests, not to change
behaviour. Expected quotes are worked out by hand from the rules in the README."""

from __future__ import annotations

import pytest


def line(sku, name, quantity, unit, gross, discount, net, tax):
    return {"sku": sku, "name": name, "quantity": quantity, "unit_cents": unit,
            "gross_cents": gross, "discount_cents": discount, "net_cents": net, "tax_cents": tax}


PENS = "Ballpoint pen, blue"
PAPER = "Copy paper A4, 500 sheets"

QUOTES = [
    pytest.param(
        {"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 10}]},
        {"lines": [line("PEN-BLU", PENS, 10, 120, 1200, 60, 1140, 217)], "coupon": None,
         "subtotal_cents": 1200, "discount_cents": 60, "net_cents": 1140, "shipping_cents": 690,
         "tax_cents": 348, "total_cents": 2178},
        id="volume-discount-and-paid-shipping",
    ),
    pytest.param(
        {"region": "FR", "tier": "silver", "coupon": "welcome10",
         "lines": [{"sku": "PPR-A4", "quantity": 12}, {"sku": "COF-1KG", "quantity": 2},
                   {"sku": "PPR-A4", "quantity": 3}]},
        {"lines": [line("PPR-A4", PAPER, 15, 699, 10485, 1789, 8696, 1739),
                   line("COF-1KG", "Coffee beans, 1 kg", 2, 1899, 3798, 482, 3316, 182)],
         "coupon": "WELCOME10", "subtotal_cents": 14283, "discount_cents": 2271,
         "net_cents": 12012, "shipping_cents": 0, "tax_cents": 1921, "total_cents": 13933},
        id="merged-lines-tier-coupon-reduced-vat-free-shipping",
    ),
    pytest.param(
        {"region": "NL", "tier": "gold", "coupon": "VIP20", "shipping": "express",
         "lines": [{"sku": "CHR-ERG", "quantity": 2}, {"sku": "PEN-BLU", "quantity": 100}]},
        {"lines": [line("CHR-ERG", "Ergonomic chair", 2, 24900, 49800, 12350, 37450, 7865),
                   line("PEN-BLU", PENS, 100, 120, 12000, 3878, 8122, 1706)],
         "coupon": "VIP20", "subtotal_cents": 61800, "discount_cents": 16228, "net_cents": 45572,
         "shipping_cents": 1490, "tax_cents": 9884, "total_cents": 56946},
        id="gold-coupon-furniture-express",
    ),
    pytest.param(
        {"region": "DE", "coupon": " Paper15 ",
         "lines": [{"sku": "PEN-BLU", "quantity": 1}, {"sku": "PPR-A4", "quantity": 2}]},
        {"lines": [line("PEN-BLU", PENS, 1, 120, 120, 0, 120, 23),
                   line("PPR-A4", PAPER, 2, 699, 1398, 210, 1188, 226)],
         "coupon": "PAPER15", "subtotal_cents": 1518, "discount_cents": 210, "net_cents": 1308,
         "shipping_cents": 690, "tax_cents": 380, "total_cents": 2378},
        id="category-coupon",
    ),
]


@pytest.mark.parametrize(("body", "expected"), QUOTES)
def test_quote(client, body, expected):
    response = client.post("/quotes", json=body)
    assert response.status_code == 200, response.text
    assert response.json() == expected


def test_free_standard_shipping_starts_at_10000_net(client):
    def shipping(lines):
        response = client.post("/quotes", json={"region": "DE", "lines": lines})
        return response.json()["shipping_cents"]

    assert shipping([{"sku": "TNR-BLK", "quantity": 1}, {"sku": "PEN-BLU", "quantity": 8}]) == 690
    assert shipping([{"sku": "TNR-BLK", "quantity": 1}, {"sku": "PEN-BLU", "quantity": 9}]) == 0


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"region": "DE", "lines": []}, "empty_cart"),
        ({"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 1}] * 51}, "too_many_lines"),
        ({"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 0}]}, "invalid_quantity"),
        ({"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 1001}]}, "invalid_quantity"),
        ({"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 600},
                                    {"sku": "PEN-BLU", "quantity": 401}]}, "invalid_quantity"),
        ({"region": "DE", "lines": [{"sku": "PEN-RED", "quantity": 1}]}, "unknown_sku"),
        ({"region": "DE", "tier": "vip", "lines": [{"sku": "PEN-BLU", "quantity": 1}]},
         "unknown_tier"),
        ({"region": "US", "lines": [{"sku": "PEN-BLU", "quantity": 1}]}, "unsupported_region"),
        ({"region": "DE", "shipping": "drone", "lines": [{"sku": "PEN-BLU", "quantity": 1}]},
         "unknown_shipping"),
        ({"region": "DE", "coupon": "FREE", "lines": [{"sku": "PEN-BLU", "quantity": 1}]},
         "unknown_coupon"),
        ({"region": "DE", "coupon": "spring24", "lines": [{"sku": "PEN-BLU", "quantity": 1}]},
         "coupon_expired"),
        ({"region": "DE", "tier": "silver", "coupon": "VIP20",
          "lines": [{"sku": "PEN-BLU", "quantity": 1}]}, "coupon_not_applicable"),
        ({"region": "DE", "coupon": "PAPER15", "lines": [{"sku": "PEN-BLU", "quantity": 1}]},
         "coupon_not_applicable"),
        ({"region": "DE", "coupon": "WELCOME10", "lines": [{"sku": "TNR-BLK", "quantity": 0},
                                                             {"sku": "PEN-BLU", "quantity": 1}]},
         "invalid_quantity"),
        ({"region": "DE", "coupon": "WELCOME10", "lines": [{"sku": "NTB-A5", "quantity": 11}]},
         "coupon_minimum_not_met"),
    ],
)
def test_refused_quote(client, body, code):
    response = client.post("/quotes", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == code
    assert response.json()["message"]


def test_wrong_body_shape_is_422(client):
    assert client.post("/quotes", json={"region": "DE", "lines": "PEN-BLU"}).status_code == 422


def test_catalog(client):
    products = client.get("/products").json()
    assert [(p["sku"], p["unit_cents"], p["category"]) for p in products] == [
        ("PEN-BLU", 120, "stationery"), ("NTB-A5", 450, "stationery"), ("PPR-A4", 699, "paper"),
        ("TNR-BLK", 8990, "supplies"), ("CHR-ERG", 24900, "furniture"), ("COF-1KG", 1899, "food"),
    ]
