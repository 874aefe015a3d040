"""HS256 JSON Web Tokens on the standard library (the project has no JWT package).

Only what this service needs: encode a claims set, and decode one back after checking the
algorithm, the signature and the expiry.
"""

import base64
import binascii
import hashlib
import hmac
import json
import re
import time

ALGORITHM = "HS256"
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]*$")


class InvalidToken(Exception):
    """Malformed, not HS256, wrongly signed or expired."""


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    if not _BASE64URL.match(text):
        raise InvalidToken("malformed token")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as err:
        raise InvalidToken("malformed token") from err


def _json_segment(text: str) -> dict:
    try:
        value = json.loads(_b64decode(text))
    except (UnicodeDecodeError, ValueError) as err:
        raise InvalidToken("malformed token") from err
    if not isinstance(value, dict):
        raise InvalidToken("malformed token")
    return value


def _signature(signing_input: str, secret: str) -> bytes:
    return hmac.new(secret.encode(), signing_input.encode("ascii"), hashlib.sha256).digest()


def encode(claims: dict, secret: str) -> str:
    header = _b64encode(json.dumps({"alg": ALGORITHM, "typ": "JWT"}).encode())
    payload = _b64encode(json.dumps(claims).encode())
    signing_input = f"{header}.{payload}"
    return f"{signing_input}.{_b64encode(_signature(signing_input, secret))}"


def decode(token: str, secret: str) -> dict:
    """The verified claims. The algorithm is the server's choice, never the token's: a token
    saying "none" or anything but HS256 is refused before its payload is trusted."""
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidToken("malformed token")
    header_b64, payload_b64, signature_b64 = parts
    if _json_segment(header_b64).get("alg") != ALGORITHM:
        raise InvalidToken("unsupported algorithm")
    expected = _signature(f"{header_b64}.{payload_b64}", secret)
    if not hmac.compare_digest(expected, _b64decode(signature_b64)):
        raise InvalidToken("bad signature")
    claims = _json_segment(payload_b64)
    expires = claims.get("exp")
    if isinstance(expires, bool) or not isinstance(expires, (int, float)) or expires <= time.time():
        raise InvalidToken("expired")
    return claims
