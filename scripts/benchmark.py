"""Grading cost, measured: bdbench's full grading of reference workspaces against a raw
one-container `docker run` of the same image doing the same work, alternating A and B.

    .venv/bin/python scripts/benchmark.py grade [--runs 3] [--task ID ...]
    .venv/bin/python scripts/benchmark.py logs results/logs/...   # per-grader medians of runs

A = bdbench's grading of the fixture's reference, as a process: its grader sandbox, inspect,
    the graders. Two figures: "one" is `bdbench grade --task ID --reference` (one sample, so
    the process's start-up, about 3 s of Python and inspect, is all its own); "batch" is one
    process grading the same workspace RUNS times in a row (one sample at a time), divided by
    RUNS: a sample's cost when many are graded, as in a run or in validation.
B = one `docker run --network none` of the stack image, fed the same bundle (harness, rules,
    hidden tests, probes) and workspace on stdin, running the same hidden tests, probes,
    static tools and latency requests in one shell script.
Printed per fixture and overall: median wall of A and B, the ratios A/B (median over fixtures)
and the host CPU time (user + sys of the process and its children) per graded sample.
Quote ratios measured side by side in one run, on a quiet machine: these machines are shared.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bdbench.archives import tar_bytes
from bdbench.fixtures import files_under, load_fixtures
from bdbench.graders.context import GraderContext, grader_bundle
from bdbench.images import stacks
from bdbench.summary import SCORER, read_logs
from bdbench.workspaces import materialize

REPO = Path(__file__).resolve().parents[1]
GRADER, WORKSPACE = "/grader", "/workspace"


def _timed(command: list[str], stdin: bytes | None = None) -> tuple[float, float, int]:
    """Wall seconds, host CPU seconds (the process and its children) and the exit code."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin is not None else None,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin is not None:
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    return time.monotonic() - start, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def _raw_input(fixture, workspace: Path) -> bytes:
    """One tar: the grading bundle under grader/ and the workspace under workspace/."""
    with tarfile.open(fileobj=io.BytesIO(grader_bundle(fixture))) as bundle:
        files: dict[str, bytes | Path] = {f"grader/{m.name}": bundle.extractfile(m).read() for m in bundle.getmembers()}
    files |= {f"workspace/{rel}": path for rel, path in files_under(workspace).items()}
    latency = fixture.spec.grading.latency
    if latency:
        files["grader/latency.json"] = json.dumps(latency.model_dump(by_alias=True)).encode()
    return tar_bytes(files)


def _raw_script(fixture, profile: dict) -> str:
    """The same work as bdbench's graders, as one shell script in one container."""
    pytest = f"python3 -I -m pytest -c {GRADER}/pytest.ini --rootdir {GRADER} -q -p no:cacheprovider"
    steps = [f"mkdir -p {GRADER} && tar -xf - -C / --no-same-owner",
             f"chown -R app:app {WORKSPACE} && mkdir -p {GRADER}/out",
             f"cd {GRADER} && {pytest} tests >/dev/null 2>&1 || true"]
    grading = fixture.spec.grading
    if grading.security:
        steps.append(f"{pytest} probes >/dev/null 2>&1 || true")
        scan = f"{GRADER}/scan"
        steps.append(f"cp -a {WORKSPACE} {scan}")
        for tool in profile.get("static", []):
            command = tool["command"].format(scan=scan, report=f"{GRADER}/out/{tool['name']}.json", rules=f"{GRADER}/rules")
            steps.append(f"{{ {command} ; }} >/dev/null 2>&1 || true")
    quality = profile.get("quality")
    if quality:
        command = quality["command"].format(scan=WORKSPACE, report=f"{GRADER}/out/quality.json", rules=f"{GRADER}/rules")
        steps.append(f"{{ {command} ; }} >/dev/null 2>&1 || true")
    if grading.latency:
        steps.append(f"python3 -E -s {GRADER}/measure_latency.py {GRADER}/latency.json >/dev/null 2>&1 || true")
    return " ; ".join(steps)


def _raw_command(fixture, stack, profile: dict) -> list[str]:
    ctx = GraderContext(None, fixture, WORKSPACE, GRADER, "1000")
    if fixture.spec.app:
        ctx.secrets = {name: "benchmark-secret-value" for name in fixture.spec.app.secrets}
    env = [arg for key, value in ctx.app_env().items() for arg in ("-e", f"{key}={value}")]
    return ["docker", "run", "--rm", "-i", "--network", "none", "--cpus", "2", "--memory", "2g", *env,
            stack.tag, "sh", "-c", _raw_script(fixture, profile)]


def _batch_command(fixture_id: str, workspace: Path, samples: int, log_dir: Path) -> list[str]:
    return [sys.executable, __file__, "batch", fixture_id, str(workspace), str(samples), str(log_dir)]


