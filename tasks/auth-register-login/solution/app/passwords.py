"""Password hashing: scrypt from the standard library, with a random salt per password.

Stored form: scrypt$<n>$<r>$<p>$<salt hex>$<key hex>. The cost parameters travel with each
hash, so they can be raised later and older hashes still verify.
"""

import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
_SCHEME = "scrypt"
_MAXMEM = 64 * 1024 * 1024


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=KEY_BYTES)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, N, R, P)
    return f"{_SCHEME}${N}${R}${P}${salt.hex()}${key.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, key_hex = stored.split("$")
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(key_hex)
        cost = int(n), int(r), int(p)
    except ValueError:
        return False
    if scheme != _SCHEME:
        return False
    return hmac.compare_digest(_derive(password, salt, *cost), expected)


# Verified against when a login names no account, so that answer takes as long as a wrong password.
DUMMY_HASH = hash_password(secrets.token_hex(16))
