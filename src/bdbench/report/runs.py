"""Runs read from inspect logs: one (model, agent file) run per log, its samples as a table.

Only agent runs count: a log without an agent file in its metadata (e.g. `bdbench grade`) has
nothing to rank or compare, so it is left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from fnmatch import fnmatchcase
from pathlib import Path
from urllib.parse import unquote, urlparse

import pandas as pd
from inspect_ai.log import EvalLog, list_eval_logs, read_eval_log

from ..fixtures import ROUTE_SEPARATOR
from ..routing_metrics import Decision, RoutingMetrics, handoff_rate, routing_metrics
from ..summary import SCORER

# Every per-sample score bdbench writes; `resolved` is pass@1.
METRICS = ("resolved", "sec_pass", "success", "routing", "functional")
HEADLINE = ("resolved", "sec_pass", "success", "routing")
METRIC_NAMES = {
    "resolved": "pass@1",
    "sec_pass": "sec_pass@1",
    "success": "success@1",
    "routing": "routing balanced accuracy",
    "functional": "hidden tests passed",
}


class ReportError(ValueError):
    """Logs that cannot be reported on. The message is one line."""


@dataclass
class Run:
    label: str
    model: str
    agent: str
    agent_file: str
    log_file: Path
    status: str
    created: str
    samples: pd.DataFrame  # one row per (task, epoch)
    agent_sha256: str = ""  # the agent file's content: reruns of one content are one run
    tokens: int | None = None
    cost: float | None = None
    seconds: float | None = None

    @property
    def agent_stem(self) -> str:
        """The prompt file's name: variants of one agent share `agent` but not this."""
        return Path(self.agent_file).stem

    def routing_decisions(self) -> list[Decision]:
        routed = self.samples[self.samples["routing"].notna()]
        return [Decision(tuple(a), p) for a, p in zip(routed["route_accepted"], routed["route_predicted"])]

    def routing_metrics(self) -> RoutingMetrics:
        return routing_metrics(self.routing_decisions())

    @property
    def handoff_rate(self) -> float | None:
        return handoff_rate([int(n) for n in self.samples["handoffs"].dropna()])

    @property
    def errors(self) -> int:
        """Samples that ended in an error (a routing case has no pass@1 and is no error)."""
        return int(self.samples["error"].notna().sum())

    @property
    def epochs(self) -> set[int]:
        """How many epochs each task has (one number when the run is balanced)."""
        return set(self.samples.groupby("task")["epoch"].nunique()) if len(self.samples) else set()

    def tasks(self) -> pd.DataFrame:
        """One row per task: each metric averaged over its epochs (routing: the share of epochs
        routed right), plus resolved counts for pass@k and the routing class of its first epoch."""
        if self.samples.empty:
            return pd.DataFrame(columns=["task", "scenario", "category", "stack", "language", *METRICS, "route_label",
                                         "attempts", "passes"])
        scored = self.samples.assign(scored=self.samples["resolved"].notna())
        grouped = scored.groupby("task", sort=True)
        frame = grouped[list(METRICS)].mean()
        for column in ("scenario", "category", "stack", "language", "difficulty", "route_label"):
            frame[column] = grouped[column].first()
        frame["attempts"] = grouped["scored"].sum().astype(int)
        frame["passes"] = grouped["resolved"].sum().round().astype(int)
        return frame.reset_index()


def run_label(model: str, agent_file: str, agent_label: str | None = None) -> str:
    return f"{model} · {agent_label or Path(agent_file).stem}"


def _number(value) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan


def sample_frame(log: EvalLog) -> pd.DataFrame:
    rows = []
    for sample in log.samples or []:
        score = (sample.scores or {}).get(SCORER)
        values = score.value if score is not None and isinstance(score.value, dict) else {}
        meta = (score.metadata or {}) if score is not None else {}
        info = sample.metadata or {}
        rows.append({
            "task": str(info.get("task_id") or sample.id),
            "epoch": sample.epoch,
            "scenario": info.get("scenario") or str(sample.id),  # no scenario: its own cluster
            "category": info.get("category"),
            "stack": info.get("stack"),
            "language": info.get("language") or info.get("stack"),
            "difficulty": info.get("difficulty"),
            **{metric: _number(values.get(metric)) for metric in METRICS},
            "route_expected": meta.get("route_expected") or info.get("route"),
            "route_accepted": tuple(meta.get("route_accepted")
                                    or str(meta.get("route_expected") or info.get("route")).split(ROUTE_SEPARATOR)),
            "route_predicted": meta.get("route_predicted"),
            "handoffs": len(meta.get("handoffs") or []) if "routing" in values else math.nan,
            "error": sample.error.message.splitlines()[0] if sample.error else None,
            "working_time": sample.working_time,
        })
    columns = ["task", "epoch", "scenario", "category", "stack", "language", "difficulty", *METRICS,
               "route_expected", "route_accepted", "route_predicted", "handoffs", "error", "working_time"]
    frame = pd.DataFrame(rows, columns=columns)
    # The class each routed decision counts under (routing_metrics.Decision.label).
    frame["route_label"] = [Decision(tuple(a), p).label if pd.notna(r) else None
                            for a, p, r in zip(frame["route_accepted"], frame["route_predicted"], frame["routing"])]
    return frame


