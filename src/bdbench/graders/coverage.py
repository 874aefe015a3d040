"""Coverage grader: the agent's own tests, run as the app user under the stack's coverage tool.

Only passing tests earn coverage: if they fail (or there are none), the score is 0.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from ..fixtures import CoverageSpec
from .context import GraderContext
from .reports import coverage_fraction

REPORT = "/tmp/bdbench-coverage.json"  # written by the app user's process, so outside /grader


@dataclass
class CoverageResult:
    spec: CoverageSpec
    fraction: float = 0.0
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.fraction >= self.spec.threshold

    @property
    def explanation(self) -> str:
        head = f"coverage {'ok' if self.ok else 'FAILED'}: {self.fraction:.1%} of {', '.join(self.spec.source)}"
        head += f" (threshold {self.spec.threshold:.0%})"
        return head + (f"; {self.problem}" if self.problem else "")


async def grade_coverage(ctx: GraderContext, profile: dict) -> CoverageResult:
    spec = ctx.fixture.spec.grading.coverage
    result = CoverageResult(spec)
    settings = profile["coverage"]
    sources = " ".join(settings["cov_source_arg"].format(source=shlex.quote(s)) for s in spec.source)
    command = f"rm -f {REPORT}; " + settings["command"].format(
        tests=shlex.quote(spec.tests), report=REPORT, cov_sources=sources)
    try:
        run = await ctx.env.exec(ctx.as_app_user(command), cwd=ctx.workspace, timeout=ctx.fixture.spec.grading.test_timeout,
                                 env={"HOME": "/home/app" if ctx.app_uid else ctx.workspace})
    except TimeoutError:
        result.problem = "the agent's tests timed out"
        return result
    if run.returncode == 5:
        result.problem = f"no tests found in {spec.tests}"
        return result
    if run.returncode != 0:
        result.problem = f"the agent's tests failed (exit {run.returncode}): {run.stdout[-600:]}"
        return result
    try:
        result.fraction = coverage_fraction(await ctx.env.read_file(REPORT))
    except (FileNotFoundError, KeyError, ValueError):
        result.problem = f"no coverage data: the tests never ran the source? {run.stdout[-300:]}"
    return result
