"""Order endpoints, nested under their customer."""

from fastapi import APIRouter, Depends, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Order
from app.routers.customers import load_customer
from app.schemas import OrderCreate, OrderOut

router = APIRouter(prefix="/customers/{customer_id}/orders", tags=["orders"])


@router.post("", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
def create_order(
    customer_id: int, body: OrderCreate, session: Session = Depends(get_session)
) -> Order:
    load_customer(session, customer_id)
    order = Order(customer_id=customer_id, total_cents=body.total_cents)
    session.add(order)
    session.commit()
    session.refresh(order)
    return order


@router.get("", response_model=list[OrderOut])
def list_orders(customer_id: int, session: Session = Depends(get_session)) -> list[Order]:
    load_customer(session, customer_id)
    return list(
        session.scalars(select(Order).where(Order.customer_id == customer_id).order_by(Order.id))
    )
