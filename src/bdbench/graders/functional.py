"""Functional grader: the fixture's hidden tests, run in the grader container."""

from __future__ import annotations

from dataclasses import dataclass

from .context import GraderContext
from .suite import HiddenTestOutcome, SuiteResult, run_suite


@dataclass
class FunctionalResult:
    suite: SuiteResult

    @property
    def outcomes(self) -> list[HiddenTestOutcome]:
        return self.suite.outcomes

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def passed(self) -> int:
        return sum(1 for o in self.outcomes if o.outcome == "passed")

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total and not self.suite.error else 0.0

    @property
    def all_passed(self) -> bool:
        return self.suite.error is None and self.total > 0 and self.passed == self.total

    @property
    def failing(self) -> list[HiddenTestOutcome]:
        return [o for o in self.outcomes if o.outcome != "passed"]

    @property
    def explanation(self) -> str:
        if self.suite.error:
            return f"hidden tests did not complete: {self.suite.error}"
        text = f"hidden tests: {self.passed}/{self.total} passed"
        if self.failing:
            text += "; failing: " + ", ".join(o.name for o in self.failing)
        return text


async def grade_functional(ctx: GraderContext) -> FunctionalResult:
    return FunctionalResult(await run_suite(ctx, "tests", ctx.fixture.spec.grading.test_timeout))
