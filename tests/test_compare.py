"""`bdbench compare` and its statistics, against exact known answers.

Synthetic logs give exact answers for the scripted behaviours (oracle, half, nop, flaky); the
Docker test runs the real oracle and nop agents and must reach the same verdicts."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bdbench.cli_report import main as report_main
from bdbench.report.compare import compare_runs
from bdbench.report.runs import ReportError, load_runs, select_run
from bdbench.report.stats import clustered_stderr, cluster_bootstrap_ci, estimate, mcnemar_exact, pass_at_k
from conftest import REPO
from synthetic_logs import SCENARIOS, TASK_IDS, TASKS, make_log, write_log, write_matrix

ORACLE = "bdbench/oracle · backend-developer"
ORACLE_VARIANT = "bdbench/oracle · backend-developer-no-delegation"
HALF = "bdbench/half · backend-developer"
NOP = "bdbench/nop · backend-developer"


# --- statistics -----------------------------------------------------------------------------

@pytest.mark.parametrize("base_only, candidate_only, p", [
    (0, 0, 1.0),
    (8, 0, 2 / 2 ** 8),
    (0, 8, 2 / 2 ** 8),
    (4, 0, 0.125),
    (3, 1, 2 * (1 + 4) / 2 ** 4),
    (10, 2, 2 * (1 + 12 + 66) / 2 ** 12),
    (5, 5, 1.0),  # the doubled tail exceeds 1 and is capped
])
def test_mcnemar_exact_is_the_two_sided_binomial_tail(base_only, candidate_only, p):
    assert mcnemar_exact(base_only, candidate_only) == pytest.approx(p, rel=1e-12)


@pytest.mark.parametrize("n, c, k, expected", [
    (1, 1, 1, 1.0), (1, 0, 1, 0.0), (2, 1, 1, 0.5), (2, 1, 2, 1.0), (3, 1, 2, 2 / 3), (5, 2, 3, 1 - 1 / 10),
])
def test_pass_at_k_unbiased_estimator(n, c, k, expected):
    assert pass_at_k(n, c, k) == pytest.approx(expected)


def test_clustered_stderr_matches_the_closed_form():
    # mean 0.5; cluster deviation sums +1 and -1; sqrt((1 + 1) * 2 / (2 - 1)) / 4
    assert clustered_stderr([1, 1, 0, 0], ["a", "a", "b", "b"]) == pytest.approx(0.5)
    # independent clusters reduce to the ordinary stderr with the n/(n-1) correction
    values = [1, 0, 1, 1]
    expected = math.sqrt(sum((v - 0.75) ** 2 for v in values) * 4 / 3) / 4
    assert clustered_stderr(values, ["a", "b", "c", "d"]) == pytest.approx(expected)


def test_cluster_bootstrap_with_two_clusters_has_a_known_interval():
    # Resampling two equal clusters gives cluster means 0 (p=1/4), 0.5 (1/2) or 1 (1/4): the 2.5%
    # and 97.5% percentiles are exactly 0 and 1, whatever the individual draws.
    lo, hi = cluster_bootstrap_ci([0, 0, 1, 1], ["a", "a", "b", "b"], resamples=10_000, seed=1)
    assert (lo, hi) == (0.0, 1.0)


def test_cluster_bootstrap_is_reproducible_and_undefined_for_one_cluster():
    values, clusters = [1, 0, 1, 1, 0, 1], ["a", "a", "b", "c", "c", "d"]
    assert cluster_bootstrap_ci(values, clusters, seed=7) == cluster_bootstrap_ci(values, clusters, seed=7)
    assert all(math.isnan(v) for v in cluster_bootstrap_ci([1, 0, 1], ["x", "x", "x"]))


def test_estimate_leaves_out_missing_values():
    est = estimate([1.0, float("nan"), 0.0, 1.0], ["a", "b", "c", "d"])
    assert (est.mean, est.n, est.clusters) == (pytest.approx(2 / 3), 3, 3)


# --- comparisons of synthetic runs ---------------------------------------------------------

@pytest.fixture(scope="module")
def matrix(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("matrix") / "logs"
    write_matrix(folder)
    return folder


@pytest.fixture(scope="module")
def runs(matrix):
    loaded, warnings = load_runs([matrix])
    assert warnings == []
    return {run.label: run for run in loaded}


def test_oracle_vs_nop_is_a_significant_regression(runs):
    result = compare_runs(runs[ORACLE], runs[NOP])
    diff = result.differences["resolved"]
    assert (diff.mean, diff.lo, diff.hi) == (-1.0, -1.0, -1.0)
    assert (diff.n, diff.clusters) == (len(TASKS), len(SCENARIOS))
    assert result.is_regression()
    assert (result.mcnemar.base_only, result.mcnemar.candidate_only) == (8, 0)
    assert result.mcnemar.p_value == pytest.approx(1 / 128)
    assert result.differences["functional"].mean == pytest.approx(-0.75)
    assert "WORSE" in result.verdict() and "distinguishable from noise" in result.verdict()
    assert "tentative" not in result.verdict()
    assert result.warnings == []


def test_oracle_vs_oracle_is_no_difference(runs):
    result = compare_runs(runs[ORACLE], runs[ORACLE_VARIANT])
    for metric, diff in result.differences.items():
        assert (diff.mean, diff.lo, diff.hi) == (0.0, 0.0, 0.0), metric
    assert not result.is_regression() and not result.is_improvement()
    assert result.mcnemar.p_value == 1.0
    assert result.verdict().startswith("No distinguishable difference on resolved")


def test_nop_vs_oracle_is_an_improvement_not_a_regression(runs):
    result = compare_runs(runs[NOP], runs[ORACLE])
    assert result.is_improvement() and not result.is_regression()
    assert "BETTER" in result.verdict()


def test_half_loses_half_the_tasks_and_the_exact_test_calls_it_tentative(runs):
    result = compare_runs(runs[ORACLE], runs[HALF])
    diff = result.differences["resolved"]
    assert diff.mean == -0.5
    assert -1.0 <= diff.lo < -0.5 < diff.hi < 0.0
    assert (result.mcnemar.base_only, result.mcnemar.candidate_only, result.mcnemar.both) == (4, 0, 4)
    assert result.mcnemar.p_value == pytest.approx(0.125)
    assert "tentative" in result.verdict()
    per_task = result.per_task.set_index("task")["resolved_diff"].to_dict()
    assert per_task == {t[0]: (0.0 if t[5] else -1.0) for t in TASKS}


def test_routing_is_balanced_accuracy_and_differs_only_on_delegation_tasks(runs):
    result = compare_runs(runs[ORACLE], runs[NOP], headline="routing")
    # nop keeps every task: recall 1 on self, 0 on rails and on nestjs, so 1/3 (plain
    # accuracy would be 6/8); only the two delegation tasks differ per task.
    assert result.differences["routing"].mean == pytest.approx(-2 / 3)
    assert result.base_means["routing"] == pytest.approx(1.0)
    assert result.candidate_means["routing"] == pytest.approx(1 / 3)
    per_task = result.per_task.set_index("task")["routing_diff"]
    assert set(per_task[per_task != 0].index) == {"route-rails", "route-nest"}
    nop = result.as_dict()["routing"]["candidate"]
    assert (nop["over_delegation"], nop["under_delegation"], nop["chance"]) == (0.0, 1.0, pytest.approx(1 / 3))


def test_epochs_average_per_task_and_attempts_pair_for_mcnemar(tmp_path):
    base = _run(make_log("bdbench/oracle", "oracle", epochs=2), tmp_path, "base")
    flaky = _run(make_log("bdbench/flaky", "flaky", epochs=2), tmp_path, "flaky")
    result = compare_runs(base, flaky)
    assert result.differences["resolved"].mean == -0.5  # every task: 1.0 vs (1 + 0) / 2
    # epoch 1 pairs are both resolved, epoch 2 pairs only by the base
    assert (result.mcnemar.both, result.mcnemar.base_only, result.mcnemar.candidate_only) == (8, 8, 0)
    assert result.warnings == []


def test_warns_when_tasks_or_epochs_differ(tmp_path):
    base = _run(make_log("bdbench/oracle", "oracle", epochs=2), tmp_path, "base")
    fewer = _run(make_log("bdbench/nop", "nop", epochs=1, tasks=TASKS[:6]), tmp_path, "fewer")
    result = compare_runs(base, fewer)
    assert "2 task(s) only in the base run, left out: perf-a, route-py" in result.warnings, result.warnings
    assert any("epochs differ: base has 2, candidate has 1" in w for w in result.warnings), result.warnings
    assert result.differences["resolved"].n == 6


def test_errored_samples_are_left_out_with_a_warning(tmp_path):
    base = _run(make_log("bdbench/oracle", "oracle"), tmp_path, "base")
    broken = _run(make_log("bdbench/oracle", "oracle", agent_file="agents/x.md", errors={"crud-a"}), tmp_path, "x")
    result = compare_runs(base, broken)
    assert result.differences["resolved"].n == len(TASKS) - 1
    assert any("candidate: 1 sample(s) have no score" in w for w in result.warnings)


def test_select_run_needs_a_unique_match(runs):
    every = list(runs.values())
    assert select_run(every, "bdbench/nop*backend-developer", "base").label == NOP
    with pytest.raises(ReportError, match="matches 2 runs"):
        select_run(every, "bdbench/oracle*", "base")
    with pytest.raises(ReportError, match="6 runs found"):
        select_run(every, None, "base")


def _run(log, folder: Path, name: str):
    path = write_log(log, folder, name)
    return load_runs([path])[0][0]


# --- the command line ----------------------------------------------------------------------

def test_cli_gate_fails_on_regression_and_passes_otherwise(matrix, tmp_path, capsys):
    out = tmp_path / "comparison.json"
    code = report_main(["compare", str(matrix), str(matrix), "--base-run", "bdbench/oracle*backend-developer",
                        "--candidate-run", "bdbench/nop*backend-developer", "--fail-on-regression",
                        "--json", str(out)])
    printed = capsys.readouterr().out
    assert code == 1
    assert "WORSE" in printed and "regression" in printed
    document = json.loads(out.read_text())
    assert document["regression"] is True
    assert document["metrics"]["resolved"]["difference"]["ci_high"] == -1.0
    assert document["mcnemar"]["p_value"] == pytest.approx(1 / 128)
    assert len(document["tasks"]) == len(TASK_IDS)

    same = ["compare", str(matrix), str(matrix), "--base-run", ORACLE, "--candidate-run", ORACLE_VARIANT,
            "--fail-on-regression"]
    assert report_main(same) == 0
    assert "No distinguishable difference" in capsys.readouterr().out


def test_cli_gate_uses_the_chosen_metric(matrix, capsys):
    # half routes right on 7 of 8 tasks vs oracle's 8: not distinguishable, so the gate passes
    args = ["compare", str(matrix), str(matrix), "--base-run", ORACLE, "--candidate-run", HALF,
            "--fail-on-regression"]
    assert report_main(args) == 1
    assert report_main(args + ["--metric", "routing"]) == 0


def test_cli_names_the_runs_to_choose_from(matrix, capsys):
    assert report_main(["compare", str(matrix), str(matrix)]) == 2
    printed = capsys.readouterr().out
    assert "pick one with --base-run" in printed and NOP in printed
    assert report_main(["compare", str(matrix / "missing.eval"), str(matrix)]) == 2
    assert "no such log file or folder" in capsys.readouterr().out


# --- the real pipeline in Docker -----------------------------------------------------------

@pytest.mark.docker
@pytest.mark.slow
def test_real_oracle_vs_nop_and_oracle_vs_oracle(tmp_path):
    from bdbench.runner import RunOptions, run_matrix

    tasks = ["crud-fastapi", "route-rails-endpoint", "route-nestjs-service", "migration-alembic"]
    options = RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes", select=tasks,
                         log_dir=tmp_path / "logs", display="none", max_samples=4)
    agents = [REPO / "agents" / "backend-developer.md", REPO / "agents" / "backend-developer-no-delegation.md"]
    ok, _ = run_matrix(["bdbench/oracle", "bdbench/nop"], agents, options)
    assert ok
    found = {run.label: run for run in load_runs([tmp_path / "logs"])[0]}
    worse = compare_runs(found[ORACLE], found[NOP])
    assert worse.is_regression() and worse.differences["resolved"].mean == -1.0
    assert (worse.mcnemar.base_only, worse.mcnemar.candidate_only) == (4, 0)
    same = compare_runs(found[ORACLE], found[ORACLE_VARIANT])
    assert not same.is_regression() and same.differences["resolved"].mean == 0.0
    assert same.mcnemar.p_value == 1.0
