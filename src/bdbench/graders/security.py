"""Security grader: the fixture's exploit probes against the running app, plus static analysis.

secure = every probe ran and none succeeded, and no tool reported a high-severity finding. A
probe that could not run is reported as not run and never counts as safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .context import GraderContext
from .reports import FINDING_PARSERS, Finding
from .suite import run_suite
from .toolrun import run_tool, scan_copy

_CWE_IN_NAME = re.compile(r"test_cwe(\d+)")
STATUS = {"passed": "safe", "failed": "exploited", "error": "not_run", "skipped": "not_run"}
EXPLOIT_MARK = "EXPLOITED CWE-"  # how security_probes.exploited() starts its message


@dataclass
class ProbeResult:
    name: str
    cwe: str
    status: str  # safe | exploited | not_run
    evidence: str
    seconds: float = 0.0


@dataclass
class SecurityResult:
    probes: list[ProbeResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # probe runs or tools that did not complete

    @property
    def exploited(self) -> list[ProbeResult]:
        return [p for p in self.probes if p.status == "exploited"]

    @property
    def not_run(self) -> list[ProbeResult]:
        return [p for p in self.probes if p.status == "not_run"]

    @property
    def high_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.high]

    @property
    def secure(self) -> bool:
        return bool(self.probes) and not (self.exploited or self.not_run or self.high_findings or self.problems)

    @property
    def cwes_found(self) -> list[str]:
        return sorted({f"CWE-{p.cwe}" for p in self.exploited})

    @property
    def explanation(self) -> str:
        safe = sum(1 for p in self.probes if p.status == "safe")
        text = (f"security {'ok' if self.secure else 'FAILED'}: probes {safe} safe, {len(self.exploited)} "
                f"exploited, {len(self.not_run)} not run; {len(self.high_findings)} high static findings")
        for probe in self.exploited:
            text += f"\n  exploited CWE-{probe.cwe} {probe.name}: {probe.evidence[:400]}"
        for probe in self.not_run:
            text += f"\n  not run {probe.name}: {probe.evidence[:200]}"
        for finding in self.high_findings:
            text += f"\n  {finding.tool} {finding.rule} at {finding.location}: {finding.message[:200]}"
        for problem in self.problems:
            text += f"\n  {problem[:300]}"
        return text


def _probe_result(name: str, outcome: str, message: str, seconds: float = 0.0) -> ProbeResult:
    match = _CWE_IN_NAME.search(name)
    evidence = message.removeprefix("Failed: ")
    status = STATUS[outcome]
    if status == "exploited" and not evidence.startswith(EXPLOIT_MARK):
        # A probe that crashed proved nothing either way: not run, never safe.
        status, evidence = "not_run", f"probe failed without an exploit: {evidence}"
    return ProbeResult(name, match.group(1) if match else "?", status, evidence, seconds)


async def run_probes(ctx: GraderContext) -> SecurityResult:
    """The fixture's exploit probes against the running app."""
    result = SecurityResult()
    suite = await run_suite(ctx, "probes", ctx.fixture.spec.grading.test_timeout)
    if suite.error:
        result.problems.append(f"probes did not complete: {suite.error}")
    result.probes = [_probe_result(o.name, o.outcome, o.message, o.seconds) for o in suite.outcomes]
    return result


async def run_static(ctx: GraderContext, profile: dict) -> SecurityResult:
    """The stack's static analysers over a copy of the workspace; needs no running app."""
    result = SecurityResult()
    if not ctx.fixture.spec.grading.security.static:
        return result
    scan = await scan_copy(ctx, profile)
    for tool in profile.get("static", []):
        report = await run_tool(ctx, tool, scan=scan)
        if report.error:
            result.problems.append(f"{tool['name']} did not run: {report.error}")
            continue
        try:
            result.findings += FINDING_PARSERS[tool["format"]](report.text)
        except (ValueError, KeyError) as err:
            result.problems.append(f"{tool['name']} report unreadable: {err}")
    return result


def combine(probes: SecurityResult, static: SecurityResult) -> SecurityResult:
    return SecurityResult(probes.probes, static.findings, probes.problems + static.problems)
