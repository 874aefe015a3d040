"""Request and response bodies."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

# One "@" with something on both sides; enough for an internal service.
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+$"


class CustomerCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    email: str = Field(max_length=255, pattern=EMAIL_PATTERN)


class CustomerUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    email: str | None = Field(default=None, max_length=255, pattern=EMAIL_PATTERN)


class CustomerOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    email: str
    email_domain: str | None
    created_at: datetime


class OrderCreate(BaseModel):
    total_cents: int = Field(ge=0)


class OrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    customer_id: int
    total_cents: int
    created_at: datetime
