"""The /notes endpoints as two class-based views (collection and item)."""

from flask import Blueprint, abort, request
from flask.views import MethodView
from sqlalchemy import select

from app.db import get_session
from app.errors import ValidationError
from app.models import Note, NoteTag

bp = Blueprint("notes", __name__, url_prefix="/notes")

_OPTIONAL = {"body": "", "tags": [], "done": False}


def _is_title(v: object) -> bool:
    return type(v) is str and 0 < len(v) <= 200 and not v.isspace()


_CHECKS = {
    "title": (_is_title, "title: a non-blank string of 1 to 200 characters"),
    "body": (lambda v: type(v) is str, "body: a string"),
    "tags": (lambda v: type(v) is list and all(type(t) is str for t in v), "tags: an array of strings"),
    "done": (lambda v: type(v) is bool, "done: true or false"),
}


def _payload(*, partial: bool) -> dict:
    if not request.is_json:
        raise ValidationError(["the body must be sent as application/json"])
    data = request.get_json(silent=True)
    if type(data) is not dict:
        raise ValidationError(["the body must be a JSON object"])
    if not partial:
        if "title" not in data:
            raise ValidationError(["title: required"])
        data = {**_OPTIONAL, **data}
    fields = {name: data[name] for name in _CHECKS if name in data}
    problems = [message for name, (check, message) in _CHECKS.items() if name in fields and not check(fields[name])]
    if problems:
        raise ValidationError(problems)
    return fields


def _note_or_404(note_id: int) -> Note:
    note = get_session().get(Note, note_id)
    if note is None:
        abort(404, description="Note not found")
    return note


class NoteCollection(MethodView):
    def get(self):
        query = select(Note).order_by(Note.id)
        tag = request.args.get("tag")
        if tag is not None:
            query = query.where(Note.tag_rows.any(NoteTag.name == tag))
        return [note.to_dict() for note in get_session().scalars(query)]

    def post(self):
        session = get_session()
        note = Note()
        for name, value in _payload(partial=False).items():
            setattr(note, name, value)
        session.add(note)
        session.commit()
        return note.to_dict(), 201


class NoteItem(MethodView):
    def get(self, note_id: int):
        return _note_or_404(note_id).to_dict()

    def _change(self, note_id: int, *, partial: bool):
        note = _note_or_404(note_id)
        fields = _payload(partial=partial)
        session = get_session()
        for name, value in fields.items():
            setattr(note, name, value)
        session.commit()
        return note.to_dict()

    def put(self, note_id: int):
        return self._change(note_id, partial=False)

    def patch(self, note_id: int):
        return self._change(note_id, partial=True)

    def delete(self, note_id: int):
        session = get_session()
        session.delete(_note_or_404(note_id))
        session.commit()
        return "", 204


bp.add_url_rule("", view_func=NoteCollection.as_view("collection"))
bp.add_url_rule("/<int:note_id>", view_func=NoteItem.as_view("item"))
