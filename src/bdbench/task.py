"""Build the inspect Task: one sample per fixture, the agent's solver, and the graders."""

from __future__ import annotations

from pathlib import Path

from inspect_ai import Task
from inspect_ai.dataset import MemoryDataset, Sample

from .agent import AgentSpec, load_agent
from .fixtures import Fixture, FixtureError, load_fixtures
from .claude_code_harness import run_claude_code
from .images import Stack, harness_layer, stacks, with_layer
from .roster import Roster, load_roster
from .sandbox import AGENT, GRADER, sandbox_spec
from .scoring import GRADE_ONLY, bdbench_scorer
from .solvers import graded_as_found, load_workspace, run_agent, user_prompt

# Defaults for running from the repository root.
DEFAULT_AGENT = Path("agents/backend-developer.md")
DEFAULT_TASKS = Path("tasks")
DEFAULT_SANDBOXES = Path("sandboxes")
INSPECT_HARNESS, CLAUDE_CODE_HARNESS = "inspect", "claude-code"
HARNESSES = (INSPECT_HARNESS, CLAUDE_CODE_HARNESS)
GRADE_TASK = "bdbench-grade"
ROUTING_ONLY_LANGUAGE = "none (routing only)"


def fixture_sample(fixture: Fixture, stack: Stack, sandbox_mode: str, grade_only: bool = False,
                   harness: str = INSPECT_HARNESS) -> Sample:
    """One sample. An agent's run needs its own container, and a grader unless the fixture is
    a routing case; grading a finished folder needs the grader alone."""
    spec = fixture.spec
    if grade_only:
        services = (GRADER,)
    else:
        services = (AGENT,) if fixture.routing_only else (AGENT, GRADER)
    return Sample(
        id=spec.id,
        input=user_prompt(spec.instruction, harness),
        metadata={
            "task_id": spec.id,
            "title": spec.title,
            "category": spec.category,
            "scenario": spec.scenario,
            "stack": spec.stack,
            # A routing case runs nothing, so it counts under no language.
            "language": ROUTING_ONLY_LANGUAGE if fixture.routing_only else stack.language,
            "difficulty": spec.difficulty,
            "route": spec.route_label,
            "limits": spec.limits.model_dump(),
            # Loaded by the load_workspace solver as one archive (not one copy per file).
            "workspace_dir": str(fixture.workspace_dir.resolve()),
        },
        sandbox=sandbox_spec(sandbox_mode, stack, services),
    )


def _stack_for(fixture: Fixture, available: dict[str, Stack]) -> Stack:
    if fixture.spec.stack not in available:
        raise FixtureError(
            f"{fixture.root / 'task.yaml'}: field 'stack': no sandbox '{fixture.spec.stack}' "
            f"(have: {', '.join(available) or 'none'})"
        )
    return available[fixture.spec.stack]


def _dataset(fixtures: list[Fixture], available: dict[str, Stack], sandbox_mode: str,
             harness: str = INSPECT_HARNESS) -> MemoryDataset:
    samples = [fixture_sample(f, _stack_for(f, available), sandbox_mode, harness=harness) for f in fixtures]
    return MemoryDataset(samples, name="bdbench")


def _scorer(fixtures: list[Fixture], available: dict[str, Stack], routing: bool = True,
            roster: Roster | None = None):
    profiles = {name: stack.config.get("grading", {}) for name, stack in available.items()}
    return bdbench_scorer({f.id: f for f in fixtures}, profiles, routing=routing, roster=roster)


def task_name(agent: AgentSpec, harness: str = INSPECT_HARNESS) -> str:
    """The run's identity: the file's stem for people, its content hash so that an edited file
    never resumes (or is reported as) a run of other content, and the harness unless the default."""
    return f"bdbench-{agent.path.stem}-{agent.short_hash}" + harness_suffix(harness)


def harness_suffix(harness: str) -> str:
    return "" if harness == INSPECT_HARNESS else f"-{harness}"


def harness_label(label: str, harness: str) -> str:
    """The agent's label in reports, with the harness unless the default."""
    return label if harness == INSPECT_HARNESS else f"{label} ({harness})"


def backend_developer_task(
    agent_file: Path = DEFAULT_AGENT,
    tasks_dir: Path = DEFAULT_TASKS,
    sandboxes_dir: Path = DEFAULT_SANDBOXES,
    select: list[str] | None = None,
    sandbox_mode: str = "docker",
    name: str | None = None,
    label: str | None = None,
    harness: str = INSPECT_HARNESS,
) -> Task:
    """`label`: the agent's name in reports (default: the file's stem). `harness`: inspect's
    own loop with bdbench's tools, or the real Claude Code binary (claude_code_harness.py) in
    the stack image's claude-code variant."""
    if harness not in HARNESSES:
        raise ValueError(f"unknown harness '{harness}': use {' or '.join(HARNESSES)}")
    agent = load_agent(Path(agent_file))
    roster = load_roster()
    fixtures = load_fixtures(Path(tasks_dir), select)
    available = stacks(Path(sandboxes_dir))
    if harness == CLAUDE_CODE_HARNESS:
        layer = harness_layer(Path(sandboxes_dir), CLAUDE_CODE_HARNESS)
        available = {name: with_layer(stack, layer) for name, stack in available.items()}
        run = run_claude_code(agent, roster)
    else:
        run = run_agent(agent, roster)
    return Task(
        dataset=_dataset(fixtures, available, sandbox_mode, harness),
        solver=[load_workspace(), run],
        scorer=_scorer(fixtures, available, roster=roster),
        name=name or task_name(agent, harness),
        metadata={"agent_file": Path(agent_file).as_posix(),
                  "agent_label": harness_label(label or agent.path.stem, harness), "harness": harness,
                  **agent.metadata(), "agent_specialists": list(roster.specialists),
                  "roster": roster.as_metadata()},
    )


def grade_task(workspaces: list[tuple[str, Path, str]], tasks_dir: Path = DEFAULT_TASKS,
               sandboxes_dir: Path = DEFAULT_SANDBOXES, sandbox_mode: str = "docker") -> Task:
    """Grade existing workspaces, given as (task id, folder, label), with the same graders, one
    sample each. Routing needs an agent, so it is off."""
    fixtures = {f.id: f for f in load_fixtures(Path(tasks_dir), sorted({t for t, _, _ in workspaces}))}
    available = stacks(Path(sandboxes_dir))
    samples = []
    for task_id, folder, label in workspaces:
        sample = fixture_sample(fixtures[task_id], _stack_for(fixtures[task_id], available), sandbox_mode,
                                grade_only=True)
        sample.id = f"{task_id}@{label}"
        sample.metadata |= {"workspace_dir": str(Path(folder).resolve()), "label": label, GRADE_ONLY: True}
        samples.append(sample)
    return Task(
        dataset=MemoryDataset(samples, name=GRADE_TASK),
        solver=graded_as_found(),
        scorer=_scorer(list(fixtures.values()), available, routing=False),
        name=GRADE_TASK,
    )
