"""ORM models: a customer places many orders."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(8))

    orders: Mapped[list["Order"]] = relationship(back_populates="customer", order_by="Order.id")


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    number: Mapped[str] = mapped_column(String(16))
    placed_on: Mapped[date] = mapped_column(Date)
    total_cents: Mapped[int] = mapped_column(Integer)

    customer: Mapped[Customer] = relationship(back_populates="orders")

    # The report and the order listing look orders up by customer, newest first. This index
    # finds a customer's orders and their latest one without touching the table, and holds
    # total_cents so that the report's counts and sums are read from the index alone.
    __table_args__ = (
        Index("ix_orders_customer_latest", "customer_id", "placed_on", "id", "total_cents"),
    )


def order_number(order_id: int) -> str:
    return f"SO-{order_id:06d}"
