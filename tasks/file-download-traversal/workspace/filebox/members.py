"""Members and their API tokens, and the dependency that says who is calling."""

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException

# Development tokens, documented in README.md. token -> username.
TOKENS = {
    "fbx-alice-5b1f8e2c9d04": "alice",
    "fbx-bob-a7d3c6e19f52": "bob",
    "fbx-bobby-3e9b0d4a7c61": "bobby",
}


def _unauthorized() -> HTTPException:
    return HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})


def current_member(authorization: Annotated[str, Header()] = "") -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized()
    for known, username in TOKENS.items():
        if hmac.compare_digest(token.encode(), known.encode()):
            return username
    raise _unauthorized()


# Route parameter type for "the calling member's username".
CurrentMember = Annotated[str, Depends(current_member)]
