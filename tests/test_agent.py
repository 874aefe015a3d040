import pytest

from bdbench.agent import AgentFileError, load_agent
from conftest import REPO

SEED = REPO / "agents" / "backend-developer.md"


def test_seed_agent_is_shipped_unchanged():
    seed = REPO.parent / "shared" / "seed" / "backend-developer.md"
    if not seed.is_file():
        pytest.skip("the shared seed is not beside this checkout")
    assert SEED.read_bytes() == seed.read_bytes()


def test_seed_agent_loads_prompt_tools_and_roster():
    agent = load_agent(SEED)
    assert agent.name == "backend-developer"
    assert agent.tools == ("Read", "Write", "Edit", "Bash", "Grep", "Glob")
    assert agent.system_prompt.startswith("## Mission")
    assert "frontmatter" not in agent.system_prompt and "tools:" not in agent.system_prompt
    assert agent.specialists == ("rails-backend-expert", "nestjs-backend-expert",
                                 "elixir-phoenix-expert", "frontend-developer")
    assert agent.handoffs == ("code-reviewer", "test-runner", "documentation-specialist")
    assert len(agent.delegates) == 7


def _agent_file(tmp_path, frontmatter: str, body: str = "## Mission\nBuild things.\n"):
    path = tmp_path / "agent.md"
    path.write_text(f"---\n{frontmatter}\n---\n{body}")
    return path


def test_unknown_tool_is_a_clear_error(tmp_path):
    path = _agent_file(tmp_path, "name: x\ndescription: y\ntools: Read, Teleport")
    with pytest.raises(AgentFileError, match=r"agent.md: field 'tools': unknown tool Teleport; known tools are Read"):
        load_agent(path)


def test_tools_as_yaml_list_and_no_roster(tmp_path):
    agent = load_agent(_agent_file(tmp_path, "name: x\ndescription: y\ntools: [Bash, Read]"))
    assert agent.tools == ("Bash", "Read")
    assert agent.delegates == ()


def test_missing_frontmatter_and_fields(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("# just markdown\n")
    with pytest.raises(AgentFileError, match="missing YAML frontmatter"):
        load_agent(path)
    with pytest.raises(AgentFileError, match="field 'description' is missing"):
        load_agent(_agent_file(tmp_path, "name: x\ntools: Read"))
    with pytest.raises(AgentFileError, match="field 'tools' is missing"):
        load_agent(_agent_file(tmp_path, "name: x\ndescription: y"))


def test_roster_only_reads_delegation_headings(tmp_path):
    body = ("## Handoff From\n- **boss**: sends work\n## Handoff To\n- **reviewer**: reviews\n"
            "## Collaboration With\n- **go-expert**: Go work\n## Other\n- **not-an-agent**: no\n")
    agent = load_agent(_agent_file(tmp_path, "name: x\ndescription: y\ntools: Read", body))
    assert agent.specialists == ("go-expert",)
    assert agent.handoffs == ("reviewer",)
