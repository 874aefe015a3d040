"""Solvers: run the agent under test, or (for `bdbench grade`) load a finished workspace."""

from __future__ import annotations

from pathlib import Path

from inspect_ai.agent import AgentPrompt, AgentSubmit, react, run
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.util import message_limit, sandbox, store, time_limit, token_limit

from .agent import AgentSpec
from .archives import tar_bytes, unpack_command
from .delegation import DELEGATION_TOOLS, delegation_tool
from .fixtures import files_under
from .roster import Roster, load_roster
from .tools import TOOL_FACTORIES, WORKSPACE
from .tools_offline import OFFLINE_FACTORIES

LIMIT_KEY = "bdbench:limit"
WORKSPACE_ARCHIVE = "/tmp/bdbench-load.tar"

# Appended to the fixture's instruction; scripted agents strip it to find their task. Claude
# Code has no submit tool: its run ends with the agent's final reply.
WORKING_NOTES = """

---
Working notes: the repository is your current working directory. There is no network access.
When the work is finished, call submit() with a one-paragraph summary of what you did."""
CLAUDE_CODE_NOTES = WORKING_NOTES.replace("call submit() with", "end your turn with")
NOTES_BY_HARNESS = {"inspect": WORKING_NOTES, "claude-code": CLAUDE_CODE_NOTES}
NOTES_OPENING = WORKING_NOTES.strip().splitlines()[1]  # the same line in every harness's notes


def user_prompt(instruction: str, harness: str = "inspect") -> str:
    return instruction.strip() + NOTES_BY_HARNESS[harness]


def instruction_of(prompt: str) -> str:
    for notes in NOTES_BY_HARNESS.values():
        prompt = prompt.removesuffix(notes)
    return prompt.strip()


def agent_tools(spec: AgentSpec, roster: Roster) -> list:
    """The tools the file is granted, in its order: a function of the frontmatter and the
    suite's roster only, so two prompts with the same frontmatter get the same tools."""
    factories = TOOL_FACTORIES | OFFLINE_FACTORIES
    return [delegation_tool(roster, name) if name in DELEGATION_TOOLS else factories[name]()
            for name in spec.tools]


def build_agent(spec: AgentSpec, roster: Roster):
    tools = agent_tools(spec, roster)
    # The agent file's body is the whole system prompt: no harness text is added to it.
    prompt = AgentPrompt(instructions=spec.system_prompt, handoff_prompt=None,
                         assistant_prompt=None, submit_prompt=None)
    return react(prompt=prompt, tools=tools, submit=AgentSubmit(answer_only=True))


@solver
def run_agent(spec: AgentSpec, roster: Roster | None = None) -> Solver:
    """Run the agent file's prompt and tools on the sample, within the fixture's limits."""
    roster = roster or load_roster()

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        limits = state.metadata["limits"]
        agent_state, exceeded = await run(
            build_agent(spec, roster),
            state.messages,
            limits=[time_limit(limits["agent_seconds"]), message_limit(limits["messages"]),
                    token_limit(limits.get("tokens"))],
        )
        state.messages = agent_state.messages
        state.output = agent_state.output
        if exceeded is not None:
            store().set(LIMIT_KEY, f"{exceeded.type} limit reached: {exceeded.message}")
        return state

    return solve


@solver
def load_workspace() -> Solver:
    """Fill the agent's workspace with the fixture's starting repository (the host folder its
    metadata names)."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        archive = tar_bytes(files_under(Path(state.metadata["workspace_dir"])))
        await sandbox().write_file(WORKSPACE_ARCHIVE, archive)
        result = await sandbox().exec(["sh", "-c", f"rm -rf {WORKSPACE}/* {WORKSPACE}/.[!.]* && "
                                       + unpack_command(WORKSPACE_ARCHIVE, WORKSPACE)])
        if not result.success:
            raise RuntimeError(f"could not load the workspace: {result.stderr.strip()[:300]}")
        return state

    return solve


@solver
def graded_as_found() -> Solver:
    """`bdbench grade`: no agent runs and no agent container starts; the scorer copies the
    finished folder from the host straight into the grader."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        return state

    return solve
