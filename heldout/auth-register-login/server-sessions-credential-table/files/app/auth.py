"""Server-side sessions: the cookie carries 32 random bytes (base64url), the database keeps
only their SHA-256, and logout deletes the row, so a copied cookie dies with the session."""

import hashlib
import secrets
from functools import wraps

from flask import after_this_request, g, request

from app import accounts
from app.db import get_db
from app.errors import error
from app.passwords import DUMMY, matches
from app.validation import MAX_PASSWORD

COOKIE = "sid"


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def check_credentials(username: str, password: str):
    if len(password) > MAX_PASSWORD:
        return None
    user = accounts.by_username(username)
    credential = accounts.credential_of(user["id"]) if user is not None else None
    if credential is None:
        matches(password, DUMMY)
        return None
    return user if matches(password, credential) else None


def log_in(user) -> None:
    token = secrets.token_urlsafe(32)
    db = get_db()
    with db:
        old = request.cookies.get(COOKIE)
        if old:
            db.execute("DELETE FROM sessions WHERE token_sha256 = ?", (_digest(old),))
        db.execute("INSERT INTO sessions (token_sha256, user_id) VALUES (?, ?)", (_digest(token), user["id"]))

    @after_this_request
    def set_cookie(response):
        response.set_cookie(COOKIE, token, httponly=True, samesite="Lax", path="/")
        return response


def log_out() -> None:
    token = request.cookies.get(COOKIE)
    if token:
        db = get_db()
        with db:
            db.execute("DELETE FROM sessions WHERE token_sha256 = ?", (_digest(token),))

    @after_this_request
    def clear_cookie(response):
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="Lax")
        return response


def current_user():
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    row = get_db().execute("SELECT user_id FROM sessions WHERE token_sha256 = ?", (_digest(token),)).fetchone()
    return accounts.by_id(row["user_id"]) if row else None


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
