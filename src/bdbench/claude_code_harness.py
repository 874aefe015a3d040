"""The claude-code harness: the agent file runs inside the real Claude Code binary.

inspect-swe's claude_code agent starts the `claude` binary of the image's harness layer
(sandboxes/harnesses/claude-code) in the agent's container; its model calls come back to the
run's inspect model through inspect's sandbox agent bridge, so scripted providers answer them
too. The agent file becomes a Claude Code sub-agent selected as the main agent
(.claude/settings.json), and the suite's roster sits beside it, so delegation goes through
Claude Code's own Agent tool. Tools run inside Claude Code: there are no tool events, so the
delegations are read back from the main agent's conversation.
"""

from __future__ import annotations

import json
import shlex

from inspect_ai.agent import run
from inspect_ai.model import ChatMessage, ChatMessageAssistant, get_model
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.util import message_limit, sandbox, store, time_limit, token_limit
from inspect_swe import claude_code

from .agent import AgentSpec
from .agent_tools import DELEGATION_ALIASES
from .delegation import DELEGATIONS_KEY, HANDOFFS_KEY
from .roster import Roster, RosterEntry, load_roster
from .solvers import LIMIT_KEY

NAME = "claude-code"
CWD = "/workspace"
CLAUDE_DIR = f"{CWD}/.claude"
# Without it the Agent tool runs sub-agents in the background and `claude -p` can end first.
ENV = {"CLAUDE_CODE_DISABLE_BACKGROUND_TASKS": "1"}
# Claude Code refuses a model id it does not know (unrecognized_model), and the id is only the
# identity it presents to itself: the bridge serves the run's model whatever it is. Models
# that are not Claude (scripted ones, other vendors') present this one.
PRESENTED_MODEL = "claude-sonnet-4-5"


def presented_model(served: str) -> str | None:
    """None lets inspect-swe present the served model's own id (a Claude id)."""
    return None if served.split("/")[-1].startswith("claude") else PRESENTED_MODEL


def roster_agent_file(entry: RosterEntry) -> str:
    """A roster agent as a Claude Code sub-agent: a stand-in that acknowledges, as the inspect
    harness's delegation stub does, so both harnesses reward the same routing."""
    return (f"---\nname: {entry.name}\ndescription: {json.dumps(entry.description)}\ntools: Read\n---\n\n"
            f"You stand in for the {entry.name} agent in a benchmark. Reply in one sentence that you "
            "acknowledge the work handed to you and have taken ownership of it. Use no tools.\n")


def main_agent_file(spec: AgentSpec) -> str:
    """The agent file as Claude Code gets it: verbatim, except that a `tools` list without a
    delegation tool gains Agent, as bdbench grants it in the inspect harness (agent_tools.py:
    the main agent's routing is what is scored). Claude Code would otherwise offer none."""
    text = spec.path.read_text(encoding="utf-8").replace("\r\n", "\n")
    if not spec.grant.added:
        return text
    lines = text.split("\n")
    closing = lines.index("---", 1)
    for i in range(1, closing):
        key, _, value = lines[i].partition(":")
        if key.strip() == "tools" and value.strip() and not value.strip().startswith("["):
            lines[i] = f"{key}: {value.strip()}, Agent"
            return "\n".join(lines)
    raise ValueError(f"{spec.path}: cannot add the Agent tool to its `tools` field for Claude Code; "
                     "list Agent (or Task) in it")


def claude_files(spec: AgentSpec, roster: Roster) -> dict[str, str]:
    """Path under .claude -> content: the agent file as the main agent, the roster's other
    agents beside it."""
    files = {f"agents/{spec.name}.md": main_agent_file(spec),
             "settings.json": json.dumps({"agent": spec.name}) + "\n"}
    for entry in roster.entries:
        files.setdefault(f"agents/{entry.name}.md", roster_agent_file(entry))
    return files


def recorded_calls(messages: list[ChatMessage], roster: Roster) -> tuple[list[dict], list[dict]]:
    """The main agent's Agent/Task calls to roster agents, as the delegation tool records them:
    (delegations, handoffs). Names outside the roster are refused by Claude Code, as by the tool."""
    delegations, handoffs = [], []
    for message in messages:
        if not isinstance(message, ChatMessageAssistant):
            continue
        for call in message.tool_calls or []:
            agent = (call.arguments or {}).get("subagent_type")
            role = roster.role_of(agent) if call.function in DELEGATION_ALIASES else None
            if role is None:
                continue
            record = {"agent": agent, "role": role, "tool": call.function,
                      "description": call.arguments.get("description", ""), "brief": call.arguments.get("prompt", "")}
            (handoffs if role == "handoff" else delegations).append(record)
    return delegations, handoffs


@solver
def run_claude_code(spec: AgentSpec, roster: Roster | None = None) -> Solver:
    """Run the agent file in Claude Code on the sample, within the fixture's limits; the .claude
    folder is removed afterwards, as the harness's and not the agent's work."""
    roster = roster or load_roster()
    files = claude_files(spec, roster)

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        for rel, text in files.items():
            await sandbox().write_file(f"{CLAUDE_DIR}/{rel}", text)
        limits = state.metadata["limits"]
        agent = claude_code(version="sandbox", cwd=CWD, env=ENV, model_config=presented_model(get_model().name))
        agent_state, exceeded = await run(
            agent, state.messages,
            limits=[time_limit(limits["agent_seconds"]), message_limit(limits["messages"]),
                    token_limit(limits.get("tokens"))],
        )
        state.messages = agent_state.messages
        state.output = agent_state.output
        delegations, handoffs = recorded_calls(agent_state.messages, roster)
        store().set(DELEGATIONS_KEY, delegations)
        store().set(HANDOFFS_KEY, handoffs)
        if exceeded is not None:
            store().set(LIMIT_KEY, f"{exceeded.type} limit reached: {exceeded.message}")
        removed = await sandbox().exec(["rm", "-rf", CLAUDE_DIR])
        if not removed.success:
            raise RuntimeError(f"could not remove {shlex.quote(CLAUDE_DIR)}: {removed.stderr.strip()[:300]}")
        return state

    return solve
