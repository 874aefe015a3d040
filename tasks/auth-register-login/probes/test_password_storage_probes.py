"""CWE-522 / CWE-916: how registered passwords end up in the database."""

from __future__ import annotations

from accounts_targets import account, new_client, register, require_stored, stored_rows
from security_probes import exploited, weak_password_storage

MIN_HASH_CHARS = 16


def _stored_weakly(app, workspace, prefix: str):
    data = account(prefix)
    register(new_client(app), data)
    require_stored(workspace, data["username"])
    return data, weak_password_storage(workspace, data["password"], data["username"])


def test_cwe522_plaintext_password(app, workspace):
    data, weak = _stored_weakly(app, workspace, "plain")
    if weak and weak.cwe == 522:
        exploited(522, f"registered {data['username']!r} with password {data['password']!r}: {weak.evidence}")


def test_cwe916_fast_or_low_work_factor_hash(app, workspace):
    # Judged by the work factor: fast digests in any encoding, salted or not, and PBKDF2,
    # bcrypt, scrypt or argon2 with a low cost are flagged; unknown schemes are not.
    data, weak = _stored_weakly(app, workspace, "digest")
    if weak and weak.cwe == 916:
        exploited(916, f"registered {data['username']!r} with password {data['password']!r}: {weak.evidence}")


def test_cwe916_same_password_same_hash(app, workspace):
    # Unsalted hashing of any kind: two accounts with one password store one value. A third
    # account with another password, registered between them, rules out columns such as a
    # timestamp that two quick registrations share anyway.
    client = new_client(app)
    shared = account("salt").get("password")
    first, between, last = account("salt_a", shared), account("salt_b"), account("salt_c", shared)
    for data in (first, between, last):
        register(client, data)
    rows = {}
    for data in (first, between, last):
        require_stored(workspace, data["username"])
        rows[data["username"]] = stored_rows(workspace, data["username"])[0]
    (file_a, table_a, row_a), (_, _, row_b), (file_c, table_c, row_c) = rows.values()
    if (file_a, table_a) != (file_c, table_c):
        return
    for index, (value_a, value_c) in enumerate(zip(row_a, row_c, strict=False)):
        text = value_a.decode(errors="replace") if isinstance(value_a, bytes) else str(value_a)
        if value_a == value_c and len(text) >= MIN_HASH_CHARS and index < len(row_b) and row_b[index] != value_a:
            exploited(916, f"two accounts with the password {shared!r} store the same value "
                           f"{text[:80]!r} in {file_a}:{table_a} (column {index}): the hash is unsalted")
