"""GET and PATCH /me: the caller's own profile."""

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.auth import current_user
from app.db import get_session
from app.models import User
from app.schemas import ProfilePatch, UserOut

router = APIRouter(prefix="/me", tags=["me"])


@router.get("", response_model=UserOut)
def read_me(user: User = Depends(current_user)) -> User:
    return user


@router.patch("", response_model=UserOut)
def update_me(
    data: ProfilePatch, user: User = Depends(current_user), session: Session = Depends(get_session)
) -> User:
    # ProfilePatch only has display_name and email: a role or username in the body is dropped.
    for name, value in data.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(user, name, value)
    session.commit()
    return user
