"""Run evaluations: the agent over fixtures, fixture validation, and grading a workspace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspect_ai import eval as inspect_eval
from inspect_ai import eval_set, task_with
from inspect_ai.log import EvalLog
from inspect_ai.model import Model, get_model

from . import progress
from .agent import AgentFileError, load_agent
from .fixtures import SELF_ROUTE, Fixture, load_fixtures
from .leftovers import claim_sandboxes, remove_leftovers
from .preflight import check_docker
from .summary import SCORER
from .task import (DEFAULT_SANDBOXES, DEFAULT_TASKS, GRADE_TASK, backend_developer_task, grade_task, harness_suffix,
                   task_name)

SCRIPTED = "bdbench/"
ORACLE, NOP = "bdbench/oracle", "bdbench/nop"


@dataclass
class RunOptions:
    tasks_dir: Path = DEFAULT_TASKS
    sandboxes_dir: Path = DEFAULT_SANDBOXES
    select: list[str] | None = None
    sandbox_mode: str = "docker"
    epochs: int = 1
    max_samples: int | None = None
    log_dir: Path = Path("results/logs")
    display: str | None = None
    harness: str = "inspect"


def _display(options: RunOptions) -> str | None:
    """Ready a run and return inspect's display for it. Sandboxes left by killed bdbench
    processes are removed, and this process's are labelled as its own. Plain progress lines go
    into <log_dir>/progress.log, and onto stdout instead of the live display when stdout is not
    a terminal and no display was asked for."""
    if options.sandbox_mode == "docker":
        claim_sandboxes()
        for leftover in remove_leftovers():
            print(f"removed sandbox {leftover.project} left by the ended process {leftover.owner}", flush=True)
    plain = options.display is None and progress.plain_stdout()
    progress.configure(options.log_dir, to_stdout=plain)
    return "none" if plain else options.display


def resolve_models(names: list[str], tasks_dir: Path) -> list[str | Model]:
    """Scripted agents need the fixtures they play; real providers take the name as it is
    (they would reject a tasks_dir argument)."""
    return [get_model(name, tasks_dir=str(Path(tasks_dir).resolve())) if name.startswith(SCRIPTED) else name
            for name in names]


def agent_labels(agent_files: list[Path]) -> dict[Path, str]:
    """Each file's label: its stem, with as many parent folders as it takes to tell apart files
    that share a stem (base/backend-developer and candidate/backend-developer)."""
    labels = {}
    for path in agent_files:
        parts = Path(path).resolve().with_suffix("").parts
        clashes = [Path(o).resolve().with_suffix("").parts for o in agent_files
                   if Path(o).resolve() != Path(path).resolve() and Path(o).stem == Path(path).stem]
        depth = 1
        while depth < len(parts) and any(other[-depth:] == parts[-depth:] for other in clashes):
            depth += 1
        labels[Path(path)] = "/".join(parts[-depth:])
    return labels


def run_matrix(models: list[str], agent_files: list[Path], options: RunOptions,
               notify: Callable[[str], None] = print) -> tuple[bool, list[EvalLog]]:
    """Every (model, agent file) pair as its own labelled run. Runs go through inspect's eval
    set, so a rerun with the same log dir resumes: finished samples are kept, errors retried;
    the task name carries the file's content hash, so only a run of the same content resumes.
    A file that cannot be loaded is reported through notify (as are warnings), the others still run, and the
    result is then a failure."""
    agent_files = list(dict.fromkeys(Path(a) for a in agent_files))
    labels = agent_labels(agent_files)
    tasks, rejected = [], []
    for agent_file in agent_files:
        try:
            agent = load_agent(agent_file)
        except AgentFileError as err:
            rejected.append(str(err))
            notify(f"rejected: {err}")
            continue
        for warning in agent.warnings:
            notify(f"warning: {warning}")
        label = labels[agent_file]
        # Same stem in two folders: the label's folders go into the name so both can run.
        name = (task_name(agent, options.harness) if label == agent_file.stem else
                f"bdbench-{label.replace('/', '-')}-{agent.short_hash}{harness_suffix(options.harness)}")
        tasks.append(backend_developer_task(agent_file, options.tasks_dir, options.sandboxes_dir, options.select,
                                            options.sandbox_mode, name=name, label=label, harness=options.harness))
    if not tasks:
        raise AgentFileError(rejected[0] if len(rejected) == 1 else
                             f"none of the {len(rejected)} agent files loads: " + " | ".join(rejected))
    if options.sandbox_mode == "docker":
        check_docker()  # doctor's one-line verdict, rather than the raw engine error mid-run
    success, logs = eval_set(
        tasks, log_dir=str(options.log_dir), model=resolve_models(models, options.tasks_dir), epochs=options.epochs,
        max_samples=options.max_samples, display=_display(options), fail_on_error=False,
        retry_attempts=2, log_dir_allow_dirty=True,
    )
    return success and not rejected, logs


@dataclass
class Validation:
    """The oracle must score 1 on the fixture's measure and nop its expected value: 0, except on
    a routing case whose work stays, where keeping it (as nop does) is the right route."""

    task: str
    measure: str  # "resolved", or "routing" for a routing case (nothing else is graded)
    oracle: float | None
    nop: float | None
    nop_expected: float
    explanation: str

    @property
    def ok(self) -> bool:
        return self.oracle == 1.0 and self.nop == self.nop_expected


def validation_measure(fixture: Fixture) -> tuple[str, float]:
    """What validation reads from a fixture's score, and the value nop must get."""
    if fixture.routing_only:
        return "routing", 1.0 if SELF_ROUTE in fixture.spec.routes else 0.0
    return "resolved", 0.0


