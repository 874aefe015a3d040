"""The inspect scorer: copy the finished workspace into the pristine grader, run the graders
there, and return one dict score per sample with an explanation for every criterion."""

from __future__ import annotations

from pathlib import Path

from inspect_ai.scorer import Score, Target, mean, scorer, stderr
from inspect_ai.solver import TaskState
from inspect_ai.util import sandbox

from .delegation import recorded_delegations, recorded_handoffs
from .fixtures import Fixture
from .graders.context import prepare_grader
from .graders.routing import RoutingResult, grade_routing
from .graders.verdict import grade_all
from .roster import Roster, load_roster
from .sandbox import GRADER, transfer_workspace

CLUSTER = "scenario"
# Sample metadata of `bdbench grade`: the workspace is the host folder, there is no agent.
GRADE_ONLY = "grade_only"
NOT_GRADED = float("nan")


@scorer(metrics={"*": [mean(), stderr(cluster=CLUSTER)]})
def bdbench_scorer(fixtures: dict[str, Fixture], profiles: dict[str, dict], routing: bool = True,
                   roster: Roster | None = None):
    """Grade each sample in its grader container; routing only when an agent ran, against the
    suite's roster.

    `profiles` maps a stack name to its grading profile (stack.yaml's `grading` section)."""
    routed = (roster or load_roster()).routed if routing else ()

    async def score(state: TaskState, target: Target) -> Score:
        fixture = fixtures[state.metadata["task_id"]]
        route = grade_routing(fixture.spec.routes, recorded_delegations(), routed) if routing else None
        if fixture.routing_only:
            value, explanation, metadata = routing_case_score(route)
        else:
            ctx = await prepare_grader(sandbox(GRADER), fixture)
            graded = Path(state.metadata["workspace_dir"]) if state.metadata.get(GRADE_ONLY) else sandbox()
            await transfer_workspace(graded, ctx.env, ctx.workspace, ctx.app_uid)
            verdict = await grade_all(ctx, profiles.get(fixture.spec.stack, {}), route)
            value, explanation, metadata = verdict.values(), verdict.explanation, verdict.metadata()
        if routing:
            # Handoffs of finished work (review, tests, docs) are shown, never scored as routing.
            metadata["handoffs"] = recorded_handoffs()
        return Score(value=value, explanation=explanation, metadata=metadata)

    return score


def routing_case_score(route: RoutingResult | None) -> tuple[dict, str, dict]:
    """A routing case has nothing to run, so no container is touched: its route is its only
    score, and pass@1 and the other criteria leave it out (NaN is inspect's 'not scored')."""
    value = {name: NOT_GRADED for name in ("functional", "resolved", "sec_pass", "success")}
    if route is None:
        return value, "routing case: routing not judged (no agent ran)", {}
    return value | {"routing": float(route.correct)}, route.explanation, route.metadata()
