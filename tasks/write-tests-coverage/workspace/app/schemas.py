"""Request bodies. Types are checked here; the business rules live in the billing package."""

from pydantic import BaseModel, Field


class LineIn(BaseModel):
    sku: str
    quantity: int


class QuoteRequest(BaseModel):
    region: str
    tier: str = "standard"
    lines: list[LineIn]
    coupon: str | None = None
    shipping: str = "standard"


class InvoiceRequest(QuoteRequest):
    customer_id: str = Field(min_length=1, max_length=64)
