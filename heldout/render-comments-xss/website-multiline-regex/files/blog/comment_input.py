"""Validation of a submitted comment: the same rules for JSON and HTML-form submissions."""

import re
from dataclasses import dataclass

MAX_AUTHOR = 80
MAX_BODY = 2000
MAX_WEBSITE = 200
# Only web links: javascript:, data: and friends would run script when clicked.
WEB_URL = re.compile(r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?(/\S*)?$", re.IGNORECASE | re.MULTILINE)


class InvalidComment(ValueError):
    """The message is safe to show: it never repeats the submitted values."""


@dataclass(frozen=True)
class CommentInput:
    author: str
    body: str
    website: str | None


def _text(data: dict, field: str, limit: int) -> str:
    value = data.get(field)
    if not isinstance(value, str):
        raise InvalidComment(f"{field} is required and must be a string")
    value = value.strip()
    if not value:
        raise InvalidComment(f"{field} must not be blank")
    if len(value) > limit:
        raise InvalidComment(f"{field} must be at most {limit} characters")
    return value


def _website(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > MAX_WEBSITE:
        raise InvalidComment(f"website must be a URL of at most {MAX_WEBSITE} characters")
    if not WEB_URL.search(value):
        raise InvalidComment("website must be an absolute http:// or https:// URL")
    return value


def parse_comment(data: object) -> CommentInput:
    if not isinstance(data, dict):
        raise InvalidComment("the body must be an object with author and body")
    return CommentInput(
        author=_text(data, "author", MAX_AUTHOR),
        body=_text(data, "body", MAX_BODY),
        website=_website(data.get("website")),
    )
