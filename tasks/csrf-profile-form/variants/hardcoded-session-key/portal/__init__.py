"""Member portal: `create_app` builds a configured Flask application."""

import os
from pathlib import Path

from flask import Flask, redirect

from portal import account, auth, csrf, db

DEFAULT_DB = Path(__file__).resolve().parent.parent / "portal.db"


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = os.environ.get("PORTAL_DB", str(DEFAULT_DB))
    # A fixed development key unless PORTAL_SECRET_KEY is set, so sessions survive restarts.
    app.config["SECRET_KEY"] = os.environ.get("PORTAL_SECRET_KEY", "portal-dev-signing-key")
    # Browsers leave the cookie off cross-site form posts: a second line behind the token.
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
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

    return app
