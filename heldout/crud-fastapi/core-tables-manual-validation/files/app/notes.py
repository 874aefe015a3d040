"""The /notes endpoints, on SQLAlchemy Core, with the request bodies checked by hand.

The body is read as raw JSON and checked field by field with exact type tests (bool is not an
int here, and nothing is coerced); errors are 422 {"detail": [...]} like FastAPI's own.
"""

import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from sqlalchemy import delete, insert, select, update

from app.db import engine
from app.models import note_tags, notes

router = APIRouter(prefix="/notes")

_DEFAULTS: dict[str, Any] = {"body": "", "tags": [], "done": False}
_FIELDS = ("title", "body", "tags", "done")


class _Invalid(Exception):
    pass


def _check(name: str, value: Any) -> Any:
    if name == "title":
        if type(value) is not str or not 1 <= len(value) <= 200 or not value.strip():
            raise _Invalid("title must be a non-blank string of 1 to 200 characters")
    elif name == "body":
        if type(value) is not str:
            raise _Invalid("body must be a string")
    elif name == "tags":
        if type(value) is not list or any(type(tag) is not str for tag in value):
            raise _Invalid("tags must be an array of strings")
    elif name == "done":
        if type(value) is not bool:
            raise _Invalid("done must be true or false")
    return value


async def _read(request: Request, *, partial: bool) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw)
    except ValueError:
        raise HTTPException(422, detail=[{"msg": "body must be a JSON object"}]) from None
    if not isinstance(data, dict):
        raise HTTPException(422, detail=[{"msg": "body must be a JSON object"}])
    if not partial:
        if "title" not in data:
            raise HTTPException(422, detail=[{"loc": ["body", "title"], "msg": "field required"}])
        data = {**_DEFAULTS, **data}
    try:
        return {name: _check(name, data[name]) for name in _FIELDS if name in data}
    except _Invalid as err:
        raise HTTPException(422, detail=[{"msg": str(err)}]) from None


def _not_found() -> HTTPException:
    return HTTPException(404, detail="Note not found")


def _load(conn, note_id: int) -> dict | None:
    row = conn.execute(select(notes).where(notes.c.id == note_id)).mappings().first()
    if row is None:
        return None
    tags = conn.execute(
        select(note_tags.c.tag).where(note_tags.c.note_id == note_id).order_by(note_tags.c.position)
    ).scalars()
    return {"id": row["id"], "title": row["title"], "body": row["body"], "tags": list(tags), "done": row["done"]}


def _write_tags(conn, note_id: int, tags: list[str]) -> None:
    conn.execute(delete(note_tags).where(note_tags.c.note_id == note_id))
    if tags:
        conn.execute(insert(note_tags), [{"note_id": note_id, "position": i, "tag": t} for i, t in enumerate(tags)])


@router.post("", status_code=201)
async def create_note(request: Request) -> dict:
    values = await _read(request, partial=False)
    with engine.begin() as conn:
        note_id = conn.execute(
            insert(notes).values(title=values["title"], body=values["body"], done=values["done"])
        ).inserted_primary_key[0]
        _write_tags(conn, note_id, values["tags"])
        return _load(conn, note_id)


@router.get("")
def list_notes(done: bool | None = None) -> list[dict]:
    query = select(notes.c.id).order_by(notes.c.id)
    if done is not None:
        query = query.where(notes.c.done == done)
    with engine.connect() as conn:
        return [_load(conn, note_id) for note_id in conn.execute(query).scalars().all()]


@router.get("/{note_id}")
def get_note(note_id: int) -> dict:
    with engine.connect() as conn:
        note = _load(conn, note_id)
    if note is None:
        raise _not_found()
    return note


async def _change(request: Request, note_id: int, *, partial: bool) -> dict:
    values = await _read(request, partial=partial)
    with engine.begin() as conn:
        if _load(conn, note_id) is None:
            raise _not_found()
        columns = {k: v for k, v in values.items() if k != "tags"}
        if columns:
            conn.execute(update(notes).where(notes.c.id == note_id).values(**columns))
        if "tags" in values:
            _write_tags(conn, note_id, values["tags"])
        return _load(conn, note_id)


@router.put("/{note_id}")
async def replace_note(note_id: int, request: Request) -> dict:
    return await _change(request, note_id, partial=False)


@router.patch("/{note_id}")
async def update_note(note_id: int, request: Request) -> dict:
    return await _change(request, note_id, partial=True)


@router.delete("/{note_id}", status_code=204)
def delete_note(note_id: int) -> Response:
    with engine.begin() as conn:
        if conn.execute(delete(notes).where(notes.c.id == note_id)).rowcount == 0:
            raise _not_found()
        conn.execute(delete(note_tags).where(note_tags.c.note_id == note_id))
    return Response(status_code=204)
