"""Plain progress lines: one per finished sample with its scores, into a plain log file in the
run's log folder and, when stdout is not a terminal (a CI log, a file), onto stdout too, where
inspect's live display would print nothing readable."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from inspect_ai.hooks import Hooks, SampleEnd, TaskStart, hooks

from .summary import SCORER

_state: dict = {"log": None, "stdout": False, "models": {}, "done": 0}
HEADLINE = ("resolved", "secure", "success")


def configure(log_dir: Path | None, to_stdout: bool) -> None:
    """Where lines go for the runs that follow; None and False switch the lines off."""
    _state.update(log=Path(log_dir) / "progress.log" if log_dir else None, stdout=to_stdout, done=0)
    if _state["log"]:
        _state["log"].parent.mkdir(parents=True, exist_ok=True)


def plain_stdout() -> bool:
    return not sys.stdout.isatty()


def _emit(line: str) -> None:
    line = f"{time.strftime('%H:%M:%S')} {line}"
    if _state["stdout"]:
        print(line, flush=True)
    if _state["log"]:
        with _state["log"].open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def sample_line(model: str, sample) -> str:
    task = (sample.metadata or {}).get("task_id", sample.id)
    label = (sample.metadata or {}).get("label")
    score = (sample.scores or {}).get(SCORER)
    if sample.error:
        outcome = f"ERROR {str(sample.error.message)[:200]}"
    elif score is None or not isinstance(score.value, dict):
        outcome = "not scored"
    else:
        outcome = " ".join(f"{key}={score.value[key]:g}" for key in HEADLINE if key in score.value)
    seconds = f" ({sample.total_time:.0f} s)" if sample.total_time else ""
    name = f"{task} [{label}]" if label else task
    return f"done {name} model={model} epoch={sample.epoch}: {outcome}{seconds}"


@hooks(name="bdbench_progress", description="plain progress lines for bdbench runs")
class PlainProgress(Hooks):
    def enabled(self) -> bool:
        return bool(_state["stdout"] or _state["log"])

    async def on_task_start(self, data: TaskStart) -> None:
        _state["models"][data.eval_id] = data.spec.model
        _emit(f"start {data.spec.task} model={data.spec.model}: {data.spec.dataset.samples or '?'} samples")

    async def on_sample_end(self, data: SampleEnd) -> None:
        _state["done"] += 1
        _emit(f"[{_state['done']}] " + sample_line(_state["models"].get(data.eval_id, "?"), data.sample))
