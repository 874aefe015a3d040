"""Routing scored as classification, with metrics that doing nothing or always delegating
cannot game.

Each routed sample is one decision: the routes the fixture accepts and the route the agent
took. Plain accuracy rewards the majority class (most work stays `self`), so the headline is
balanced accuracy: the mean recall over the route classes present. An agent that always gives
the same answer scores 1/K on it (K classes), whichever answer it gives.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .fixtures import SELF_ROUTE


@dataclass(frozen=True)
class Decision:
    accepted: tuple[str, ...]  # the fixture's acceptable routes, its main one first
    predicted: str

    @property
    def correct(self) -> bool:
        return self.predicted in self.accepted

    @property
    def label(self) -> str:
        """The class the decision counts under: the route taken when it is acceptable, else the
        fixture's main route. A constant router thus stays at chance on cases that accept two."""
        return self.predicted if self.correct else self.accepted[0]


@dataclass(frozen=True)
class RoutingMetrics:
    decisions: int
    classes: tuple[str, ...]  # "self" first, then specialists alphabetically
    recall: dict[str, float]  # per class
    precision: dict[str, float | None]  # per specialist class; None when never chosen
    over_delegation: float | None  # share of work that should stay, handed to an agent
    under_delegation: float | None  # share of specialist work kept
    confusion: dict[tuple[str, str], int]  # (label, predicted) -> decisions

    @property
    def balanced_accuracy(self) -> float:
        return sum(self.recall.values()) / len(self.recall) if self.recall else float("nan")

    @property
    def accuracy(self) -> float:
        right = sum(n for (label, predicted), n in self.confusion.items() if label == predicted)
        return right / self.decisions if self.decisions else float("nan")

    @property
    def chance(self) -> float:
        """What a constant router scores on balanced accuracy."""
        return 1 / len(self.classes) if self.classes else float("nan")

    @property
    def specialists(self) -> tuple[str, ...]:
        return tuple(c for c in self.classes if c != SELF_ROUTE)

    def as_dict(self) -> dict:
        return {"decisions": self.decisions, "classes": list(self.classes),
                "balanced_accuracy": self.balanced_accuracy, "chance": self.chance, "accuracy": self.accuracy,
                "recall": self.recall, "precision": self.precision,
                "over_delegation": self.over_delegation, "under_delegation": self.under_delegation}


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def _class_order(route: str) -> tuple[bool, str]:
    return route != SELF_ROUTE, route


def routing_metrics(decisions: list[Decision]) -> RoutingMetrics:
    confusion = Counter((d.label, d.predicted) for d in decisions)
    per_class = Counter(d.label for d in decisions)
    classes = tuple(sorted(per_class, key=_class_order))
    recall = {c: confusion[(c, c)] / per_class[c] for c in classes}
    chosen = Counter(d.predicted for d in decisions)
    precision = {c: _share(confusion[(c, c)], chosen[c]) for c in classes if c != SELF_ROUTE}
    keep = [d for d in decisions if d.label == SELF_ROUTE]
    hand = [d for d in decisions if d.label != SELF_ROUTE]
    return RoutingMetrics(
        decisions=len(decisions), classes=classes, recall=recall, precision=precision,
        over_delegation=_share(sum(d.predicted != SELF_ROUTE for d in keep), len(keep)),
        under_delegation=_share(sum(d.predicted == SELF_ROUTE for d in hand), len(hand)),
        confusion=dict(confusion),
    )


def handoff_rate(handoff_counts: list[int]) -> float | None:
    """Share of routed samples in which the agent handed finished work on (review, tests,
    docs). Informational: the spec asks for it, but no score depends on it."""
    return _share(sum(1 for n in handoff_counts if n > 0), len(handoff_counts))
