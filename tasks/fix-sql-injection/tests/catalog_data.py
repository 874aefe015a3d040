"""What the app seeds, as the tests expect to read it back over HTTP."""

from __future__ import annotations

from typing import NamedTuple


class Product(NamedTuple):
    id: int
    name: str
    category: str
    price_cents: int
    stock: int
    active: bool
    created_at: str


PRODUCTS = [
    Product(1, "O'Reilly's SQL Pocket Guide", "books", 2499, 40, True, "2024-01-05T09:00:00"),
    Product(2, "Designing Data Systems", "books", 4250, 12, True, "2024-02-11T10:30:00"),
    Product(3, "The Pragmatic Shopkeeper", "books", 3175, 8, True, "2024-03-02T14:15:00"),
    Product(4, "Rare First Edition Atlas", "books", 45000, 1, False, "2023-12-01T08:00:00"),
    Product(5, "Cast Iron Skillet", "kitchen", 3899, 25, True, "2024-01-20T11:00:00"),
    Product(6, "Chef's Knife 8in", "kitchen", 5450, 17, True, "2024-02-28T16:45:00"),
    Product(7, "Espresso Tamper", "kitchen", 1875, 30, True, "2024-03-15T12:20:00"),
    Product(8, "Copper Kettle", "kitchen", 6200, 0, False, "2024-01-10T13:10:00"),
    Product(9, "Garden Hose 25m", "garden", 2650, 22, True, "2024-02-03T07:40:00"),
    Product(10, "Pruning Shears", "garden", 1590, 35, True, "2024-03-21T15:05:00"),
    Product(11, "Seed Starter Tray", "garden", 899, 60, True, "2024-01-12T09:25:00"),
    Product(12, "Claw Hammer", "tools", 1450, 44, True, "2024-02-19T10:00:00"),
    Product(13, "Cordless Drill", "tools", 8999, 9, True, "2024-03-09T17:30:00"),
    Product(14, "Tape Measure 5m", "tools", 675, 80, True, "2024-01-28T08:50:00"),
    Product(15, "Shop Vac (Discontinued)", "tools", 12900, 0, False, "2023-11-30T18:00:00"),
]
ACTIVE = [p for p in PRODUCTS if p.active]

# The staff table the search must never expose.
USERNAMES = ["admin", "warehouse"]
PASSWORD_HASHES = [
    "pbkdf2_sha256$600000$k3Qw9ZpL$Xq1vR7aYt2mN8cB4eH6jK0sD5fG9uW3zP1oI7lE2rT=",
    "pbkdf2_sha256$600000$Vb8nM2xC$Hs4kJ9dF1gL6qW3eR8tY0uI5oP7aS2zX4cV9bN1mQ=",
]


def as_item(product: Product) -> dict:
    """The JSON object the API returns for a product."""
    body = product._asdict()
    del body["active"]
    return body


def ids(products) -> list[int]:
    return [p.id for p in products]


def by_name(products) -> list[Product]:
    # Python's str ordering equals SQLite's default BINARY collation for these ASCII names.
    return sorted(products, key=lambda p: p.name)
