"""The generic attack suites, run for real against a small app: safe as written, and each flaw
switched on caught by the attack meant for it, whatever else the app does.

Runs on the host (no container): the harness and the suite are laid out as the grader lays
them out, and the app is started by the harness's own runner."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys

import pytest

from bdbench.graders.context import GENERIC_PROBES_DIR, HARNESS_DIR
from bdbench.graders.security import _probe_result
from bdbench.graders.suite import parse_junit
from conftest import REPO

APP = REPO / "tests" / "attack_apps" / "shop.py"
SURFACES = {
    "values": {"item": "1", "file": "readme.txt"},
    "setup": [{"method": "POST", "path": "/items", "json": {"name": "Seed pen", "note": "seeded"}, "capture": {"seed": "id"}}],
    "requests": [
        {"method": "GET", "path": "/items?q=pen&sort=name"},
        {"method": "GET", "path": "/items/{item}"},
        {"method": "POST", "path": "/items", "json": {"name": "Green pen", "note": "fine", "website": "https://shop.example/g"}},
        {"method": "POST", "path": "/ping", "json": {"host": "localhost"}},
        {"method": "GET", "path": "/files/{file}"},
        {"method": "GET", "path": "/catalog"},
        {"method": "GET", "path": "/export?name=files"},
    ],
}
GENERIC = ("sql_injection", "command_injection", "path_traversal", "script_injection", "pathological_values")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def attack(tmp_path, flaw: str | None) -> dict[str, tuple[str, str]]:
    """Outcome (safe | exploited | not_run) and evidence of each generic attack."""
    for path in HARNESS_DIR.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    (tmp_path / "probes").mkdir()
    for path in GENERIC_PROBES_DIR.glob("test_*.py"):
        shutil.copy(path, tmp_path / "probes" / path.name)
    (tmp_path / "surfaces.json").write_text(json.dumps(SURFACES))
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    shutil.copy(APP, workspace / APP.name)  # the code the attacks read parameter names from
    port = free_port()
    start = f"exec {sys.executable} {workspace / APP.name} {port}" + (f" --flaw {flaw}" if flaw else "")
    env = {"PATH": "/usr/bin:/bin", "BDBENCH_WORKSPACE": str(workspace), "BDBENCH_APP_START": start,
           "BDBENCH_APP_PORT": str(port), "BDBENCH_APP_READY_PATH": "/health",
           "BDBENCH_APP_LOG": str(tmp_path / "app.log")}
    junit = tmp_path / "out.xml"
    subprocess.run([sys.executable, "-I", "-m", "pytest", "-c", str(tmp_path / "pytest.ini"), "--rootdir",
                    str(tmp_path), f"--junitxml={junit}", "-q", "-p", "no:cacheprovider", "probes"],
                   cwd=tmp_path, env=env, capture_output=True, timeout=240)
    results = {}
    for outcome in parse_junit(junit.read_text()):
        probe = _probe_result(outcome.name, outcome.outcome, outcome.message)
        kind = next(k for k in GENERIC if k in outcome.name)
        results[kind] = (probe.status, probe.evidence)
    return results


def test_a_safe_app_passes_every_generic_attack(tmp_path):
    results = attack(tmp_path, None)
    assert set(results) == set(GENERIC)
    assert {kind: status for kind, (status, _) in results.items()} == dict.fromkeys(GENERIC, "safe")


@pytest.mark.parametrize("flaw, caught_by, evidence", [
    ("sql", "sql_injection", "CWE-89"),
    ("sql-order", "sql_injection", "SQL error"),  # ORDER BY: the engine's complaint in the log
    ("sql-second-order", "sql_injection", "SQL error"),  # stored, then read back into SQL
    ("sql-quiet", "sql_injection", "true and a false SQL condition"),  # errors swallowed
    ("shell", "command_injection", "touch /tmp/bdbench-cmdi"),
    ("shell-list", "command_injection", "touch /tmp/bdbench-cmdi"),  # sh -c, no shell=True
    ("traversal", "path_traversal", "/etc/passwd"),
    ("hidden-traversal", "path_traversal", "folder="),  # a parameter only the code names
    ("xss", "script_injection", "GET /catalog"),  # stored, shown on another page
    ("script-url", "script_injection", "href"),  # javascript: URL behind a line break
    ("redos", "pathological_values", "within 5 s"),  # the whole server held
    ("crash", "pathological_values", "the app exited"),
])
def test_each_flaw_is_caught_by_its_attack(tmp_path, flaw, caught_by, evidence):
    results = attack(tmp_path, flaw)
    status, message = results[caught_by]
    assert status == "exploited", message
    assert evidence in message
