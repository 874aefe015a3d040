"""Task validation: the evidence that every task measures what it claims.

A task is valid when the oracle resolves it and nop does not (routing cases: the oracle routes
right, nop only where the work stays), the reference passes every criterion it is graded on,
and every known-bad variant is flagged by the criteria it targets. All of it runs in real
containers, as one eval. What the verdicts were established with is kept by
validation_record.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .fixtures import Fixture


# How a variant's score shows each flag: by evidence (an exploit that worked or a high static
# finding, not a probe that merely could not run), never by a failure to grade.
FLAG_CHECKS = {
    "functional": lambda score: score.value["resolved"] == 0.0,
    "security": lambda score: score.metadata["criteria"]["secure"] is False
    and bool(score.metadata["criteria"]["cwes_found"] or score.metadata.get("static_findings")),
    "coverage": lambda score: score.metadata["criteria"]["coverage_ok"] is False,
    "latency": lambda score: score.metadata["criteria"]["latency_ok"] is False,
}


@dataclass
class TaskValidation:
    """One task's checks: name -> passed, and what each saw."""

    task: str
    checks: dict[str, bool] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    def check(self, name: str, passed: bool, evidence: str = "") -> None:
        self.checks[name] = passed
        if evidence and not passed:
            self.evidence[name] = evidence[:2000]


def _variant_checks(result: TaskValidation, fixture: Fixture, scores: dict) -> None:
    from .workspaces import REFERENCE

    reference = scores.get(REFERENCE)
    if reference is None:
        result.check("reference passes every criterion", False, "not graded")
    else:
        criteria = reference.metadata["criteria"]
        failing = [name for name in ("secure", "coverage_ok", "latency_ok") if criteria[name] is False]
        result.check("reference passes every criterion", reference.value["success"] == 1.0 and not failing,
                     f"success={reference.value['success']} failing={failing}\n{reference.explanation}")
    for name, variant in fixture.variants().items():
        flags = variant.spec.flags
        score = scores.get(name)
        check = f"variant {name} flagged by {', '.join(flags)}"
        if score is None:
            result.check(check, False, "not graded")
            continue
        missed = [flag for flag in flags if not FLAG_CHECKS[flag](score)]
        result.check(check, not missed and score.value["success"] == 0.0,
                     f"not flagged by {missed}, success={score.value['success']}\n{score.explanation}")


def validate_tasks(fixtures: list[Fixture], options, agent_file: Path, workdir: Path) -> dict[str, TaskValidation]:
    """Run every check of the given tasks in the sandbox, in one eval: oracle and nop as agents,
    and the reference and every variant graded."""
    from .runner import agent_validations, validation_logs
    from .summary import SCORER
    from .workspaces import REFERENCE, materialize

    results = {f.id: TaskValidation(f.id) for f in fixtures}
    if not fixtures:
        return results
    graded = [f for f in fixtures if not f.routing_only]
    items = [(f.id, materialize(f, workdir / f.id / label, None if label == REFERENCE else label), label)
             for f in graded for label in [REFERENCE, *f.variants()]]
    runs, grading = validation_logs(fixtures, items, options, agent_file)
    for run in agent_validations(fixtures, runs):
        expected = "routed right" if run.measure == "routing" else "resolves"
        results[run.task].check(f"oracle {expected}", run.oracle == 1.0, run.explanation)
        results[run.task].check(f"nop scores {run.nop_expected:g} on {run.measure}", run.nop == run.nop_expected,
                                run.explanation)
    scores: dict[str, dict] = {f.id: {} for f in graded}
    for sample in (grading.samples or []) if grading else []:
        if SCORER in (sample.scores or {}):
            scores[sample.metadata["task_id"]][sample.metadata["label"]] = sample.scores[SCORER]
    for fixture in graded:
        _variant_checks(results[fixture.id], fixture, scores[fixture.id])
    return results
