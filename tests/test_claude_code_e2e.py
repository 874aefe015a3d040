"""The claude-code harness end to end: the real Claude Code binary in the Python image's
claude-code variant, driven by the scripted providers through inspect's bridge, graded as usual.

Needs the engine and the images (`bash scripts/setup.sh` builds the variant); about 30 s a sample."""

from __future__ import annotations

import pytest

from bdbench.runner import NOP, ORACLE, RunOptions, validate_fixtures
from bdbench.summary import SCORER
from conftest import REPO

pytestmark = [pytest.mark.docker, pytest.mark.slow]
# An app fixture whose solution overwrites files, and a routing case that delegates.
CASES = ["fix-sql-injection", "route-rails-endpoint"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    options = RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes", select=CASES,
                         log_dir=tmp_path_factory.mktemp("claude-code") / "logs", display="none",
                         max_samples=1, harness="claude-code")
    return validate_fixtures(options, REPO / "agents" / "backend-developer.md")


def test_oracle_resolves_and_routes_right_and_nop_does_not(runs):
    validations, _ = runs
    verdicts = {v.task: (v.measure, v.oracle, v.nop) for v in validations}
    assert verdicts == {task: ("resolved", 1.0, 0.0) for task in CASES}, [v.explanation for v in validations]
    _, logs = runs
    routing = {log.eval.model: next(s for s in log.samples if s.id == "route-rails-endpoint").scores[SCORER].value["routing"]
               for log in logs}
    assert routing == {ORACLE: 1.0, NOP: 0.0}


def test_runs_are_labelled_and_delegation_goes_through_claude_codes_agent_tool(runs):
    _, logs = runs
    by_model = {log.eval.model: log for log in logs}
    assert {model: log.eval.metadata["harness"] for model, log in by_model.items()} == \
        {ORACLE: "claude-code", NOP: "claude-code"}
    routed = next(s for s in by_model[ORACLE].samples if s.id == "route-rails-endpoint")
    assert [(d["agent"], d["tool"]) for d in routed.store["bdbench:delegations"]] == [("rails-backend-expert", "Agent")]
    # The sub-agent really ran inside Claude Code: inspect-swe records it as an agent span.
    spans = [e.name for e in routed.events if e.event == "span_begin" and e.type == "agent"]
    assert "rails-backend-expert" in spans, spans
    tools = {t.name for e in routed.events if e.event == "model" for t in e.tools}
    assert {"Agent", "Bash", "Edit", "Read", "Write"} <= tools and "submit" not in tools
