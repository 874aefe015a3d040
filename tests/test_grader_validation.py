"""Graders are validated, not trusted: every criterion a fixture is graded on has a known-bad
variant that must be flagged by it. The flagging itself runs in real containers with the rest
of task validation (tests/test_validation.py)."""

from __future__ import annotations

from bdbench.fixtures import load_fixtures
from bdbench.validation import FLAG_CHECKS
from conftest import REPO

TASKS = REPO / "tasks"


def _graded_fixtures():
    return [f for f in load_fixtures(TASKS) if f.spec.app is not None]


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


def test_every_variant_flag_has_a_check():
    unknown = [f"{fixture.id}/{name}: {flag}" for fixture in _graded_fixtures()
               for name, variant in fixture.variants().items() for flag in variant.spec.flags
               if flag not in FLAG_CHECKS]
    assert not unknown, unknown
