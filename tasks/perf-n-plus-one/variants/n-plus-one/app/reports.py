"""The customer report: each customer with their order count, spend and latest order."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer

# SQLite's largest integer: a page further on is past the end (no items), not an overflow.
MAX_OFFSET = 2**63 - 1


def customer_report(session: Session, region: str | None, page: int, per_page: int) -> dict:
    query = select(Customer)
    if region is not None:
        query = query.where(Customer.region == region)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    customers = session.scalars(
        query.order_by(Customer.name, Customer.id)
        .offset(min((page - 1) * per_page, MAX_OFFSET))
        .limit(per_page)
    ).all()

    items = []
    for customer in customers:
        orders = customer.orders
        # Latest by order date; of two orders placed the same day, the one created later.
        last = max(orders, key=lambda order: (order.placed_on, order.id), default=None)
        items.append({
            "id": customer.id,
            "name": customer.name,
            "region": customer.region,
            "order_count": len(orders),
            "total_cents": sum(order.total_cents for order in orders),
            "last_order_number": last.number if last else None,
            "last_order_on": last.placed_on if last else None,
        })
    return {"items": items, "total": total, "page": page, "per_page": per_page}