def grade_batch(args) -> None:
    """One process grading one workspace `samples` times, one sample at a time."""
    from bdbench.runner import RunOptions, grade_workspaces
    items = [(args.task_id, Path(args.workspace), f"copy{n}") for n in range(int(args.samples))]
    options = RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes", log_dir=Path(args.log_dir),
                         display="none", max_samples=1)
    log = grade_workspaces(items, options)
    sys.exit(0 if log.status == "success" else 1)


def bench_grading(args) -> None:
    fixtures = [f for f in load_fixtures(REPO / "tasks", args.task or None) if f.spec.app is not None]
    all_stacks = stacks(REPO / "sandboxes")
    rows = []
    with tempfile.TemporaryDirectory(prefix="bdbench-bench-") as tmp:
        for fixture in fixtures:
            stack = all_stacks[fixture.spec.stack]
            profile = stack.config.get("grading", {})
            workspace = materialize(fixture, Path(tmp) / fixture.id)
            raw_input = _raw_input(fixture, workspace)
            a_cmd = [str(REPO / ".venv/bin/bdbench"), "grade", "--task", fixture.id, "--reference",
                     "--log-dir", str(Path(tmp) / "logs" / fixture.id), "--display", "none"]
            walls_a, walls_b, cpus_a = [], [], []
            for run in range(args.runs):
                for label in ("AB" if run % 2 == 0 else "BA"):  # alternate which goes first
                    if label == "A":
                        wall, cpu, code = _timed(a_cmd)
                        walls_a.append(wall)
                        cpus_a.append(cpu)
                    else:
                        wall, cpu, code = _timed(_raw_command(fixture, stack, profile), raw_input)
                        walls_b.append(wall)
                    if code not in (0, 1):
                        print(f"  {fixture.id} {label}: exit {code}", file=sys.stderr)
            batch_wall, batch_cpu, code = _timed(_batch_command(fixture.id, workspace, args.runs,
                                                                Path(tmp) / "batch" / fixture.id))
            if code != 0:
                print(f"  {fixture.id} batch: exit {code}", file=sys.stderr)
            wall, _, _ = _timed(_raw_command(fixture, stack, profile), raw_input)  # B after the batch too
            walls_b.append(wall)
            a, b = statistics.median(walls_a), statistics.median(walls_b)
            batch, batch_cpu = batch_wall / args.runs, batch_cpu / args.runs
            rows.append((fixture.id, a, b, a / b, statistics.median(cpus_a), batch, batch / b, batch_cpu))
            print(f"{fixture.id:<26} B {b:5.1f} s | one: A {a:5.1f} s  A/B {a / b:4.2f}  CPU {statistics.median(cpus_a):4.1f} s"
                  f" | batch: A {batch:5.1f} s  A/B {batch / b:4.2f}  CPU {batch_cpu:4.1f} s", flush=True)
    med = lambda i: statistics.median(r[i] for r in rows)  # noqa: E731
    print(f"\nmedian over {len(rows)} fixtures: B {med(2):.1f} s | one: A {med(1):.1f} s, A/B {med(3):.2f}, "
          f"host CPU per sample {med(4):.2f} s | batch: A {med(5):.1f} s, A/B {med(6):.2f}, "
          f"host CPU per sample {med(7):.2f} s")
    print(f"one: a process per sample (its Python and inspect start-up included); batch: {args.runs} "
          "samples in one process, per sample.")


def _seconds(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def bench_logs(args) -> None:
    for log in read_logs(args.paths):
        samples = log.samples or []
        if not samples:
            continue
        wall = _seconds(log.stats.started_at, log.stats.completed_at)
        totals = [s.total_time for s in samples if s.total_time is not None]
        grading: dict[str, list[float]] = {}
        for sample in samples:
            score = (sample.scores or {}).get(SCORER)
            for name, value in (((score.metadata or {}).get("grading_seconds") or {}) if score else {}).items():
                grading.setdefault(name, []).append(value)
        print(f"{log.eval.model} · {log.eval.task}: {len(samples)} samples, wall {wall:.0f} s, "
              f"max_samples {log.eval.config.max_samples}")
        if totals:
            print(f"  per sample (median): total {statistics.median(totals):.1f} s")
        for name, values in sorted(grading.items()):
            print(f"    {name:<10} median {statistics.median(values):6.2f} s  max {max(values):6.2f} s  (n={len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    grade = sub.add_parser("grade", help="bdbench grading (A) against one raw docker run (B)")
    grade.add_argument("--runs", type=int, default=3)
    grade.add_argument("--task", action="append", help="a fixture id (repeatable); default: every graded fixture")
    grade.set_defaults(func=bench_grading)
    batch = sub.add_parser("batch", help=argparse.SUPPRESS)
    for name in ("task_id", "workspace", "samples", "log_dir"):
        batch.add_argument(name)
    batch.set_defaults(func=grade_batch)
    logs = sub.add_parser("logs", help="per-grader medians of existing runs")
    logs.add_argument("paths", nargs="*", default=["results/logs"])
    logs.set_defaults(func=bench_logs)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
