"""Summary tables from inspect logs: one row per sample, and headline metrics per run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from inspect_ai.log import EvalLog, list_eval_logs, read_eval_log
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .solvers import LIMIT_KEY

SCORER = "bdbench_scorer"
CRITERIA = ("resolved", "sec_pass", "success", "functional", "routing")
GRADED = ("secure", "coverage_ok", "latency_ok")  # per-task verdicts, shown where graded
HEADLINE = {"resolved": "pass@1", "sec_pass": "sec_pass@1", "success": "success@1",
            "routing": "routing acc", "functional": "tests passed"}
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
        if log.error:
            console.print(f"  [red]run error:[/red] {escape(log.error.message)}")
        console.print(f"  log: {log.location}\n")


def read_logs(paths: list[Path]) -> list[EvalLog]:
    """Logs from files or folders of logs."""
    logs = []
    for path in map(Path, paths):
        if path.is_dir():
            logs += [read_eval_log(info) for info in list_eval_logs(str(path))]
        else:
            logs.append(read_eval_log(str(path)))
    return logs

