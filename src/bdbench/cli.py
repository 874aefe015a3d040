"""The bdbench command line: parses arguments and calls the library. No logic lives here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from .agent import AgentFileError
from .fixtures import FixtureError
from .images import ImageError
from .preflight import PreflightError
from .task import DEFAULT_AGENT, DEFAULT_SANDBOXES, DEFAULT_TASKS, HARNESSES, INSPECT_HARNESS

# Wide when piped (CI logs), so tables are not folded into unreadable columns.
console = Console(width=None if sys.stdout.isatty() else 160)


def _add_fixture_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tasks", nargs="+", metavar="ID", help="only these task ids (globs allowed)")
    parser.add_argument("--tasks-dir", type=Path, default=DEFAULT_TASKS)
    parser.add_argument("--sandboxes-dir", type=Path, default=DEFAULT_SANDBOXES)


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    _add_fixture_options(parser)
    parser.add_argument("--sandbox", choices=["docker", "local"], default="docker",
                        help="local is UNSAFE: the agent runs on this machine (development only)")
    parser.add_argument("--max-samples", type=int, help="samples run at once")
    parser.add_argument("--log-dir", type=Path, default=Path("results/logs"))
    parser.add_argument("--display", choices=["full", "rich", "plain", "log", "none"],
                        help="inspect's progress display (default: rich on a terminal)")


def _options(args):
    from .runner import RunOptions

    return RunOptions(tasks_dir=args.tasks_dir, sandboxes_dir=args.sandboxes_dir, select=args.tasks,
                      sandbox_mode=args.sandbox, epochs=getattr(args, "epochs", 1),
                      max_samples=args.max_samples, log_dir=args.log_dir, display=args.display,
                      harness=getattr(args, "harness", INSPECT_HARNESS))


def cmd_run(args) -> int:
    from .preflight import check_models
    from .runner import run_matrix
    from .summary import print_summary

    check_models(args.model)

    if args.dataset:
        from .dataset import materialize_dataset

        args.tasks_dir = materialize_dataset(args.dataset)
    success, logs = run_matrix(args.model, args.agent, _options(args),
                               notify=lambda line: console.print(escape(line), highlight=False, soft_wrap=True))
    print_summary(logs, console)
    return 0 if success else 1


def cmd_grade(args) -> int:
    import tempfile

    from .fixtures import load_fixtures
    from .runner import grade_workspaces
    from .summary import print_summary
    from .workspaces import REFERENCE, materialize

    if args.workspace:
        log = grade_workspaces([(args.task, args.workspace, "workspace")], _options(args))
    else:
        fixture = load_fixtures(args.tasks_dir, [args.task])[0]
        label = args.variant or REFERENCE
        with tempfile.TemporaryDirectory(prefix="bdbench-grade-") as tmp:
            folder = materialize(fixture, Path(tmp) / label, args.variant)
            log = grade_workspaces([(args.task, folder, label)], _options(args))
    print_summary([log], console)
    for sample in log.samples or []:
        for score in (sample.scores or {}).values():
            console.print(score.explanation, markup=False, highlight=False)
    return 0 if log.status == "success" else 1


def cmd_tasks_list(args) -> int:
    from .fixtures import load_fixtures

    table = Table("category", "stack", "difficulty", "route", "criterion", "title")
    # Ids stay whole, so they can be copied into --tasks.
    table.columns.insert(0, Column("id", no_wrap=True))
    for f in load_fixtures(args.tasks_dir, args.tasks):
        s = f.spec
        table.add_row(s.id, s.category, s.stack, s.difficulty, s.route_label, "; ".join(s.criteria) or "-",
                      s.title)
    console.print(table)
    return 0


def cmd_tasks_validate(args) -> int:
    import tempfile

    from .fixtures import load_fixtures
    from .images import stacks
    from .validation import validate_tasks
    from .validation_record import plan, read_record, record_entry, write_record

    fixtures = load_fixtures(args.tasks_dir, args.tasks)
    console.print(f"schema ok: {len(fixtures)} fixtures")
    problems = _citation_problems(fixtures, args.agent)
    for problem in problems:
        console.print(f"[red]error:[/red] {escape(problem)}")
    if problems or args.schema_only:
        return 1 if problems else 0
    available, record = stacks(args.sandboxes_dir), read_record(args.tasks_dir)
    chosen = plan(fixtures, available, record, everything=args.scope == "all")
    for task, why in sorted(chosen.stale.items()):
        console.print(f"stale record: {task}: {why}", highlight=False)
    if args.scope == "record":
        return 1 if chosen.stale else 0
    wanted = set(chosen.stale) if args.scope == "stale" else set(chosen.tasks)
    selected = [f for f in fixtures if f.id in wanted]
    console.print(f"validating {len(selected)} of {len(fixtures)} tasks ({args.scope})", highlight=False)
    with tempfile.TemporaryDirectory(prefix="bdbench-validate-") as workdir:
        results = validate_tasks(selected, _options(args), args.agent, Path(workdir))
    table = Table("task", "checks", "verdict", "failing (evidence)")
    for task, result in sorted(results.items()):
        failing = [f"{name}: {result.evidence.get(name, '')}" for name, ok in result.checks.items() if not ok]
        table.add_row(task, str(len(result.checks)), "[green]ok[/green]" if result.ok else "[red]FAIL[/red]",
                      escape("\n".join(failing)))
    console.print(table)
    if args.record:
        entries = record | {task: record_entry(result, chosen.origins[task]) for task, result in results.items()}
        console.print(f"record: {write_record(args.tasks_dir, entries)}", highlight=False)
    failed = sorted(task for task, result in results.items() if not result.ok)
    console.print(f"{len(results) - len(failed)} of {len(results)} tasks valid"
                  + (f"; failing: {', '.join(failed)}" if failed else ""), highlight=False)
    return 1 if failed else 0


def _citation_problems(fixtures, agent_file: Path) -> list[str]:
    """Fixtures' `criterion:` against the agent spec's Delegation Criteria bullets."""
    from .criteria import CriteriaError, citation_problems, load_criteria

    if not any(f.spec.criteria for f in fixtures):
        return []
    try:
        criteria = load_criteria(agent_file)
    except CriteriaError as err:
        console.print(f"[yellow]warning:[/yellow] criteria not checked: {escape(str(err))}")
        return []
    return [problem for fixture in fixtures for problem in citation_problems(fixture, criteria)]


def cmd_images_build(args) -> int:
    from .images import build_images

    # Build output is printed verbatim: Dockerfile lines such as app:x:1000:1000 are not markup.
    tags = build_images(args.sandboxes_dir, args.base_image, args.stack, args.force,
                        log=lambda line: print(line, flush=True), harnesses=args.harness)
    for stack, tag in tags.items():
        print(f"{stack}: {tag}", flush=True)
    return 0


def cmd_doctor(args) -> int:
    from .doctor import run_checks

    checks = run_checks(args.sandboxes_dir, clean=args.clean)
    for check in checks:
        mark = "[green]ok  [/green]" if check.ok else "[red]FAIL[/red]"
        console.print(f"{mark} {check.name}: {check.detail}" + (f"  -> fix: {check.fix}" if check.fix else ""))
    return 0 if all(c.ok for c in checks) else 1


def cmd_agents_check(args) -> int:
    import json

    from .agent_check import check_files

    results = check_files(args.files)
    if args.json:
        print(json.dumps([r.as_dict() for r in results], indent=2))
    else:
        for result in results:
            print(result.line(), flush=True)
    return 0 if all(r.loaded for r in results) else 1


def cmd_summary(args) -> int:
    from .summary import print_summary, read_logs

    print_summary(read_logs(args.logs), console)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bdbench", description="Benchmark backend-developer agents.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run agents on models over the fixtures")
    run.add_argument("--model", nargs="+", default=["bdbench/oracle", "bdbench/nop"],
                     help="inspect model names, e.g. anthropic/claude-sonnet-4-5 openai/gpt-5 bdbench/oracle")
    run.add_argument("--agent", nargs="+", type=Path, default=[DEFAULT_AGENT], help="agent prompt files")
    run.add_argument("--epochs", type=int, default=1)
    run.add_argument("--dataset", type=Path, help="run the fixtures of an exported dataset (bdbench tasks export)")
    run.add_argument("--harness", choices=HARNESSES, default=INSPECT_HARNESS,
                     help="inspect: inspect's loop with bdbench's tools; claude-code: the real Claude Code "
                          "binary runs the agent file (needs `bdbench images build`)")
    _add_run_options(run)
    run.set_defaults(func=cmd_run)

    grade = sub.add_parser("grade", help="grade an existing workspace folder with the same graders")
    grade.add_argument("--task", required=True)
    source = grade.add_mutually_exclusive_group(required=True)
    source.add_argument("--workspace", type=Path, help="a finished workspace folder")
    source.add_argument("--reference", action="store_true", help="the fixture's reference solution")
    source.add_argument("--variant", help="one of the fixture's known-bad variants")
    _add_run_options(grade)
    grade.set_defaults(func=cmd_grade, tasks=None)

    tasks = sub.add_parser("tasks", help="list or validate fixtures").add_subparsers(dest="action", required=True)
    listing = tasks.add_parser("list")
    _add_fixture_options(listing)
    listing.set_defaults(func=cmd_tasks_list)
    validate = tasks.add_parser("validate", help="schema, then in the sandbox: oracle resolves and nop does not, "
                                                 "the reference passes, every known-bad variant is flagged")
    _add_run_options(validate)
    validate.add_argument("--agent", type=Path, default=DEFAULT_AGENT)
    validate.add_argument("--schema-only", action="store_true")
    validate.add_argument("--scope", choices=["all", "stale", "rotation", "record"], default="all",
                          help="all: every selected task; stale: those whose record no longer matches "
                               "(task, image or grading code changed); rotation: stale plus today's share "
                               "of the rest (what CI runs); record: only list stale records, run nothing")
    validate.add_argument("--record", action="store_true",
                          help="write the verdicts into <tasks-dir>/validation-record.json")
    validate.set_defaults(func=cmd_tasks_validate)

    images = sub.add_parser("images", help="sandbox images").add_subparsers(dest="action", required=True)
    build = images.add_parser("build", help="build the base and stack images (cached by content hash)")
    build.add_argument("--sandboxes-dir", type=Path, default=DEFAULT_SANDBOXES)
    build.add_argument("--base-image", help="a local base image, e.g. python:3.11-slim-bookworm; "
                                            "default: a debootstrap Debian base")
    build.add_argument("--stack", nargs="+", help="only these stacks")
    build.add_argument("--force", action="store_true", help="rebuild even when the tag exists")
    build.add_argument("--harness", nargs="+", metavar="NAME",
                       help="only these harness layers (sandboxes/harnesses/), on --stack or their listed stacks")
    build.set_defaults(func=cmd_images_build)

    doctor = sub.add_parser("doctor", help="check the Docker engine, compose, images and leftover sandboxes")
    doctor.add_argument("--sandboxes-dir", type=Path, default=DEFAULT_SANDBOXES)
    doctor.add_argument("--clean", action="store_true",
                        help="remove sandboxes left by bdbench processes that have ended")
    doctor.set_defaults(func=cmd_doctor)

    agents = sub.add_parser("agents", help="agent files").add_subparsers(dest="action", required=True)
    check = agents.add_parser("check", help="per file: loaded or rejected, tools granted, offline, "
                                            "unavailable and dropped, and the model field")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="one JSON list, for machines")
    check.set_defaults(func=cmd_agents_check)

    from .cli_report import register

    register(sub, tasks)

    summary = sub.add_parser("summary", help="print the summary table of existing logs")
    summary.add_argument("logs", nargs="+", type=Path, help="log files or folders")
    summary.set_defaults(func=cmd_summary)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (FixtureError, AgentFileError, ImageError, PreflightError, FileNotFoundError) as err:
        console.print(f"[red]error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True)
        return 2


if __name__ == "__main__":
    sys.exit(main())
