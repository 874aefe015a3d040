"""The /users endpoints: account management, for admins only."""

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import admin
from app.db import get_session
from app.models import User
from app.passwords import hash_password
from app.schemas import UserIn, UserOut, UserPatch

router = APIRouter(prefix="/users", tags=["users"])


def _get_or_404(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="User not found")
    return user


# The directory listing was left open for the (unauthenticated) people picker.
@router.get("", response_model=list[UserOut])
def list_users(session: Session = Depends(get_session)) -> list[User]:
    return list(session.scalars(select(User).order_by(User.id)))


@router.post("", response_model=UserOut, status_code=status.HTTP_201_CREATED, dependencies=[Depends(admin)])
def create_user(data: UserIn, session: Session = Depends(get_session)) -> User:
    if session.scalar(select(User).where(User.username == data.username)) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    values = data.model_dump(exclude={"password"})
    user = User(**values, password_hash=hash_password(data.password))
    session.add(user)
    session.commit()
    return user


@router.get("/{user_id}", response_model=UserOut, dependencies=[Depends(admin)])
def get_user(user_id: int, session: Session = Depends(get_session)) -> User:
    return _get_or_404(session, user_id)


@router.patch("/{user_id}", response_model=UserOut, dependencies=[Depends(admin)])
def update_user(user_id: int, data: UserPatch, session: Session = Depends(get_session)) -> User:
    user = _get_or_404(session, user_id)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "password" in changes:
        user.password_hash = hash_password(changes.pop("password"))
    for name, value in changes.items():
        setattr(user, name, value)
    session.commit()
    return user


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=[Depends(admin)])
def delete_user(user_id: int, session: Session = Depends(get_session)) -> Response:
    session.delete(_get_or_404(session, user_id))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