def validation_logs(fixtures: list[Fixture], graded: list[tuple[str, Path, str]], options: RunOptions,
                    agent_file: Path) -> tuple[dict[str, EvalLog], EvalLog | None]:
    """Oracle and nop as agents on the fixtures, and the graded workspaces, as three tasks of one
    eval that share the sandbox limit, so none waits for another's last sample. Returns the
    agent runs by model name, and the grading log (None when nothing is graded)."""
    ids = [f.id for f in fixtures]
    tasks = [task_with(backend_developer_task(agent_file, options.tasks_dir, options.sandboxes_dir, ids,
                                              options.sandbox_mode, harness=options.harness), model=model)
             for model in resolve_models([ORACLE, NOP], options.tasks_dir)]
    if graded:
        tasks.append(task_with(grade_task(graded, options.tasks_dir, options.sandboxes_dir, options.sandbox_mode),
                               model=resolve_models([NOP], options.tasks_dir)[0]))
    logs = inspect_eval(tasks, log_dir=str(options.log_dir), max_tasks=len(tasks), max_samples=options.max_samples,
                        display=_display(options), fail_on_error=False)
    runs = {log.eval.model: log for log in logs if log.eval.task != GRADE_TASK}
    grading = next((log for log in logs if log.eval.task == GRADE_TASK), None)
    return runs, grading


def _values_by_task(log: EvalLog) -> dict[str, tuple[dict | None, str]]:
    out = {}
    for sample in log.samples or []:
        score = (sample.scores or {}).get(SCORER)
        if score is None:
            message = sample.error.message.splitlines()[0] if sample.error else "not scored"
            out[str(sample.id)] = (None, message)
        else:
            out[str(sample.id)] = (score.value, score.explanation or "")
    return out


def _value(values: dict | None, measure: str) -> float | None:
    return None if values is None else values.get(measure)


def validate_fixtures(options: RunOptions, agent_file: Path) -> tuple[list[Validation], list[EvalLog]]:
    """Every fixture must be resolved by the oracle and not by the no-op agent, in the sandbox
    (routing cases: routed right by the oracle, and by nop only where the work stays)."""
    fixtures = load_fixtures(options.tasks_dir, options.select)
    runs, _ = validation_logs(fixtures, [], options, agent_file)
    return agent_validations(fixtures, runs), list(runs.values())


def agent_validations(fixtures: list[Fixture], runs: dict[str, EvalLog]) -> list[Validation]:
    by_model = {model: _values_by_task(log) for model, log in runs.items()}
    results = []
    for fixture in fixtures:
        measure, nop_expected = validation_measure(fixture)
        oracle, oracle_why = by_model.get(ORACLE, {}).get(fixture.id, (None, "not run"))
        nop, nop_why = by_model.get(NOP, {}).get(fixture.id, (None, "not run"))
        results.append(Validation(fixture.id, measure, _value(oracle, measure), _value(nop, measure),
                                  nop_expected, f"oracle: {oracle_why} | nop: {nop_why}"))
    return results


def grade_workspaces(workspaces: list[tuple[str, Path, str]], options: RunOptions) -> EvalLog:
    """Grade (task id, folder, label) workspaces in one run. No model is ever called and no
    agent container starts: each folder goes straight into its grader; nop only fills the slot."""
    for _, folder, _ in workspaces:
        if not Path(folder).is_dir():
            raise FileNotFoundError(f"{folder}: workspace folder not found")
    task = grade_task(workspaces, options.tasks_dir, options.sandboxes_dir, options.sandbox_mode)
    return inspect_eval(task, model=resolve_models([NOP], options.tasks_dir), log_dir=str(options.log_dir),
                        max_samples=options.max_samples, display=_display(options))[0]


def grade_workspace(task_id: str, workspace: Path, options: RunOptions) -> EvalLog:
    return grade_workspaces([(task_id, Path(workspace), "workspace")], options)
