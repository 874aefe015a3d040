"""Grading cost, measured: bdbench's full grading of reference workspaces against a raw
one-container `docker run` of the same image doing the same work, alternating A and B.

    .venv/bin/python scripts/benchmark.py grade [--runs 3] [--task ID ...]
    .venv/bin/python scripts/benchmark.py logs results/logs/...   # per-grader medians of runs

A = `bdbench grade --task ID --reference` as a process (two sandboxes, inspect, the graders).
B = one `docker run --network none` of the stack image, fed the same bundle (harness, rules,
    hidden tests, probes) and workspace on stdin, running the same hidden tests, probes,
    static tools and latency requests in one shell script.
Printed per fixture and overall: median wall of A and B, the ratio A/B (median over fixtures)
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
        command = quality["command"].format(scan=WORKSPACE, report=f"{GRADER}/out/quality.json")
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
            a, b = statistics.median(walls_a), statistics.median(walls_b)
            rows.append((fixture.id, a, b, a / b, statistics.median(cpus_a)))
            print(f"{fixture.id:<26} A {a:6.1f} s  B {b:6.1f} s  A/B {a / b:4.2f}  host CPU/sample "
                  f"{statistics.median(cpus_a):5.2f} s  (runs {args.runs})", flush=True)
    print(f"\nmedian over {len(rows)} fixtures: A {statistics.median(r[1] for r in rows):.1f} s, "
          f"B {statistics.median(r[2] for r in rows):.1f} s, A/B {statistics.median(r[3] for r in rows):.2f}, "
          f"host CPU per sample {statistics.median(r[4] for r in rows):.2f} s")
    print("host CPU for A includes starting the bdbench process (Python, inspect) once per grade.")


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
    logs = sub.add_parser("logs", help="per-grader medians of existing runs")
    logs.add_argument("paths", nargs="*", default=["results/logs"])
    logs.set_defaults(func=bench_logs)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
