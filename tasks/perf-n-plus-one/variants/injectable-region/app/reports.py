"""The customer report in one raw SQL statement (known-bad: the region is pasted in)."""

from sqlalchemy import text
from sqlalchemy.orm import Session

REPORT_SQL = """
SELECT c.id, c.name, c.region,
       (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS order_count,
       (SELECT coalesce(sum(o.total_cents), 0) FROM orders o WHERE o.customer_id = c.id)
           AS total_cents,
       l.number AS last_order_number,
       l.placed_on AS last_order_on
FROM customers c
LEFT JOIN orders l ON l.id = (
    SELECT o.id FROM orders o WHERE o.customer_id = c.id
    ORDER BY o.placed_on DESC, o.id DESC LIMIT 1
)
{where}
ORDER BY c.name, c.id
LIMIT :limit OFFSET :offset
"""


def customer_report(session: Session, region: str | None, page: int, per_page: int) -> dict:
    where = f"WHERE c.region = '{region}'" if region is not None else ""
    total = session.execute(text(f"SELECT count(*) FROM customers c {where}")).scalar_one()
    rows = session.execute(
        text(REPORT_SQL.format(where=where)),
        {"limit": per_page, "offset": (page - 1) * per_page},
    ).mappings()
    return {"items": [dict(row) for row in rows], "total": total, "page": page,
            "per_page": per_page}
