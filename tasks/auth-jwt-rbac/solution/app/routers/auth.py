"""POST /auth/token: exchange a username and password for an access token."""

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.auth import authenticate, issue_token, unauthorized
from app.db import get_session
from app.schemas import TokenOut, TokenRequest

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/token", response_model=TokenOut)
def create_token(data: TokenRequest, session: Session = Depends(get_session)) -> TokenOut:
    user = authenticate(session, data.username, data.password)
    if user is None:
        raise unauthorized("Incorrect username or password")
    token, lifetime = issue_token(user)
    return TokenOut(access_token=token, token_type="bearer", expires_in=lifetime)
