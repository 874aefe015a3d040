"""The FastAPI application and its routes."""

from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Base, SessionLocal, engine, get_session
from app.models import Customer, Order, order_number
from app.reports import customer_report, invalidate
from app.schemas import CustomerIn, CustomerOut, OrderIn, OrderOut, Report
from app.seed import seed

MAX_PER_PAGE = 500
MAX_ORDERS_LIMIT = 100


@asynccontextmanager
async def lifespan(_app: FastAPI):
    Base.metadata.create_all(engine)
    # create_all skips tables that already exist, so add indexes missing from an older database.
    for index in Order.__table__.indexes:
        index.create(engine, checkfirst=True)
    with SessionLocal() as session:
        seed(session)
    yield


app = FastAPI(title="Wholesale orders", lifespan=lifespan)
SessionDep = Annotated[Session, Depends(get_session)]


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


# Declared before /customers/{customer_id} so that "report" is not read as an id.
@app.get("/customers/report", response_model=Report)
def report(
    session: SessionDep,
    region: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 100,
) -> dict:
    return customer_report(session, region, page, per_page)


@app.get("/customers/{customer_id}", response_model=CustomerOut)
def get_customer(customer_id: int, session: SessionDep) -> Customer:
    return _customer_or_404(session, customer_id)


@app.get("/customers/{customer_id}/orders", response_model=list[OrderOut])
def list_orders(
    customer_id: int,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_ORDERS_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[Order]:
    _customer_or_404(session, customer_id)
    newest_first = (
        select(Order)
        .where(Order.customer_id == customer_id)
        .order_by(Order.placed_on.desc(), Order.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(session.scalars(newest_first))


@app.post("/customers", response_model=CustomerOut, status_code=201)
def create_customer(body: CustomerIn, session: SessionDep) -> Customer:
    customer = Customer(name=body.name, region=body.region)
    session.add(customer)
    session.commit()
    invalidate()
    return customer


@app.post("/customers/{customer_id}/orders", response_model=OrderOut, status_code=201)
def place_order(customer_id: int, body: OrderIn, session: SessionDep) -> Order:
    customer = _customer_or_404(session, customer_id)
    order = Order(customer=customer, number="", placed_on=body.placed_on,
                  total_cents=body.total_cents)
    session.add(order)
    session.flush()  # assigns the id the order number is made from
    order.number = order_number(order.id)
    session.commit()
    invalidate()
    return order


def _customer_or_404(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise HTTPException(status_code=404, detail="Customer not found")
    return customer
