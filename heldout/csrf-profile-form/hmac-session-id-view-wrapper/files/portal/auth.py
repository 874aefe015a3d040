"""Signing in and out with Flask's session cookie, and the `login_required` guard."""

from functools import wraps

from flask import Blueprint, g, redirect, render_template, request, session
from werkzeug.security import check_password_hash

from portal.db import get_db

bp = Blueprint("auth", __name__)


@bp.before_app_request
def load_user() -> None:
    user_id = session.get("user_id")
    g.user = None
    if user_id is not None:
        g.user = get_db().execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()


def login_required(view):
    @wraps(view)
    def guarded(*args, **kwargs):
        if g.user is None:
            return redirect("/login", code=303)
        return view(*args, **kwargs)

    return guarded


@bp.get("/login")
def login_form():
    return render_template("login.html")


@bp.post("/login")
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    user = get_db().execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if user is None or not check_password_hash(user["password_hash"], password):
        return render_template("login.html", error="Invalid username or password."), 401
    # A fresh session on sign-in (and with it a new session id, so a new CSRF token).
    session.clear()
    session["user_id"] = user["id"]
    return redirect("/account", code=303)


@bp.post("/logout")
def logout():
    session.clear()
    return redirect("/login", code=303)
