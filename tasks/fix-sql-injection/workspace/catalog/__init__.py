"""Product catalog service."""

import os
from pathlib import Path

from flask import Flask

from catalog import db, routes

DEFAULT_DB = Path(__file__).resolve().parent.parent / "catalog.db"


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = os.environ.get("CATALOG_DB", str(DEFAULT_DB))
    db.init_app(app)
    app.register_blueprint(routes.bp)
    return app
