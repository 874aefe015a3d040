"""Model-free agents registered as inspect model providers: bdbench/oracle and bdbench/nop.

They let the whole pipeline run with no API key. A scripted agent finds its script from the
sample's own conversation (the instruction in the first user message, and how many turns it
has taken), never from call order, so samples running at once cannot take each other's turns.
Every output carries token usage, so inspect never tries to count tokens over the network.
"""

from __future__ import annotations

import os
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

from .fixtures import Fixture, FixtureError, load_fixture
from .scripts import SCRIPTS, SUBMIT
from .solvers import instruction_of


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
            self._by_instruction = {f.spec.instruction.strip(): f for f in _loadable_fixtures(self.tasks_dir)}
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


def _loadable_fixtures(tasks_dir: Path) -> list[Fixture]:
    # A broken fixture elsewhere in the folder must not stop a script for a good one; the
    # run itself reports the fixtures it was asked for.
    fixtures = []
    for root in sorted(p for p in Path(tasks_dir).iterdir() if p.is_dir()):
        try:
            fixtures.append(load_fixture(root))
        except FixtureError:
            continue
    return fixtures


@modelapi(name="bdbench")
def bdbench_provider() -> type[ModelAPI]:
    return ScriptedAgent
