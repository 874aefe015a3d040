"""The accounts service: `create_app` builds a configured Flask application."""

import os
import secrets
from pathlib import Path

from flask import Flask

from app import db
from app.health import bp as health_bp
from app.users import bp as users_bp

DEFAULT_DATABASE = Path(__file__).resolve().parent.parent / "accounts.db"


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = os.environ.get("ACCOUNTS_DB", str(DEFAULT_DATABASE))
    # Signs the session cookie. Without ACCOUNTS_SECRET_KEY each start picks a random key, so
    # nobody can forge a session, and sessions simply end when the app restarts.
    app.config["SECRET_KEY"] = os.environ.get("ACCOUNTS_SECRET_KEY") or secrets.token_hex(32)
    app.config.update(config or {})

    db.init_app(app)
    app.register_blueprint(health_bp)
    app.register_blueprint(users_bp)
    return app
