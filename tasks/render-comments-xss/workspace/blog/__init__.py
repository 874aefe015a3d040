"""Field notes blog: `create_app` builds a configured Flask application."""

import os
from pathlib import Path

from flask import Flask

from blog import db, posts

DEFAULT_DB = Path(__file__).resolve().parent.parent / "blog.db"


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["DATABASE"] = os.environ.get("BLOG_DB", str(DEFAULT_DB))
    app.config.update(config or {})
    db.init_app(app)
    app.register_blueprint(posts.bp)
    return app
