"""Run a folder of hidden pytest files (tests or probes) in the grader and read the outcomes.

pytest runs isolated (python -I) from the root-only grading folder with the grader's own ini
file, so nothing in the workspace (conftest.py, pytest.ini, sitecustomize.py, .pth files) can
change how the files behave.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from .context import GraderContext

PYTEST_OUTPUT_TAIL = 3000


@dataclass
class HiddenTestOutcome:
    name: str
    outcome: str  # passed | failed | error | skipped
    message: str = ""
    seconds: float = 0.0


@dataclass
class SuiteResult:
    outcomes: list[HiddenTestOutcome] = field(default_factory=list)
    error: str | None = None  # why the suite could not run to completion


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
                message = (node.get("message") or node.text or "").strip()[:1000]
                break
        outcomes.append(HiddenTestOutcome(name, outcome, message, round(float(case.get("time") or 0), 3)))
    return outcomes


async def run_suite(ctx: GraderContext, suite: str, timeout: int) -> SuiteResult:
    """Run the hidden files of <grader>/<suite>/ (unpacked with the grading bundle) with pytest,
    one junit report out."""
    junit = ctx.path("out", f"{suite}.xml")
    command = ["python3", "-I", "-m", "pytest", "-c", ctx.path("pytest.ini"), "--rootdir", ctx.grader_dir,
               f"--junitxml={junit}", "-q", suite]
    try:
        run = await ctx.env.exec(command, cwd=ctx.grader_dir, timeout=timeout, env=ctx.app_env())
    except TimeoutError:
        return SuiteResult(error=f"timed out after {timeout} s")
    try:
        outcomes = parse_junit(await ctx.env.read_file(junit))
    except (FileNotFoundError, ET.ParseError):
        tail = (run.stdout + run.stderr)[-PYTEST_OUTPUT_TAIL:]
        return SuiteResult(error=f"pytest exited {run.returncode} without a report:\n{tail}")
    if not outcomes:
        return SuiteResult(error=f"pytest collected nothing (exit {run.returncode})")
    return SuiteResult(outcomes=outcomes)
