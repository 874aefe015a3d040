"""Request and response bodies. Strict: JSON types must match, nothing is coerced."""

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


# A tag is one or more words joined by single dashes or underscores: "work", "follow-up".
TAG = re.compile(r"^(\w+[-_]?)+$")


def _tags(values: list[str]) -> list[str]:
    for tag in values:
        if not TAG.match(tag):
            raise ValueError(f"invalid tag: {tag!r}")
    return values


Tags = Annotated[list[str], AfterValidator(_tags)]
Title = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]


class NoteIn(BaseModel):
    """Body of POST and PUT: a whole note; omitted optional fields take their defaults."""

    model_config = ConfigDict(strict=True)

    title: Title
    body: str = ""
    tags: Tags = Field(default_factory=list)
    done: bool = False


class NotePatch(BaseModel):
    """Body of PATCH: any subset of the fields, each checked like in NoteIn."""

    model_config = ConfigDict(strict=True)

    # None only marks "not sent" (defaults are not validated); an explicit null is rejected.
    title: Title = None
    body: str = None
    tags: Tags = None
    done: bool = None


class NoteOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    body: str
    tags: list[str]
    done: bool
