"""Latency grader: p50/p95 of the fixture's simple and complex operations on 127.0.0.1.

The meter runs inside the grader container (the only place the app is reachable) with a
bounded number of requests; percentiles and the verdict are computed here.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

from ..fixtures import LatencySpec
from .context import GraderContext

KINDS = ("simple", "complex")


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least q of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(q * len(ordered)) - 1, 0)]


@dataclass
class LatencyResult:
    spec: LatencySpec
    timings_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)  # operations cut short: the bound was already missed

    def p(self, kind: str, q: float) -> float | None:
        return percentile(self.timings_ms.get(kind, []), q)

    def bound(self, kind: str) -> float:
        return self.spec.simple_p95_ms if kind == "simple" else self.spec.complex_p95_ms

    @property
    def ok(self) -> bool:
        if self.errors:
            return False
        measured = [kind for kind in KINDS if getattr(self.spec, kind)]
        return bool(measured) and all(
            self.p(kind, 0.95) is not None and self.p(kind, 0.95) < self.bound(kind) for kind in measured
        )

    def summary(self) -> dict:
        return {kind: {"p50_ms": self.p(kind, 0.5), "p95_ms": self.p(kind, 0.95), "bound_ms": self.bound(kind),
                       "n": len(self.timings_ms.get(kind, []))} for kind in KINDS if getattr(self.spec, kind)}

    @property
    def explanation(self) -> str:
        parts = [f"{kind} p50 {_ms(s['p50_ms'])} p95 {_ms(s['p95_ms'])} (bound {s['bound_ms']:.0f} ms, n={s['n']})"
                 for kind, s in self.summary().items()]
        text = f"latency {'ok' if self.ok else 'FAILED'}: " + "; ".join(parts)
        text += "".join(f"\n  stopped early: {s}" for s in self.stopped[:5])
        return text + "".join(f"\n  {e}" for e in self.errors[:5])


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"


async def grade_latency(ctx: GraderContext) -> LatencyResult:
    spec = ctx.fixture.spec.grading.latency
    result = LatencyResult(spec)
    config_path = ctx.path("latency.json")
    await ctx.env.write_file(config_path, json.dumps(spec.model_dump(by_alias=True)))
    rounds = (spec.warmup + spec.requests) * (len(spec.simple) + len(spec.complex)) + len(spec.setup)
    # Bounded: every request has its own timeout, so the meter cannot outlive this.
    timeout = int(rounds * spec.timeout_s + 120)
    try:
        # -E -s but not -I: the script imports its siblings from the root-only grader folder.
        run = await ctx.env.exec(["python3", "-E", "-s", ctx.path("measure_latency.py"), config_path],
                                 cwd=ctx.grader_dir, env=ctx.app_env(), timeout=timeout)
    except TimeoutError:
        result.errors.append(f"latency meter timed out after {timeout} s")
        return result
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        result.errors.append(f"latency meter failed: {(run.stderr or run.stdout)[-500:]}")
        return result
    if report.get("error"):
        result.errors.append(report["error"][:500])
        return result
    result.errors += [f"setup {e}" for e in report["setup_errors"]]
    for operation in report["operations"]:
        result.timings_ms.setdefault(operation["kind"], []).extend(operation["timings_ms"])
        if operation.get("stopped"):
            result.stopped.append(f"{operation['label']}: {operation['stopped']}")
        if operation["error_count"]:
            result.errors.append(f"{operation['label']}: {operation['error_count']} failed requests "
                                 f"({', '.join(operation['errors'])})")
    return result
