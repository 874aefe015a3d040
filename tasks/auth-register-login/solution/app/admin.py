"""Admin-only endpoints."""

from flask import Blueprint

from app import accounts
from app.auth import admin_required

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@admin_required
def list_users():
    return [accounts.public(user) for user in accounts.everyone()]
