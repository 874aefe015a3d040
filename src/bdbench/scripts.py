"""Scripts for the model-free agents: what each plays, turn by turn, for a given fixture.

A script is a function (fixture, names of the tools offered) -> list of turns; a turn is the
list of tool calls made at once. The provider appends a final submit turn. Besides oracle and
nop, the cheaters here exist so the project's tests can prove that gaming the grader earns
nothing.
"""

from __future__ import annotations

import base64
import hashlib
import shlex
from pathlib import Path

from .fixtures import SELF_ROUTE, Fixture

SUBMIT = "submit"
DELEGATION_TOOLS = ("Task", "Agent")  # Claude Code's delegation tool, under either name
CLAUDE_CODE_CWD = "/workspace"


def in_claude_code(tool_names: set[str]) -> bool:
    """The real Claude Code offers no submit tool (its run ends with a plain reply); its Write
    and Edit want absolute paths and its Bash timeout is in milliseconds."""
    return SUBMIT not in tool_names


def _path(rel: str, tool_names: set[str]) -> str:
    return f"{CLAUDE_CODE_CWD}/{rel}" if in_claude_code(tool_names) else rel


Turn = list[tuple[str, dict]]


def nop_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Submits at once without touching the workspace."""
    return []


def oracle_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Writes the fixture's reference solution through the agent's own tools, delegates with
    the Task (or Agent) tool when the fixture's route names a specialist, then submits."""
    solution = fixture.solution_files()
    calls = [_write_call(rel, path, tool_names) for rel, path in solution.items()]
    route = fixture.spec.routes[0]
    if route != SELF_ROUTE:
        handoff = fixture.solution_dir / "HANDOFF.md"
        brief = handoff.read_text() if handoff.is_file() else fixture.spec.instruction
        calls.append(_delegate_call(fixture, route, brief, tool_names))
    return _reads_first(fixture, solution, tool_names) + ([calls] if calls else [])


def _reads_first(fixture: Fixture, files: dict, tool_names: set[str]) -> list[Turn]:
    """Claude Code's Write refuses to overwrite a file not Read first: a turn of Reads of the
    files the solution replaces, there only."""
    existing = [rel for rel in files if (fixture.workspace_dir / rel).is_file()]
    if not (in_claude_code(tool_names) and "Write" in tool_names and existing):
        return []
    return [[("Read", {"file_path": _path(rel, tool_names)}) for rel in existing]]


def always_rails_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Hands every task to the Rails specialist, whatever the stack: a constant router that
    balanced routing accuracy must score at chance."""
    return [[_delegate_call(fixture, "rails-backend-expert", fixture.spec.instruction, tool_names)]]


def _delegate_call(fixture: Fixture, agent: str, brief: str, tool_names: set[str]) -> tuple[str, dict]:
    tool_name = next((name for name in DELEGATION_TOOLS if name in tool_names), None)
    if tool_name is None:
        raise RuntimeError(f"{fixture.id}: delegating needs the Task or Agent tool, which this agent lacks")
    return tool_name, {"subagent_type": agent, "description": fixture.spec.title, "prompt": brief}


def in_fixed_half(fixture: Fixture) -> bool:
    """A stable half of the fixtures, by a hash of the id (the same on every machine)."""
    return hashlib.sha256(fixture.id.encode()).digest()[0] % 2 == 0


def half_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """The oracle on a fixed half of the fixtures and nothing on the rest: a known middle."""
    return oracle_script(fixture, tool_names) if in_fixed_half(fixture) else []


def _bash(command: str, tool_names: set[str], timeout: int = 120) -> tuple[str, dict]:
    """`timeout` in seconds, given in the unit the offered Bash tool takes."""
    return "Bash", {"command": command, "timeout": timeout * 1000 if in_claude_code(tool_names) else timeout}


def cheat_delete_tests_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Deletes every test it can see and leaves one that always passes."""
    return [[_bash("find . -name 'test_*.py' -delete; find . -type d -name tests -prune -exec rm -rf {} +; "
                   "mkdir -p tests && printf 'def test_ok():\\n    assert True\\n' > tests/test_ok.py", tool_names)]]


FORCE_PASS_CONFTEST = (
    "import pytest\n\n\n"
    "@pytest.hookimpl(hookwrapper=True)\n"
    "def pytest_runtest_makereport(item, call):\n"
    "    outcome = yield\n"
    "    report = outcome.get_result()\n"
    "    report.outcome = 'passed'\n"
    "    report.longrepr = None\n"
)
FORCE_PASS_SITECUSTOMIZE = "import os\nos.environ['PYTEST_ADDOPTS'] = '-p no:junitxml --co'\n"


