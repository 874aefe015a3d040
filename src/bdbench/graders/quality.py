"""Quality grader (informational): linter findings per thousand lines of the app's code."""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import GraderContext
from .reports import FINDING_PARSERS, Finding
from .toolrun import run_tool, scan_copy


@dataclass
class QualityResult:
    findings: list[Finding] = field(default_factory=list)
    lines: int = 0
    problem: str | None = None

    @property
    def per_kloc(self) -> float | None:
        return len(self.findings) / (self.lines / 1000) if self.lines and not self.problem else None

    @property
    def explanation(self) -> str:
        if self.problem:
            return f"quality not measured: {self.problem}"
        rate = self.per_kloc
        rules = sorted({f.rule for f in self.findings})
        return (f"quality: {len(self.findings)} linter findings in {self.lines} lines"
                + (f" ({rate:.1f}/KLOC)" if rate is not None else "") + (f"; rules {', '.join(rules[:10])}" if rules else ""))


async def grade_quality(ctx: GraderContext, profile: dict) -> QualityResult:
    tool = profile.get("quality")
    if not tool:
        return QualityResult(problem="the stack has no linter")
    scan = await scan_copy(ctx, profile)
    counted = await ctx.env.exec(["sh", "-c", f"find {scan} -name '{tool['source_glob']}' -type f -exec cat {{}} + | grep -cv '^[[:space:]]*$' || true"])
    report = await run_tool(ctx, tool, scan=scan)
    if report.error:
        return QualityResult(problem=report.error)
    return QualityResult(FINDING_PARSERS[tool["format"]](report.text), int(counted.stdout.strip() or 0))
