"""GET /search?q=...: posts whose title or body contains the query, as an HTML page."""

from flask import Blueprint, render_template, request

from blog.db import get_db

bp = Blueprint("search", __name__)


@bp.get("/search")
def search():
    query = request.args.get("q", "").strip()
    results = []
    if query:
        # instr() takes the query literally: % and _ are not wildcards here.
        results = get_db().execute(
            "SELECT id, title FROM posts"
            " WHERE instr(lower(title), lower(?)) > 0 OR instr(lower(body), lower(?)) > 0"
            " ORDER BY id",
            (query, query),
        ).fetchall()
    return render_template("search.html", query=query, results=results)
