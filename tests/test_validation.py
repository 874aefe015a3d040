"""Task validation in real containers (validation.py), and the committed record that lets CI
re-prove a large suite in parts: the stale tasks every run, the rest in rotation
(validation_record.py).

BDBENCH_VALIDATE=all re-validates every task here instead of today's share."""

from __future__ import annotations

import os
import shutil
from datetime import date, timedelta

import pytest

from bdbench.fixtures import load_fixture, load_fixtures
from bdbench.images import stacks
from bdbench.runner import RunOptions
from bdbench.validation import validate_tasks
from bdbench.validation_record import (
    ROTATION_DAYS,
    Provenance,
    graders_hash,
    in_rotation,
    plan,
    profile_hash,
    read_record,
    staleness,
    task_hash,
)
from conftest import REPO

TASKS = REPO / "tasks"
SANDBOXES = REPO / "sandboxes"


def test_task_hash_follows_the_task_content(tmp_path):
    copy = tmp_path / "crud-fastapi"
    shutil.copytree(TASKS / "crud-fastapi", copy)
    before = task_hash(load_fixture(copy))
    assert task_hash(load_fixture(copy)) == before
    hidden = next((copy / "tests").rglob("test_*.py"))
    hidden.write_text(hidden.read_text() + "\n# edited\n")
    assert task_hash(load_fixture(copy)) != before


def test_a_record_vouches_only_for_the_same_task_image_and_graders():
    origin = Provenance("t1", "bdbench-python:abc", "p1", "g1")
    entry = {**origin.as_dict(), "checks": {"oracle resolves": True}}
    assert staleness(entry, origin) is None
    assert staleness(None, origin) == "no record"
    assert staleness(entry, Provenance("t2", "bdbench-python:abc", "p1", "g1")) == "changed since validated: task"
    assert staleness(entry, Provenance("t1", "bdbench-python:def", "p1", "g2")) == \
        "changed since validated: image, graders"
    assert staleness(entry, Provenance("t1", "bdbench-python:abc", "p2", "g1")) == "changed since validated: profile"
    assert staleness({**entry, "checks": {"oracle resolves": False}}, origin) == "recorded as failing"


def test_rotation_covers_every_task_within_its_days():
    ids = [f.id for f in load_fixtures(TASKS)]
    start = date(2026, 1, 1)
    days = [start + timedelta(days=n) for n in range(ROTATION_DAYS)]
    for task in ids:
        assert sum(in_rotation(task, day) for day in days) == 1, task
    # A day's share is a fraction of the suite, not all of it and not none of it.
    share = sum(in_rotation(task, start) for task in ids)
    assert 0 < share < len(ids)


def test_graders_hash_ignores_presentation_only():
    assert graders_hash() == graders_hash()
    assert len(graders_hash()) == 16


def test_a_stacks_profile_covers_its_stack_yaml_and_the_rules_it_names(tmp_path):
    shutil.copytree(SANDBOXES / "node", tmp_path / "node", ignore=shutil.ignore_patterns("npm", "wheels"))
    stack = stacks(tmp_path)["node"]
    before = profile_hash(stack)
    config = tmp_path / "node" / "stack.yaml"
    config.write_text(config.read_text().replace("javascript.yaml", "python.yaml"))
    assert profile_hash(stack) != before


def test_a_port_is_stale_when_the_fixture_it_shares_tests_with_changes(tmp_path):
    for name in ("crud-fastapi", "notes-crud-node-express"):
        shutil.copytree(TASKS / name, tmp_path / name)
    before = task_hash(load_fixture(tmp_path / "notes-crud-node-express"))
    shared = tmp_path / "crud-fastapi" / "task.yaml"
    shared.write_text(shared.read_text().replace("startup_timeout: 30", "startup_timeout: 31"))
    assert task_hash(load_fixture(tmp_path / "notes-crud-node-express")) != before


@pytest.fixture(scope="module")
def validated(tmp_path_factory):
    fixtures = load_fixtures(TASKS)
    chosen = plan(fixtures, stacks(SANDBOXES), read_record(TASKS),
                  everything=os.environ.get("BDBENCH_VALIDATE") == "all")
    selected = [f for f in fixtures if f.id in set(chosen.tasks)]
    tmp = tmp_path_factory.mktemp("validate")
    options = RunOptions(tasks_dir=TASKS, sandboxes_dir=SANDBOXES, log_dir=tmp / "logs", display="none",
                         max_samples=4)
    results = validate_tasks(selected, options, REPO / "agents" / "backend-developer.md", tmp / "work")
    print(f"\nvalidated {len(results)} of {len(fixtures)} tasks: {len(chosen.stale)} stale, "
          f"{len(chosen.rotating)} in today's rotation")
    return chosen, results


@pytest.mark.docker
@pytest.mark.slow
def test_validated_tasks_pass_every_check(validated):
    """Oracle resolves and nop does not, the reference passes every criterion it is graded on,
    every variant is flagged by the criteria it targets."""
    _, results = validated
    assert results, "nothing was validated"
    failures = [f"{task}: {name}: {result.evidence.get(name, '')}"
                for task, result in sorted(results.items()) for name, ok in result.checks.items() if not ok]
    assert not failures, "\n\n".join(failures)


@pytest.mark.docker
@pytest.mark.slow
def test_recorded_verdicts_still_hold(validated):
    """Re-proven tasks give the checks their record states, no more and no fewer."""
    chosen, results = validated
    record = read_record(TASKS)
    differing = [task for task in chosen.rotating if record[task]["checks"] != results[task].checks]
    assert not differing, {task: (record[task]["checks"], results[task].checks) for task in differing}


@pytest.mark.docker
@pytest.mark.slow
def test_no_record_is_stale(validated):
    chosen, _ = validated
    assert not chosen.stale, (
        "validation record out of date (bdbench tasks validate --scope stale --record):\n"
        + "\n".join(f"{task}: {why}" for task, why in sorted(chosen.stale.items())))
