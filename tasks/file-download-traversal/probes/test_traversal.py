"""Path traversal: no spelling of a path may reach a file outside the caller's own folder,
whether to read it (download) or to write it (upload)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from filebox_attack import auth, leaked, require_download_works, spellings

import security_probes as sp


def attempt_downloads(client, username: str, paths: list[str]) -> None:
    for path in paths:
        for spelling in spellings(path):
            response = client.get(f"/files/{spelling}", headers=auth(username))
            what = leaked(response.text)
            if what:
                sp.exploited(22, f"{username} read {what} through {path!r}: {sp.describe(response)}")


def test_cwe22_download_system_file(client):
    require_download_works(client)
    attempt_downloads(client, "alice", sp.TRAVERSAL_PAYLOADS + ["reports/../../../../../../../etc/passwd"])


def test_cwe22_download_other_members_file(client, workspace):
    require_download_works(client)
    attempt_downloads(client, "alice", [
        "../bob/payroll.csv",
        "reports/2024/../../../bob/payroll.csv",
        "../../storage/bob/payroll.csv",
        str(workspace / "storage" / "bob" / "payroll.csv"),
        "../../filebox/members.py",
    ])
    # A containment test by string prefix takes storage/bobby for a part of storage/bob.
    attempt_downloads(client, "bob", ["../bobby/diary.txt", "../bob/../bobby/diary.txt"])


@pytest.fixture
def planted():
    return f"planted-{uuid.uuid4().hex[:10]}.txt"


def test_cwe22_upload_outside_own_folder(client, workspace, planted):
    storage = workspace / "storage"
    ok = client.post("/files", headers=auth("alice"), files={"file": ("probe.txt", b"fine")},
                     data={"path": "probe-check.txt"})
    sp.require(ok.status_code == 201, f"a plain upload answered {ok.status_code}")
    targets = {
        f"../bob/{planted}": storage / "bob" / planted,
        f"notes/../../bob/{planted}": storage / "bob" / planted,
        f"../../{planted}": workspace / planted,
        f"/tmp/{planted}": Path("/tmp") / planted,
    }
    for path, landed in targets.items():
        for request in ({"files": {"file": ("x.txt", b"planted")}, "data": {"path": path}},
                        {"files": {"file": (path, b"planted")}}):
            response = client.post("/files", headers=auth("alice"), **request)
            if landed.exists():
                response.request.read()  # a multipart body is streamed: load it for describe()
                sp.exploited(22, f"alice wrote {landed} outside storage/alice through {path!r}: "
                                 f"{sp.describe(response)}")
