"""The /documents endpoints. Viewers read, editors also write their own documents, admins
do anything; non-admins only ever see documents they own."""

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import admin, current_user, writer
from app.db import get_session
from app.models import Document, User
from app.schemas import DocumentIn, DocumentOut, DocumentPatch

router = APIRouter(prefix="/documents", tags=["documents"])


def _accessible(session: Session, document_id: int, user: User) -> Document:
    document = session.get(Document, document_id)
    # Someone else's document answers like a missing one, so ids cannot be probed.
    if document is None or (user.role != "admin" and document.owner_id != user.id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Document not found")
    return document


@router.get("", response_model=list[DocumentOut])
def list_documents(
    owner_id: int | None = None,
    user: User = Depends(current_user),
    session: Session = Depends(get_session),
) -> list[Document]:
    """Every document for admins, the caller's own otherwise; ?owner_id= narrows to one owner
    (the admin console's per-user view)."""
    query = select(Document).order_by(Document.id)
    if owner_id is not None:
        query = query.where(Document.owner_id == owner_id)
    elif user.role != "admin":
        query = query.where(Document.owner_id == user.id)
    return list(session.scalars(query))


@router.post("", response_model=DocumentOut, status_code=status.HTTP_201_CREATED)
def create_document(
    data: DocumentIn, user: User = Depends(writer), session: Session = Depends(get_session)
) -> Document:
    document = Document(**data.model_dump(), owner_id=user.id)
    session.add(document)
    session.commit()
    return document


@router.get("/{document_id}", response_model=DocumentOut)
def get_document(
    document_id: int, user: User = Depends(current_user), session: Session = Depends(get_session)
) -> Document:
    return _accessible(session, document_id, user)


@router.patch("/{document_id}", response_model=DocumentOut)
def update_document(
    document_id: int,
    data: DocumentPatch,
    user: User = Depends(writer),
    session: Session = Depends(get_session),
) -> Document:
    document = _accessible(session, document_id, user)
    for name, value in data.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(document, name, value)
    session.commit()
    return document


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_document(
    document_id: int, user: User = Depends(admin), session: Session = Depends(get_session)
) -> Response:
    session.delete(_accessible(session, document_id, user))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
