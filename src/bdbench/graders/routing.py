"""Routing grader: did the agent keep the work or hand it to the right specialist?

Scored as classification (as in tool-selection benchmarks): the predicted label is "self" when
no agent of the roster took the work, the agent's name when one did, and "a+b" when several
did. Only the roster's specialists (and its distractors, always wrong) take work; handoffs to
reviewers or helpers are recorded apart and never change the label.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fixtures import ROUTE_SEPARATOR, SELF_ROUTE


@dataclass(frozen=True)
class RoutingResult:
    accepted: tuple[str, ...]  # the fixture's acceptable routes, the first being its main one
    predicted: str
    delegations: list[dict]

    @property
    def correct(self) -> bool:
        return self.predicted in self.accepted

    @property
    def expected(self) -> str:
        return ROUTE_SEPARATOR.join(self.accepted)

    def metadata(self) -> dict:
        return {"route_expected": self.expected, "route_accepted": list(self.accepted),
                "route_predicted": self.predicted, "delegations": self.delegations}

    @property
    def explanation(self) -> str:
        verdict = "right" if self.correct else "wrong"
        called = ", ".join(d["agent"] for d in self.delegations) or "none"
        return f"routing {verdict}: expected {self.expected}, got {self.predicted} (delegate calls: {called})"


def predicted_route(delegations: list[dict], routed: tuple[str, ...]) -> str:
    """`routed`: the roster's agents that take work (Roster.routed)."""
    taken = list(dict.fromkeys(d["agent"] for d in delegations if d["agent"] in routed))
    return "+".join(taken) if taken else SELF_ROUTE


def grade_routing(accepted: str | tuple[str, ...], delegations: list[dict], routed: tuple[str, ...]) -> RoutingResult:
    """`accepted`: the fixture's route, or its acceptable routes (TaskSpec.routes)."""
    accepted = (accepted,) if isinstance(accepted, str) else tuple(accepted)
    return RoutingResult(accepted, predicted_route(delegations, routed), delegations)
