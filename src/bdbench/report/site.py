"""Write the leaderboard as a static site: index.html from jinja2 templates, the same numbers
as CSV and JSON, and one `inspect view bundle` of transcripts per run.

Everything links relatively and nothing is fetched from the network, so the folder works from
any static file server (or a GitHub Pages branch) as it is.
"""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from .leaderboard import BREAKDOWNS, Row, breakdown, leaderboard_rows, routing_confusion
from .publish import PublishError, Prefixes, bundle_transcripts, find_local_paths, local_prefixes, scrub
from .runs import HEADLINE, METRIC_NAMES, METRICS, load_runs
from .stats import DEFAULT_LEVEL, DEFAULT_RESAMPLES, DEFAULT_SEED
from .svg import Bar, Panel, score_plot

DATA_FILES = ("leaderboard.csv", "leaderboard.json", "breakdown.csv", "routing.csv", "tasks.csv")
TRANSCRIPTS = "transcripts"


@dataclass
class Site:
    index: Path
    rows: list[Row]
    warnings: list[str] = field(default_factory=list)


def _num(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _row_record(row: Row, transcripts: str | None) -> dict:
    run = row.run
    record = {"rank": row.rank, "run": run.label, "model": run.model, "agent": run.agent,
              "agent_file": run.agent_file, "tasks": row.tasks, "samples": row.samples,
              "errors": row.errors, "epochs": row.epochs}
    for metric in METRICS:
        est = row.metrics[metric]
        record |= {metric: _num(est.mean), f"{metric}_ci_low": _num(est.lo),
                   f"{metric}_ci_high": _num(est.hi), f"{metric}_stderr": _num(est.se)}
    for k, est in row.pass_at.items():
        record |= {f"pass@{k}": _num(est.mean), f"pass@{k}_ci_low": _num(est.lo), f"pass@{k}_ci_high": _num(est.hi)}
    routing = run.routing_metrics()
    record |= {"routing_plain_accuracy": _num(routing.accuracy), "routing_chance": _num(routing.chance),
               "over_delegation": routing.over_delegation, "under_delegation": routing.under_delegation,
               "handoff_rate": run.handoff_rate}
    for name in routing.specialists:
        record |= {f"precision_{name}": routing.precision[name], f"recall_{name}": routing.recall[name]}
    record |= {"tokens": run.tokens, "cost_usd": run.cost, "run_seconds": _num(run.seconds),
               "mean_sample_seconds": _num(row.mean_sample_seconds), "log": run.log_file.name,
               "transcripts": transcripts}
    return record


def _task_records(rows: list[Row]) -> pd.DataFrame:
    frames = [row.run.tasks().assign(run=row.run.label) for row in rows]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    columns = ["run", "task", "scenario", "category", "stack", "difficulty", *METRICS, "attempts", "passes"]
    return frame[columns] if not frame.empty else frame


def _routing_records(rows: list[Row]) -> list[dict]:
    out = []
    for row in rows:
        confusion = routing_confusion(row.run)
        out += [{"run": row.run.label, "expected": e, "predicted": p, "count": n}
                for (e, p), n in sorted(confusion.counts.items())]
    return out


def _duration(seconds: float | None) -> str:
    if seconds is None or math.isnan(seconds):
        return "-"
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("bdbench.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["score"] = lambda v: "-" if _num(v) is None else f"{v:.2f}"
    env.filters["duration"] = _duration
    env.filters["tokens"] = lambda v: "-" if v is None else f"{v:,}"
    env.filters["cost"] = lambda v: "-" if v is None else f"${v:,.2f}"
    env.filters["shade"] = lambda v: "0" if _num(v) is None else f"{v * 0.6:.2f}"  # background alpha
    env.tests["finite"] = lambda v: _num(v) is not None
    return env


def _bar(est) -> Bar:
    return Bar(math.nan, math.nan, math.nan) if est is None else Bar(est.mean, est.lo, est.hi)


def _context(rows: list[Row], warnings: list[str], level: float, links: dict[str, str | None]) -> dict:
    labels = [r.run.label for r in rows]
    plots = [score_plot(f"Headline metrics, {level:.0%} intervals", labels, [
        Panel(m, METRIC_NAMES[m], [Bar(r.metrics[m].mean, r.metrics[m].lo, r.metrics[m].hi) for r in rows])
        for m in HEADLINE])]
    ks = sorted({k for r in rows for k in r.pass_at if k > 1})
    if ks:
        plots.append(score_plot(f"pass@k from epochs, {level:.0%} intervals", labels, [
            Panel(f"pass@{k}", f"pass@{k}", [_bar(r.pass_at.get(k)) for r in rows]) for k in [1, *ks]]))
    breakdowns = []
    for dimension in BREAKDOWNS:
        frame = breakdown(rows, dimension)
        groups = sorted(frame["group"].unique()) if not frame.empty else []
        cells = {(rec["run"], rec["group"]): rec for rec in frame.to_dict("records")}
        # One row per group, one column per run: groups (scenarios) can be many, runs are few.
        breakdowns.append({"dimension": dimension, "runs": [r.run.label for r in rows],
                           "rows": [(g, [cells.get((r.run.label, g)) for r in rows]) for g in groups]})
    return {
        "rows": rows, "links": links, "headline": HEADLINE, "metric_names": METRIC_NAMES,
        "level": f"{level:.0%}", "ks": ks, "plots": plots, "breakdowns": breakdowns,
        "confusions": [(r.run.label, routing_confusion(r.run)) for r in rows],
        "routing": [(r.run.label, r.run.routing_metrics(), r.run.handoff_rate) for r in rows],
        "data_files": DATA_FILES, "warnings": warnings,
    }


def _clear_previous(out_dir: Path) -> None:
    # Only what this builder writes, never the rest of a folder the user pointed at.
    shutil.rmtree(out_dir / TRANSCRIPTS, ignore_errors=True)
    for name in (*DATA_FILES, "index.html", "style.css"):
        (out_dir / name).unlink(missing_ok=True)


def _write_text(path: Path, text: str, prefixes: Prefixes) -> None:
    path.write_text(scrub(text, prefixes), encoding="utf-8")


def build_site(log_paths: list[Path], out_dir: Path, transcripts: bool = True, level: float = DEFAULT_LEVEL,
               resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED,
               redact: list[Path] | None = None) -> Site:
    """Build the site in out_dir. `redact`: more local folders to hide, besides the working
    directory, the home folder and the log folders (e.g. a --tasks-dir outside the checkout)."""
    runs, warnings = load_runs(log_paths)
    rows = leaderboard_rows(runs, level, resamples, seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _clear_previous(out_dir)
    log_dirs = {(Path(p) if Path(p).is_dir() else Path(p).parent).resolve() for p in log_paths}
    prefixes = local_prefixes({d: "logs" for d in log_dirs if d != Path.cwd().resolve()}
                              | {Path(p).resolve(): "<redacted>" for p in redact or []}
                              | {out_dir.resolve(): "site"})

    links: dict[str, str | None] = {}
    for row in rows:
        links[row.run.label] = None
        if transcripts:
            bundle_transcripts([row.run.log_file], out_dir / TRANSCRIPTS / row.slug, prefixes)
            links[row.run.label] = f"{TRANSCRIPTS}/{row.slug}/index.html"

    records = [_row_record(row, links[row.run.label]) for row in rows]
    breakdowns = pd.concat([breakdown(rows, d) for d in BREAKDOWNS], ignore_index=True)
    routing = pd.DataFrame(_routing_records(rows), columns=["run", "expected", "predicted", "count"])
    tasks = _task_records(rows)
    for name, frame in (("leaderboard.csv", pd.DataFrame(records)), ("breakdown.csv", breakdowns),
                        ("routing.csv", routing), ("tasks.csv", tasks)):
        _write_text(out_dir / name, frame.to_csv(index=False), prefixes)
    document = {
        "method": {"level": level, "interval": "cluster bootstrap over scenarios (percentile)",
                   "resamples": resamples, "seed": seed, "per_task": "metrics averaged over epochs"},
        "metrics": {m: METRIC_NAMES[m] for m in METRICS},
        "runs": records,
        "breakdown": json.loads(breakdowns.to_json(orient="records")),
        "routing": routing.to_dict("records"),
        "tasks": json.loads(tasks.to_json(orient="records")),
        "warnings": warnings,
    }
    _write_text(out_dir / "leaderboard.json", json.dumps(document, indent=2, ensure_ascii=False), prefixes)
    shutil.copyfile(files("bdbench.report").joinpath("templates/style.css"), out_dir / "style.css")
    html = _environment().get_template("leaderboard.html").render(**_context(rows, warnings, level, links))
    _write_text(out_dir / "index.html", html, prefixes)

    leaks = find_local_paths(out_dir, prefixes)
    if leaks:
        raise PublishError("local paths left in the site: " + "; ".join(leaks[:5]))
    return Site(out_dir / "index.html", rows, warnings)
