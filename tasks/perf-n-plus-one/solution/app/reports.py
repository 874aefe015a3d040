"""The customer report: each customer with their order count, spend and latest order.

A fixed number of queries per page, whatever its size: the page of customers, then the order
statistics and the latest orders of exactly those customers, aggregated by SQL.
"""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer, Order

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

    ids = [customer.id for customer in customers]
    stats = _order_stats(session, ids)
    last_orders = _last_orders(session, ids)
    items = []
    for customer in customers:
        count, spent = stats.get(customer.id, (0, 0))
        number, placed_on = last_orders.get(customer.id, (None, None))
        items.append({
            "id": customer.id,
            "name": customer.name,
            "region": customer.region,
            "order_count": count,
            "total_cents": spent,
            "last_order_number": number,
            "last_order_on": placed_on,
        })
    return {"items": items, "total": total, "page": page, "per_page": per_page}


def _order_stats(session: Session, customer_ids: list[int]) -> dict[int, tuple[int, int]]:
    """customer id -> (order count, sum of totals), for the customers that ordered."""
    rows = session.execute(
        select(Order.customer_id, func.count(Order.id), func.sum(Order.total_cents))
        .where(Order.customer_id.in_(customer_ids))
        .group_by(Order.customer_id)
    )
    return {customer_id: (count, spent) for customer_id, count, spent in rows}


def _last_orders(session: Session, customer_ids: list[int]) -> dict:
    """customer id -> (number, date) of their latest order: the latest date and, of two
    orders placed the same day, the one created later (higher id)."""
    latest_id = (
        select(Order.id)
        .where(Order.customer_id == Customer.id)
        .order_by(Order.placed_on.desc(), Order.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    # One index seek per customer (see the index on Order); None for customers without orders.
    latest_ids = session.scalars(select(latest_id).where(Customer.id.in_(customer_ids))).all()
    rows = session.execute(
        select(Order.customer_id, Order.number, Order.placed_on).where(Order.id.in_(latest_ids))
    )
    return {customer_id: (number, placed_on) for customer_id, number, placed_on in rows}
