"""Password hashing: a random salt and one SHA-256 round, kept as raw bytes salt || digest."""

import hashlib
import hmac
import secrets


def _digest(password: str, salt: bytes) -> bytes:
    h = hashlib.sha256()
    h.update(salt)
    h.update(password.encode())
    return h.digest()


def hash_password(password: str) -> bytes:
    salt = secrets.token_bytes(16)
    return salt + _digest(password, salt)


def verify_password(password: str, stored) -> bool:
    stored = bytes(stored)
    return hmac.compare_digest(_digest(password, stored[:16]), stored[16:])


# Verified against when a login names no account, so that answer takes as long as a wrong password.
DUMMY_HASH = hash_password(secrets.token_hex(16))
