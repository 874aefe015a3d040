"""CSRF protection with the synchronizer-token pattern, on the standard library alone.

Each session gets one random token, kept in the (signed) session cookie and written into every
form as the hidden field `csrf_token`. A state-changing request must send the same value back in
that form field: another site can make a browser send the session cookie, but it cannot read
the page, so it cannot know the token.
"""

import hmac
import secrets

from flask import Flask, abort, request, session

FIELD = "csrf_token"
SESSION_KEY = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})



def csrf_token() -> str:
    """This session's token, made on first use."""
    token = session.get(SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        session[SESSION_KEY] = token
    return token


def token_is_valid(sent: str | None) -> bool:
    expected = session.get(SESSION_KEY)
    if not expected or not sent:
        return False
    return hmac.compare_digest(sent.encode(), expected.encode())


def check_token() -> None:
    # Only the form body counts: not the query string, a cookie or any other field.
    # Sign-in has no session to protect yet (and the session is replaced by it anyway).
    if request.endpoint == "auth.login":
        return
    if request.method in UNSAFE_METHODS and not token_is_valid(request.form.get(FIELD)):
        abort(403, description="The form has expired or did not come from this site. Reload the page and try again.")


def init_app(app: Flask) -> None:
    app.before_request(check_token)
    app.jinja_env.globals["csrf_token"] = csrf_token
