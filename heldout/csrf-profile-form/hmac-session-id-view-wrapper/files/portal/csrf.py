"""CSRF tokens as an HMAC of a random per-session id, enforced by wrapping the views.

The session (a signed cookie) holds only a random 256-bit session id; the token is
HMAC-SHA256(SECRET_KEY, "csrf" + sid), so it is bound to that session, never stored, and the
same for the whole session. protect_views() wraps every view that accepts an unsafe method,
so a POST route added later is covered without anyone remembering to decorate it.
"""

import hashlib
import hmac
import secrets
from functools import wraps

from flask import Flask, abort, current_app, request, session

FIELD = "csrf_token"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _session_id() -> str:
    sid = session.get("sid")
    if not isinstance(sid, str) or len(sid) < 32:
        sid = secrets.token_hex(32)
        session["sid"] = sid
    return sid


def _token_for(sid: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, b"csrf" + sid.encode(), hashlib.sha256).hexdigest()


def csrf_token() -> str:
    return _token_for(_session_id())


def _valid(sent: str | None) -> bool:
    sid = session.get("sid")
    if not sent or not isinstance(sid, str):
        return False
    return hmac.compare_digest(sent.encode(), _token_for(sid).encode())


def _guard(view):
    @wraps(view)
    def guarded(*args, **kwargs):
        if request.method in UNSAFE and not _valid(request.form.get(FIELD)):
            abort(403, description="Missing or invalid form token. Reload the page and try again.")
        return view(*args, **kwargs)

    return guarded


def protect_views(app: Flask) -> None:
    """Wrap each endpoint that any URL rule lets an unsafe method reach."""
    unsafe_endpoints = {rule.endpoint for rule in app.url_map.iter_rules() if UNSAFE & set(rule.methods or ())}
    for endpoint in unsafe_endpoints:
        app.view_functions[endpoint] = _guard(app.view_functions[endpoint])


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csrf_token"] = csrf_token
