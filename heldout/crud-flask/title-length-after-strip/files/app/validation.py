"""Checks for note bodies. JSON types must match exactly: nothing is coerced."""

from app.errors import ValidationError

TITLE_MAX = 200


def _title_ok(value: object) -> bool:
    # Surrounding whitespace is not part of the title, so it does not count towards the limit.
    if not isinstance(value, str):
        return False
    visible = value.strip()
    return 0 < len(visible) <= TITLE_MAX


# field -> (check, message when the check fails)
RULES = {
    "title": (_title_ok, f"title must be a non-blank string of at most {TITLE_MAX} characters"),
    "body": (lambda v: isinstance(v, str), "body must be a string"),
    "tags": (lambda v: isinstance(v, list) and all(isinstance(t, str) for t in v), "tags must be an array of strings"),
    # bool is checked by type: isinstance(1, bool) is False, so 1 and 0 are rejected.
    "done": (lambda v: isinstance(v, bool), "done must be a boolean"),
}


def defaults() -> dict:
    return {"body": "", "tags": [], "done": False}


def parse_note(payload: object, *, partial: bool = False) -> dict:
    """The note fields of a request body. A full body (POST, PUT) gets defaults for omitted
    optional fields; a partial one (PATCH) holds only the fields it was given."""
    if not isinstance(payload, dict):
        raise ValidationError(["the request body must be a JSON object"])
    problems = [message for field, (ok, message) in RULES.items() if field in payload and not ok(payload[field])]
    if not partial and "title" not in payload:
        problems.append("title is required")
    if problems:
        raise ValidationError(problems)
    given = {field: payload[field] for field in RULES if field in payload}
    return given if partial else {**defaults(), **given}
