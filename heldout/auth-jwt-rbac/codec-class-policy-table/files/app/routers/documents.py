"""The /documents endpoints, with who-may-do-what in one table.

POLICY maps an action to the roles allowed to attempt it (checked before any lookup, 403
otherwise); SCOPE then limits non-admins to their own documents, and someone else's document
is reported exactly like a missing one.
"""

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import current_user
from app.db import get_session
from app.models import Document, User
from app.schemas import DocumentIn, DocumentOut, DocumentPatch

router = APIRouter(prefix="/documents", tags=["documents"])

POLICY = {
    "list": {"admin", "editor", "viewer"},
    "read": {"admin", "editor", "viewer"},
    "create": {"admin", "editor"},
    "update": {"admin", "editor"},
    "delete": {"admin"},
}
SEES_EVERYTHING = {"admin"}


def allowed(action: str):
    def check(user: User = Depends(current_user)) -> User:
        if user.role not in POLICY[action]:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Your role does not allow this")
        return user

    return check


def _scoped(user: User):
    query = select(Document)
    if user.role not in SEES_EVERYTHING:
        query = query.where(Document.owner_id == user.id)
    return query


def _find(session: Session, user: User, document_id: int) -> Document:
    document = session.scalar(_scoped(user).where(Document.id == document_id))
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Document not found")
    return document


@router.get("", response_model=list[DocumentOut])
def list_documents(user: User = Depends(allowed("list")), session: Session = Depends(get_session)):
    return list(session.scalars(_scoped(user).order_by(Document.id)))


@router.post("", response_model=DocumentOut, status_code=status.HTTP_201_CREATED)
def create_document(data: DocumentIn, user: User = Depends(allowed("create")),
                    session: Session = Depends(get_session)):
    document = Document(title=data.title, body=data.body, owner_id=user.id)
    session.add(document)
    session.commit()
    return document


@router.get("/{document_id}", response_model=DocumentOut)
def get_document(document_id: int, user: User = Depends(allowed("read")),
                 session: Session = Depends(get_session)):
    return _find(session, user, document_id)


@router.patch("/{document_id}", response_model=DocumentOut)
def update_document(document_id: int, data: DocumentPatch, user: User = Depends(allowed("update")),
                    session: Session = Depends(get_session)):
    document = _find(session, user, document_id)
    if data.title is not None:
        document.title = data.title
    if data.body is not None:
        document.body = data.body
    session.commit()
    return document


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_document(document_id: int, user: User = Depends(allowed("delete")),
                    session: Session = Depends(get_session)):
    session.delete(_find(session, user, document_id))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
