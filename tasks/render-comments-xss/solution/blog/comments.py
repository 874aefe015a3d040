"""POST /posts/<id>/comments: JSON clients get the comment back, HTML forms a redirect."""

from datetime import UTC, datetime

from flask import Blueprint, Response, redirect, request

from blog.comment_input import InvalidComment, parse_comment
from blog.db import get_db

bp = Blueprint("comments", __name__)
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _error(message: str, status: int, as_json: bool):
    if as_json:
        return {"error": message}, status
    # Plain text, never HTML: the message must not become markup in the browser.
    return Response(message, status=status, mimetype="text/plain")


def _submitted() -> tuple[object, bool]:
    """The submitted fields and whether the client speaks JSON."""
    if request.is_json:
        return request.get_json(silent=True), True
    if request.mimetype in FORM_TYPES:
        return request.form.to_dict(), False
    raise InvalidComment("send the comment as JSON or as an HTML form")


@bp.post("/posts/<int:post_id>/comments")
def add_comment(post_id: int):
    as_json = request.mimetype not in FORM_TYPES
    db = get_db()
    if db.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        return _error("post not found", 404, as_json)
    try:
        data, as_json = _submitted()
        comment = parse_comment(data)
    except InvalidComment as err:
        return _error(str(err), 400, as_json)
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    with db:
        cursor = db.execute(
            "INSERT INTO comments (post_id, author, body, website, created_at) VALUES (?, ?, ?, ?, ?)",
            (post_id, comment.author, comment.body, comment.website, created_at),
        )
    comment_id = cursor.lastrowid
    if not as_json:
        return redirect(f"/posts/{post_id}#comment-{comment_id}", code=303)
    return {
        "id": comment_id,
        "post_id": post_id,
        "author": comment.author,
        "body": comment.body,
        "website": comment.website,
        "created_at": created_at,
    }, 201
