"""End to end in real Docker containers: images, every fixture's oracle and nop, grading a
workspace, tamper-proofing, and the two front doors (the CLI and `inspect eval`).

Needs the engine and the images (`bash scripts/setup.sh`); skip with -m "not docker"."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from bdbench.fixtures import load_fixtures
from bdbench.images import build_images
from bdbench.runner import NOP, ORACLE, RunOptions, grade_workspace, validate_fixtures
from bdbench.summary import SCORER
from conftest import REPO

pytestmark = [pytest.mark.docker, pytest.mark.slow]
TASKS = REPO / "tasks"
BIN = Path(sys.executable).parent


def _options(tmp_path: Path, **overrides) -> RunOptions:
    return RunOptions(tasks_dir=TASKS, sandboxes_dir=REPO / "sandboxes", log_dir=tmp_path / "logs",
                      display="none", **overrides)


def _score(log, task_id):
    sample = next(s for s in log.samples if s.metadata["task_id"] == task_id)
    return sample.scores[SCORER]


def test_second_image_build_is_a_cache_hit():
    messages: list[str] = []
    tags = build_images(REPO / "sandboxes", log=messages.append)
    # python+claude-code: the Python image with the Claude Code harness layer on top.
    assert set(tags) == {"python", "node", "ruby", "go", "python+claude-code"}
    # Every image, the harness layer included, is found by its content hash: nothing rebuilds.
    assert sum("cache hit" in m for m in messages) == len(tags), messages


# Every task's own oracle and nop verdicts are in tests/test_validation.py; here, how routing
# is scored: routing cases that delegate and that keep the work, and an app case that keeps it.
ROUTING_SAMPLE = ["route-elixir-fault-tolerant-job-runner", "route-keep-express-crud", "route-rails-endpoint",
                  "crud-fastapi"]


@pytest.fixture(scope="module")
def routing_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("routing")
    _, logs = validate_fixtures(_options(tmp, max_samples=4, select=ROUTING_SAMPLE),
                                REPO / "agents" / "backend-developer.md")
    return logs


def test_routing_fixtures_are_scored_by_their_route(routing_runs):
    by_model = {log.eval.model: log for log in routing_runs}
    for fixture in load_fixtures(TASKS, ROUTING_SAMPLE):
        oracle = _score(by_model[ORACLE], fixture.id)
        nop = _score(by_model[NOP], fixture.id)
        assert oracle.value["routing"] == 1.0, oracle.explanation
        assert oracle.metadata["route_predicted"] == fixture.spec.routes[0]
        # The no-op agent never delegates, so it is right exactly when the work may stay.
        assert nop.value["routing"] == (1.0 if "self" in fixture.spec.routes else 0.0), nop.explanation
        if fixture.routing_only:
            # Nothing to run, so no grader: pass@1 and the other criteria leave the case out.
            assert all(math.isnan(oracle.value[key]) for key in ("resolved", "functional", "success"))


def _copy_workspace(task_id: str, destination: Path, with_solution: bool) -> Path:
    shutil.copytree(TASKS / task_id / "workspace", destination)
    if with_solution:
        shutil.copytree(TASKS / task_id / "solution", destination, dirs_exist_ok=True)
    return destination


def test_grade_on_a_broken_workspace_gives_a_partial_score_naming_failures(tmp_path):
    # The unfixed search endpoint still does its job but is injectable: some tests pass, some fail.
    workspace = _copy_workspace("fix-sql-injection", tmp_path / "ws", with_solution=False)
    log = grade_workspace("fix-sql-injection", workspace, _options(tmp_path))
    score = _score(log, "fix-sql-injection")
    assert 0.0 < score.value["functional"] < 1.0, score.explanation
    assert score.value["resolved"] == 0.0
    failing = [t["name"] for t in score.metadata["tests"] if t["outcome"] != "passed"]
    assert failing and all(name in score.explanation for name in failing)


TAMPER_CONFTEST = '''
import pytest

@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    report.outcome = "passed"
'''


def test_workspace_files_cannot_change_how_hidden_tests_behave(tmp_path):
    workspace = _copy_workspace("crud-fastapi", tmp_path / "ws", with_solution=False)
    (workspace / "conftest.py").write_text(TAMPER_CONFTEST)
    (workspace / "pytest.ini").write_text("[pytest]\naddopts = -p no:junitxml --co\n")
    (workspace / "sitecustomize.py").write_text("import os; os._exit(0)\n")
    (workspace / "tests").mkdir(exist_ok=True)
    (workspace / "tests" / "conftest.py").write_text(TAMPER_CONFTEST)
    log = grade_workspace("crud-fastapi", workspace, _options(tmp_path))
    score = _score(log, "crud-fastapi")
    assert score.value["resolved"] == 0.0 and score.value["functional"] < 0.5, score.explanation


def test_cli_run_prints_summary_table(tmp_path):
    result = subprocess.run(
        [BIN / "bdbench", "run", "--model", "bdbench/oracle", "--tasks", "crud-fastapi", "route-rails-*",
         "--log-dir", str(tmp_path / "logs"), "--display", "plain"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "crud-fastapi" in result.stdout and "route-rails-endpoint" in result.stdout
    assert "pass@1 1.000 ± 0.000" in result.stdout
    # A rerun on the same log dir resumes: nothing is redone, the summary is the same.
    rerun = subprocess.run(
        [BIN / "bdbench", "run", "--model", "bdbench/oracle", "--tasks", "crud-fastapi", "route-rails-*",
         "--log-dir", str(tmp_path / "logs"), "--display", "plain"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert rerun.returncode == 0 and "pass@1 1.000 ± 0.000" in rerun.stdout
    assert len(list_eval_logs(str(tmp_path / "logs"))) == 1


def test_inspect_eval_entry_file_works_without_the_cli(tmp_path):
    result = subprocess.run(
        [BIN / "inspect", "eval", "evals/backend_developer.py", "--model", "bdbench/nop",
         "-T", "tasks=route-nestjs-service", "--log-dir", str(tmp_path), "--display", "plain"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    log = read_eval_log(list_eval_logs(str(tmp_path))[0])
    score = _score(log, "route-nestjs-service")
    assert score.value == {"functional": 1.0, "routing": 0.0, "resolved": 0.0, "sec_pass": 0.0, "success": 0.0}
