"""The /notes endpoints."""

import json

from flask import Blueprint, abort, request
from sqlalchemy import select, text

from app.db import get_session
from app.models import Note
from app.validation import parse_note

bp = Blueprint("notes", __name__, url_prefix="/notes")


def _json_body() -> object:
    # silent: a malformed or non-JSON body becomes None, which parse_note rejects with 400.
    return request.get_json(silent=True)


def _get_or_404(note_id: int) -> Note:
    note = get_session().get(Note, note_id)
    if note is None:
        abort(404, description="Note not found")
    return note


def _update(note_id: int, values: dict):
    note = _get_or_404(note_id)
    for name, value in values.items():
        setattr(note, name, value)
    get_session().commit()
    return note.to_dict()


@bp.post("")
def create_note():
    note = Note(**parse_note(_json_body()))
    session = get_session()
    session.add(note)
    session.commit()
    return note.to_dict(), 201


@bp.get("")
def list_notes():
    query = select(Note).order_by(Note.id)
    tag = request.args.get("tag")
    if tag is not None:
        # The tags column holds JSON text such as ["event", "calls"]: look for the tag as a
        # JSON string. json.dumps quotes it and escapes its quotes and backslashes.
        query = query.where(text("notes.tags LIKE '%" + json.dumps(tag) + "%'"))
    return [note.to_dict() for note in get_session().scalars(query)]


@bp.get("/<int:note_id>")
def get_note(note_id: int):
    return _get_or_404(note_id).to_dict()


@bp.put("/<int:note_id>")
def replace_note(note_id: int):
    return _update(note_id, parse_note(_json_body()))


@bp.patch("/<int:note_id>")
def update_note(note_id: int):
    return _update(note_id, parse_note(_json_body(), partial=True))


@bp.delete("/<int:note_id>")
def delete_note(note_id: int):
    session = get_session()
    session.delete(_get_or_404(note_id))
    session.commit()
    return "", 204
