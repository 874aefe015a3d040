"""The leaderboard's numbers: ranked runs with clustered intervals, pass@k from epochs,
breakdowns by language, scenario, category and stack, and the routing confusion matrix.

Every run is scored per task (epochs averaged), so a task counts once however often it ran.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from .runs import HEADLINE, METRICS, Run
from .stats import (DEFAULT_LEVEL, DEFAULT_RESAMPLES, DEFAULT_SEED, Estimate, Routed, balanced_estimate,
                    estimate, pass_at_k)

RANK_ORDER = HEADLINE  # ties on pass@1 are broken by the stricter criteria, then routing


@dataclass
class Row:
    rank: int
    run: Run
    slug: str
    metrics: dict[str, Estimate]
    pass_at: dict[int, Estimate] = field(default_factory=dict)  # k -> pass@k, when epochs > 1

    @property
    def tasks(self) -> int:
        return int(self.run.samples["task"].nunique())

    @property
    def samples(self) -> int:
        return len(self.run.samples)

    @property
    def errors(self) -> int:
        return self.run.errors

    @property
    def epochs(self) -> str:
        return "/".join(str(e) for e in sorted(self.run.epochs)) or "0"

    @property
    def mean_sample_seconds(self) -> float | None:
        times = self.run.samples["working_time"].dropna()
        return float(times.mean()) if len(times) else None


def slugify(label: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "run"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def pass_at_k_estimates(run: Run, level: float, resamples: int, seed: int) -> dict[int, Estimate]:
    """pass@k for k = 1 .. the fewest attempts any task had; only meaningful with epochs > 1."""
    tasks = run.tasks()
    tasks = tasks[tasks["attempts"] > 0]
    if tasks.empty or tasks["attempts"].max() < 2:
        return {}
    out = {}
    for k in range(1, int(tasks["attempts"].min()) + 1):
        values = [pass_at_k(int(n), int(c), k) for n, c in zip(tasks["attempts"], tasks["passes"])]
        out[k] = estimate(values, tasks["scenario"].tolist(), level, resamples, seed)
    return out


def _rank_key(row_metrics: dict[str, Estimate], label: str):
    score = [row_metrics[m].mean for m in RANK_ORDER]
    return tuple(-v if not math.isnan(v) else math.inf for v in score) + (label,)


def routing_estimate(tasks: pd.DataFrame, level: float, resamples: int, seed: int) -> Estimate:
    """Balanced routing accuracy over the run's routed tasks, with its clustered interval."""
    routed = tasks[tasks["routing"].notna()]
    return balanced_estimate([Routed(routed["routing"].tolist(), routed["route_label"].tolist())],
                             routed["scenario"].tolist(), level, resamples, seed)


def leaderboard_rows(runs: list[Run], level: float = DEFAULT_LEVEL, resamples: int = DEFAULT_RESAMPLES,
                     seed: int = DEFAULT_SEED) -> list[Row]:
    scored = []
    for run in runs:
        tasks = run.tasks()
        metrics = {m: estimate(tasks[m].tolist(), tasks["scenario"].tolist(), level, resamples, seed)
                   for m in METRICS}
        metrics["routing"] = routing_estimate(tasks, level, resamples, seed)
        scored.append((run, metrics))
    scored.sort(key=lambda item: _rank_key(item[1], item[0].label))
    taken: set[str] = set()
    return [Row(rank, run, slugify(run.label, taken), metrics, pass_at_k_estimates(run, level, resamples, seed))
            for rank, (run, metrics) in enumerate(scored, start=1)]


# The dimensions the leaderboard breaks every metric down by.
BREAKDOWNS = ("language", "scenario", "category", "stack")


def breakdown(rows: list[Row], dimension: str) -> pd.DataFrame:
    """Per run and per value of `dimension` (one of BREAKDOWNS): task count and metric means."""
    frames = []
    for row in rows:
        tasks = row.run.tasks()
        if tasks.empty:
            continue
        tasks[dimension] = tasks[dimension].fillna("(unknown)")
        grouped = tasks.groupby(dimension)
        frame = grouped[list(METRICS)].mean()
        frame.insert(0, "tasks", grouped["task"].count())
        frame = frame.reset_index().rename(columns={dimension: "group"})
        frame.insert(0, "run", row.run.label)
        frame.insert(1, "dimension", dimension)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


@dataclass
class Confusion:
    """Sample counts: expected route (rows) x the route the agent took (columns)."""

    routes: list[str]
    counts: dict[tuple[str, str], int]

    def cell(self, expected: str, predicted: str) -> int:
        return self.counts.get((expected, predicted), 0)

    @property
    def correct(self) -> int:
        return sum(self.cell(r, r) for r in self.routes)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def routing_confusion(run: Run) -> Confusion:
    """Each decision under the class it counts in (see routing_metrics.Decision.label)."""
    metrics = run.routing_metrics()
    # "self" first, then specialists alphabetically: the same layout for every run.
    routes = sorted({r for pair in metrics.confusion for r in pair}, key=lambda r: (r != "self", r))
    return Confusion(routes, metrics.confusion)
