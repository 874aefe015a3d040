"""The agent loop with a scripted mockllm model: every tool acts in a real (local) sandbox and
every delegation is recorded."""

from inspect_ai import Task, eval
from inspect_ai.dataset import Sample
from inspect_ai.model import ChatMessageTool, ModelOutput, ModelUsage, get_model
from inspect_ai.scorer import Score, mean, scorer

from bdbench.agent import load_agent
from bdbench.solvers import run_agent
from bdbench.delegation import recorded_delegations, recorded_handoffs
from bdbench.tools_offline import TODOS_KEY
from conftest import REPO

USAGE = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)


def _call(tool: str, **arguments) -> ModelOutput:
    output = ModelOutput.for_tool_call("mockllm/model", tool, arguments)
    output.usage = USAGE
    return output


def _all_tools_agent(tmp_path):
    """The shipped agent's prompt with tools omitted: it inherits every tool, Task and Agent too."""
    text = (REPO / "agents" / "backend-developer.md").read_text()
    path = tmp_path / "inherits.md"
    path.write_text(text.replace("tools: Read, Write, Edit, Bash, Grep, Glob\n", ""))
    return path


@scorer(metrics=[mean()])
def delegations_scorer():
    async def score(state, target):
        return Score(value=1, metadata={"delegations": recorded_delegations(), "handoffs": recorded_handoffs()})
    return score


def test_tools_act_in_the_sandbox_and_delegation_is_recorded(tmp_path):
    script = [
        _call("Write", file_path="pkg/notes.py", content="NAME = 'old'\nVALUE = 1\n"),
        _call("Edit", file_path="pkg/notes.py", old_string="'old'", new_string="'new'"),
        _call("Read", file_path="pkg/notes.py"),
        _call("Bash", command="python3 -c \"import pkg.notes as n; print(n.NAME, n.VALUE + 1)\""),
        _call("Grep", pattern="VALUE = [0-9]", glob="*.py"),
        _call("Glob", pattern="**/*.py"),
        _call("Edit", file_path="pkg/missing.py", old_string="a", new_string="b"),
        _call("MultiEdit", file_path="pkg/notes.py", edits=[{"old_string": "VALUE = 1", "new_string": "VALUE = 2"},
                                                            {"old_string": "'new'", "new_string": "'newer'"}]),
        _call("MultiEdit", file_path="pkg/notes.py", edits=[{"old_string": "VALUE = 2", "new_string": "VALUE = 3"},
                                                            {"old_string": "absent", "new_string": "x"}]),
        _call("Read", file_path="pkg/notes.py"),
        _call("TodoWrite", todos=[{"content": "add invoices", "status": "in_progress"}]),
        _call("WebFetch", url="https://example.com", prompt="read it"),
        _call("WebSearch", query="rails sidekiq"),
        _call("Task", subagent_type="rails-backend-expert", description="invoices", prompt="Add the invoices endpoint."),
        _call("Agent", subagent_type="code-reviewer", description="review", prompt="Review the change."),
        _call("Task", subagent_type="no-such-agent", description="x", prompt="x"),
        _call("submit", answer="done"),
    ]
    model = get_model("mockllm/model", custom_outputs=script)
    task = Task(
        dataset=[Sample(id="loop", input="Do the work.", metadata={"limits": {"agent_seconds": 60, "messages": 60}})],
        solver=run_agent(load_agent(_all_tools_agent(tmp_path))),
        scorer=delegations_scorer(),
        sandbox="local",
    )
    log = eval(task, model=model, log_dir=str(tmp_path), display="none")[0]
    assert log.status == "success", log.error
    sample = log.samples[0]
    assert sample.messages[0].role == "system"
    assert sample.messages[0].text.startswith("## Mission")
    results: dict[str, list[ChatMessageTool]] = {}
    for message in sample.messages:
        if isinstance(message, ChatMessageTool):
            results.setdefault(message.function, []).append(message)
    assert "NAME = 'new'" in results["Read"][0].text
    assert "new 2" in results["Bash"][0].text and "[exit code 0]" in results["Bash"][0].text
    assert "pkg/notes.py:2:VALUE = 1" in results["Grep"][0].text
    assert results["Glob"][0].text.strip() == "pkg/notes.py"
    assert results["Edit"][1].error is not None  # missing file is a tool error, not a crash
    # MultiEdit applies all its edits or none.
    assert "NAME = 'newer'" in results["Read"][1].text and "VALUE = 2" in results["Read"][1].text
    assert results["MultiEdit"][1].error is not None and "no edit was applied" in results["MultiEdit"][1].error.message
    assert "[~] add invoices" in results["TodoWrite"][0].text
    assert sample.store[TODOS_KEY] == [{"content": "add invoices", "status": "in_progress"}]
    for web in ("WebFetch", "WebSearch"):
        assert "no network in this sandbox" in results[web][0].error.message
    unknown = results["Task"][1].error
    assert unknown is not None and "unknown subagent_type 'no-such-agent'" in unknown.message
    assert "rails-backend-expert" in unknown.message and "security-auditor" in unknown.message
    metadata = sample.scores["delegations_scorer"].metadata
    assert metadata["delegations"] == [
        {"agent": "rails-backend-expert", "role": "specialist", "tool": "Task", "description": "invoices",
         "brief": "Add the invoices endpoint."}
    ]
    assert [h["agent"] for h in metadata["handoffs"]] == ["code-reviewer"]
