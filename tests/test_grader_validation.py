"""Graders are validated, not trusted: on every fixture, each criterion passes the reference
solution and flags the fixture's known-bad variants, in real containers."""

from __future__ import annotations

import pytest

from bdbench.fixtures import load_fixtures
from bdbench.runner import RunOptions, grade_workspaces
from bdbench.summary import SCORER
from bdbench.workspaces import REFERENCE, materialize
from conftest import REPO

pytestmark = [pytest.mark.docker, pytest.mark.slow]
TASKS = REPO / "tasks"
FLAG_CHECKS = {
    "functional": lambda score: score.value["resolved"] == 0.0,
    # Flagged by evidence: an exploit that worked or a high static finding, not a probe that
    # merely could not run.
    "security": lambda score: score.metadata["criteria"]["secure"] is False
    and bool(score.metadata["criteria"]["cwes_found"] or score.metadata.get("static_findings")),
    "coverage": lambda score: score.metadata["criteria"]["coverage_ok"] is False,
    "latency": lambda score: score.metadata["criteria"]["latency_ok"] is False,
}


def _graded_fixtures():
    return [f for f in load_fixtures(TASKS) if f.spec.app is not None]


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("variants")
    items = []
    for fixture in _graded_fixtures():
        for label in [REFERENCE, *fixture.variants()]:
            folder = materialize(fixture, tmp / fixture.id / label, None if label == REFERENCE else label)
            items.append((fixture.id, folder, label))
    options = RunOptions(tasks_dir=TASKS, sandboxes_dir=REPO / "sandboxes", log_dir=tmp / "logs",
                         display="none", max_samples=4)
    log = grade_workspaces(items, options)
    assert log.status == "success", log.error
    return {(s.metadata["task_id"], s.metadata["label"]): s.scores[SCORER] for s in log.samples}


def test_reference_passes_every_criterion_it_is_graded_on(graded):
    failures = []
    for (task, label), score in graded.items():
        if label != REFERENCE:
            continue
        criteria = score.metadata["criteria"]
        not_ok = [name for name in ("secure", "coverage_ok", "latency_ok") if criteria[name] is False]
        if score.value["success"] != 1.0 or not_ok:
            failures.append(f"{task}: success={score.value['success']} failing={not_ok}\n{score.explanation}")
    assert not failures, "\n\n".join(failures)


def test_every_variant_is_flagged_by_the_criteria_it_targets(graded):
    failures = []
    for fixture in _graded_fixtures():
        for name, variant in fixture.variants().items():
            score = graded[(fixture.id, name)]
            missed = [flag for flag in variant.spec.flags if not FLAG_CHECKS[flag](score)]
            if missed or score.value["success"] != 0.0:
                failures.append(f"{fixture.id}/{name}: not flagged by {missed}\n{score.explanation}")
    assert not failures, "\n\n".join(failures)


def test_every_graded_criterion_has_a_known_bad_variant():
    missing = []
    for fixture in _graded_fixtures():
        grading = fixture.spec.grading
        flagged = {flag for v in fixture.variants().values() for flag in v.spec.flags}
        for criterion in ("security", "coverage"):
            if getattr(grading, criterion) and criterion not in flagged:
                missing.append(f"{fixture.id}: no variant for {criterion}")
        if "latency" in grading.resolved_requires and "latency" not in flagged:
            missing.append(f"{fixture.id}: no variant for latency")
    assert not missing, "\n".join(missing)
