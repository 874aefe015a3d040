"""The inspect scorer: copy the finished workspace into the pristine grader, run each grader
there, and return one dict score per sample with an explanation for every criterion."""

from __future__ import annotations

import posixpath

from inspect_ai.scorer import Score, Target, mean, scorer, stderr
from inspect_ai.solver import TaskState
from inspect_ai.util import sandbox, store

from .fixtures import Fixture
from .graders.functional import grade_functional
from .graders.routing import grade_routing
from .sandbox import GRADER, transfer_workspace
from .tools import WORKSPACE, recorded_delegations

AGENT_SPECIALISTS_KEY = "bdbench:specialists"
CLUSTER = "scenario"
APP_USER = "app"


async def _grader_layout(env) -> tuple[str, str, str | None]:
    """Absolute workspace and grader folders, and the app user's uid if the image has one."""
    probe = await env.exec(["sh", "-c", f"pwd -P; id -u {APP_USER} 2>/dev/null || true"])
    lines = probe.stdout.split()
    base, uid = lines[0], (lines[1] if len(lines) > 1 else None)
    return posixpath.join(base, WORKSPACE), posixpath.join(base, "grader"), uid


@scorer(metrics={"*": [mean(), stderr(cluster=CLUSTER)]})
def bdbench_scorer(fixtures: dict[str, Fixture], routing: bool = True):
    """Score functional correctness (and routing, when an agent ran) in the grader container."""

    async def score(state: TaskState, target: Target) -> Score:
        fixture = fixtures[str(state.sample_id)]
        grader = sandbox(GRADER)
        workspace, grader_dir, uid = await _grader_layout(grader)
        await transfer_workspace(sandbox(), grader, workspace, uid)
        functional = await grade_functional(grader, fixture, workspace, grader_dir, uid)

        values = {"functional": functional.pass_rate}
        explanations = [functional.explanation]
        metadata: dict = {
            "tests": [vars(o) for o in functional.outcomes],
            "test_error": functional.error,
        }
        resolved = functional.all_passed
        if routing:
            result = grade_routing(fixture.spec.route, recorded_delegations(),
                                   tuple(store().get(AGENT_SPECIALISTS_KEY, ())))
            values["routing"] = float(result.correct)
            explanations.append(result.explanation)
            metadata |= {"route_expected": result.expected, "route_predicted": result.predicted,
                         "delegations": result.delegations}
            if fixture.spec.grading.resolved_requires_route:
                resolved = resolved and result.correct
        elif fixture.spec.grading.resolved_requires_route:
            explanations.append("routing not judged: no agent ran, so 'resolved' covers the hidden tests only")
        values["resolved"] = float(resolved)
        return Score(value=values, explanation="\n".join(explanations), metadata=metadata)

    return score
