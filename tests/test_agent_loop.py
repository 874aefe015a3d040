"""The agent loop with a scripted mockllm model: every tool acts in a real (local) sandbox and
every delegation is recorded."""

from inspect_ai import Task, eval
from inspect_ai.dataset import Sample
from inspect_ai.model import ChatMessageTool, ModelOutput, ModelUsage, get_model
from inspect_ai.scorer import Score, mean, scorer

from bdbench.agent import load_agent
from bdbench.solvers import run_agent
from bdbench.tools import recorded_delegations
from conftest import REPO

USAGE = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)


def _call(tool: str, **arguments) -> ModelOutput:
    output = ModelOutput.for_tool_call("mockllm/model", tool, arguments)
    output.usage = USAGE
    return output


@scorer(metrics=[mean()])
def delegations_scorer():
    async def score(state, target):
        return Score(value=1, metadata={"delegations": recorded_delegations()})
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
        _call("delegate", agent="rails-backend-expert", brief="Add the invoices endpoint."),
        _call("delegate", agent="no-such-agent", brief="x"),
        _call("submit", answer="done"),
    ]
    model = get_model("mockllm/model", custom_outputs=script)
    task = Task(
        dataset=[Sample(id="loop", input="Do the work.", metadata={"limits": {"agent_seconds": 60, "messages": 40}})],
        solver=run_agent(load_agent(REPO / "agents" / "backend-developer.md")),
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
    assert results["delegate"][1].error is not None and "is not one of" in results["delegate"][1].error.message
    assert sample.scores["delegations_scorer"].metadata["delegations"] == [
        {"agent": "rails-backend-expert", "brief": "Add the invoices endpoint."}
    ]
