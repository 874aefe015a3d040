"""Agent files written for bdbench in every form seen in public Claude Code collections (tools
omitted, strings, lists, lowercase, spaces, permission patterns, web and MCP tools, Task and
Agent, disallowedTools, unquoted colons, block descriptions, extra fields): all load."""

import pytest

from bdbench.agent import load_agent
from bdbench.agent_tools import OFFERED
from bdbench.roster import load_roster
from bdbench.solvers import agent_tools
from conftest import REPO

CORPUS = REPO / "tests" / "agent_files"
FILES = sorted(p for p in CORPUS.glob("*.md") if p.name != "SOURCES.md")  # SOURCES.md: where the forms come from

EXPECTED_TOOLS = {
    "tools-omitted": OFFERED,
    "tools-comma-string": ("Read", "Grep", "Glob", "Bash", "Task"),
    "tools-yaml-list": ("Read", "Grep", "Glob", "Task"),
    "tools-flow-list": ("Read", "Grep", "Task"),
    "tools-lowercase": ("Read", "Write", "Edit", "Bash", "Task"),
    "tools-space-separated": ("Read", "Grep", "Glob", "Task"),
    "tools-trailing-comma": ("Read", "Write", "Edit", "Task"),
    "bash-patterns": ("Read", "Bash", "Task"),
    "web-and-todo": ("Read", "WebFetch", "WebSearch", "TodoWrite", "Grep", "Task"),
    "multiedit": ("Read", "MultiEdit", "Edit", "Bash", "Glob", "Task"),
    "task-delegation": ("Read", "Write", "Edit", "Bash", "Task"),
    "agent-delegation": ("Read", "Grep", "Agent"),
    "mcp-skill-ask": ("Read", "Grep", "Task"),
    "disallowed-tools": tuple(t for t in OFFERED if t not in ("Write", "Edit", "MultiEdit")),
    "unquoted-colon-description": ("Read", "Bash", "Grep", "Task"),
    "block-description": ("Read", "Write", "Bash", "Task"),
    "quoted-escaped-description": ("Read", "Write", "Edit", "Bash", "Task"),
    "extra-fields": ("Read", "Write", "Edit", "Bash", "Grep", "Glob", "Task"),
    "heading-sections": ("Read", "Write", "Edit", "Bash", "Grep", "Glob", "Task"),
}


def test_corpus_is_complete():
    assert {f.stem for f in FILES} == set(EXPECTED_TOOLS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_corpus_file_loads_with_its_tools(path):
    agent = load_agent(path)
    assert agent.tools == EXPECTED_TOOLS[path.stem]
    assert agent.system_prompt and agent.name and agent.description
    # Every granted tool can be built; the roster reaches the delegation tool.
    assert len(agent_tools(agent, load_roster())) == len(agent.tools)


def test_corpus_details():
    load = {f.stem: load_agent(f) for f in FILES}
    assert load["bash-patterns"].grant.patterns == {"Bash": ["git log:*", "git diff *", "npm run build"]}
    assert load["mcp-skill-ask"].grant.unavailable == ("mcp__github__list_issues", "mcp__github__add_labels",
                                                       "Skill", "AskUserQuestion", "NotebookEdit")
    assert len(load["mcp-skill-ask"].warnings) == 1
    assert load["disallowed-tools"].grant.dropped == ("Write", "Edit", "MultiEdit")
    assert {k: load[k].model for k in ("tools-comma-string", "tools-yaml-list", "tools-flow-list", "web-and-todo")} == {
        "tools-comma-string": "sonnet", "tools-yaml-list": "haiku", "tools-flow-list": "inherit", "web-and-todo": "opus"}
    assert load["unquoted-colon-description"].description.startswith("Use this agent when production breaks. Examples:")
    assert load["quoted-escaped-description"].name == "graphql-builder"
    assert load["block-description"].description.startswith("Plans database migrations")
    # Prose headings name no tools and no delegates: only the frontmatter counts.
    assert load["heading-sections"].tools == load["extra-fields"].tools
    warned = [k for k, a in load.items() if a.warnings]
    assert sorted(warned) == ["mcp-skill-ask", "unquoted-colon-description"]
