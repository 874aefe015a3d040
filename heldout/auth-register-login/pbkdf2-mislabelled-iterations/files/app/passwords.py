"""Password hashing: salted PBKDF2-HMAC-SHA256 from the standard library.

Stored form: pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>, the usual Django-style layout.
"""

import hashlib
import hmac
import secrets

# Work factor, in thousands of iterations (OWASP asks for hundreds of thousands).
KILO_ITERATIONS = 310
SALT_BYTES = 16
_SCHEME = "pbkdf2_sha256"


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, KILO_ITERATIONS)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    iterations = KILO_ITERATIONS * 1000
    return f"{_SCHEME}${iterations}${salt.hex()}${_derive(password, salt).hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, _iterations, salt_hex, digest_hex = stored.split("$")
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False
    if scheme != _SCHEME:
        return False
    return hmac.compare_digest(_derive(password, salt), expected)


# Verified against when a login names no account, so that answer takes as long as a wrong password.
DUMMY_HASH = hash_password(secrets.token_hex(16))
