"""Password hashing: salted PBKDF2-SHA256, stored as <salt hex>:<key hex>."""

import hashlib
import hmac
import secrets

ITERATIONS = 1000


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    return f"{salt.hex()}:{_derive(password, salt).hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        salt_hex, key_hex = stored.split(":")
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(key_hex)
    except ValueError:
        return False
    return hmac.compare_digest(_derive(password, salt), expected)


# Verified against when a login names no account, so that answer takes as long as a wrong password.
DUMMY_HASH = hash_password(secrets.token_hex(16))
