"""HS256 JWTs as a small codec object over the standard library.

The header is not parsed for choices: it must decode to exactly the header this server issues
(alg HS256, optional typ JWT), the signature is recomputed over the received text and compared
as canonical base64url text in constant time, and exp must be a number in the future.
"""

import base64
import hashlib
import hmac
import json
import time
from dataclasses import dataclass


class InvalidToken(Exception):
    """Malformed, not HS256, wrongly signed or expired."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(text.encode("ascii") + b"=" * (-len(text) % 4))
    except (ValueError, UnicodeEncodeError) as err:
        raise InvalidToken("malformed") from err
    if _b64(raw) != text:  # only the canonical spelling of each segment is accepted
        raise InvalidToken("malformed")
    return raw


def _object(text: str) -> dict:
    try:
        value = json.loads(_unb64(text))
    except (UnicodeDecodeError, ValueError) as err:
        raise InvalidToken("malformed") from err
    if not isinstance(value, dict):
        raise InvalidToken("malformed")
    return value


@dataclass(frozen=True)
class HS256:
    secret: str

    def _mac(self, signing_input: str) -> str:
        return _b64(hmac.digest(self.secret.encode(), signing_input.encode("ascii"), hashlib.sha256))

    def encode(self, claims: dict) -> str:
        signing_input = _b64(b'{"alg":"HS256","typ":"JWT"}') + "." + _b64(json.dumps(claims).encode())
        return signing_input + "." + self._mac(signing_input)

    def decode(self, token: str) -> dict:
        header_b64, dot, rest = token.partition(".")
        payload_b64, dot2, signature_b64 = rest.partition(".")
        if not (dot and dot2) or "." in signature_b64 or not signature_b64:
            raise InvalidToken("malformed")
        header = _object(header_b64)
        if header.get("alg") != "HS256" or set(header) - {"alg", "typ"}:
            raise InvalidToken("unsupported header")
        try:
            expected = self._mac(header_b64 + "." + payload_b64)
        except UnicodeEncodeError as err:
            raise InvalidToken("malformed") from err
        if not hmac.compare_digest(expected.encode(), signature_b64.encode("ascii", "replace")):
            raise InvalidToken("bad signature")
        claims = _object(payload_b64)
        exp = claims.get("exp")
        if type(exp) not in (int, float) or exp <= time.time():
            raise InvalidToken("expired")
        return claims


def encode(claims: dict, secret: str) -> str:
    return HS256(secret).encode(claims)


def decode(token: str, secret: str) -> dict:
    return HS256(secret).decode(token)
