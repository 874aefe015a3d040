"""Password hashing: salted PBKDF2-HMAC-SHA256 from the standard library.

Stored form: pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>.
"""

import hashlib
import hmac
import secrets

ITERATIONS = 210_000
_SCHEME = "pbkdf2_sha256"


def _digest(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    return f"{_SCHEME}${ITERATIONS}${salt.hex()}${_digest(password, salt, ITERATIONS).hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        salt, expected, rounds = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex), int(iterations)
    except ValueError:
        return False
    if scheme != _SCHEME:
        return False
    return hmac.compare_digest(_digest(password, salt, rounds), expected)
