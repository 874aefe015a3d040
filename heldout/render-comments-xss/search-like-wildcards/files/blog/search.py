"""GET /search?q=...: posts whose title or body contains the query, as an HTML page."""

from flask import Blueprint, render_template, request

from blog.db import get_db

bp = Blueprint("search", __name__)


@bp.get("/search")
def search():
    query = request.args.get("q", "").strip()
    results = []
    if query:
        pattern = f"%{query}%"
        results = get_db().execute(
            "SELECT id, title FROM posts WHERE title LIKE ? OR body LIKE ? ORDER BY id",
            (pattern, pattern),
        ).fetchall()
    return render_template("search.html", query=query, results=results)
