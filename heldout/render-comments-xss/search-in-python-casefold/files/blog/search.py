"""GET /search?q=...: posts whose title or body contains the query, as an HTML page.

The blog has a handful of posts, so matching happens in Python: str.casefold() on both sides
and the `in` operator, which has no wildcard characters at all. The page is an autoescaped
Jinja template, so the echoed query is text.
"""

from flask import Blueprint, render_template, request

from blog.db import get_db

bp = Blueprint("search", __name__)


def _matches(needle: str, *haystacks: str) -> bool:
    return any(needle in text.casefold() for text in haystacks)


@bp.get("/search")
def search():
    query = request.args.get("q", "").strip()
    results = []
    if query:
        needle = query.casefold()
        posts = get_db().execute("SELECT id, title, body FROM posts ORDER BY id").fetchall()
        results = [post for post in posts if _matches(needle, post["title"], post["body"])]
    return render_template("search.html", query=query, results=results)
