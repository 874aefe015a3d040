"""Run every grader a fixture asks for and combine them into one verdict per sample.

resolved = all hidden tests pass, plus the fixture's `resolved_requires` criteria;
sec_pass = resolved and secure (where security is graded);
success  = resolved and secure, coverage ok, latency ok (each where graded) and routing right
           (when an agent ran).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from .context import GraderContext
from .coverage import CoverageResult, grade_coverage
from .functional import FunctionalResult, grade_functional
from .latency import LatencyResult, grade_latency
from .quality import QualityResult, grade_quality
from .routing import RoutingResult
from .security import SecurityResult, combine, run_probes, run_static


@dataclass
class Verdict:
    functional: FunctionalResult
    routing: RoutingResult | None = None
    security: SecurityResult | None = None
    latency: LatencyResult | None = None
    coverage: CoverageResult | None = None
    quality: QualityResult | None = None
    resolved_requires: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each grader

    def criterion_ok(self, name: str) -> bool | None:
        """True or False where the criterion was graded, None where it was not."""
        if name == "routing":
            return None if self.routing is None else self.routing.correct
        if name == "secure":
            return None if self.security is None else self.security.secure
        result = getattr(self, name)
        return None if result is None else result.ok

    @property
    def resolved(self) -> bool:
        # A criterion required for resolution that could not be judged (routing in
        # `bdbench grade`, where no agent ran) does not block it; the explanation says so.
        return self.functional.all_passed and all(
            self.criterion_ok(name) is not False for name in self.resolved_requires)

    @property
    def sec_pass(self) -> bool:
        return self.resolved and self.criterion_ok("secure") is not False

    @property
    def success(self) -> bool:
        return self.sec_pass and all(
            self.criterion_ok(name) is not False for name in ("coverage", "latency", "routing"))

    def values(self) -> dict[str, float]:
        values = {"functional": self.functional.pass_rate, "resolved": float(self.resolved),
                  "sec_pass": float(self.sec_pass), "success": float(self.success)}
        if self.routing is not None:
            values["routing"] = float(self.routing.correct)
        return values

    def criteria(self) -> dict:
        return {
            "secure": self.criterion_ok("secure"),
            "cwes_found": self.security.cwes_found if self.security else [],
            "coverage": self.coverage.fraction if self.coverage else None,
            "coverage_ok": self.criterion_ok("coverage"),
            "latency": self.latency.summary() if self.latency else None,
            "latency_ok": self.criterion_ok("latency"),
            "quality_per_kloc": self.quality.per_kloc if self.quality else None,
        }

    @property
    def explanation(self) -> str:
        parts = [self.functional.explanation]
        for result in (self.routing, self.security, self.latency, self.coverage, self.quality):
            if result is not None:
                parts.append(result.explanation)
        if self.routing is None and "routing" in self.resolved_requires:
            parts.append("routing not judged: no agent ran, so 'resolved' covers the other criteria only")
        return "\n".join(parts)

    def metadata(self) -> dict:
        meta: dict = {
            "criteria": self.criteria(),
            "grading_seconds": {name: round(value, 2) for name, value in self.seconds.items()},
            "tests": [vars(o) for o in self.functional.outcomes],
            "test_error": self.functional.suite.error,
        }
        if self.security:
            meta["probes"] = [vars(p) for p in self.security.probes]
            meta["static_findings"] = [vars(f) for f in self.security.findings if f.high]
        if self.routing:
            meta |= self.routing.metadata()
        return meta


async def grade_all(ctx: GraderContext, profile: dict, routing: RoutingResult | None) -> Verdict:
    grading = ctx.fixture.spec.grading
    seconds: dict[str, float] = {}

    async def timed(name: str, grade):
        start = time.monotonic()
        result = await grade
        seconds[name] = time.monotonic() - start
        return result

    async def static_analysis():
        # Scanners and the linter read a copy of the code and need no app: they run while the
        # app-bound graders (one app at a time, on the fixture's port) take their turns.
        static = await timed("static", run_static(ctx, profile)) if grading.security else None
        quality = await timed("quality", grade_quality(ctx, profile))
        return static, quality

    static_job = asyncio.create_task(static_analysis()) if ctx.fixture.spec.app is not None else None
    try:
        verdict = Verdict(await timed("functional", grade_functional(ctx)), routing,
                          resolved_requires=list(grading.resolved_requires), seconds=seconds)
        probes = await timed("probes", run_probes(ctx)) if grading.security else None
        if grading.latency:
            verdict.latency = await timed("latency", grade_latency(ctx))
        if grading.coverage:
            verdict.coverage = await timed("coverage", grade_coverage(ctx, profile))
        if static_job:
            static, verdict.quality = await static_job
            if probes is not None and static is not None:
                verdict.security = combine(probes, static)
    finally:
        if static_job and not static_job.done():
            static_job.cancel()
    return verdict
