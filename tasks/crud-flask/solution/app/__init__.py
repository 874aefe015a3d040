"""The notes service: `create_app` builds a configured Flask application."""

import os

from flask import Flask

from app import db, errors, models  # noqa: F401  (models registers the tables on db.Base)
from app.health import bp as health_bp
from app.notes import bp as notes_bp


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE_URL"] = os.environ.get("NOTES_DATABASE_URL", db.DEFAULT_DATABASE_URL)
    app.config.update(config or {})

    db.init_app(app)
    errors.init_app(app)
    app.register_blueprint(health_bp)
    app.register_blueprint(notes_bp)
    return app