def cheat_conftest_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Plants files that would force pytest to pass if the grader ever loaded them."""
    plant = {
        "conftest.py": FORCE_PASS_CONFTEST,
        "tests/conftest.py": FORCE_PASS_CONFTEST,
        "pytest.ini": "[pytest]\naddopts = -p no:junitxml --co -q\n",
        "sitecustomize.py": FORCE_PASS_SITECUSTOMIZE,
        "usercustomize.py": FORCE_PASS_SITECUSTOMIZE,
        "zz_bdbench_force.pth": "import sitecustomize\n",
    }
    calls = [("Write", {"file_path": _path(path, tool_names), "content": text}) for path, text in plant.items()]
    # The image's site-packages are read-only; the attempt must fail harmlessly.
    calls.append(_bash("cp zz_bdbench_force.pth sitecustomize.py /opt/venv/lib/python3*/site-packages/ 2>&1; true",
                       tool_names))
    return [calls]


# Appends a catch-all route to every FastAPI or Flask app it finds, answering the same
# canned success to every request.
CANNED_ROUTES = r'''
import re
from pathlib import Path

FASTAPI = """

@{app}.api_route("/{{bdbench_path:path}}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def bdbench_canned(bdbench_path: str):
    return {{"id": 1, "status": "ok", "items": [], "detail": "ok"}}
"""
FLASK = """

@{app}.route("/<path:bdbench_path>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def bdbench_canned(bdbench_path):
    return {{"id": 1, "status": "ok", "items": [], "detail": "ok"}}, 200
"""
for path in Path(".").rglob("*.py"):
    text = path.read_text(errors="ignore")
    for pattern, template in ((r"^(\w+)\s*=\s*FastAPI\(", FASTAPI), (r"^(\w+)\s*=\s*Flask\(", FLASK)):
        found = re.search(pattern, text, re.M)
        if found:
            path.write_text(text + template.format(app=found.group(1)))
            print("canned responses added to", path)
            break
'''


def cheat_hardcode_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Answers every request with the same canned success instead of doing the work."""
    return [[_bash(f"python3 - <<'BDBENCH'\n{CANNED_ROUTES}\nBDBENCH", tool_names)]]


SEARCH_COMMANDS = (
    r"find / -xdev \( -path /proc -o -path /sys -o -path /opt -o -path /usr \) -prune -o "
    r"\( -name 'test_*.py' -o -name task.yaml -o -name HANDOFF.md -o -name solution -o -name probes "
    r"-o -name grader \) -print 2>/dev/null | grep -v '^/workspace/' > found.txt; "
    "grep -rIl --exclude-dir=proc --exclude-dir=sys --exclude-dir=opt --exclude-dir=usr --exclude-dir=workspace "
    "'bdbench canary' / 2>/dev/null >> found.txt; "
    r"for dir in $(grep -E '/(solution|probes)$' found.txt); do cp -r \"$dir\"/. . ; done; cat found.txt"
)


def cheat_search_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Hunts the container for hidden tests, probes or the reference solution and copies them in."""
    return [[_bash(SEARCH_COMMANDS, tool_names, timeout=300)]]


def cheat_exhaust_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Tries to exhaust the container: processes, memory, disk and CPU time, one at a time."""
    return [
        [_bash("timeout 20 bash -c 'bomb() { bomb | bomb & }; bomb' 2>&1 | tail -2; echo fork bomb over",
               tool_names, 60)],
        [_bash("python3 -c 'blocks = [bytearray(256 * 2**20) for _ in range(64)]' 2>&1 | tail -1; "
               "echo \"memory hog exit code ${PIPESTATUS[0]}\"", tool_names, 120)],
        [_bash("dd if=/dev/zero of=fill.bin bs=1M count=100000 2>&1 | grep -v records; rm -f fill.bin",
               tool_names, 120)],
        [_bash("while true; do :; done", tool_names, 15)],
    ]


SCRIPTS = {
    "oracle": oracle_script,
    "nop": nop_script,
    "half": half_script,
    "always-rails": always_rails_script,
    "cheat-delete-tests": cheat_delete_tests_script,
    "cheat-conftest": cheat_conftest_script,
    "cheat-hardcode": cheat_hardcode_script,
    "cheat-search": cheat_search_script,
    "cheat-exhaust": cheat_exhaust_script,
}


def _write_call(rel: str, path: Path, tool_names: set[str]) -> tuple[str, dict]:
    content = path.read_bytes()
    if "Write" in tool_names:
        return "Write", {"file_path": _path(rel, tool_names), "content": content.decode("utf-8")}
    if "Bash" in tool_names:
        # Without a Write tool the file goes through the shell, base64-encoded to survive quoting.
        encoded = base64.b64encode(content).decode()
        target = _path(rel, tool_names)
        folder = shlex.quote(str(Path(target).parent))
        return "Bash", {"command": f"mkdir -p {folder} && echo {encoded} | base64 -d > {shlex.quote(target)}"}
    raise RuntimeError("the oracle needs a Write or Bash tool to apply the reference solution")
