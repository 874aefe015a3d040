"""Agent files load by Claude Code's sub-agent rules; every failure is one AgentFileError line."""

import random

import pytest

from bdbench.agent import AgentFileError, load_agent
from bdbench.agent_tools import OFFERED
from conftest import REPO

SEED = REPO / "agents" / "backend-developer.md"
BODY = "## Mission\nBuild things.\n"


def test_seed_agent_is_shipped_unchanged():
    seed = REPO.parent / "shared" / "seed" / "backend-developer.md"
    if not seed.is_file():
        pytest.skip("the shared seed is not beside this checkout")
    assert SEED.read_bytes() == seed.read_bytes()


def test_seed_agent_loads_prompt_and_tools_plus_the_delegation_tool():
    agent = load_agent(SEED)
    assert agent.name == "backend-developer"
    # It lists no Task tool; as the main agent under test it still gets Task to route with.
    assert agent.tools == ("Read", "Write", "Edit", "Bash", "Grep", "Glob", "Task")
    assert agent.grant.added == ("Task",)
    assert agent.system_prompt.startswith("## Mission")
    assert "frontmatter" not in agent.system_prompt and "tools:" not in agent.system_prompt
    assert agent.warnings == [] and agent.model is None and len(agent.sha256) == 64


def _agent_file(tmp_path, frontmatter: str, body: str = BODY, name: str = "agent.md"):
    path = tmp_path / name
    path.write_text(f"---\n{frontmatter}\n---\n{body}")
    return path


def _load(tmp_path, frontmatter: str, body: str = BODY):
    return load_agent(_agent_file(tmp_path, frontmatter, body))


