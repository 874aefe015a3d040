"""Request and response bodies."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["admin", "editor", "viewer"]


class DocumentIn(BaseModel):
    """The owner is always the caller: an owner_id in the body is ignored."""

    title: str = Field(min_length=1, max_length=200)
    body: str = ""


class DocumentPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    body: str | None = None


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    body: str
    owner_id: int


class UserIn(BaseModel):
    username: str = Field(pattern=r"^[A-Za-z0-9_.-]{3,50}$")
    password: str = Field(min_length=8, max_length=128)
    role: Role
    display_name: str = Field(default="", max_length=100)
    email: str = Field(default="", max_length=254)


class UserPatch(BaseModel):
    role: Role | None = None
    display_name: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=254)
    password: str | None = Field(default=None, min_length=8, max_length=128)


class ProfilePatch(BaseModel):
    """What users may change about themselves; anything else in the body is ignored."""

    display_name: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=254)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    email: str
    role: Role


class TokenRequest(BaseModel):
    username: str
    password: str


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"]
    expires_in: int