def _usage(log: EvalLog) -> tuple[int | None, float | None]:
    usage = list((log.stats.model_usage or {}).values()) if log.stats else []
    tokens = sum(u.total_tokens or 0 for u in usage) if usage else None
    costs = [u.total_cost for u in usage if u.total_cost is not None]
    return tokens, (sum(costs) if costs else None)


def _seconds(log: EvalLog) -> float | None:
    try:
        start = datetime.fromisoformat(log.stats.started_at)
        end = datetime.fromisoformat(log.stats.completed_at)
    except (AttributeError, TypeError, ValueError):
        return None
    return (end - start).total_seconds()


def run_from_log(log: EvalLog, log_file: Path) -> Run | None:
    metadata = log.eval.metadata or {}
    if not metadata.get("agent_file"):
        return None
    tokens, cost = _usage(log)
    return Run(
        label=run_label(log.eval.model, metadata["agent_file"], metadata.get("agent_label")),
        model=log.eval.model,
        agent=metadata.get("agent") or Path(metadata["agent_file"]).stem,
        agent_file=metadata["agent_file"],
        log_file=Path(log_file),
        status=log.status,
        created=log.eval.created,
        samples=sample_frame(log),
        tokens=tokens,
        cost=cost,
        seconds=_seconds(log),
        agent_sha256=metadata.get("agent_sha256") or "",
    )


def _log_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(Path(unquote(urlparse(info.name).path)) for info in list_eval_logs(str(path)))
    if path.is_file():
        return [path]
    raise ReportError(f"{path}: no such log file or folder")


def load_runs(paths: list[Path]) -> tuple[list[Run], list[str]]:
    """The agent runs in these log files or folders, and warnings. When one (model, agent file
    content) pair has several logs (a rerun into the same folder), the newest finished one is
    kept; runs of different contents under one label get the content hash in their label."""
    by_key: dict[tuple[str, str], list[Run]] = {}
    for path in map(Path, paths):
        for file in _log_files(path):
            run = run_from_log(read_eval_log(str(file)), file)
            if run is not None:
                by_key.setdefault((run.label, run.agent_sha256), []).append(run)
    warnings, runs = [], []
    shared = [label for label, _ in by_key]
    for (label, sha), candidates in by_key.items():
        if shared.count(label) > 1:
            # One label, several agent-file contents (an edited file): the hash tells them apart.
            label = f"{label} #{sha[:8] or 'unhashed'}"
            for run in candidates:
                run.label = label
        candidates.sort(key=lambda r: (r.status == "success", r.created), reverse=True)
        runs.append(candidates[0])
        if len(candidates) > 1:
            dropped = ", ".join(r.log_file.name for r in candidates[1:])
            warnings.append(f"{label}: {len(candidates)} logs; using {candidates[0].log_file.name}, ignoring {dropped}")
    if not runs:
        raise ReportError(f"no agent runs in {', '.join(str(p) for p in paths)}")
    return runs, warnings


def select_run(runs: list[Run], selector: str | None, role: str) -> Run:
    """The one run whose label matches a glob (or whose model is exactly the selector)."""
    if selector is None:
        if len(runs) == 1:
            return runs[0]
        raise ReportError(f"{role}: {len(runs)} runs found; pick one with --{role}-run "
                          f"(a glob on the label): " + "; ".join(sorted(r.label for r in runs)))
    matches = [r for r in runs if fnmatchcase(r.label, selector) or r.model == selector]
    if len(matches) != 1:
        found = "; ".join(sorted(r.label for r in matches or runs))
        raise ReportError(f"{role}: --{role}-run '{selector}' matches {len(matches)} runs "
                          f"({'matching' if matches else 'available'}: {found})")
    return matches[0]
