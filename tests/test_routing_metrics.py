"""Routing metrics on hand-computed examples, and the known answers: constant routers at
chance, the oracle at 1."""

import pytest

from bdbench.report.stats import Routed, balanced_estimate
from bdbench.routing_metrics import Decision, handoff_rate, routing_metrics

RAILS, NEST, ELIXIR = "rails-backend-expert", "nestjs-backend-expert", "elixir-phoenix-expert"

# 6 cases: 3 self, 2 rails, 1 nestjs
CASES = [("self",), ("self",), ("self",), (RAILS,), (RAILS,), (NEST,)]


def _decide(predicted: list[str], cases=CASES) -> list[Decision]:
    return [Decision(accepted, p) for accepted, p in zip(cases, predicted)]


def test_hand_computed_example():
    # self: 2 of 3 kept (one sent to rails); rails: 1 of 2 (one kept); nestjs: sent to rails
    metrics = routing_metrics(_decide(["self", "self", RAILS, RAILS, "self", RAILS]))
    assert metrics.classes == ("self", NEST, RAILS)
    assert metrics.recall == pytest.approx({"self": 2 / 3, RAILS: 1 / 2, NEST: 0.0})
    assert metrics.balanced_accuracy == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
    assert metrics.accuracy == pytest.approx(3 / 6)
    # rails chosen 3 times, right once; nestjs never chosen
    assert metrics.precision == {RAILS: pytest.approx(1 / 3), NEST: None}
    assert metrics.over_delegation == pytest.approx(1 / 3)  # 1 of 3 self cases delegated
    assert metrics.under_delegation == pytest.approx(1 / 3)  # 1 of 3 specialist cases kept
    assert metrics.confusion == {("self", "self"): 2, ("self", RAILS): 1, (RAILS, RAILS): 1,
                                 (RAILS, "self"): 1, (NEST, RAILS): 1}


@pytest.mark.parametrize(("constant", "expected"), [("self", 1 / 3), (RAILS, 1 / 3), (NEST, 1 / 3),
                                                     ("python-pro", 0.0)])
def test_a_constant_router_scores_chance(constant, expected):
    # whatever class it always answers gets recall 1, the others 0; a distractor is never right
    metrics = routing_metrics(_decide([constant] * len(CASES)))
    assert metrics.balanced_accuracy == pytest.approx(expected)
    assert metrics.chance == pytest.approx(1 / 3)


def test_nop_keeps_everything_and_always_rails_hands_everything_over():
    nop = routing_metrics(_decide(["self"] * 6))
    assert (nop.over_delegation, nop.under_delegation) == (0.0, 1.0)
    rails = routing_metrics(_decide([RAILS] * 6))
    assert (rails.over_delegation, rails.under_delegation) == (1.0, 0.0)
    assert rails.precision[RAILS] == pytest.approx(2 / 6)


def test_the_oracle_scores_one():
    metrics = routing_metrics(_decide([c[0] for c in CASES]))
    assert metrics.balanced_accuracy == 1.0 and metrics.accuracy == 1.0
    assert metrics.over_delegation == 0.0 and metrics.under_delegation == 0.0


def test_a_case_accepting_two_routes_counts_under_the_one_taken():
    cases = CASES + [(RAILS, "self")]
    # nop keeps it (acceptable: counts as a right self decision), always-rails delegates it
    # (acceptable: a right rails decision); both stay exactly at chance
    for constant in ("self", RAILS):
        metrics = routing_metrics(_decide([constant] * 7, cases))
        assert metrics.balanced_accuracy == pytest.approx(1 / 3)
    wrong = routing_metrics(_decide([NEST] * 7, cases))
    assert wrong.confusion[(RAILS, NEST)] == 3  # counted under its main route when wrong


def test_the_interval_recomputes_recall_per_resample_and_stays_in_range():
    decisions = _decide(["self", "self", RAILS, RAILS, "self", RAILS])
    right = [float(d.correct) for d in decisions]
    labels = [d.label for d in decisions]
    clusters = ["a", "b", "c", "d", "e", "f"]
    one = balanced_estimate([Routed(right, labels)], clusters, resamples=2000)
    assert one.mean == pytest.approx(routing_metrics(decisions).balanced_accuracy)
    assert 0.0 <= one.lo < one.mean < one.hi <= 1.0
    # The oracle's resamples are all 1, whatever classes they draw (fixed weights would not be).
    oracle = balanced_estimate([Routed([1.0] * 6, [c[0] for c in CASES])], clusters, resamples=2000)
    assert (oracle.mean, oracle.lo, oracle.hi) == (1.0, 1.0, 1.0)
    # A difference: the same resamples for both runs, candidate minus base.
    diff = balanced_estimate([Routed(right, labels), Routed([1.0] * 6, [c[0] for c in CASES], -1.0)], clusters,
                             resamples=2000)
    assert diff.mean == pytest.approx(one.mean - 1.0) and -1.0 <= diff.lo <= diff.hi <= 0.0


def test_handoff_rate():
    assert handoff_rate([0, 2, 1, 0]) == 0.5
    assert handoff_rate([]) is None


def _suite_metrics(agent: str):
    """The suite's fixtures, routed by a scripted agent's own Task calls, read back the way the
    routing grader reads them."""
    from bdbench.fixtures import load_fixtures
    from bdbench.graders.routing import predicted_route
    from bdbench.roster import load_roster
    from bdbench.scripts import SCRIPTS
    from conftest import REPO

    routed = load_roster().routed
    decisions = []
    for fixture in load_fixtures(REPO / "tasks"):
        turns = SCRIPTS[agent](fixture, {"Write", "Bash", "Task"})
        calls = [{"agent": args["subagent_type"]} for turn in turns for name, args in turn if name == "Task"]
        decisions.append(Decision(fixture.spec.routes, predicted_route(calls, routed)))
    return routing_metrics(decisions)


@pytest.mark.parametrize(("agent", "balanced", "over", "under"), [
    ("oracle", 1.0, 0.0, 0.0),
    ("nop", 0.25, 0.0, 1.0),
    ("always-rails", 0.25, 1.0, 0.0),
])
def test_known_answers_on_the_suite(agent, balanced, over, under):
    metrics = _suite_metrics(agent)
    assert metrics.classes == ("self", ELIXIR, NEST, RAILS)
    assert metrics.chance == 0.25
    assert metrics.balanced_accuracy == pytest.approx(balanced)
    assert (metrics.over_delegation, metrics.under_delegation) == (over, under)
