"""CSRF protection: a signed token in every form, checked on every state-changing request."""

import hashlib
import hmac

from flask import Flask, abort, current_app, request

FIELD = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def csrf_token() -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, b"csrf-token", hashlib.sha256).hexdigest()


def check_token() -> None:
    sent = request.form.get(FIELD, "")
    if request.method in UNSAFE_METHODS and not hmac.compare_digest(sent.encode(), csrf_token().encode()):
        abort(403)


def init_app(app: Flask) -> None:
    app.before_request(check_token)
    app.jinja_env.globals["csrf_token"] = csrf_token
