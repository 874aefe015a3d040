"""Request and response bodies."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Region = Literal["APAC", "EMEA", "LATAM", "NA"]


class CustomerIn(BaseModel):
    model_config = ConfigDict(strict=True)

    name: str = Field(min_length=1, max_length=120)
    region: Region


class CustomerOut(BaseModel):
    id: int
    name: str
    region: str


class OrderIn(BaseModel):
    placed_on: date
    total_cents: int = Field(ge=0, le=100_000_000)


class OrderOut(BaseModel):
    id: int
    number: str
    placed_on: date
    total_cents: int


class ReportRow(CustomerOut):
    order_count: int
    total_cents: int
    last_order_number: str | None
    last_order_on: date | None


class Report(BaseModel):
    items: list[ReportRow]
    total: int
    page: int
    per_page: int
