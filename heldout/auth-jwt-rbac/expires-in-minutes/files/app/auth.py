"""Who is calling: bearer-token authentication and role checks, as FastAPI dependencies."""

import time

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings, tokens
from app.db import get_session
from app.models import User
from app.passwords import hash_password, verify_password

_bearer = HTTPBearer(auto_error=False)
# Checked against when the username is unknown, so both failures take the same time.
_DUMMY_HASH = hash_password("no-such-user-placeholder")


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"}
    )


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        verify_password(password, _DUMMY_HASH)
        return None
    return user if verify_password(password, user.password_hash) else None


def issue_token(user: User) -> tuple[str, int]:
    """An access token for the user and its lifetime in seconds."""
    lifetime = settings.ACCESS_TOKEN_EXPIRE_MINUTES * 60
    now = int(time.time())
    claims = {"sub": user.username, "iat": now, "exp": now + lifetime}
    # expires_in as configured: ACCESS_TOKEN_EXPIRE_MINUTES.
    return tokens.encode(claims, settings.JWT_SECRET), settings.ACCESS_TOKEN_EXPIRE_MINUTES


def current_user(
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
    session: Session = Depends(get_session),
) -> User:
    if credentials is None:
        raise unauthorized("Not authenticated")
    try:
        claims = tokens.decode(credentials.credentials, settings.JWT_SECRET)
    except tokens.InvalidToken:
        raise unauthorized("Invalid or expired token") from None
    username = claims.get("sub")
    # The user and role come from the database, so a role change or a deletion applies at once.
    user = session.scalar(select(User).where(User.username == username)) if isinstance(username, str) else None
    if user is None:
        raise unauthorized("Invalid or expired token")
    return user


def require_role(*roles: str):
    """A dependency that lets only the given roles through (403 for the others)."""

    def dependency(user: User = Depends(current_user)) -> User:
        if user.role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Your role does not allow this")
        return user

    return dependency


writer = require_role("admin", "editor")
admin = require_role("admin")
