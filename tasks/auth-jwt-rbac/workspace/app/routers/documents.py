"""The /documents endpoints."""

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Document, User
from app.schemas import DocumentIn, DocumentOut, DocumentPatch

router = APIRouter(prefix="/documents", tags=["documents"])


def _get_or_404(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Document not found")
    return document


@router.get("", response_model=list[DocumentOut])
def list_documents(session: Session = Depends(get_session)) -> list[Document]:
    return list(session.scalars(select(Document).order_by(Document.id)))


@router.post("", response_model=DocumentOut, status_code=status.HTTP_201_CREATED)
def create_document(data: DocumentIn, session: Session = Depends(get_session)) -> Document:
    if session.get(User, data.owner_id) is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail="Unknown owner")
    document = Document(**data.model_dump())
    session.add(document)
    session.commit()
    return document


@router.get("/{document_id}", response_model=DocumentOut)
def get_document(document_id: int, session: Session = Depends(get_session)) -> Document:
    return _get_or_404(session, document_id)


@router.patch("/{document_id}", response_model=DocumentOut)
def update_document(
    document_id: int, data: DocumentPatch, session: Session = Depends(get_session)
) -> Document:
    document = _get_or_404(session, document_id)
    for name, value in data.model_dump(exclude_unset=True).items():
        setattr(document, name, value)
    session.commit()
    return document


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_document(document_id: int, session: Session = Depends(get_session)) -> Response:
    session.delete(_get_or_404(session, document_id))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
