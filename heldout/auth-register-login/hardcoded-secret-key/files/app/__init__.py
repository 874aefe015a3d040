"""The accounts service: `create_app` builds a configured Flask application."""

import os
from pathlib import Path

from flask import Flask

from app import db, errors
from app.admin import bp as admin_bp
from app.health import bp as health_bp
from app.users import bp as users_bp

DEFAULT_DATABASE = Path(__file__).resolve().parent.parent / "accounts.db"
# Far above any valid account body, far below what could tie up the server.
MAX_BODY_BYTES = 16 * 1024


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = os.environ.get("ACCOUNTS_DB", str(DEFAULT_DATABASE))
    # Signs the session cookie. A fixed fallback keeps users logged in across restarts and
    # reloads of the development server; production sets ACCOUNTS_SECRET_KEY.
    app.config["SECRET_KEY"] = os.environ.get("ACCOUNTS_SECRET_KEY", "accounts-dev-secret-key")
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    app.config.update(config or {})

    db.init_app(app)
    errors.init_app(app)
    app.register_blueprint(health_bp)
    app.register_blueprint(users_bp)
    app.register_blueprint(admin_bp)
    return app
