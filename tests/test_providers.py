"""Scripted agents: keyed on the sample, never on call order, and never touching the network."""

import asyncio

import pytest
from inspect_ai import Task, eval
from inspect_ai.dataset import Sample
from inspect_ai.model import ChatMessageAssistant, ChatMessageSystem, ChatMessageUser, GenerateConfig, get_model
from inspect_ai.scorer import Score, mean, scorer
from inspect_ai.tool import ToolInfo, ToolParams
from inspect_ai.util import sandbox

from bdbench.agent import load_agent
from bdbench.fixtures import load_fixtures
from bdbench.solvers import run_agent, user_prompt
from conftest import REPO, valid_task_yaml, write_fixture

ALL_TOOLS = ["Read", "Write", "Edit", "Bash", "Grep", "Glob", "Task", "submit"]


def _tools(names):
    return [ToolInfo(name=n, description=n, parameters=ToolParams()) for n in names]


def _fixtures(tasks_dir, count=3):
    for i in range(count):
        root = write_fixture(tasks_dir, valid_task_yaml(f"task-{i}", route="rails-backend-expert" if i == 2 else "self"))
        (root / "solution" / "app.py").write_text(f"ANSWER = {i}\n")
    return {f.id: f for f in load_fixtures(tasks_dir)}


def _conversation(fixture, turns_taken=0):
    messages = [ChatMessageSystem(content="prompt"), ChatMessageUser(content=user_prompt(fixture.spec.instruction))]
    messages += [ChatMessageAssistant(content="earlier turn")] * turns_taken
    return messages


def _generate(model, messages, names=ALL_TOOLS):
    return asyncio.run(model.api.generate(messages, _tools(names), "auto", GenerateConfig()))


def test_oracle_plays_each_samples_own_solution_whatever_the_call_order(tasks_dir):
    fixtures = _fixtures(tasks_dir)
    oracle = get_model("bdbench/oracle", tasks_dir=str(tasks_dir))
    for task_id in ["task-1", "task-0", "task-2", "task-1"]:
        output = _generate(oracle, _conversation(fixtures[task_id]))
        calls = output.message.tool_calls
        assert calls[0].function == "Write"
        assert calls[0].arguments == {"file_path": "app.py", "content": f"ANSWER = {task_id[-1]}\n"}
        assert output.usage is not None and output.usage.total_tokens == 0
    routed = _generate(oracle, _conversation(fixtures["task-2"])).message.tool_calls
    assert [c.function for c in routed] == ["Write", "Task"]
    assert routed[1].arguments["subagent_type"] == "rails-backend-expert"
    assert set(routed[1].arguments) == {"subagent_type", "description", "prompt"}
    # A file that lists only Agent (Claude Code's newer name) gets its delegation under that name.
    via_agent = _generate(oracle, _conversation(fixtures["task-2"]), ["Write", "Agent", "submit"]).message.tool_calls
    assert [c.function for c in via_agent] == ["Write", "Agent"]
    with pytest.raises(RuntimeError, match="needs the Task or Agent tool"):
        _generate(oracle, _conversation(fixtures["task-2"]), ["Write", "submit"])
    final = _generate(oracle, _conversation(fixtures["task-0"], turns_taken=1)).message.tool_calls
    assert [c.function for c in final] == ["submit"]


def test_oracle_without_write_tool_uses_bash(tasks_dir):
    fixtures = _fixtures(tasks_dir, 1)
    oracle = get_model("bdbench/oracle", tasks_dir=str(tasks_dir))
    call = _generate(oracle, _conversation(fixtures["task-0"]), ["Bash", "submit"]).message.tool_calls[0]
    assert call.function == "Bash" and "base64 -d > app.py" in call.arguments["command"]


def test_nop_submits_at_once(tasks_dir):
    fixtures = _fixtures(tasks_dir, 1)
    nop = get_model("bdbench/nop", tasks_dir=str(tasks_dir))
    output = _generate(nop, _conversation(fixtures["task-0"]))
    assert [c.function for c in output.message.tool_calls] == ["submit"]
    assert output.usage is not None


def test_unknown_instruction_and_unknown_agent_are_errors(tasks_dir):
    _fixtures(tasks_dir, 1)
    oracle = get_model("bdbench/oracle", tasks_dir=str(tasks_dir))
    stranger = [ChatMessageUser(content=user_prompt("An instruction that no fixture has."))]
    with pytest.raises(RuntimeError, match="no fixture in .* has this instruction"):
        _generate(oracle, stranger)
    with pytest.raises(ValueError, match="unknown scripted agent bdbench/genius"):
        get_model("bdbench/genius", tasks_dir=str(tasks_dir))


@scorer(metrics=[mean()])
def wrote_own_solution(fixtures):
    async def score(state, target):
        written = await sandbox().read_file("workspace/app.py")
        expected = fixtures[str(state.sample_id)].solution_files()["app.py"].read_text()
        return Score(value=float(written == expected), explanation=written)
    return score


def test_oracle_under_concurrency_each_sample_gets_its_own_script(tasks_dir, tmp_path):
    fixtures = _fixtures(tasks_dir, 6)
    samples = [Sample(id=f.id, input=user_prompt(f.spec.instruction),
                      metadata={"limits": f.spec.limits.model_dump()}) for f in fixtures.values()]
    task = Task(dataset=samples, solver=run_agent(load_agent(REPO / "agents" / "backend-developer.md")),
                scorer=wrote_own_solution(fixtures), sandbox="local")
    log = eval(task, model=get_model("bdbench/oracle", tasks_dir=str(tasks_dir)), epochs=2, max_samples=6, log_dir=str(tmp_path / "logs"),
               display="none")[0]
    assert log.status == "success", log.error
    values = [s.scores["wrote_own_solution"].value for s in log.samples]
    assert len(values) == 12 and all(v == 1.0 for v in values)
