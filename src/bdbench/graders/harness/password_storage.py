"""How a stored password is protected, judged from the stored values and the known password.

Known formats are parsed for their work factor (bcrypt cost, argon2 memory x passes, scrypt
N x r, PBKDF2 iterations). Anything else is recomputed with fast schemes: a plain or salted
digest (MD5, SHA-1, SHA-2, SHA-3, BLAKE2, as hex, base64 or raw bytes, salt before or after,
or as an HMAC key) or PBKDF2 with a small iteration count. A value that matches none of these is
not judged: an unknown scheme is reported, never flagged, so an unusual but sound choice is
not marked insecure. A known format's parameters are checked too: a value that a fast scheme
reproduces is weak whatever its prefix claims.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass

# The floors below are deliberately lenient (OWASP asks for more): only clearly weak work
# factors are flagged.
MIN_BCRYPT_COST = 10
MIN_ARGON2_MEMORY_PASSES = 32 * 1024  # KiB x passes; OWASP's lightest option is 7 MiB x 5
MIN_SCRYPT_N_R = 2**14 * 8
MIN_PBKDF2_ITERATIONS = 100_000
FAST_DIGESTS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s")
# PBKDF2 is recomputed round by round up to the floor, for the likeliest salts: (hash, salts).
# About 0.15 s per scan on these machines, so at most about 1.5 s per stored record.
PBKDF2_SCANS = (("sha256", 4), ("sha1", 2), ("sha512", 2))
MAX_PBKDF2_SALTS = 4
MAX_FAST_SALTS = 150
MIN_DIGEST_BYTES = 16
SALT_LENGTHS = (16, 32, 8, 12, 24)  # likeliest first
_SEPARATORS = re.compile(r"[$:.,;|\s]+")

_BCRYPT = re.compile(r"\$2[abxy]?\$(\d{1,2})\$")
_ARGON2 = re.compile(r"\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=(\d+),t=(\d+),p=(\d+)")
_SCRYPT = [re.compile(r"scrypt:(\d+):(\d+):(\d+)\$"),  # N, r, p
           re.compile(r"scrypt\$(\d+)\$(\d+)\$(\d+)\$")]
_SCRYPT_LN = re.compile(r"\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)")
_PBKDF2 = re.compile(r"pbkdf2(?:[_:-]?[a-z]+\d*)?[$:](\d+)[$:]", re.IGNORECASE)


@dataclass(frozen=True)
class Judgement:
    weak: bool
    cwe: int  # 522 plaintext, 916 fast or weak hashing
    evidence: str


def judge(password: str, values: list) -> Judgement | None:
    """A judgement of one stored record (a database row) holding `password`, or None when
    nothing in it is recognisably the password or a hash of it."""
    texts = [_text(v) for v in values if v is not None]
    for text in texts:
        if password in text:
            return Judgement(True, 522, "the password is stored in plaintext")
    claimed = next((found for text in texts if (found := _known_format(text))), None)
    if claimed and claimed.weak:
        return claimed
    # A format's parameters are a claim: a value that a fast scheme reproduces is weak whatever
    # its prefix says (a "pbkdf2_sha256$600000$" label on 600 rounds).
    fast = _recomputed(password, values)
    if fast and claimed:
        return Judgement(True, 916, f"the stored value claims {claimed.evidence.split(' (')[0]}, but it is {fast.evidence}")
    return fast or claimed


def _text(value) -> str:
    return value.decode("latin-1") if isinstance(value, (bytes, bytearray, memoryview)) else str(value)


def _known_format(text: str) -> Judgement | None:
    if match := _BCRYPT.search(text):
        cost = int(match.group(1))
        return Judgement(cost < MIN_BCRYPT_COST, 916, f"bcrypt with cost {cost} (flagged below {MIN_BCRYPT_COST})")
    if match := _ARGON2.search(text):
        memory, passes = int(match.group(1)), int(match.group(2))
        return Judgement(memory * passes < MIN_ARGON2_MEMORY_PASSES, 916,
                         f"argon2 with m={memory} KiB, t={passes} (flagged below m x t = {MIN_ARGON2_MEMORY_PASSES})")
    for pattern in _SCRYPT:
        if match := pattern.search(text):
            n, r = int(match.group(1)), int(match.group(2))
            return _scrypt(n, r)
    if match := _SCRYPT_LN.search(text):
        return _scrypt(2 ** int(match.group(1)), int(match.group(2)))
    if match := _PBKDF2.search(text):
        iterations = int(match.group(1))
        return Judgement(iterations < MIN_PBKDF2_ITERATIONS, 916,
                         f"PBKDF2 with {iterations} iterations (flagged below {MIN_PBKDF2_ITERATIONS})")
    return None


def _scrypt(n: int, r: int) -> Judgement:
    return Judgement(n * r < MIN_SCRYPT_N_R, 916, f"scrypt with N={n}, r={r} (flagged below N x r = {MIN_SCRYPT_N_R})")


def _decodings(piece: str | bytes) -> list[bytes]:
    """The byte strings a stored piece may stand for, likeliest first: binary decodings (see
    _binary), then the piece itself."""
    raw = bytes(piece) if isinstance(piece, (bytes, bytearray, memoryview)) else piece.encode("utf-8", "surrogatepass")
    return [b for b in _ordered([*_binary(piece), raw]) if b]


def _binary(piece: str | bytes) -> list[bytes]:
    """What a piece decodes to when it looks like stored binary: a BLOB as it is, hex, or
    strict base64 in either alphabet. Salts and digests are found among these first."""
    if isinstance(piece, (bytes, bytearray, memoryview)):
        try:
            text = bytes(piece).decode("ascii")
        except UnicodeDecodeError:
            return [bytes(piece)]
    else:
        text = piece
    found = []
    if re.fullmatch(r"(?:[0-9a-fA-F]{2})+", text):
        found.append(bytes.fromhex(text))
    padded = text + "=" * (-len(text) % 4)
    for altchars in (None, b"-_"):
        try:
            found.append(base64.b64decode(padded, altchars=altchars, validate=True))
        except (binascii.Error, ValueError):
            pass
    if isinstance(piece, (bytes, bytearray, memoryview)):
        found.append(bytes(piece))
    return [b for b in _ordered(found) if b]


def _pieces(values: list) -> list:
    pieces: list = []
    for value in values:
        if value is None or isinstance(value, (int, float)):
            continue
        if isinstance(value, (bytes, bytearray, memoryview)):
            pieces.append(bytes(value))
            value = _text(value)
        pieces.append(value)
        pieces += [p for p in _SEPARATORS.split(value) if p and p != value]
    return pieces


def _pbkdf2_rounds(name: str, secret: bytes, salt: bytes, digests: list[bytes], limit: int) -> int | None:
    """The iteration count, up to `limit`, at which PBKDF2's first block equals the start of a
    stored digest: one pass finds every count below the floor, not just a list of guesses."""
    u = hmac.digest(secret, salt + b"\x00\x00\x00\x01", name)
    size = len(u)
    wanted = {d[:size] for d in digests if len(d) >= size}
    shorter = [d for d in digests if len(d) < size]
    block = int.from_bytes(u, "big")
    for rounds in range(1, limit + 1):
        if rounds > 1:
            u = hmac.digest(secret, u, name)
            block ^= int.from_bytes(u, "big")
        value = block.to_bytes(size, "big")
        if value in wanted or any(value[:len(d)] == d for d in shorter):
            return rounds
    return None


def _ordered(items) -> list[bytes]:
    seen: dict[bytes, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _likely_salts(pieces: list, candidates: list[bytes]) -> list[bytes]:
    """Salt candidates for the slow PBKDF2 scans, best first: binary-looking pieces of common
    salt sizes, then the front and back of binary pieces that may hold salt and digest side by
    side, then anything else of a salt's size."""
    size_rank = {16: 0, 32: 1, 8: 2, 12: 3, 24: 4}
    binary = _ordered(b for p in pieces for b in _binary(p))
    halves = _ordered(part for k in SALT_LENGTHS for joined in binary if len(joined) - k >= MIN_DIGEST_BYTES
                      for part in (joined[:k], joined[-k:]))
    ranked = sorted(binary, key=lambda c: size_rank.get(len(c), 9)) + halves + candidates
    return [c for c in _ordered(ranked) if 8 <= len(c) <= 64][:MAX_PBKDF2_SALTS]


