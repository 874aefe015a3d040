"""Paired comparison of two runs over the same tasks.

Both runs attempted the same tasks, so the per-task difference removes task difficulty from
the noise (a paired test). Each task's metrics are first averaged over its epochs; the mean
difference gets a cluster-bootstrap interval (clusters = scenario), and `resolved` also gets
McNemar's exact test on the individual attempts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from .runs import METRIC_NAMES, METRICS, Run
from .stats import (DEFAULT_LEVEL, DEFAULT_RESAMPLES, DEFAULT_SEED, Estimate, Routed, balanced_accuracy,
                    balanced_estimate, estimate, mcnemar_exact)

FEW_CLUSTERS = 5  # below this a cluster bootstrap is known to give too narrow intervals


@dataclass(frozen=True)
class McNemar:
    """Attempts paired by (task, epoch): who resolved what."""

    base_only: int
    candidate_only: int
    both: int
    neither: int

    @property
    def p_value(self) -> float:
        return mcnemar_exact(self.base_only, self.candidate_only)

    def as_dict(self) -> dict:
        return {"base_only": self.base_only, "candidate_only": self.candidate_only, "both": self.both,
                "neither": self.neither, "p_value": self.p_value}


@dataclass
class Comparison:
    base: str
    candidate: str
    headline: str
    level: float
    base_means: dict[str, float]
    candidate_means: dict[str, float]
    differences: dict[str, Estimate]  # candidate - base, per metric
    per_task: pd.DataFrame
    mcnemar: McNemar
    warnings: list[str] = field(default_factory=list)
    routing: dict[str, dict] = field(default_factory=dict)  # role -> routing_summary()

    def is_regression(self, metric: str | None = None) -> bool:
        """Worse beyond the interval: even its upper bound is below zero."""
        return self.differences[metric or self.headline].hi < 0

    def is_improvement(self, metric: str | None = None) -> bool:
        return self.differences[metric or self.headline].lo > 0

    def verdict(self) -> str:
        """One plain sentence on the headline metric, then the exact test as a second opinion."""
        metric = self.headline
        diff = self.differences[metric]
        name = f"{metric} ({METRIC_NAMES[metric]})"
        pct = f"{self.level:.0%}"
        test = self.mcnemar
        if diff.n == 0:
            return f"No task has a {metric} score in both runs, so there is nothing to compare."
        if math.isnan(diff.hi):
            sentence = (f"Cannot tell: the tasks fall in {diff.clusters} scenario, and an interval "
                        f"needs at least two; the candidate's {name} differs by {diff.mean:+.3f}.")
        elif self.is_regression():
            sentence = (f"The candidate is WORSE than the base on {name}: {diff.mean:+.3f}, "
                        f"{pct} CI [{diff.lo:+.3f}, {diff.hi:+.3f}] excludes zero, so the drop is "
                        f"distinguishable from noise.")
        elif self.is_improvement():
            sentence = (f"The candidate is BETTER than the base on {name}: {diff.mean:+.3f}, "
                        f"{pct} CI [{diff.lo:+.3f}, {diff.hi:+.3f}] excludes zero, so the gain is "
                        f"distinguishable from noise.")
        else:
            sentence = (f"No distinguishable difference on {name}: {diff.mean:+.3f}, {pct} CI "
                        f"[{diff.lo:+.3f}, {diff.hi:+.3f}] includes zero, so it could be noise.")
        sentence += (f" McNemar's exact test on resolved: p = {test.p_value:.4g} "
                     f"({test.base_only} attempts only the base resolved, "
                     f"{test.candidate_only} only the candidate).")
        decided = self.is_regression() or self.is_improvement()
        if metric == "resolved" and decided and test.p_value >= 1 - self.level:
            sentence += (" The exact test does not confirm it at this level, so treat the difference "
                         "as tentative until more tasks or epochs back it.")
        if not math.isnan(diff.hi) and 0 < diff.clusters < FEW_CLUSTERS:
            sentence += (f" Only {diff.clusters} scenarios: with so few clusters the interval is "
                         f"likely too narrow; add tasks in more scenarios before trusting a close call.")
        return sentence

    def as_dict(self) -> dict:
        return {
            "base": self.base, "candidate": self.candidate, "headline": self.headline,
            "level": self.level,
            "metrics": {m: {"base": _clean(self.base_means[m]), "candidate": _clean(self.candidate_means[m]),
                            "difference": self.differences[m].as_dict()} for m in self.differences},
            "mcnemar": self.mcnemar.as_dict(),
            "routing": self.routing,
            "regression": self.is_regression(),
            "verdict": self.verdict(),
            "warnings": self.warnings,
            "tasks": self.per_task.astype(object).where(self.per_task.notna(), None).to_dict("records"),
        }


def _clean(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def coverage_warnings(base: Run, candidate: Run) -> list[str]:
    warnings = []
    base_tasks, cand_tasks = set(base.samples["task"]), set(candidate.samples["task"])
    if base_tasks - cand_tasks:
        warnings.append(f"{len(base_tasks - cand_tasks)} task(s) only in the base run, left out: "
                        + ", ".join(sorted(base_tasks - cand_tasks)))
    if cand_tasks - base_tasks:
        warnings.append(f"{len(cand_tasks - base_tasks)} task(s) only in the candidate run, left out: "
                        + ", ".join(sorted(cand_tasks - base_tasks)))
    if base.epochs != candidate.epochs:
        warnings.append(f"epochs differ: base has {_epochs(base)}, candidate has {_epochs(candidate)} "
                        "per task; per-task means still pair, but their noise differs")
    for role, run in (("base", base), ("candidate", candidate)):
        errors = run.errors
        if errors:
            warnings.append(f"{role}: {errors} sample(s) have no score (errors), left out of the means")
    return warnings


def _epochs(run: Run) -> str:
    return "/".join(str(e) for e in sorted(run.epochs)) or "none"


def _paired_attempts(base: Run, candidate: Run) -> McNemar:
    # Attempts are independent, so under "no difference" pairing attempt i of one run with
    # attempt i of the other keeps each discordant pair a fair coin; epochs pair up by number.
    columns = ["task", "epoch", "resolved"]
    pairs = base.samples[columns].merge(candidate.samples[columns], on=["task", "epoch"],
                                        suffixes=("_base", "_cand")).dropna()
    b, c = pairs["resolved_base"] >= 0.5, pairs["resolved_cand"] >= 0.5
    return McNemar(int((b & ~c).sum()), int((~b & c).sum()), int((b & c).sum()), int((~b & ~c).sum()))


def compare_runs(base: Run, candidate: Run, headline: str = "resolved", level: float = DEFAULT_LEVEL,
                 resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> Comparison:
    if headline not in METRICS:
        raise ValueError(f"unknown metric {headline!r}; have: {', '.join(METRICS)}")
    warnings = coverage_warnings(base, candidate)
    base_tasks, cand_tasks = base.tasks(), candidate.tasks()
    paired = base_tasks[["task", "scenario", *METRICS, "route_label"]].merge(
        cand_tasks[["task", *METRICS, "route_label"]], on="task", suffixes=("_base", "_cand"))
    per_task = paired[["task", "scenario"]].copy()
    differences, base_means, cand_means = {}, {}, {}
    for metric in METRICS:
        per_task[f"{metric}_base"] = paired[f"{metric}_base"]
        per_task[f"{metric}_cand"] = paired[f"{metric}_cand"]
        per_task[f"{metric}_diff"] = paired[f"{metric}_cand"] - paired[f"{metric}_base"]
        both = per_task[f"{metric}_diff"].notna()
        base_means[metric] = float(paired.loc[both, f"{metric}_base"].mean()) if both.any() else math.nan
        cand_means[metric] = float(paired.loc[both, f"{metric}_cand"].mean()) if both.any() else math.nan
        differences[metric] = estimate(per_task[f"{metric}_diff"].tolist(), per_task["scenario"].tolist(),
                                       level, resamples, seed)
    routed = paired[paired["routing_base"].notna() & paired["routing_cand"].notna()]
    base_ba, cand_ba = (Routed(routed[f"routing_{r}"].tolist(), routed[f"route_label_{r}"].tolist(), sign)
                        for r, sign in (("base", -1.0), ("cand", 1.0)))
    # Routing is balanced accuracy: the per-task column stays right/wrong, the summary is not its mean.
    differences["routing"] = balanced_estimate([cand_ba, base_ba], routed["scenario"].tolist(), level, resamples, seed)
    base_means["routing"], cand_means["routing"] = balanced_accuracy(base_ba), balanced_accuracy(cand_ba)
    return Comparison(base.label, candidate.label, headline, level, base_means, cand_means, differences,
                      per_task, _paired_attempts(base, candidate), warnings,
                      {"base": routing_summary(base), "candidate": routing_summary(candidate)})


def routing_summary(run: Run) -> dict:
    """A run's routing metrics over all its routed samples, and its handoff rate."""
    return run.routing_metrics().as_dict() | {"handoff_rate": run.handoff_rate}


