"""Routing grader: did the agent keep the work or hand it to the right specialist?

Scored as classification (as in tool-selection benchmarks): the predicted label is "self" when
no agent of the roster took the work, the agent's name when one did, and "a+b" when several
did. Only the roster's specialists (and its distractors, always wrong) take work; handoffs to
reviewers or helpers are recorded apart and never change the label.
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


def predicted_route(delegations: list[dict], routed: tuple[str, ...]) -> str:
    """`routed`: the roster's agents that take work (Roster.routed)."""
    taken = list(dict.fromkeys(d["agent"] for d in delegations if d["agent"] in routed))
    return "+".join(taken) if taken else SELF_ROUTE


def grade_routing(expected: str, delegations: list[dict], routed: tuple[str, ...]) -> RoutingResult:
    return RoutingResult(expected, predicted_route(delegations, routed), delegations)
