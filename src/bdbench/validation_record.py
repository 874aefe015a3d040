"""The committed validation record: what each task's verdicts were established with.

tasks/validation-record.json keeps, per task, the checks and their verdicts and the hashes of
what they were established with: the task's content, the stack image tag (itself a content
hash), the stack's grading profile (stack.yaml and its rule files) and bdbench's grading code.
A record whose hashes differ from today's files is stale. CI validates the stale tasks plus a
rotating share of the rest, so a suite of hundreds of tasks is re-proven in parts on every run
and in full every few runs, while `bdbench tasks validate` proves all of it on one machine in
one command.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from .fixtures import Fixture, files_under
from .images import Stack
from .validation import TaskValidation

RECORD_NAME = "validation-record.json"
PACKAGE = Path(__file__).parent
RULES = PACKAGE / "graders" / "rules"
# Presentation only: a change here cannot change a verdict, so it leaves records fresh.
PRESENTATION = {"cli.py", "cli_report.py", "summary.py", "progress.py", "doctor.py", "report",
                "routing_metrics.py", "validation_record.py", "__pycache__"}
# CI re-validates a task that has not changed at least once every this many days.
ROTATION_DAYS = 3


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
    origins: dict[str, Provenance]  # task -> what a validation now is established with

    @property
    def tasks(self) -> list[str]:
        return sorted({*self.stale, *self.rotating})


def plan(fixtures: list[Fixture], stacks: dict[str, Stack], record: dict[str, dict], everything: bool = False,
         day: date | None = None) -> Plan:
    graders = graders_hash()
    stale, rotating, origins = {}, [], {}
    for fixture in fixtures:
        origins[fixture.id] = provenance(fixture, stacks[fixture.spec.stack], graders)
        why = staleness(record.get(fixture.id), origins[fixture.id])
        if why:
            stale[fixture.id] = why
        elif everything or in_rotation(fixture.id, day):
            rotating.append(fixture.id)
    return Plan(stale, rotating, origins)
