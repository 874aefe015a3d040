"""Customer endpoints."""

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Customer
from app.schemas import CustomerCreate, CustomerOut, CustomerUpdate

router = APIRouter(prefix="/customers", tags=["customers"])


def load_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "customer not found")
    return customer


def commit_or_conflict(session: Session) -> None:
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "email already in use") from None


@router.post("", response_model=CustomerOut, status_code=status.HTTP_201_CREATED)
def create_customer(body: CustomerCreate, session: Session = Depends(get_session)) -> Customer:
    customer = Customer(name=body.name)
    customer.set_email(body.email)
    session.add(customer)
    commit_or_conflict(session)
    session.refresh(customer)
    return customer


@router.get("", response_model=list[CustomerOut])
def list_customers(
    email_domain: str | None = None, session: Session = Depends(get_session)
) -> list[Customer]:
    query = select(Customer).order_by(Customer.id)
    if email_domain:
        # repr() gives a quoted, escaped literal; the stored domain is already lower-case.
        query = query.where(text(f"customers.email_domain = {email_domain.lower()!r}"))
    return list(session.scalars(query))


@router.get("/{customer_id}", response_model=CustomerOut)
def get_customer(customer_id: int, session: Session = Depends(get_session)) -> Customer:
    return load_customer(session, customer_id)


@router.patch("/{customer_id}", response_model=CustomerOut)
def update_customer(
    customer_id: int, body: CustomerUpdate, session: Session = Depends(get_session)
) -> Customer:
    customer = load_customer(session, customer_id)
    if body.name is not None:
        customer.name = body.name
    if body.email is not None:
        customer.set_email(body.email)
    commit_or_conflict(session)
    session.refresh(customer)
    return customer
