"""The notes service: `create_app` builds a configured Flask application."""

import os

from flask import Flask

from app import db, models  # noqa: F401  (models registers the tables on db.Base)
from app.health import bp as health_bp


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE_URL"] = os.environ.get("NOTES_DATABASE_URL", db.DEFAULT_DATABASE_URL)
    app.config.update(config or {})

    db.init_app(app)
    app.register_blueprint(health_bp)
    # TODO: the notes API.
    return app