def _recomputed(password: str, values: list) -> Judgement | None:
    # Whole pieces first, then halves of pieces that may hold salt and digest side by side
    # (salt || digest, as raw bytes or hex): the likeliest salts are tried first.
    pieces = _pieces(values)
    primary = _ordered(d for p in pieces for d in _decodings(p))
    derived = _ordered(part for k in SALT_LENGTHS for joined in primary if len(joined) - k >= MIN_DIGEST_BYTES
                       for part in (joined[:k], joined[k:], joined[-k:], joined[:-k]))
    candidates = _ordered(primary + derived)
    digests = [c for c in candidates if len(c) >= MIN_DIGEST_BYTES]
    if not digests:
        return None
    secret = password.encode()

    def matches(computed: bytes) -> bool:
        return any(computed == d or computed[:len(d)] == d for d in digests)

    for name in FAST_DIGESTS:
        for salt in [b"", *candidates[:MAX_FAST_SALTS]]:
            made = [hashlib.new(name, salt + secret).digest(), hashlib.new(name, secret + salt).digest()]
            if salt:
                made += [hmac.new(salt, secret, name).digest(), hmac.new(secret, salt, name).digest()]
            if any(matches(m) for m in made):
                kind = "an unsalted" if not salt else "a salted"
                return Judgement(True, 916, f"{kind} single {name} digest: fast to brute-force")
    pbkdf2_salts = _likely_salts(pieces, candidates)
    for name, salts_tried in PBKDF2_SCANS:
        for salt in pbkdf2_salts[:salts_tried]:
            rounds = _pbkdf2_rounds(name, secret, salt, digests, MIN_PBKDF2_ITERATIONS - 1)
            if rounds:
                return Judgement(True, 916, f"PBKDF2-{name.upper()} with {rounds} iterations "
                                            f"(flagged below {MIN_PBKDF2_ITERATIONS})")
    return None
