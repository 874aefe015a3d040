"""The report as it must read, worked out in Python from the rows in the app's database.

The rows come straight from shop.db, so the expected report holds whatever the tests added;
the seeded part is pinned separately by SEEDED_* below.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DB_PATH = Path(os.environ.get("BDBENCH_WORKSPACE", "/workspace")) / "shop.db"
REPORT_TIMEOUT = 120  # seconds: the unoptimised report is slow, and only output is checked here

SEEDED_CUSTOMERS = 300
SEEDED_ORDERS = 152_680
SEEDED_TOTAL_CENTS = 19_114_837_590
SEEDED_ROWS = {
    1: {"id": 1, "name": "Lumen Provisions", "region": "NA", "order_count": 639,
        "total_cents": 80_116_294, "last_order_number": "SO-000236",
        "last_order_on": "2024-12-23"},
    # Two orders on its latest day: SO-005403 and SO-005686; the higher id wins.
    10: {"id": 10, "name": "Granite Goods", "region": "EMEA", "order_count": 532,
         "total_cents": 64_973_539, "last_order_number": "SO-005686",
         "last_order_on": "2024-12-24"},
    37: {"id": 37, "name": "Harbor Goods", "region": "NA", "order_count": 0,
         "total_cents": 0, "last_order_number": None, "last_order_on": None},
    63: {"id": 63, "name": "Alder Foods", "region": "EMEA", "order_count": 773,
         "total_cents": 97_650_799, "last_order_number": "SO-032645",
         "last_order_on": "2024-12-19"},
    300: {"id": 300, "name": "Nimbus Works", "region": "LATAM", "order_count": 968,
          "total_cents": 118_266_624, "last_order_number": "SO-152442",
          "last_order_on": "2024-12-26"},
}


def _connect() -> sqlite3.Connection:
    assert DB_PATH.is_file(), f"{DB_PATH} is missing: the app must keep its database there"
    return sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)


def expected_report(region: str | None = None) -> list[dict]:
    """Every report row, in report order."""
    with _connect() as db:
        customers = db.execute("SELECT id, name, region FROM customers").fetchall()
        orders = db.execute("SELECT customer_id, id, number, placed_on, total_cents FROM orders")
        stats: dict[int, dict] = {}
        for customer_id, order_id, number, placed_on, total_cents in orders:
            row = stats.setdefault(customer_id, {"count": 0, "cents": 0, "last": None})
            row["count"] += 1
            row["cents"] += total_cents
            if row["last"] is None or (placed_on, order_id) > row["last"][:2]:
                row["last"] = (placed_on, order_id, number)
    rows = []
    for customer_id, name, customer_region in sorted(customers, key=lambda c: (c[1], c[0])):
        if region is not None and customer_region != region:
            continue
        row = stats.get(customer_id, {"count": 0, "cents": 0, "last": None})
        last = row["last"]
        rows.append({
            "id": customer_id,
            "name": name,
            "region": customer_region,
            "order_count": row["count"],
            "total_cents": row["cents"],
            "last_order_number": last[2] if last else None,
            "last_order_on": last[0] if last else None,
        })
    return rows


def orders_newest_first(customer_id: int) -> list[dict]:
    with _connect() as db:
        rows = db.execute(
            "SELECT id, number, placed_on, total_cents FROM orders WHERE customer_id = ?",
            (customer_id,),
        ).fetchall()
    rows.sort(key=lambda r: (r[2], r[0]), reverse=True)
    return [{"id": r[0], "number": r[1], "placed_on": r[2], "total_cents": r[3]} for r in rows]


def get_report(client, **params) -> dict:
    response = client.get("/customers/report", params=params, timeout=REPORT_TIMEOUT)
    assert response.status_code == 200, response.text[:500]
    return response.json()
