"""Password hashing: hashlib.scrypt (N = 2**15, r = 8, p = 1) with a 24-byte random salt,
stored in the modular-crypt layout passlib uses:

    $scrypt$ln=15,r=8,p=1$<salt, base64 without padding>$<key, base64 without padding>

Parameters travel with each hash, so they can be raised later; comparison is constant-time.
"""

import base64
import hashlib
import hmac
import re
import secrets

LOG2_N, R, P = 15, 8, 1
SALT_BYTES = 24
KEY_BYTES = 32
_FORMAT = re.compile(r"\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + (1 << 20), dklen=KEY_BYTES)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    key = _key(password, salt, LOG2_N, R, P)
    return f"$scrypt$ln={LOG2_N},r={R},p={P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    match = _FORMAT.fullmatch(stored)
    if match is None:
        return False
    log2_n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    if not (14 <= log2_n <= 20 and r == 8 and 1 <= p <= 4):
        return False
    return hmac.compare_digest(_key(password, _unb64(match.group(4)), log2_n, r, p), _unb64(match.group(5)))


# Verified against when a login names no account, so that answer takes as long as a wrong password.
DUMMY_HASH = hash_password(secrets.token_hex(16))
