"""CLI for reports and publishing: `compare`, `leaderboard` and `tasks export`.

Thin wiring only; the work is in bdbench.report and bdbench.dataset. `register` adds the
commands to bdbench's own parser:

    register(sub, tasks)   # sub: the top-level subparsers; tasks: the `tasks` subparsers
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console

from .report.runs import METRICS
from .report.stats import DEFAULT_LEVEL, DEFAULT_RESAMPLES, DEFAULT_SEED

console = Console(width=None if sys.stdout.isatty() else 160)


def _error(message: str) -> int:
    console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return 2


def cmd_compare(args) -> int:
    from .report.compare import compare_runs, print_comparison
    from .report.runs import ReportError, load_runs, select_run

    try:
        base_runs, base_warnings = load_runs([args.base])
        cand_runs, cand_warnings = load_runs([args.candidate])
        base = select_run(base_runs, args.base_run, "base")
        candidate = select_run(cand_runs, args.candidate_run, "candidate")
    except ReportError as err:
        return _error(str(err))
    comparison = compare_runs(base, candidate, args.metric, args.level, args.resamples, args.seed)
    comparison.warnings[:0] = base_warnings + cand_warnings
    print_comparison(comparison, console)
    if args.json:
        args.json.write_text(json.dumps(comparison.as_dict(), indent=2, ensure_ascii=False))
    if comparison.differences[args.metric].n == 0:
        return _error(f"no task has a '{args.metric}' score in both runs, so the gate cannot judge")
    if args.fail_on_regression and comparison.is_regression():
        console.print(f"[red]regression:[/red] the candidate is worse on {args.metric} beyond the "
                      f"{args.level:.0%} interval (exit 1)", highlight=False)
        return 1
    return 0


def cmd_leaderboard(args) -> int:
    from .report.publish import PublishError
    from .report.runs import ReportError
    from .report.site import build_site

    try:
        site = build_site(args.logs, args.output, transcripts=not args.no_transcripts,
                          level=args.level, resamples=args.resamples, seed=args.seed, redact=args.redact)
    except (ReportError, PublishError) as err:
        return _error(str(err))
    for warning in site.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    for row in site.rows:
        est = row.metrics["resolved"]
        console.print(f"{row.rank:>2}. {row.run.label}  pass@1 {est.mean:.2f}", highlight=False)
    console.print(f"site: {site.index}  (serve the folder, e.g. python -m http.server -d {args.output})",
                  highlight=False)
    return 0


def cmd_tasks_export(args) -> int:
    from .dataset import export_dataset

    data = export_dataset(args.tasks_dir, args.output, args.tasks)
    console.print(f"dataset: {data} and {args.output / 'README.md'}", highlight=False)
    return 0


def _add_stats_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", type=float, default=DEFAULT_LEVEL, help="confidence level of intervals")
    parser.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES, help="bootstrap resamples")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="bootstrap seed (fixed for reproducible intervals)")


def _subparsers_of(parser: argparse.ArgumentParser):
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(subparsers, tasks_subparsers=None) -> None:
    """Add `compare`, `leaderboard` and `tasks export` to bdbench's parser."""
    compare = subparsers.add_parser(
        "compare", help="paired comparison of two runs, with a regression gate",
        description="Per-task paired differences (candidate - base) with cluster-bootstrap intervals "
                    "and McNemar's exact test on resolved.")
    compare.add_argument("base", type=Path, help="log file or folder of the base run")
    compare.add_argument("candidate", type=Path, help="log file or folder of the candidate run")
    compare.add_argument("--base-run", metavar="GLOB",
                         help="pick the base when its folder holds several runs: a glob on the label "
                              "'<model> · <agent file stem>', or a model name")
    compare.add_argument("--candidate-run", metavar="GLOB", help="the same for the candidate")
    compare.add_argument("--metric", choices=METRICS, default="resolved",
                         help="headline metric for the verdict and the gate (default: resolved)")
    compare.add_argument("--fail-on-regression", action="store_true",
                         help="exit 1 when the candidate is worse beyond the interval on --metric")
    compare.add_argument("--json", type=Path, help="also write the comparison as JSON here")
    _add_stats_options(compare)
    compare.set_defaults(func=cmd_compare)

    board = subparsers.add_parser("leaderboard", help="build the static leaderboard site from logs")
    board.add_argument("logs", nargs="+", type=Path, help="log files or folders")
    board.add_argument("-o", "--output", type=Path, default=Path("results/site"), help="site folder")
    board.add_argument("--no-transcripts", action="store_true", help="skip the inspect view bundles")
    board.add_argument("--redact", nargs="+", type=Path, default=[], metavar="DIR",
                       help="more local folders to hide from the published site (the working directory, "
                            "home folder and log folders always are)")
    _add_stats_options(board)
    board.set_defaults(func=cmd_leaderboard)

    if tasks_subparsers is None:
        tasks = subparsers.choices.get("tasks")
        tasks_subparsers = (_subparsers_of(tasks) if tasks is not None else
                            subparsers.add_parser("tasks", help="fixtures").add_subparsers(dest="action", required=True))
    export = tasks_subparsers.add_parser("export", help="write the fixtures as a Hugging Face dataset (parquet + card)")
    export.add_argument("-o", "--output", type=Path, required=True, help="dataset folder")
    export.add_argument("--tasks", nargs="+", metavar="ID", help="only these task ids (globs allowed)")
    export.add_argument("--tasks-dir", type=Path, default=Path("tasks"))
    export.set_defaults(func=cmd_tasks_export)


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (`python -m bdbench.cli_report`), for use before or without cli.py."""
    from .fixtures import FixtureError

    parser = argparse.ArgumentParser(prog="bdbench")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (FixtureError, FileNotFoundError) as err:
        return _error(str(err))


if __name__ == "__main__":
    sys.exit(main())
