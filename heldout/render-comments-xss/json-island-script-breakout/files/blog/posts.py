"""The HTML pages: the index of posts and one page per post with its comments."""

import json

from flask import Blueprint, abort, render_template

from blog.db import get_db

bp = Blueprint("posts", __name__)


@bp.get("/health")
def health():
    return {"status": "ok"}


@bp.get("/")
def index():
    rows = get_db().execute("SELECT id, title, created_at FROM posts ORDER BY id").fetchall()
    return render_template("index.html", posts=rows)


@bp.get("/posts/<int:post_id>")
def show_post(post_id: int):
    db = get_db()
    post = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if post is None:
        abort(404)
    comments = db.execute(
        "SELECT id, author, body, website, created_at FROM comments WHERE post_id = ? ORDER BY id",
        (post_id,),
    ).fetchall()
    # For the "N comments by A, B and C" summary the page script draws.
    summary = json.dumps({"count": len(comments), "authors": sorted({c["author"] for c in comments})})
    return render_template("post.html", post=post, comments=comments, summary=summary)
