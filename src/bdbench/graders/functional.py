"""Functional grader: run the fixture's hidden tests in the grader container.

The tests and the harness go into a root-only folder beside the workspace, never into it, and
pytest runs isolated (python -I) from there with the grader's own ini file. So nothing in the
workspace (conftest.py, pytest.ini, sitecustomize.py, .pth files) can change how they behave,
and the app, run as an unprivileged user, cannot read them.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..fixtures import Fixture

HARNESS_DIR = Path(__file__).parent / "harness"
PYTEST_OUTPUT_TAIL = 3000


@dataclass
class HiddenTestOutcome:
    name: str
    outcome: str  # passed | failed | error | skipped
    message: str = ""


@dataclass
class FunctionalResult:
    outcomes: list[HiddenTestOutcome] = field(default_factory=list)
    error: str | None = None  # why the tests could not run to completion

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def passed(self) -> int:
        return sum(1 for o in self.outcomes if o.outcome == "passed")

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total and not self.error else 0.0

    @property
    def all_passed(self) -> bool:
        return self.error is None and self.total > 0 and self.passed == self.total

    @property
    def failing(self) -> list[HiddenTestOutcome]:
        return [o for o in self.outcomes if o.outcome != "passed"]

    @property
    def explanation(self) -> str:
        if self.error:
            return f"hidden tests did not complete: {self.error}"
        text = f"hidden tests: {self.passed}/{self.total} passed"
        if self.failing:
            text += "; failing: " + ", ".join(o.name for o in self.failing)
        return text


def parse_junit(xml_text: str) -> list[HiddenTestOutcome]:
    outcomes = []
    for case in ET.fromstring(xml_text).iter("testcase"):
        module = case.get("classname", "").rsplit(".", 1)[-1]
        name = f"{module}::{case.get('name')}" if module else case.get("name", "?")
        outcome, message = "passed", ""
        for tag in ("failure", "error", "skipped"):
            node = case.find(tag)
            if node is not None:
                outcome = "failed" if tag == "failure" else tag
                message = (node.get("message") or node.text or "").strip()[:500]
                break
        outcomes.append(HiddenTestOutcome(name, outcome, message))
    return outcomes


def test_environment(fixture: Fixture, workspace: str, app_uid: str | None) -> dict[str, str]:
    env = {"BDBENCH_WORKSPACE": workspace, "PYTHONDONTWRITEBYTECODE": "1"}
    if app_uid:
        env |= {"BDBENCH_APP_UID": app_uid, "BDBENCH_APP_HOME": "/home/app"}
    app = fixture.spec.app
    if app:
        env |= {
            "BDBENCH_APP_START": app.start,
            "BDBENCH_APP_PORT": str(app.port),
            "BDBENCH_APP_READY_PATH": app.ready_path,
            "BDBENCH_APP_STARTUP_TIMEOUT": str(app.startup_timeout),
        }
    return env


async def install_grader_files(env, fixture: Fixture, grader_dir: str) -> None:
    for path in sorted(HARNESS_DIR.iterdir()):
        if path.is_file() and path.suffix in (".py", ".ini"):
            await env.write_file(posixpath.join(grader_dir, path.name), path.read_text())
    for rel, path in fixture.test_files().items():
        await env.write_file(posixpath.join(grader_dir, "tests", rel), path.read_bytes())
    # Root-only: the app runs as another user and must not read or change the tests.
    await env.exec(["chmod", "-R", "go-rwx", grader_dir])


async def grade_functional(env, fixture: Fixture, workspace: str, grader_dir: str,
                           app_uid: str | None) -> FunctionalResult:
    await install_grader_files(env, fixture, grader_dir)
    junit = posixpath.join(grader_dir, "out", "junit.xml")
    command = ["python3", "-I", "-m", "pytest", "-c", posixpath.join(grader_dir, "pytest.ini"),
               "--rootdir", grader_dir, f"--junitxml={junit}", "-q", "tests"]
    try:
        run = await env.exec(command, cwd=grader_dir, timeout=fixture.spec.grading.test_timeout,
                             env=test_environment(fixture, workspace, app_uid))
    except TimeoutError:
        return FunctionalResult(error=f"timed out after {fixture.spec.grading.test_timeout} s")
    try:
        outcomes = parse_junit(await env.read_file(junit))
    except (FileNotFoundError, ET.ParseError):
        tail = (run.stdout + run.stderr)[-PYTEST_OUTPUT_TAIL:]
        return FunctionalResult(error=f"pytest exited {run.returncode} without a report:\n{tail}")
    if not outcomes:
        return FunctionalResult(error=f"pytest collected no tests (exit {run.returncode})")
    return FunctionalResult(outcomes=outcomes)