def _fmt(value: float, signed: bool = False) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def _print_routing(comparison: Comparison, console) -> None:
    from rich.table import Table

    if not any(r.get("decisions") for r in comparison.routing.values()):
        return
    table = Table(title="routing (all routed samples)", title_justify="left")
    for column in ("run", "balanced accuracy", "chance", "over-delegation", "under-delegation",
                   "handoff rate", "per specialist (precision / recall)"):
        table.add_column(column, justify="left" if column.startswith(("run", "per")) else "right")
    for role, label in (("base", comparison.base), ("candidate", comparison.candidate)):
        r = comparison.routing[role]
        specialists = ", ".join(f"{name}: {_fmt(_nan(r['precision'][name]))} / {_fmt(r['recall'][name])}"
                                for name in r["precision"])
        table.add_row(f"{role}: {label}", _fmt(r["balanced_accuracy"]), _fmt(r["chance"]),
                      _fmt(_nan(r["over_delegation"])), _fmt(_nan(r["under_delegation"])),
                      _fmt(_nan(r["handoff_rate"])), specialists)
    console.print(table)


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def print_comparison(comparison: Comparison, console) -> None:
    """The summary per metric, the per-task differences, warnings and the verdict."""
    from rich.table import Table

    pct = f"{comparison.level:.0%}"
    summary = Table(title=f"base: {comparison.base}\ncandidate: {comparison.candidate}", title_justify="left")
    for column in ("metric", "base", "candidate", "difference", f"{pct} CI (cluster bootstrap)",
                   "tasks", "scenarios", "verdict"):
        summary.add_column(column, justify="left" if column in ("metric", "verdict") else "right")
    for metric, diff in comparison.differences.items():
        if diff.n == 0:
            verdict = "not scored"
        elif math.isnan(diff.hi):
            verdict = "cannot tell"
        elif comparison.is_regression(metric):
            verdict = "[red]worse[/red]"
        elif comparison.is_improvement(metric):
            verdict = "[green]better[/green]"
        else:
            verdict = "no distinguishable difference"
        name = f"{metric} ({METRIC_NAMES[metric]})" + (" *" if metric == comparison.headline else "")
        summary.add_row(name, _fmt(comparison.base_means[metric]), _fmt(comparison.candidate_means[metric]),
                        _fmt(diff.mean, True), f"[{_fmt(diff.lo, True)}, {_fmt(diff.hi, True)}]",
                        str(diff.n), str(diff.clusters), verdict)
    console.print(summary)
    console.print("  * headline metric (for --fail-on-regression)\n")

    tasks = Table(title="per task: candidate - base (each task averaged over its epochs)", title_justify="left")
    tasks.add_column("task")
    tasks.add_column("scenario")
    tasks.add_column("resolved base -> cand", justify="right")
    for metric in METRICS:
        tasks.add_column(f"Δ {metric}", justify="right")
    for row in comparison.per_task.to_dict("records"):
        tasks.add_row(row["task"], row["scenario"],
                      f"{_fmt(row['resolved_base'])} -> {_fmt(row['resolved_cand'])}",
                      *(_fmt(row[f"{m}_diff"], True) for m in METRICS))
    console.print(tasks)
    _print_routing(comparison, console)
    for warning in comparison.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    console.print(comparison.verdict(), highlight=False)
