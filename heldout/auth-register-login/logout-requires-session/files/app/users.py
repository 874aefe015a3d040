"""Accounts: registration, login, logout and the current user."""

from flask import Blueprint, g, request

from app import accounts, auth, validation
from app.errors import error

bp = Blueprint("users", __name__)


@bp.post("/register")
def register():
    try:
        username, email, password = validation.registration(request.get_json(silent=True))
    except validation.Invalid as err:
        return error(422, str(err))
    try:
        user = accounts.create(username, email, password)
    except accounts.Duplicate:
        return error(409, "username or email already registered")
    return accounts.public(user), 201


@bp.post("/login")
def login():
    try:
        username, password = validation.credentials(request.get_json(silent=True))
    except validation.Invalid as err:
        return error(422, str(err))
    user = auth.check_credentials(username, password)
    if user is None:
        return error(401, "invalid username or password")
    auth.log_in(user)
    return accounts.public(user)


@bp.post("/logout")
@auth.login_required
def logout():
    auth.log_out()
    return "", 204


@bp.get("/me")
@auth.login_required
def me():
    return accounts.public(g.user)
