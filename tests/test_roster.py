"""The suite's fixed roster: who the delegation tool reaches, and how routing reads it."""

import re

import pytest
import yaml
from inspect_ai.tool import ToolDef

from bdbench.agent import load_agent
from bdbench.fixtures import SELF_ROUTE, load_fixtures
from bdbench.graders.routing import grade_routing
from bdbench.roster import RosterError, load_roster
from bdbench.solvers import agent_tools
from conftest import REPO

SPEC = (REPO / "agents" / "backend-developer.md").read_text()


def test_roster_roles_follow_the_default_agent_spec():
    roster = load_roster()
    named = re.findall(r"\*\*Delegate to ([a-z0-9-]+) when\*\*", SPEC)
    assert roster.specialists == tuple(named) and len(named) == 3
    handoff_section = SPEC.split("### Handoff To")[1].split("###")[0]
    assert set(re.findall(r"\*\*([a-z0-9-]+)\*\*", handoff_section)) | {"frontend-developer"} == set(roster.handoffs)
    distractors = roster.with_role("distractor")
    assert len(distractors) >= 3
    criteria = SPEC.split("## Delegation Criteria")[1].split("## Success Criteria")[0]
    assert not [d for d in distractors if d in criteria]
    assert all(e.description and "\n" not in e.description for e in roster.entries)
    assert set(roster.routed) == set(roster.specialists) | set(distractors)


def test_every_fixture_route_is_self_or_a_specialist():
    specialists = load_roster().specialists
    for fixture in load_fixtures(REPO / "tasks"):
        for route in fixture.spec.routes:
            assert route == SELF_ROUTE or route in specialists, fixture.id


def test_routing_ignores_handoffs_and_counts_distractors():
    routed = load_roster().routed
    assert grade_routing("self", [{"agent": "code-reviewer"}], routed).correct
    wrong = grade_routing("self", [{"agent": "python-pro"}], routed)
    assert not wrong.correct and wrong.predicted == "python-pro"
    assert grade_routing("rails-backend-expert", [{"agent": "rails-backend-expert"}], routed).correct


def _defined(tool):
    return tool if isinstance(tool, ToolDef) else ToolDef(tool)


def test_same_frontmatter_same_tool_list_whatever_the_prompt():
    roster = load_roster()
    names = []
    for file in ("backend-developer.md", "backend-developer-no-delegation.md"):
        tools = agent_tools(load_agent(REPO / "agents" / file), roster)
        names.append([(d.name, d.description, d.parameters.model_dump_json()) for d in map(_defined, tools)])
    assert names[0] == names[1] and names[0][-1][0] == "Task"
    task = _defined(agent_tools(load_agent(REPO / "agents" / "backend-developer.md"), roster)[-1])
    assert set(task.parameters.properties) == {"subagent_type", "description", "prompt"}
    assert all(name in task.description for name in roster.names)


@pytest.mark.parametrize("agents, reason", [
    ([{"name": "a", "role": "boss", "description": "d"}], "role must be one of"),
    ([{"name": "a", "role": "handoff"}], "needs name, role and description"),
    ([{"name": "a", "role": "handoff", "description": "d"}] * 2, "listed twice"),
    ([], "non-empty 'agents' list"),
])
def test_bad_roster_is_a_one_line_error(tmp_path, agents, reason):
    path = tmp_path / "roster.yaml"
    path.write_text(yaml.safe_dump({"agents": agents}))
    with pytest.raises(RosterError, match=reason):
        load_roster(path)
