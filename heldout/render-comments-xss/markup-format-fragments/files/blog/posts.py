"""The HTML pages: the index of posts and one page per post with its comments.

The comment list is built in Python with markupsafe: Markup.format() escapes every argument
(&, <, >, " and ') before it is placed in the fixed markup, so the template only inserts a
fragment that is already safe.
"""

from flask import Blueprint, abort, render_template
from markupsafe import Markup

from blog.db import get_db

bp = Blueprint("posts", __name__)

_AUTHOR_LINK = Markup('<a class="author" href="{}" rel="nofollow noopener ugc">{}</a>')
_AUTHOR_TEXT = Markup('<span class="author">{}</span>')
_COMMENT = Markup(
    '<li class="comment" id="comment-{id}">{author} <time>{created_at}</time>'
    ' <p class="comment-body">{body}</p></li>'
)


def render_comment(row) -> Markup:
    if row["website"]:
        author = _AUTHOR_LINK.format(row["website"], row["author"])
    else:
        author = _AUTHOR_TEXT.format(row["author"])
    return _COMMENT.format(id=int(row["id"]), author=author, created_at=row["created_at"], body=row["body"])


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
    rows = db.execute(
        "SELECT id, author, body, website, created_at FROM comments WHERE post_id = ? ORDER BY id",
        (post_id,),
    ).fetchall()
    comments_html = Markup("\n").join(render_comment(row) for row in rows)
    return render_template("post.html", post=post, comments_html=comments_html)
