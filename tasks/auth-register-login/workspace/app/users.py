"""Accounts: registration, login and the current user. Not written yet."""

from flask import Blueprint

bp = Blueprint("users", __name__)


def _not_implemented():
    return {"error": "not implemented"}, 501


# TODO: POST /register, POST /login, POST /logout, GET /me and GET /admin/users.
@bp.post("/register")
def register():
    return _not_implemented()


@bp.post("/login")
def login():
    return _not_implemented()


@bp.get("/me")
def me():
    return _not_implemented()
