"""bdbench's semgrep rules judge data flow, not style: every annotated target line in
tests/semgrep/ is reported by the rule it names, and no `ok` line is, run by the real semgrep
in the grader image."""

from __future__ import annotations

import json
import re

import docker
import pytest

from bdbench.images import stacks
from conftest import REPO

pytestmark = pytest.mark.docker
RULES = REPO / "src" / "bdbench" / "graders" / "rules"
TARGETS = REPO / "tests" / "semgrep"
ANNOTATION = re.compile(r"(?:#|//)\s*(ruleid|ok):\s*([\w-]+)")


def _expectations(path):
    """(rule, line) pairs that must be reported and that must not, from the annotations."""
    expected, forbidden = set(), set()
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        match = ANNOTATION.search(line)
        if match:
            (expected if match.group(1) == "ruleid" else forbidden).add((match.group(2), number + 1))
    return expected, forbidden


def _semgrep(rules_file: str, target: str) -> set[tuple[str, int]]:
    tag = stacks(REPO / "sandboxes")["python"].tag
    output = docker.from_env().containers.run(
        tag, ["/opt/tools/bin/semgrep", "scan", "--config", f"/rules/{rules_file}", "--metrics", "off",
              "--json", "--quiet", "--disable-nosem", "--no-git-ignore", f"/targets/{target}"],
        network_mode="none", remove=True, user="0",
        volumes={str(RULES): {"bind": "/rules", "mode": "ro"}, str(TARGETS): {"bind": "/targets", "mode": "ro"}},
        environment={"HOME": "/tmp"})
    report = json.loads(output)
    assert not report.get("errors"), report["errors"]
    return {(r["check_id"].rsplit(".", 1)[-1], r["start"]["line"]) for r in report["results"]}


@pytest.mark.parametrize("rules_file,target", [("python.yaml", "python.py"), ("javascript.yaml", "javascript.js"),
                                              ("go.yaml", "go.go"), ("ruby.yaml", "ruby.rb")])
def test_rules_follow_data_flow(rules_file, target):
    expected, forbidden = _expectations(TARGETS / target)
    found = _semgrep(rules_file, target)
    assert expected, "no annotated targets"
    missed = sorted(expected - found)
    false_alarms = sorted(forbidden & found)
    assert not missed and not false_alarms, f"missed {missed}; reported on ok lines {false_alarms}"
