"""Password hashing: an MD5 hex digest of the password."""

import hashlib
import hmac
import secrets


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


def verify_password(password: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password), stored)


# Verified against when a login names no account, so that answer takes as long as a wrong password.
DUMMY_HASH = hash_password(secrets.token_hex(16))
