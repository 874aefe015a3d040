"""Summary tables from inspect logs: one row per sample, and headline metrics per run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from inspect_ai.log import EvalLog, list_eval_logs, read_eval_log
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .routing_metrics import Decision, handoff_rate, routing_metrics
from .solvers import LIMIT_KEY

SCORER = "bdbench_scorer"
CRITERIA = ("resolved", "sec_pass", "success", "functional", "routing")
GRADED = ("secure", "coverage_ok", "latency_ok")  # per-task verdicts, shown where graded
HEADLINE = {"resolved": "pass@1", "sec_pass": "sec_pass@1", "success": "success@1",
            "routing": "routing right (plain)", "functional": "tests passed"}
COLUMNS = ("task", "epoch", "category", *CRITERIA, *GRADED, "route", "chose", "note")


def _run_label(log: EvalLog) -> str:
    metadata = log.eval.metadata or {}
    agent = metadata.get("agent_label") or (Path(metadata["agent_file"]).stem if metadata.get("agent_file") else None)
    return f"{log.eval.model} · {agent or log.eval.task}"


def sample_rows(log: EvalLog) -> pd.DataFrame:
    rows = []
    for sample in log.samples or []:
        score = (sample.scores or {}).get(SCORER)
        values = score.value if score and isinstance(score.value, dict) else {}
        meta = score.metadata or {} if score else {}
        rows.append({
            "run": _run_label(log),
            "task": sample.id,
            "epoch": sample.epoch,
            "category": sample.metadata.get("category"),
            "scenario": sample.metadata.get("scenario"),
            "language": sample.metadata.get("language") or sample.metadata.get("stack"),
            **{key: values.get(key) for key in CRITERIA},
            **{key: (meta.get("criteria") or {}).get(key) for key in GRADED},
            "route": meta.get("route_expected"),
            "chose": meta.get("route_predicted"),
            "note": sample.error.message.splitlines()[0] if sample.error else sample.store.get(LIMIT_KEY, ""),
        })
    return pd.DataFrame(rows)


def headline(log: EvalLog) -> dict[str, tuple[float, float]]:
    """criterion -> (mean, clustered stderr), as inspect computed them for the run."""
    out: dict[str, tuple[float, float]] = {}
    for score in (log.results.scores if log.results else []):
        metrics = score.metrics
        if "mean" in metrics:
            out[score.name] = (metrics["mean"].value, metrics["stderr"].value if "stderr" in metrics else float("nan"))
    return out


def _fmt(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def print_summary(logs: list[EvalLog], console: Console | None = None) -> None:
    console = console or Console()
    for log in logs:
        if not log.samples and log.location:
            log = read_eval_log(log.location)  # eval sets hand back headers only
        frame = sample_rows(log)
        table = Table(title=f"{_run_label(log)}  ({log.status})", title_justify="left")
        for column in COLUMNS:
            # Task ids stay whole so they can be searched for in a log.
            table.add_column(column, no_wrap=column == "task", overflow="fold")
        for row in frame.to_dict("records"):
            table.add_row(*(escape(_fmt(row.get(c))) for c in COLUMNS))
        console.print(table)
        metrics = headline(log)
        if metrics:
            console.print("  " + "   ".join(
                f"{HEADLINE.get(name, name)} {mean:.3f} ± {err:.3f}"
                for name, (mean, err) in sorted(metrics.items(), key=lambda item: list(HEADLINE).index(item[0])
                                                if item[0] in HEADLINE else 99)
            ) + "   (mean ± stderr clustered by scenario)")
        for dimension in ("language", "scenario"):
            line = breakdown_line(frame, dimension)
            if line:
                console.print("  " + escape(line))
        routing = routing_line(log)
        if routing:
            console.print("  " + escape(routing))
        if log.error:
            console.print(f"  [red]run error:[/red] {escape(log.error.message)}")
        console.print(f"  log: {log.location}\n")


def breakdown_line(frame: pd.DataFrame, dimension: str) -> str | None:
    """pass@1 per language or scenario, over the samples that ran (routing cases have none)."""
    if frame.empty or dimension not in frame:
        return None
    graded = frame[pd.to_numeric(frame["resolved"], errors="coerce").notna()]
    if graded.empty:
        return None
    groups = graded.groupby(graded[dimension].fillna("-"))["resolved"]
    parts = [f"{name} {mean:.2f} (n={count})" for name, mean, count in
             zip(groups.mean().index, groups.mean(), groups.count())]
    return f"pass@1 by {dimension}: " + " · ".join(parts)


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def routing_line(log: EvalLog) -> str | None:
    """The routing metrics that doing nothing or always delegating cannot game, in one line."""
    decisions, handoffs = [], []
    for sample in log.samples or []:
        score = (sample.scores or {}).get(SCORER)
        if score is None or not isinstance(score.value, dict) or "routing" not in score.value:
            continue
        meta = score.metadata or {}
        accepted = meta.get("route_accepted") or [meta.get("route_expected") or sample.metadata.get("route")]
        decisions.append(Decision(tuple(accepted), meta.get("route_predicted")))
        handoffs.append(len(meta.get("handoffs") or []))
    if not decisions:
        return None
    m = routing_metrics(decisions)
    specialists = "; ".join(f"{name} P {_rate(m.precision[name])} R {_rate(m.recall[name])}" for name in m.specialists)
    return (f"routing: balanced accuracy {m.balanced_accuracy:.3f} over {len(m.classes)} classes "
            f"(chance {m.chance:.3f})   over-delegation {_rate(m.over_delegation)}   "
            f"under-delegation {_rate(m.under_delegation)}   handoff rate {_rate(handoff_rate(handoffs))}"
            + (f"\n  per specialist: {specialists}" if specialists else ""))


def read_logs(paths: list[Path]) -> list[EvalLog]:
    """Logs from files or folders of logs."""
    logs = []
    for path in map(Path, paths):
        if path.is_dir():
            logs += [read_eval_log(info) for info in list_eval_logs(str(path))]
        else:
            logs.append(read_eval_log(str(path)))
    return logs

