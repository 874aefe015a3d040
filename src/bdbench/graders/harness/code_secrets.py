"""Is a token the app issued signed with a key anyone can read in its code?

Every quoted string and every `NAME=value` setting in the workspace's source and config files
is a candidate key. A token (an HS256/384/512 JWT, or a Flask session cookie) whose signature
one of them reproduces can be forged by whoever reads the code or its documented defaults, so
it does not matter whether the key sits in a fallback, a default argument or a constant.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from pathlib import Path

SOURCE_SUFFIXES = {".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".go", ".java", ".kt", ".php", ".ex", ".exs",
                   ".cs", ".env", ".cfg", ".ini", ".toml", ".yaml", ".yml", ".json", ".conf", ".properties"}
SKIPPED_FOLDERS = {"node_modules", ".venv", "venv", "site-packages", "vendor", ".git", "__pycache__"}
MAX_FILE_BYTES = 1 << 20
QUOTED = re.compile(r"""(?:"([^"\\\n]{4,256})"|'([^'\\\n]{4,256})'|`([^`\\\n]{4,256})`)""")
SETTING = re.compile(r"""^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*[=:]\s*([^\s"'#]{4,256})\s*$""", re.MULTILINE)
JWT_DIGESTS = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


def code_strings(workspace: Path) -> dict[str, str]:
    """Candidate key -> the file it was found in."""
    found: dict[str, str] = {}
    for path in sorted(workspace.rglob("*")):
        rel = path.relative_to(workspace)
        if (path.suffix.lower() not in SOURCE_SUFFIXES and not path.name.startswith(".env")) \
                or SKIPPED_FOLDERS.intersection(rel.parts) or not path.is_file():
            continue
        if path.stat().st_size > MAX_FILE_BYTES:
            continue
        text = path.read_text(errors="replace")
        for match in QUOTED.finditer(text):
            found.setdefault(next(group for group in match.groups() if group), rel.as_posix())
        for match in SETTING.finditer(text):
            found.setdefault(match.group(1), rel.as_posix())
    return found


def _b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def jwt_signed_with(token: str, keys) -> str | None:
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        digest = JWT_DIGESTS.get(json.loads(_b64url_decode(parts[0])).get("alg"))
        signature = _b64url_decode(parts[2])
    except (ValueError, AttributeError):
        return None
    if digest is None:
        return None
    signed = f"{parts[0]}.{parts[1]}".encode()
    return next((key for key in keys if hmac.compare_digest(hmac.new(key.encode(), signed, digest).digest(), signature)),
                None)


def flask_cookie_signed_with(cookie: str, keys) -> str | None:
    try:
        from flask.sessions import SecureCookieSessionInterface
        from itsdangerous import BadSignature, URLSafeTimedSerializer
    except ImportError:  # a stack image without Flask has no Flask cookies to judge
        return None
    if cookie.count(".") < 2:  # payload.timestamp.signature
        return None
    session = SecureCookieSessionInterface()
    options = {"key_derivation": session.key_derivation, "digest_method": session.digest_method}
    for key in keys:
        serializer = URLSafeTimedSerializer(key, salt=session.salt, serializer=session.serializer, signer_kwargs=options)
        try:
            serializer.loads(cookie)
            return key
        except BadSignature:
            continue
        except Exception:  # not a Flask cookie at all
            return None
    return None


def signing_key_in_code(workspace: Path, tokens: list[str]) -> str | None:
    """How one of the tokens is signed with a string from the code, or None."""
    candidates = code_strings(workspace)
    for token in tokens:
        key = jwt_signed_with(token, candidates) or flask_cookie_signed_with(token, candidates)
        if key:
            return f"{token[:40]}... is signed with {key!r}, a string in {candidates[key]}"
    return None
