"""The /suppliers endpoints: plain CRUD."""

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.db import get_session
from inventory.models import Supplier
from inventory.schemas import SupplierIn, SupplierOut

router = APIRouter(prefix="/suppliers", tags=["suppliers"])


def _columns(data: SupplierIn) -> dict:
    """The body's values for every column of the suppliers table."""
    return {key: value for key, value in data.model_dump().items() if key in Supplier.__table__.columns}


def _get_or_404(session: Session, supplier_id: int) -> Supplier:
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Supplier not found")
    return supplier


@router.get("", response_model=list[SupplierOut])
def list_suppliers(session: Session = Depends(get_session)) -> list[Supplier]:
    return list(session.scalars(select(Supplier).order_by(Supplier.id)))


@router.post("", response_model=SupplierOut, status_code=status.HTTP_201_CREATED)
def create_supplier(data: SupplierIn, session: Session = Depends(get_session)) -> Supplier:
    supplier = Supplier(**_columns(data))
    session.add(supplier)
    session.commit()
    return supplier


@router.get("/{supplier_id}", response_model=SupplierOut)
def get_supplier(supplier_id: int, session: Session = Depends(get_session)) -> Supplier:
    return _get_or_404(session, supplier_id)


@router.put("/{supplier_id}", response_model=SupplierOut)
def replace_supplier(supplier_id: int, data: SupplierIn, session: Session = Depends(get_session)) -> Supplier:
    supplier = _get_or_404(session, supplier_id)
    for name, value in _columns(data).items():
        setattr(supplier, name, value)
    session.commit()
    return supplier


@router.delete("/{supplier_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_supplier(supplier_id: int, session: Session = Depends(get_session)) -> Response:
    session.delete(_get_or_404(session, supplier_id))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
