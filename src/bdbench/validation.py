"""Task validation and its committed record.

A task is valid when the oracle resolves it and nop does not (routing cases: the oracle routes
right, nop only where the work stays), the reference passes every criterion it is graded on,
and every known-bad variant is flagged by the criteria it targets. All of it runs in real
containers.

The record (tasks/validation-record.json) keeps, per task, the verdicts and what they were
established with: the task's content hash, the stack image tag (itself a content hash), the
stack's grading profile (stack.yaml and its rule files) and bdbench's grading code. A record whose hashes differ from today's files is stale. CI
validates the stale tasks plus a rotating share of the rest, so a suite of hundreds of tasks
is re-proven in parts on every run and in full every few runs, while `bdbench tasks validate
--all` proves all of it on one machine in one command.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from .fixtures import Fixture, files_under
from .images import Stack

RECORD_NAME = "validation-record.json"
PACKAGE = Path(__file__).parent
RULES = PACKAGE / "graders" / "rules"
# Presentation only: a change here cannot change a verdict, so it leaves records fresh.
PRESENTATION = {"cli.py", "cli_report.py", "summary.py", "progress.py", "doctor.py", "report",
                "routing_metrics.py", "validation.py", "__pycache__"}
# CI re-validates a task that has not changed at least once every this many days.
ROTATION_DAYS = 3

# How a variant's score shows each flag: by evidence (an exploit that worked or a high static
# finding, not a probe that merely could not run), never by a failure to grade.
FLAG_CHECKS = {
    "functional": lambda score: score.value["resolved"] == 0.0,
    "security": lambda score: score.metadata["criteria"]["secure"] is False
    and bool(score.metadata["criteria"]["cwes_found"] or score.metadata.get("static_findings")),
    "coverage": lambda score: score.metadata["criteria"]["coverage_ok"] is False,
    "latency": lambda score: score.metadata["criteria"]["latency_ok"] is False,
}


def _digest(files: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    for rel, path in sorted(files.items()):
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def task_hash(fixture: Fixture) -> str:
    """Everything of the task's own: its folder, and the hidden tests, probes and grading
    (task.yaml) of the fixture it shares them with."""
    files = {f"task/{rel}": path for rel, path in files_under(fixture.root).items()}
    if fixture.spec.tests_from:
        files["shared/task.yaml"] = fixture.root.parent / fixture.spec.tests_from / "task.yaml"
    files |= {f"tests/{rel}": path for rel, path in fixture.test_files().items()}
    files |= {f"probes/{rel}": path for rel, path in fixture.probe_files().items()}
    return _digest(files)


def graders_hash() -> str:
    """bdbench's code that can change a verdict: the graders and their harness, the sandbox,
    the oracle and nop, the agent's tools; not the reports, and not the rule files, which
    count for the stacks that use them (profile_hash)."""
    files = {rel: path for rel, path in files_under(PACKAGE).items()
             if not set(Path(rel).parts) & PRESENTATION and not (PACKAGE / rel).is_relative_to(RULES)}
    return _digest(files)


def profile_hash(stack: Stack) -> str:
    """A stack's grading profile: its stack.yaml (the image tag leaves it out) and the rule
    files it names."""
    config = stack.root / "stack.yaml"
    text = config.read_text() if config.is_file() else ""
    files = {f"rules/{rel}": path for rel, path in files_under(RULES).items() if rel in text}
    if config.is_file():
        files["stack.yaml"] = config
    return _digest(files)


@dataclass
class Provenance:
    task: str
    image: str
    profile: str
    graders: str

    def as_dict(self) -> dict[str, str]:
        return {"task": self.task, "image": self.image, "profile": self.profile, "graders": self.graders}


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


def provenance(fixture: Fixture, stack: Stack, graders: str) -> Provenance:
    return Provenance(task_hash(fixture), stack.tag, profile_hash(stack), graders)


def read_record(tasks_dir: Path) -> dict[str, dict]:
    path = Path(tasks_dir) / RECORD_NAME
    if not path.is_file():
        return {}
    return json.loads(path.read_text())["tasks"]


def write_record(tasks_dir: Path, entries: dict[str, dict]) -> Path:
    path = Path(tasks_dir) / RECORD_NAME
    text = json.dumps({"about": "bdbench tasks validate --record: each task's verdicts and the hashes "
                                "(task content, stack image, grading code) they were established with",
                       "tasks": dict(sorted(entries.items()))}, indent=1, sort_keys=False)
    path.write_text(text + "\n")
    return path


def record_entry(result: TaskValidation, origin: Provenance) -> dict:
    return {**origin.as_dict(), "checks": dict(sorted(result.checks.items())),
            "validated": datetime.now(timezone.utc).strftime("%Y-%m-%d")}


def staleness(entry: dict | None, origin: Provenance) -> str | None:
    """Why a task's record no longer vouches for it, or None when it does."""
    if entry is None:
        return "no record"
    changed = [name for name, value in origin.as_dict().items() if entry.get(name) != value]
    if changed:
        return "changed since validated: " + ", ".join(changed)
    if not entry.get("checks") or not all(entry["checks"].values()):
        return "recorded as failing"
    return None


def in_rotation(task_id: str, day: date | None = None, days: int = ROTATION_DAYS) -> bool:
    """Whether today's CI re-validates this unchanged task: each falls on one day in `days`."""
    day = day or datetime.now(timezone.utc).date()
    return (zlib.crc32(task_id.encode()) + day.toordinal()) % days == 0


@dataclass
class Plan:
    stale: dict[str, str]  # task -> why its record does not vouch for it
    rotating: list[str]  # fresh records re-proven today

    @property
    def tasks(self) -> list[str]:
        return sorted({*self.stale, *self.rotating})


def plan(fixtures: list[Fixture], stacks: dict[str, Stack], record: dict[str, dict], everything: bool = False,
         day: date | None = None) -> Plan:
    graders = graders_hash()
    stale, rotating = {}, []
    for fixture in fixtures:
        why = staleness(record.get(fixture.id), provenance(fixture, stacks[fixture.spec.stack], graders))
        if why:
            stale[fixture.id] = why
        elif everything or in_rotation(fixture.id, day):
            rotating.append(fixture.id)
    return Plan(stale, rotating)


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