def test_omitted_tools_inherit_every_offered_tool_with_both_delegation_names(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y")
    assert agent.tools == OFFERED and agent.grant.inherited
    assert {"Task", "Agent", "MultiEdit", "TodoWrite", "WebFetch", "WebSearch"} <= set(agent.tools)
    assert agent.grant.offline == ("WebFetch", "WebSearch")
    assert _load(tmp_path, "name: x\ndescription: y\ntools:").tools == OFFERED  # empty value = omitted


@pytest.mark.parametrize("tools, expected", [
    ("Read, Grep, Glob", ("Read", "Grep", "Glob")),
    ("[Bash, Read]", ("Bash", "Read")),
    ("\n  - Read\n  - Edit", ("Read", "Edit")),
    ("read, write, bash", ("Read", "Write", "Bash")),
    ("Read Write Edit", ("Read", "Write", "Edit")),
    ("Read, Read, Edit", ("Read", "Edit")),
    ("MultiEdit, TodoWrite", ("MultiEdit", "TodoWrite")),
])
def test_tools_forms(tmp_path, tools, expected):
    agent = _load(tmp_path, f"name: x\ndescription: y\ntools: {tools}")
    assert agent.tools == expected + ("Task",)
    assert agent.warnings == []


def test_empty_list_grants_no_tool_but_delegation(tmp_path):
    assert _load(tmp_path, "name: x\ndescription: y\ntools: []").tools == ("Task",)


def test_bash_patterns_grant_bash_and_are_recorded(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y\ntools: Read, Bash(git *), Bash(npm run test:*), Task(rails-backend-expert)")
    assert agent.tools == ("Read", "Bash", "Task")
    assert agent.grant.patterns == {"Bash": ["git *", "npm run test:*"], "Task": ["rails-backend-expert"]}
    assert agent.metadata()["agent_tool_patterns"]["Bash"] == ["git *", "npm run test:*"]


def test_pattern_with_spaces_in_a_space_separated_list(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y\ntools: Read Bash(git diff *)")
    assert agent.tools == ("Read", "Bash", "Task") and agent.grant.patterns == {"Bash": ["git diff *"]}


def test_web_tools_are_offered_offline(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y\ntools: Read, WebFetch, WebSearch")
    assert agent.tools == ("Read", "WebFetch", "WebSearch", "Task")
    assert agent.grant.offline == ("WebFetch", "WebSearch") and agent.warnings == []


@pytest.mark.parametrize("tools, expected", [
    ("Read, Task", ("Read", "Task")),
    ("Read, Agent", ("Read", "Agent")),
    ("Read, Agent, Task", ("Read", "Agent", "Task")),
])
def test_delegation_tool_takes_the_name_the_file_lists(tmp_path, tools, expected):
    agent = _load(tmp_path, f"name: x\ndescription: y\ntools: {tools}")
    assert agent.tools == expected and agent.grant.added == ()


def test_unofferable_tools_are_one_warning_on_the_run_and_the_file_still_loads(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y\ntools: Read, mcp__github__create_issue, Skill, AskUserQuestion, Teleport")
    assert agent.tools == ("Read", "Task")
    assert agent.grant.unavailable == ("mcp__github__create_issue", "Skill", "AskUserQuestion", "Teleport")
    assert len(agent.warnings) == 1
    assert agent.warnings[0].startswith(str(tmp_path / "agent.md"))
    assert "mcp__github__create_issue, Skill, AskUserQuestion, Teleport" in agent.warnings[0]
    assert agent.metadata()["agent_tools_unavailable"] == list(agent.grant.unavailable)


def test_disallowed_tools_are_removed_and_recorded(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y\ndisallowedTools: Write, Edit, WebFetch")
    assert "Write" not in agent.tools and "Edit" not in agent.tools and "WebFetch" not in agent.tools
    assert agent.grant.dropped == ("Write", "Edit", "WebFetch")
    listed = _load(tmp_path, "name: x\ndescription: y\ntools: Read, Bash\ndisallowedTools: [bash]")
    assert listed.tools == ("Read", "Task") and listed.grant.dropped == ("Bash",)


def test_disallowing_either_delegation_name_removes_the_delegation_tool(tmp_path):
    for denied in ("Task", "Agent"):
        agent = _load(tmp_path, f"name: x\ndescription: y\ndisallowedTools: {denied}")
        assert "Task" not in agent.tools and "Agent" not in agent.tools
    assert _load(tmp_path, "name: x\ndescription: y\ntools: Read\ndisallowedTools: Task").tools == ("Read",)


@pytest.mark.parametrize("model", ["sonnet", "opus", "haiku", "inherit", "claude-sonnet-4-5"])
def test_model_is_recorded(tmp_path, model):
    agent = _load(tmp_path, f"name: x\ndescription: y\nmodel: {model}")
    assert agent.model == model and agent.metadata()["agent_model"] == model


def test_other_claude_code_fields_are_accepted(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y\ncolor: blue\nskills: [a, b]\npermissionMode: plan\nmaxTurns: 5")
    assert agent.name == "x"


def test_same_frontmatter_same_tools_whatever_the_prose(tmp_path):
    front = "name: x\ndescription: y\ntools: Read, Bash"
    a = load_agent(_agent_file(tmp_path, front, "## Collaboration With\n- **go-expert**: Go\n", "a.md"))
    b = load_agent(_agent_file(tmp_path, front, "No sections at all.\n", "b.md"))
    assert a.tools == b.tools and a.sha256 != b.sha256


def test_invalid_yaml_with_a_name_and_description_is_read_leniently(tmp_path):
    agent = _load(tmp_path, "name: api-helper\ndescription: Use when: the API breaks. Example: context: x\ntools: Read, Bash")
    assert agent.description == "Use when: the API breaks. Example: context: x"
    assert agent.tools == ("Read", "Bash", "Task")
    assert any("not valid YAML at line" in w for w in agent.warnings)


def test_lenient_reading_joins_continuation_lines(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: first: line\n  second line\ntools: [Read]")
    assert agent.description == "first: line second line" and agent.tools == ("Read", "Task")


def test_invalid_yaml_without_a_description_names_line_and_column(tmp_path):
    path = _agent_file(tmp_path, "name: x\ntools: [Read\nmodel: sonnet")
    with pytest.raises(AgentFileError) as err:
        load_agent(path)
    message = str(err.value)
    assert message.startswith(f"{path}:") and "frontmatter is not valid YAML" in message
    line, column = message[len(str(path)) + 1:].split(":")[:2]
    assert line.isdigit() and column.isdigit() and int(line) >= 2
    assert "\n" not in message


@pytest.mark.parametrize("content, reason", [
    ("# just markdown\n", "missing YAML frontmatter"),
    ("---\nname: x\ndescription: y\n", "never closed"),
    ("---\ndescription: y\n---\nbody\n", "field 'name' is missing"),
    ("---\nname: x\n---\nbody\n", "field 'description' is missing"),
    ("---\nname: '  '\ndescription: y\n---\nbody\n", "field 'name' is missing"),
    ("---\nname: x\ndescription: y\n---\n\n", r"body \(the system prompt\) is empty"),
    ("---\n- a\n- b\n---\nbody\n", "must be 'key: value' lines"),
    ("---\nname: x\ndescription: y\ntools: {a: 1}\n---\nbody\n", "field 'tools' must be"),
    ("---\nname: x\ndescription: y\ntools: [Read, 5]\n---\nbody\n", "every entry must be a tool name"),
    ("---\nname: x\ndescription: y\nmodel: [a]\n---\nbody\n", "field 'model'"),
    ("", "missing YAML frontmatter"),
])
def test_errors_are_one_line_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "broken.md"
    path.write_text(content)
    with pytest.raises(AgentFileError, match=reason) as err:
        load_agent(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(AgentFileError, match="agent file not found"):
        load_agent(tmp_path / "nowhere.md")


def test_utf8_bom_and_crlf_load(tmp_path):
    path = tmp_path / "windows.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\nname: x\r\ndescription: y\r\ntools: Read\r\n---\r\n## Mission\r\nWork.\r\n")
    agent = load_agent(path)
    assert agent.name == "x" and agent.tools == ("Read", "Task") and agent.system_prompt == "## Mission\nWork."


@pytest.mark.parametrize("encoding, reason", [
    ("utf-16", "UTF-16; save it as UTF-8"),
    ("utf-16-le", "NUL bytes"),
    ("cp1252", "not UTF-8"),
])
def test_other_encodings_are_one_line_errors(tmp_path, encoding, reason):
    path = tmp_path / "encoded.md"
    path.write_bytes("---\nname: x\ndescription: café “quoted”\n---\nbody\n".encode(encoding))
    with pytest.raises(AgentFileError, match=reason) as err:
        load_agent(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_huge_file_is_refused_without_parsing(tmp_path):
    path = tmp_path / "huge.md"
    path.write_bytes(b"---\nname: x\ndescription: y\n---\n" + b"a" * 2_000_000)
    with pytest.raises(AgentFileError, match="more than an agent file's"):
        load_agent(path)


def test_large_but_sane_file_loads(tmp_path):
    agent = _load(tmp_path, "name: x\ndescription: y", "word " * 150_000)
    assert len(agent.system_prompt) > 700_000


FUZZ_PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"---\n", b"---\r\n", b"---\nname: x\ndescription: y\n",
                 b"---\nname: x\ndescription: y\n---\n", b"---\n[[[[[[[[[[", b"---\n&a [*a]\n---\n"]


def test_fuzz_never_a_traceback(tmp_path):
    """Random bytes after every interesting prefix: either an agent or an AgentFileError that
    names the file, on one line."""
    rng = random.Random(9)
    path = tmp_path / "fuzz.md"
    alphabet = b"-:\n\r\t []{}(),'\"#&*!|>%@`\\ abcnametoolsdescription\x00\xff\xc3\xa9"
    for i in range(1500):
        prefix = FUZZ_PREFIXES[i % len(FUZZ_PREFIXES)]
        if i % 3 == 0:
            tail = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        else:
            tail = bytes(rng.choice(alphabet) for _ in range(rng.randrange(300)))
        path.write_bytes(prefix + tail)
        try:
            load_agent(path)
        except AgentFileError as err:
            assert str(err).startswith(str(path)) and "\n" not in str(err), (prefix + tail, str(err))


def test_deep_nesting_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text("---\nname: x\ndescription: y\nextra: " + "[" * 5000 + "\n---\nbody\n")
    with pytest.raises(AgentFileError):
        load_agent(path)
