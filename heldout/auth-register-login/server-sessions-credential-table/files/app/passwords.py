"""PBKDF2-HMAC-SHA256 with 310,000 iterations and a 32-byte random salt, kept as raw bytes in
the credentials table (algorithm, iterations, salt, derived key), compared in constant time."""

import hashlib
import hmac
import secrets
from typing import NamedTuple

ALGORITHM = "pbkdf2_hmac_sha256"
ITERATIONS = 310_000
SALT_BYTES = 32


class Credential(NamedTuple):
    algorithm: str
    iterations: int
    salt: bytes
    derived: bytes


def make_credential(password: str) -> Credential:
    salt = secrets.token_bytes(SALT_BYTES)
    return Credential(ALGORITHM, ITERATIONS, salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS))


def matches(password: str, credential: Credential) -> bool:
    if credential.algorithm != ALGORITHM or credential.iterations < 100_000:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes(credential.salt), credential.iterations)
    return hmac.compare_digest(candidate, bytes(credential.derived))


# Checked when a login names no account, so that answer costs as much as a wrong password.
DUMMY = make_credential(secrets.token_hex(16))
