"""The delegation tool, in Claude Code's shape: `Task` (or its newer alias `Agent`) with
subagent_type, description and prompt. Every agent it reaches is a stub that acknowledges;
every call is recorded in the sample's store: work handed to a specialist or distractor as a
delegation (what routing is scored on), finished work passed to a handoff target apart."""

from __future__ import annotations

from inspect_ai.tool import ToolDef, ToolError, ToolParam, ToolParams
from inspect_ai.util import store

from .roster import Roster

DELEGATION_TOOLS = ("Task", "Agent")
DELEGATIONS_KEY = "bdbench:delegations"
HANDOFFS_KEY = "bdbench:handoffs"


def _description(roster: Roster) -> str:
    listing = "\n".join(f"- {e.name}: {e.description}" for e in roster.entries)
    return ("Launch a sub-agent to handle a piece of work on its own. Give it a short description "
            "and a complete prompt: it does not see this conversation.\n\n"
            f"Available agent types:\n{listing}")


def delegation_tool(roster: Roster, name: str = "Task") -> ToolDef:
    async def execute(subagent_type: str, description: str, prompt: str) -> str:
        role = roster.role_of(subagent_type)
        if role is None:
            raise ToolError(f"unknown subagent_type '{subagent_type}'; available agent types: "
                            + ", ".join(roster.names))
        key = HANDOFFS_KEY if role == "handoff" else DELEGATIONS_KEY
        record = {"agent": subagent_type, "role": role, "tool": name,
                  "description": description, "brief": prompt}
        store().set(key, store().get(key, []) + [record])
        return (f"{subagent_type} acknowledged the handoff and has taken ownership of it. "
                "Nothing more is needed from you for the part you handed over.")

    return ToolDef(
        execute,
        name=name,
        description=_description(roster),
        parameters=ToolParams(
            properties={
                # No enum: an unknown name must reach the tool and get the roster back, as in
                # Claude Code, rather than fail schema validation with a terse message.
                "subagent_type": ToolParam(type="string", description="The agent type to launch."),
                "description": ToolParam(type="string", description="A short (3-5 word) description of the work."),
                "prompt": ToolParam(type="string", description="The work for the agent, with context and acceptance criteria."),
            },
            required=["subagent_type", "description", "prompt"],
        ),
    )


def recorded_delegations() -> list[dict]:
    return list(store().get(DELEGATIONS_KEY, []))


def recorded_handoffs() -> list[dict]:
    return list(store().get(HANDOFFS_KEY, []))
