"""The claude-code harness without Docker: the files it installs, the delegations it reads
back, the scripted providers' Claude Code dialect, and the pins."""

from __future__ import annotations

import asyncio
import tomllib

import yaml
from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, GenerateConfig, get_model
from inspect_ai.tool import ToolCall, ToolInfo, ToolParams

from bdbench.agent import load_agent
from bdbench.claude_code_harness import claude_files, recorded_calls
from bdbench.providers import ACKNOWLEDGEMENT
from bdbench.roster import load_roster
from bdbench.solvers import user_prompt
from conftest import REPO, valid_task_yaml, write_fixture

CLAUDE_CODE_TOOLS = ["Agent", "Bash", "Edit", "Read", "Write"]  # and no submit


def test_agent_file_becomes_the_main_agent_with_the_roster_beside_it():
    spec, roster = load_agent(REPO / "agents" / "backend-developer.md"), load_roster()
    files = claude_files(spec, roster)
    assert files["settings.json"].strip() == '{"agent": "backend-developer"}'
    main = files["agents/backend-developer.md"]
    # The body is verbatim; the tools line gains Agent, as the inspect harness grants Task.
    assert spec.system_prompt in main
    assert "tools: Read, Write, Edit, Bash, Grep, Glob, Agent\n" in main
    for entry in roster.entries:
        meta = yaml.safe_load(files[f"agents/{entry.name}.md"].split("---")[1])
        assert (meta["name"], meta["description"]) == (entry.name, entry.description)


def test_delegations_are_read_from_the_main_agents_agent_calls():
    roster = load_roster()
    calls = [ToolCall(id="1", function="Agent", arguments={"subagent_type": "rails-backend-expert",
                                                            "description": "d", "prompt": "p"}),
             ToolCall(id="2", function="Agent", arguments={"subagent_type": "code-reviewer",
                                                            "description": "d", "prompt": "p"}),
             ToolCall(id="3", function="Agent", arguments={"subagent_type": "no-such-agent",
                                                            "description": "d", "prompt": "p"}),
             ToolCall(id="4", function="Bash", arguments={"command": "ls"})]
    delegations, handoffs = recorded_calls([ChatMessageAssistant(content="", tool_calls=calls)], roster)
    assert [(d["agent"], d["role"], d["tool"]) for d in delegations] == [("rails-backend-expert", "specialist", "Agent")]
    assert [d["agent"] for d in handoffs] == ["code-reviewer"]


def _generate(model, messages):
    tools = [ToolInfo(name=n, description=n, parameters=ToolParams()) for n in CLAUDE_CODE_TOOLS]
    return asyncio.run(model.api.generate(messages, tools, "auto", GenerateConfig()))


def test_oracle_speaks_claude_codes_tools(tasks_dir):
    root = write_fixture(tasks_dir, valid_task_yaml("task-0", route="rails-backend-expert"))
    (root / "solution" / "app.py").write_text("ANSWER = 1\n")
    (root / "workspace" / "app.py").write_text("ANSWER = 0\n")
    oracle = get_model("bdbench/oracle", tasks_dir=str(tasks_dir))
    fixture_instruction = yaml.safe_load((root / "task.yaml").read_text())["instruction"]
    # Claude Code wraps the sample's prompt in reminders of its own.
    prompt = ChatMessageUser(content="<system-reminder>today</system-reminder>\n"
                                     + user_prompt(fixture_instruction, "claude-code"))
    turns = []
    for taken in range(3):
        out = _generate(oracle, [prompt] + [ChatMessageAssistant(content="earlier")] * taken)
        turns.append([(c.function, c.arguments) for c in out.message.tool_calls or []])
    # Read before overwriting (Claude Code's Write demands it), absolute paths, Agent, then a plain reply.
    assert turns[0] == [("Read", {"file_path": "/workspace/app.py"})]
    assert [name for name, _ in turns[1]] == ["Write", "Agent"]
    assert turns[1][0][1] == {"file_path": "/workspace/app.py", "content": "ANSWER = 1\n"}
    assert turns[1][1][1]["subagent_type"] == "rails-backend-expert"
    assert turns[2] == []
    # A sub-agent's conversation (the brief, without the sample's notes) is acknowledged, not replayed.
    brief = _generate(oracle, [ChatMessageUser(content=fixture_instruction)])
    assert brief.message.tool_calls is None and brief.message.text == ACKNOWLEDGEMENT


def test_inspect_swe_is_pinned_where_the_claude_code_version_is():
    harness = yaml.safe_load((REPO / "sandboxes" / "harnesses" / "claude-code" / "harness.yaml").read_text())
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert f"inspect-swe=={harness['inspect_swe']}" in dependencies
