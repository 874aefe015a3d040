"""Small inspect logs with known answers, written the way bdbench's scorer writes them.

Three scripted behaviours over eight tasks in five scenarios: `oracle` solves everything,
`nop` nothing (it keeps every task, so routing is right only where the route is `self`), and
`half` is the oracle on the tasks marked `half` and nop elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from inspect_ai.log import EvalConfig, EvalDataset, EvalLog, EvalSample, EvalSpec, EvalStats, write_eval_log
from inspect_ai.model import ModelUsage
from inspect_ai.scorer import Score

from bdbench.summary import SCORER

# id, scenario, category, stack, route, in the fixed half
TASKS = [
    ("crud-a", "notes-crud", "crud", "python", "self", True),
    ("crud-b", "notes-crud", "crud", "python", "self", False),
    ("sec-a", "search", "security", "python", "self", True),
    ("mig-a", "schema", "migration", "python", "self", False),
    ("route-rails", "routing", "routing", "ruby", "rails-backend-expert", True),
    ("route-nest", "routing", "routing", "node", "nestjs-backend-expert", False),
    ("route-py", "routing", "routing", "python", "self", True),
    ("perf-a", "perf", "performance", "python", "self", False),
]
TASK_IDS = [t[0] for t in TASKS]
SCENARIOS = {t[1] for t in TASKS}
HALF = [t[0] for t in TASKS if t[5]]


def solves(behaviour: str, task_id: str, epoch: int = 1) -> bool:
    if behaviour == "oracle":
        return True
    if behaviour == "half":
        return task_id in HALF
    if behaviour == "flaky":  # solves every task on odd epochs only
        return epoch % 2 == 1
    return False


def _sample(behaviour: str, task: tuple, epoch: int, error: bool = False) -> EvalSample:
    task_id, scenario, category, stack, route, _ = task
    ok = solves(behaviour, task_id, epoch)
    predicted = route if ok else "self"
    values = {"functional": 1.0 if ok else 0.25, "resolved": float(ok), "sec_pass": float(ok),
              "success": float(ok), "routing": float(predicted == route)}
    score = Score(value=values, explanation="synthetic",
                  metadata={"route_expected": route, "route_predicted": predicted, "delegations": [],
                            "criteria": {"secure": ok, "coverage": None, "latency": None}})
    sample = EvalSample(
        id=task_id, epoch=epoch, input=f"do {task_id}", target="",
        metadata={"title": task_id, "category": category, "scenario": scenario, "stack": stack,
                  "difficulty": "easy", "route": route, **({"language": "Ruby"} if stack == "ruby" else {})},
        scores=None if error else {SCORER: score}, working_time=12.5, total_time=15.0,
    )
    if error:
        from inspect_ai.log import EvalError
        sample.error = EvalError(message="RuntimeError: sandbox died", traceback="", traceback_ansi="")
    return sample


def make_log(model: str, behaviour: str, agent_file: str = "agents/backend-developer.md", epochs: int = 1,
             tasks: list[tuple] | None = None, errors: set[str] = frozenset(),
             created: str = "2026-01-01T10:00:00+00:00", tokens: int = 1000, cost: float | None = None) -> EvalLog:
    tasks = TASKS if tasks is None else tasks
    samples = [_sample(behaviour, task, epoch, error=task[0] in errors)
               for task in tasks for epoch in range(1, epochs + 1)]
    stem = Path(agent_file).stem
    spec = EvalSpec(created=created, task=f"bdbench-{stem}", dataset=EvalDataset(name="bdbench", samples=len(tasks)),
                    model=model, config=EvalConfig(epochs=epochs),
                    metadata={"agent": stem, "agent_file": agent_file})
    stats = EvalStats(started_at="2026-01-01T10:00:00+00:00", completed_at="2026-01-01T10:02:05+00:00",
                      model_usage={model: ModelUsage(input_tokens=tokens // 2, output_tokens=tokens - tokens // 2,
                                                     total_tokens=tokens, total_cost=cost)})
    return EvalLog(eval=spec, samples=samples, stats=stats, status="success")


def write_log(log: EvalLog, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.eval"
    write_eval_log(log, str(path))
    return path


def write_matrix(folder: Path, epochs: int = 1) -> dict[str, Path]:
    """oracle, half and nop x two agent files, as the matrix demo runs them."""
    paths = {}
    for behaviour in ("oracle", "half", "nop"):
        for agent in ("agents/backend-developer.md", "agents/backend-developer-no-delegation.md"):
            key = f"{behaviour}:{Path(agent).stem}"
            paths[key] = write_log(make_log(f"bdbench/{behaviour}", behaviour, agent, epochs=epochs), folder,
                                   f"2026-01-01T10-00-00_{behaviour}_{Path(agent).stem}")
    return paths
