"""Model-free agents registered as inspect model providers: bdbench/oracle and bdbench/nop.

They let the whole pipeline run with no API key. A scripted agent finds its script from the
sample's own conversation (the instruction in the first user message, and how many turns it
has taken), never from call order, so samples running at once cannot take each other's turns.
Every output carries token usage, so inspect never tries to count tokens over the network.
"""

from __future__ import annotations

import base64
import os
import shlex
import uuid
from pathlib import Path

from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageUser,
    GenerateConfig,
    ModelAPI,
    ModelOutput,
    ModelUsage,
    modelapi,
)
from inspect_ai.tool import ToolCall, ToolChoice, ToolInfo

from .fixtures import SELF_ROUTE, Fixture, load_fixtures
from .solvers import instruction_of

SUBMIT = "submit"
DELEGATE = "delegate"


def _output(model: str, calls: list[tuple[str, dict]], text: str) -> ModelOutput:
    tool_calls = [ToolCall(id=f"call_{uuid.uuid4().hex[:12]}", function=name, arguments=args)
                  for name, args in calls]
    message = ChatMessageAssistant(content=text, tool_calls=tool_calls or None, model=model)
    return ModelOutput(
        model=model,
        choices=[ChatCompletionChoice(message=message, stop_reason="tool_calls" if calls else "stop")],
        usage=ModelUsage(input_tokens=0, output_tokens=0, total_tokens=0),
    )


def _turns_taken(messages: list[ChatMessage]) -> int:
    return sum(1 for m in messages if isinstance(m, ChatMessageAssistant))


def _first_user_text(messages: list[ChatMessage]) -> str:
    return next((m.text for m in messages if isinstance(m, ChatMessageUser)), "")


Turn = list[tuple[str, dict]]


def nop_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Submits at once without touching the workspace."""
    return []


def oracle_script(fixture: Fixture, tool_names: set[str]) -> list[Turn]:
    """Writes the fixture's reference solution through the agent's own tools, delegates when
    the fixture's route names a specialist, then submits."""
    calls = [_write_call(rel, path, tool_names) for rel, path in fixture.solution_files().items()]
    if fixture.spec.route != SELF_ROUTE:
        if DELEGATE not in tool_names:
            raise RuntimeError(f"{fixture.id}: the route needs the delegate tool, which this agent lacks")
        handoff = fixture.solution_dir / "HANDOFF.md"
        brief = handoff.read_text() if handoff.is_file() else fixture.spec.title
        calls.append((DELEGATE, {"agent": fixture.spec.route, "brief": brief}))
    return [calls] if calls else []


SCRIPTS = {"oracle": oracle_script, "nop": nop_script}


class ScriptedAgent(ModelAPI):
    """Plays a script of turns for the sample's fixture, then submits."""

    def __init__(self, model_name: str, base_url: str | None = None, api_key: str | None = None,
                 config: GenerateConfig = GenerateConfig(), tasks_dir: str | None = None,
                 **model_args) -> None:
        super().__init__(model_name, base_url, api_key, [], config)
        if model_name not in SCRIPTS:
            raise ValueError(f"unknown scripted agent bdbench/{model_name}; have: "
                             + ", ".join(f"bdbench/{name}" for name in SCRIPTS))
        self.script = SCRIPTS[model_name]
        self.tasks_dir = Path(tasks_dir or os.environ.get("BDBENCH_TASKS_DIR", "tasks"))
        self._by_instruction: dict[str, Fixture] | None = None

    def fixture_for(self, messages: list[ChatMessage]) -> Fixture:
        if self._by_instruction is None:
            self._by_instruction = {f.spec.instruction.strip(): f for f in load_fixtures(self.tasks_dir)}
        instruction = instruction_of(_first_user_text(messages))
        if instruction not in self._by_instruction:
            raise RuntimeError(f"bdbench/{self.model_name}: no fixture in {self.tasks_dir} has this instruction")
        return self._by_instruction[instruction]

    async def generate(self, input: list[ChatMessage], tools: list[ToolInfo],
                       tool_choice: ToolChoice, config: GenerateConfig) -> ModelOutput:
        fixture = self.fixture_for(input)
        turns = self.script(fixture, {t.name for t in tools}) + [[(SUBMIT, {"answer": "done"})]]
        turn = min(_turns_taken(input), len(turns) - 1)
        return _output(self.model_name, turns[turn], f"bdbench/{self.model_name}: turn {turn + 1}")


@modelapi(name="bdbench")
def bdbench_provider() -> type[ModelAPI]:
    return ScriptedAgent


def _write_call(rel: str, path: Path, tool_names: set[str]) -> tuple[str, dict]:
    content = path.read_bytes()
    if "Write" in tool_names:
        return "Write", {"file_path": rel, "content": content.decode("utf-8")}
    if "Bash" in tool_names:
        # Without a Write tool the file goes through the shell, base64-encoded to survive quoting.
        encoded = base64.b64encode(content).decode()
        folder = shlex.quote(str(Path(rel).parent))
        return "Bash", {"command": f"mkdir -p {folder} && echo {encoded} | base64 -d > {shlex.quote(rel)}"}
    raise RuntimeError("the oracle needs a Write or Bash tool to apply the reference solution")
