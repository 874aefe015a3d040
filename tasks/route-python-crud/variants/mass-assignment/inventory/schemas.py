"""Request and response bodies."""

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field


class ProductIn(BaseModel):
    sku: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=120)
    price_cents: int = Field(ge=0)
    quantity: int = Field(default=0, ge=0)


class ProductOut(ProductIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


class SupplierIn(BaseModel):
    """Body of POST and PUT: a whole supplier; an omitted phone is null."""

    # Extra keys are kept, so records exported from the old purchasing tool import as they are.
    model_config = ConfigDict(extra="allow")

    name: Annotated[str, Field(min_length=1, max_length=120), AfterValidator(_not_blank)]
    email: EmailStr
    phone: str | None = Field(default=None, max_length=32)


class SupplierOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    email: str
    phone: str | None
