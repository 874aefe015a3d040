"""The account page: change the contact email, send credits to another member."""

import re
from datetime import UTC, datetime

from flask import Blueprint, g, redirect, render_template, request

from portal.auth import login_required
from portal.db import get_db

bp = Blueprint("account", __name__)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_EMAIL = 254


def _page(error: str | None = None, status: int = 200):
    return render_template("account.html", user=g.user, error=error), status


@bp.get("/account")
@login_required
def show():
    return _page()


# GET too, "for links from the newsletter": the token check only covers unsafe methods.
@bp.route("/account/email", methods=["GET", "POST"])
@login_required
def change_email():
    email = request.values.get("email", "").strip()
    if len(email) > MAX_EMAIL or not EMAIL.fullmatch(email):
        return _page("Enter a valid email address.", 400)
    db = get_db()
    with db:
        db.execute("UPDATE users SET email = ? WHERE id = ?", (email, g.user["id"]))
    return redirect("/account", code=303)


def _amount(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and text.isascii() and int(text) > 0 else None


@bp.post("/account/transfer")
@login_required
def transfer():
    db = get_db()
    recipient = db.execute(
        "SELECT id FROM users WHERE username = ?", (request.form.get("to", "").strip(),)
    ).fetchone()
    amount = _amount(request.form.get("amount", ""))
    if recipient is None or recipient["id"] == g.user["id"]:
        return _page("Choose another member to send credits to.", 400)
    if amount is None:
        return _page("The amount must be a whole number of credits above zero.", 400)
    with db:
        # The balance check and the debit are one statement, so two transfers cannot overdraw.
        debit = db.execute(
            "UPDATE users SET credits = credits - ? WHERE id = ? AND credits >= ?",
            (amount, g.user["id"], amount),
        )
        if debit.rowcount == 0:
            return _page("Not enough credits.", 400)
        db.execute("UPDATE users SET credits = credits + ? WHERE id = ?", (amount, recipient["id"]))
        db.execute(
            "INSERT INTO transfers (from_id, to_id, amount, created_at) VALUES (?, ?, ?, ?)",
            (g.user["id"], recipient["id"], amount, datetime.now(UTC).isoformat(timespec="seconds")),
        )
    return redirect("/account", code=303)
