"""Strict checks of note bodies: JSON types must match exactly, nothing is coerced."""

DEFAULTS = {"body": "", "tags": [], "done": False}
TITLE_MAX = 200


class Invalid(ValueError):
    pass


def _title(value) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= TITLE_MAX or not value.strip():
        raise Invalid("title must be a non-blank string of 1 to 200 characters")
    return value


def _body(value) -> str:
    if not isinstance(value, str):
        raise Invalid("body must be a string")
    return value


def _tags(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise Invalid("tags must be an array of strings")
    return value


def _done(value) -> bool:
    if not isinstance(value, bool):  # 1 and "true" are not booleans
        raise Invalid("done must be a boolean")
    return value


FIELDS = {"title": _title, "body": _body, "tags": _tags, "done": _done}


def whole_note(data) -> dict:
    """POST and PUT: every field, omitted optional ones at their defaults."""
    if not isinstance(data, dict):
        raise Invalid("the body must be a JSON object")
    if "title" not in data:
        raise Invalid("title is required")
    return {name: check(data.get(name, DEFAULTS.get(name))) for name, check in FIELDS.items()}


def partial_note(data) -> dict:
    """PATCH: the fields present, each checked as in whole_note."""
    if not isinstance(data, dict):
        raise Invalid("the body must be a JSON object")
    return {name: check(data[name]) for name, check in FIELDS.items() if name in data}
