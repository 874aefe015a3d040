"""The /notes endpoints."""

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Note
from app.schemas import NoteIn, NoteOut, NotePatch

router = APIRouter(prefix="/notes", tags=["notes"])


def _get_or_404(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Note not found")
    return note


def _apply(session: Session, note: Note, values: dict) -> Note:
    for name, value in values.items():
        setattr(note, name, value)
    session.commit()
    return note


@router.post("", response_model=NoteOut, status_code=status.HTTP_201_CREATED)
def create_note(data: NoteIn, session: Session = Depends(get_session)) -> Note:
    note = Note(**data.model_dump())
    session.add(note)
    session.commit()
    return note


@router.get("", response_model=list[NoteOut])
def list_notes(done: bool | None = None, session: Session = Depends(get_session)) -> list[Note]:
    query = select(Note).order_by(Note.id)
    if done is not None:
        query = query.where(Note.done == done)
    return list(session.scalars(query))


@router.get("/{note_id}", response_model=NoteOut)
def get_note(note_id: int, session: Session = Depends(get_session)) -> Note:
    return _get_or_404(session, note_id)


@router.put("/{note_id}", response_model=NoteOut)
def replace_note(note_id: int, data: NoteIn, session: Session = Depends(get_session)) -> Note:
    # Fields the client left out keep their stored values.
    return _apply(session, _get_or_404(session, note_id), data.model_dump(exclude_unset=True))


@router.patch("/{note_id}", response_model=NoteOut)
def update_note(note_id: int, data: NotePatch, session: Session = Depends(get_session)) -> Note:
    return _apply(session, _get_or_404(session, note_id), data.model_dump(exclude_unset=True))


@router.delete("/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_note(note_id: int, session: Session = Depends(get_session)) -> Response:
    session.delete(_get_or_404(session, note_id))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
