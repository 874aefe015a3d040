"""The inspect scorer: copy the finished workspace into the pristine grader, run the graders
there, and return one dict score per sample with an explanation for every criterion."""

from __future__ import annotations

from inspect_ai.scorer import Score, Target, mean, scorer, stderr
from inspect_ai.solver import TaskState
from inspect_ai.util import sandbox

from .delegation import recorded_delegations, recorded_handoffs
from .fixtures import Fixture
from .graders.context import prepare_grader
from .graders.routing import grade_routing
from .graders.verdict import grade_all
from .roster import Roster, load_roster
from .sandbox import GRADER, transfer_workspace

CLUSTER = "scenario"


@scorer(metrics={"*": [mean(), stderr(cluster=CLUSTER)]})
def bdbench_scorer(fixtures: dict[str, Fixture], profiles: dict[str, dict], routing: bool = True,
                   roster: Roster | None = None):
    """Grade each sample in its grader container; routing only when an agent ran, against the
    suite's roster.

    `profiles` maps a stack name to its grading profile (stack.yaml's `grading` section)."""
    routed = (roster or load_roster()).routed if routing else ()

    async def score(state: TaskState, target: Target) -> Score:
        fixture = fixtures[state.metadata["task_id"]]
        ctx = await prepare_grader(sandbox(GRADER), fixture)
        await transfer_workspace(sandbox(), ctx.env, ctx.workspace, ctx.app_uid)
        route = None
        if routing:
            route = grade_routing(fixture.spec.route, recorded_delegations(), routed)
        verdict = await grade_all(ctx, profiles.get(fixture.spec.stack, {}), route)
        metadata = verdict.metadata()
        if routing:
            # Handoffs of finished work (review, tests, docs) are shown, never scored as routing.
            metadata["handoffs"] = recorded_handoffs()
        return Score(value=verdict.values(), explanation=verdict.explanation, metadata=metadata)

    return score
