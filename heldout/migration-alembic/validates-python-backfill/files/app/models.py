"""ORM models. The tables themselves are created by Alembic revisions, never by the app."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("email", name="uq_customers_email"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(255))
    email_domain: Mapped[str | None] = mapped_column(String(255), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    orders: Mapped[list["Order"]] = relationship(back_populates="customer", order_by="Order.id")

    @validates("email")
    def _derive_email_domain(self, _key: str, email: str) -> str:
        # Every assignment to email, wherever it happens, refreshes the derived column.
        self.email_domain = email.rpartition("@")[2].lower()
        return email


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", name="fk_orders_customer_id"), index=True
    )
    total_cents: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    customer: Mapped[Customer] = relationship(back_populates="orders")
