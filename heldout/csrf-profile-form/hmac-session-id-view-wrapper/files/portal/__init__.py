"""Member portal: `create_app` builds a configured Flask application."""

import os
import secrets
from pathlib import Path

from flask import Flask, redirect

from portal import account, auth, csrf, db

DEFAULT_DB = Path(__file__).resolve().parent.parent / "portal.db"


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = os.environ.get("PORTAL_DB", str(DEFAULT_DB))
    # A random key per start signs everyone out on restart; set PORTAL_SECRET_KEY to keep sessions.
    app.config["SECRET_KEY"] = os.environ.get("PORTAL_SECRET_KEY") or secrets.token_hex(32)
    app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    app.config.update(config or {})
    db.init_app(app)
    csrf.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(account.bp)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.get("/")
    def home():
        return redirect("/account", code=303)

    # Last, once every route exists: all unsafe-method views get the token check.
    csrf.protect_views(app)
    return app
