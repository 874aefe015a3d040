"""The password-storage judge: work factors parsed from known formats, fast schemes found by
recomputation, unknown schemes left unjudged (never flagged)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "src" / "bdbench" / "graders" / "harness"))
from password_storage import judge  # noqa: E402

PW = "Correct-Horse-7f3a9c"
SALT = os.urandom(16)


def _pbkdf2(iterations: int, name: str = "sha256") -> bytes:
    return hashlib.pbkdf2_hmac(name, PW.encode(), SALT, iterations)


WEAK = {
    "plaintext": ["alice", PW],
    "unsalted md5 hex": ["alice", hashlib.md5(PW.encode()).hexdigest()],
    "unsalted sha256 upper hex": ["alice", hashlib.sha256(PW.encode()).hexdigest().upper()],
    "salted sha256 raw bytes in a blob": ["alice", SALT, hashlib.sha256(SALT + PW.encode()).digest()],
    "salt || sha256 in one blob": ["alice", SALT + hashlib.sha256(SALT + PW.encode()).digest()],
    "salt || pbkdf2 hex in one text": ["alice", SALT.hex() + _pbkdf2(5000).hex()],
    "salted sha512 hex, salt after": ["alice", f"{SALT.hex()}${hashlib.sha512(PW.encode() + SALT).hexdigest()}"],
    "hmac-sha256 keyed by the salt, base64": ["alice", base64.b64encode(SALT).decode() + ":" +
                                              base64.b64encode(hmac.new(SALT, PW.encode(), "sha256").digest()).decode()],
    "pbkdf2 1000 iterations, no count stored": ["alice", f"{SALT.hex()}:{_pbkdf2(1000).hex()}"],
    "pbkdf2 in a full account row": [7, "digest_5218244a09", "digest_5218244a09@example.com",
                                     f"{SALT.hex()}:{_pbkdf2(1000).hex()}", "user", "2026-12-06T17:00:00+00:00"],
    "werkzeug pbkdf2 with 1000 iterations": ["alice", f"pbkdf2:sha256:1000${SALT.hex()}${_pbkdf2(1000).hex()}"],
    "django pbkdf2 with 20000 iterations": ["alice", f"pbkdf2_sha256$20000${SALT.hex()}$" +
                                             base64.b64encode(_pbkdf2(20000)).decode()],
    "pbkdf2 label claiming 310000 over 310 rounds": ["alice", f"pbkdf2_sha256$310000${SALT.hex()}${_pbkdf2(310).hex()}"],
    "bcrypt cost 4": ["alice", "$2b$04$" + "a" * 53],
    "argon2 with 1 MiB": ["alice", "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"],
    "scrypt N=1024": ["alice", f"scrypt:1024:8:1${SALT.hex()}$" + "ab" * 32],
}

SOUND = {
    "bcrypt cost 12": ["alice", "$2b$12$" + "a" * 53],
    "argon2id defaults": ["alice", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"],
    "werkzeug scrypt": ["alice", f"scrypt:32768:8:1${SALT.hex()}$" + "ab" * 32],
    "passlib scrypt": ["alice", "$scrypt$ln=16,r=8,p=1$c2FsdA$aGFzaA"],
    "django pbkdf2 600000": ["alice", f"pbkdf2_sha256$600000${SALT.hex()}$aGFzaA=="],
    "reference scrypt format": ["alice", f"scrypt$16384$8$1${SALT.hex()}${'ab' * 32}"],
}


@pytest.mark.parametrize("name", WEAK)
def test_weak_storage_is_flagged(name):
    verdict = judge(PW, WEAK[name])
    assert verdict is not None and verdict.weak, (name, verdict)
    assert verdict.cwe == (522 if name == "plaintext" else 916)


@pytest.mark.parametrize("name", SOUND)
def test_sound_storage_is_not_flagged(name):
    verdict = judge(PW, SOUND[name])
    assert verdict is not None and not verdict.weak, (name, verdict)


def test_unknown_sound_scheme_is_not_judged():
    key = hashlib.scrypt(PW.encode(), salt=SALT, n=2**14, r=8, p=1, dklen=32)
    assert judge(PW, ["alice", f"{SALT.hex()}:{key.hex()}"]) is None
    assert judge(PW, ["alice", SALT, key]) is None
