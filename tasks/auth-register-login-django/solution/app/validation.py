"""Checks on the account request bodies: cleaned values, or Invalid with a message."""

import re

USERNAME = re.compile(r"[A-Za-z0-9_]{3,32}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_EMAIL = 254
MIN_PASSWORD, MAX_PASSWORD = 8, 128


class Invalid(ValueError):
    pass


def _strings(body: object, *names: str) -> list[str]:
    if not isinstance(body, dict):
        raise Invalid("the body must be a JSON object")
    values = []
    for name in names:
        value = body.get(name)
        if not isinstance(value, str):
            raise Invalid(f"{name} is required and must be a string")
        values.append(value)
    return values


def registration(body: object) -> tuple[str, str, str]:
    """(username, email, password), with username and email lower-cased."""
    username, email, password = _strings(body, "username", "email", "password")
    if not USERNAME.fullmatch(username):
        raise Invalid("username must be 3 to 32 letters, digits or underscores")
    if len(email) > MAX_EMAIL or not EMAIL.fullmatch(email):
        raise Invalid("email is not a valid address")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise Invalid(f"password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    if not (re.search(r"[A-Za-z]", password) and re.search(r"[0-9]", password)):
        raise Invalid("password must contain a letter and a digit")
    return username.lower(), email.lower(), password


def credentials(body: object) -> tuple[str, str]:
    username, password = _strings(body, "username", "password")
    return username.lower(), password
