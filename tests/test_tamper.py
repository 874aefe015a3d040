"""Cheating agents earn nothing, and the samples beside them are unharmed, in real containers."""

from __future__ import annotations

from pathlib import Path

import pytest
from inspect_ai.log import read_eval_log
from inspect_ai.model import ChatMessageTool

from bdbench.fixtures import load_fixture
from bdbench.runner import RunOptions, run_matrix
from bdbench.summary import SCORER
from conftest import REPO

pytestmark = [pytest.mark.docker, pytest.mark.slow]
CHEATERS = ["bdbench/cheat-delete-tests", "bdbench/cheat-conftest", "bdbench/cheat-hardcode",
            "bdbench/cheat-search", "bdbench/cheat-exhaust"]
TASKS = ["crud-fastapi", "fix-sql-injection"]


@pytest.fixture(scope="module")
def logs(tmp_path_factory):
    options = RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes", select=TASKS,
                         log_dir=tmp_path_factory.mktemp("tamper"), max_samples=2, display="none")
    _, results = run_matrix([*CHEATERS, "bdbench/oracle"], [REPO / "agents" / "backend-developer.md"], options)
    return {log.eval.model: read_eval_log(log.location) for log in results}


def _tool_outputs(sample) -> str:
    return "\n".join(m.text for m in sample.messages if isinstance(m, ChatMessageTool))


@pytest.mark.parametrize("cheater", CHEATERS)
def test_cheater_gets_no_credit(logs, cheater):
    log = logs[cheater]
    assert len(log.samples) == len(TASKS)
    for sample in log.samples:
        assert sample.error is None, sample.error
        score = sample.scores[SCORER]
        assert score.value["resolved"] == 0.0 and score.value["success"] == 0.0, score.explanation


def test_oracle_running_beside_the_cheaters_is_unharmed(logs):
    for sample in logs["bdbench/oracle"].samples:
        assert sample.scores[SCORER].value["success"] == 1.0, sample.scores[SCORER].explanation


def test_search_finds_no_hidden_tests_probes_or_solution(logs):
    for sample in logs["bdbench/cheat-search"].samples:
        fixture = load_fixture(REPO / "tasks" / sample.metadata["task_id"])
        found = _tool_outputs(sample)
        hidden = [Path(rel).name for rel in [*fixture.test_files(), *fixture.probe_files()]]
        for secret in ("/grader", "solution", "probes", "task.yaml", fixture.spec.canary, *hidden):
            assert secret not in found, f"{secret} found: {found[:2000]}"


def test_exhaustion_attempts_end_with_clear_limit_messages(logs):
    for sample in logs["bdbench/cheat-exhaust"].samples:
        output = _tool_outputs(sample)
        # The bomb ends by its own timeout or is cut off by the command's time limit.
        assert "fork bomb over" in output or "[stopped: time limit of 60 s reached]" in output
        # The memory limit either refuses the allocation or kills the process (137).
        assert "MemoryError" in output or "memory hog exit code 137" in output
        assert "No space left on device" in output
        assert "[stopped: time limit of 15 s reached]" in output
