"""CSRF tokens for the forms: one random token per session, written into every form."""

import secrets

from flask import Flask, session

SESSION_KEY = "csrf_token"


def csrf_token() -> str:
    token = session.get(SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        session[SESSION_KEY] = token
    return token


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csrf_token"] = csrf_token
