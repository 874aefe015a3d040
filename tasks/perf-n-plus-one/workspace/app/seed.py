"""Deterministic demo data, inserted once when the database is empty.

The same seed always gives the same customers and orders, so reports can be compared across
versions of the code.
"""

import random
from datetime import date, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.models import Customer, Order, order_number

SEED = 7351
CUSTOMER_COUNT = 300
MAX_ORDERS_PER_CUSTOMER = 1000
FIRST_DAY = date(2015, 1, 1)
DAY_SPAN = 3650
REGIONS = ["APAC", "EMEA", "LATAM", "NA"]
NAME_STARTS = [
    "Alder", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper",
    "Kestrel", "Lumen", "Maple", "Nimbus", "Onyx", "Pioneer", "Quarry", "Ridge", "Summit", "Tundra",
]
NAME_ENDS = [
    "Supply", "Traders", "Wholesale", "Foods", "Hardware", "Logistics", "Outfitters",
    "Provisions", "Goods", "Imports", "Mercantile", "Depot", "Partners", "Market", "Works",
]


def demo_data() -> tuple[list[dict], list[dict]]:
    """The customers and orders rows, ids included."""
    rng = random.Random(SEED)
    customers, orders = [], []
    for customer_id in range(1, CUSTOMER_COUNT + 1):
        customers.append({
            "id": customer_id,
            "name": f"{rng.choice(NAME_STARTS)} {rng.choice(NAME_ENDS)}",
            "region": rng.choice(REGIONS),
        })
        # A few customers never ordered; the rest ordered up to MAX_ORDERS_PER_CUSTOMER times.
        count = 0 if customer_id % 37 == 0 else rng.randint(1, MAX_ORDERS_PER_CUSTOMER)
        own = []
        for _ in range(count):
            order_id = len(orders) + len(own) + 1
            own.append({
                "id": order_id,
                "customer_id": customer_id,
                "number": order_number(order_id),
                "placed_on": FIRST_DAY + timedelta(days=rng.randrange(DAY_SPAN)),
                "total_cents": rng.randint(500, 250_000),
            })
        # Some customers placed two orders on their latest day: the first order gets that date too.
        if customer_id % 10 == 0 and len(own) >= 2:
            own[0]["placed_on"] = max(order["placed_on"] for order in own)
        orders.extend(own)
    return customers, orders


def seed(session: Session) -> None:
    if session.scalar(select(func.count(Customer.id))):
        return
    customers, orders = demo_data()
    session.execute(insert(Customer), customers)
    session.execute(insert(Order), orders)
    session.commit()
