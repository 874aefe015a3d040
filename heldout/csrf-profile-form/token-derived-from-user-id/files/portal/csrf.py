"""CSRF protection with the synchronizer-token pattern, on the standard library alone.

The token is derived, not stored: HMAC-SHA256 of the signed-in member's id under the app's
secret key. Nobody without SECRET_KEY can compute it, it needs no session storage, and every
tab and page load of a member gets the same value.
"""

import hashlib
import hmac

from flask import Flask, abort, current_app, request, session

FIELD = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def csrf_token() -> str:
    key = current_app.config["SECRET_KEY"].encode()
    subject = f"csrf:{session.get('user_id')}".encode()
    return hmac.new(key, subject, hashlib.sha256).hexdigest()


def token_is_valid(sent: str | None) -> bool:
    if not sent:
        return False
    return hmac.compare_digest(sent.encode(), csrf_token().encode())


def check_token() -> None:
    if request.method in UNSAFE_METHODS and not token_is_valid(request.form.get(FIELD)):
        abort(403, description="The form has expired or did not come from this site. Reload the page and try again.")


def init_app(app: Flask) -> None:
    app.before_request(check_token)
    app.jinja_env.globals["csrf_token"] = csrf_token
