"""The customer report as one SQL statement, assembled at import time from constants.

A CTE takes the page of customers; the order statistics are a GROUP BY over the covering index
ix_orders_customer_latest (customer_id, placed_on, id, total_cents), and the latest order is
one index seek per customer (newest date first, then highest id) in a correlated subquery. The only values
from the request (region, limit, offset) are bound parameters.
"""

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

_PAGE = """
page AS (
    SELECT id, name, region FROM customers
    WHERE (:region IS NULL OR region = :region)
    ORDER BY name, id
    LIMIT :limit OFFSET :offset
)"""
_STATS = """
stats AS (
    SELECT o.customer_id, COUNT(*) AS order_count, SUM(o.total_cents) AS total_cents
    FROM orders AS o
    WHERE o.customer_id IN (SELECT id FROM page)
    GROUP BY o.customer_id
)"""
_LATEST = """
latest AS (
    SELECT o.customer_id, o.number, o.placed_on
    FROM page AS p
    JOIN orders AS o ON o.id = (
        SELECT newest.id FROM orders AS newest
        WHERE newest.customer_id = p.id
        ORDER BY newest.placed_on DESC, newest.id DESC
        LIMIT 1
    )
)"""
REPORT_SQL = text(
    "WITH" + ",".join((_PAGE, _STATS, _LATEST))
    + """
SELECT p.id, p.name, p.region,
       COALESCE(s.order_count, 0) AS order_count,
       COALESCE(s.total_cents, 0) AS total_cents,
       l.number AS last_order_number,
       l.placed_on AS last_order_on
FROM page AS p
LEFT JOIN stats AS s ON s.customer_id = p.id
LEFT JOIN latest AS l ON l.customer_id = p.id
ORDER BY p.name, p.id"""
)
COUNT_SQL = text("SELECT COUNT(*) FROM customers WHERE (:region IS NULL OR region = :region)")


def customer_report(session: Session, region: str | None, page: int, per_page: int) -> dict:
    total = session.execute(COUNT_SQL, {"region": region}).scalar_one()
    rows = session.execute(
        REPORT_SQL, {"region": region, "limit": per_page, "offset": (page - 1) * per_page}
    ).mappings()
    items = [
        {
            **row,
            "last_order_on": date.fromisoformat(row["last_order_on"]) if row["last_order_on"] else None,
        }
        for row in rows
    ]
    return {"items": items, "total": total, "page": page, "per_page": per_page}
