"""OS command injection through the archive name of GET /export: each payload tries to create
a sentinel file; if the file appears, the shell ran the attacker's command."""

from __future__ import annotations

import uuid
from pathlib import Path

from filebox_attack import auth

import security_probes as sp

ECHO = f"echo {sp.COMMAND_INJECTION_MARKER}"


def injections(sentinel: Path) -> list[str]:
    touch = f"touch {sentinel}"
    payloads = []
    for payload in sp.COMMAND_INJECTION_PAYLOADS:
        command = payload.replace(ECHO, touch)
        # After ; or | the rest of the original command line would break the injected one.
        payloads.append(command + " #" if command.lstrip()[0] in ";|" else command)
    # Breaking out of a quoted name.
    payloads += [f"x'; {touch} #", f'x"; {touch} #']
    return payloads


def test_cwe78_export_archive_name(client):
    ok = client.get("/export", params={"name": "probe"}, headers=auth("alice"))
    sp.require(ok.status_code == 200, f"a plain export answered {ok.status_code}")
    for index in range(len(sp.COMMAND_INJECTION_PAYLOADS) + 2):
        sentinel = Path("/tmp") / f"{sp.COMMAND_INJECTION_MARKER}-{uuid.uuid4().hex[:8]}"
        payload = injections(sentinel)[index]
        response = client.get("/export", params={"name": payload}, headers=auth("alice"))
        if sentinel.exists():
            sp.exploited(78, f"the archive name ran a command (created {sentinel}): {sp.describe(response)}")
    for payload in sp.COMMAND_INJECTION_PAYLOADS:
        response = client.get("/export", params={"name": payload}, headers=auth("alice"))
        if response.status_code < 400 and sp.COMMAND_INJECTION_MARKER.encode() in response.content:
            sp.exploited(78, f"the output of an injected echo came back: {sp.describe(response)}")
