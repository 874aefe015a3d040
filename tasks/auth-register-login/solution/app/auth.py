"""The login session: who is calling, and decorators for views that need a user or an admin."""

from functools import wraps

from flask import g, session

from app import accounts
from app.errors import error
from app.passwords import DUMMY_HASH, verify_password
from app.validation import MAX_PASSWORD


def check_credentials(username: str, password: str):
    """The account if the password is right, else None."""
    if len(password) > MAX_PASSWORD:  # never valid: not worth hashing
        return None
    user = accounts.by_username(username)
    if user is None:
        verify_password(password, DUMMY_HASH)
        return None
    return user if verify_password(password, user["password_hash"]) else None


def log_in(user) -> None:
    session.clear()  # a fresh session at login: nothing from before carries over
    session["user_id"] = user["id"]


def log_out() -> None:
    session.clear()


def current_user():
    user_id = session.get("user_id")
    return accounts.by_id(user_id) if isinstance(user_id, int) else None


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.user = current_user()
        if g.user is None:
            return error(401, "authentication required")
        return view(*args, **kwargs)

    return wrapper


def admin_required(view):
    @login_required
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.user["role"] != "admin":
            return error(403, "admins only")
        return view(*args, **kwargs)

    return wrapper
