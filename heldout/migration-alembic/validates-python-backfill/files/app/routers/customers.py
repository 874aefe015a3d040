"""Customer endpoints."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Customer
from app.schemas import CustomerCreate, CustomerOut, CustomerUpdate

router = APIRouter(prefix="/customers", tags=["customers"])
SessionDep = Annotated[Session, Depends(get_session)]


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
def create_customer(body: CustomerCreate, session: SessionDep) -> Customer:
    # Only the two client fields are read; the @validates hook fills email_domain.
    customer = Customer(name=body.name, email=body.email)
    session.add(customer)
    commit_or_conflict(session)
    session.refresh(customer)
    return customer


@router.get("", response_model=list[CustomerOut])
def list_customers(
    session: SessionDep, email_domain: Annotated[str | None, Query(max_length=255)] = None
) -> list[Customer]:
    query = select(Customer).order_by(Customer.id)
    if email_domain is not None and email_domain != "":
        query = query.filter_by(email_domain=email_domain.lower())
    return list(session.scalars(query))


@router.get("/{customer_id}", response_model=CustomerOut)
def get_customer(customer_id: int, session: SessionDep) -> Customer:
    return load_customer(session, customer_id)


@router.patch("/{customer_id}", response_model=CustomerOut)
def update_customer(customer_id: int, body: CustomerUpdate, session: SessionDep) -> Customer:
    customer = load_customer(session, customer_id)
    changes = body.model_dump(include={"name", "email"}, exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(customer, field, value)
    commit_or_conflict(session)
    session.refresh(customer)
    return customer
