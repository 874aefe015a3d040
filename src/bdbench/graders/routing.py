"""Routing grader: did the agent keep the work or hand it to the right specialist?

Scored as classification (as in tool-selection benchmarks): the predicted label is "self" when
no specialist took the work, the specialist's name when one did, and "a+b" when several did.
Handoffs to reviewers or helpers (the agent file's "Handoff To" list) are not delegation of
the work, so they never change the label.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fixtures import SELF_ROUTE


@dataclass(frozen=True)
class RoutingResult:
    expected: str
    predicted: str
    delegations: list[dict]

    @property
    def correct(self) -> bool:
        return self.predicted == self.expected

    @property
    def explanation(self) -> str:
        verdict = "right" if self.correct else "wrong"
        called = ", ".join(d["agent"] for d in self.delegations) or "none"
        return f"routing {verdict}: expected {self.expected}, got {self.predicted} (delegate calls: {called})"


def predicted_route(delegations: list[dict], specialists: tuple[str, ...]) -> str:
    taken = list(dict.fromkeys(d["agent"] for d in delegations if d["agent"] in specialists))
    return "+".join(taken) if taken else SELF_ROUTE


def grade_routing(expected: str, delegations: list[dict], specialists: tuple[str, ...]) -> RoutingResult:
    return RoutingResult(expected, predicted_route(delegations, specialists), delegations)
