"""Model-free agents registered as inspect model providers: bdbench/oracle and bdbench/nop.

They let the whole pipeline run with no API key. A scripted agent finds its script from the
sample's own conversation (the instruction in the first user message, and how many turns it
has taken), never from call order, so samples running at once cannot take each other's turns.
Every output carries token usage, so inspect never tries to count tokens over the network.

In the claude-code harness the real Claude Code calls the model: its first user message wraps
the sample's prompt in more text, it offers its own tools and no submit tool (a plain reply
ends the run), and it makes calls of its own (sub-agents' conversations, housekeeping), which
get a plain acknowledgement.
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
from .scripts import SCRIPTS, SUBMIT, in_claude_code
from .solvers import NOTES_OPENING, instruction_of

ACKNOWLEDGEMENT = "Acknowledged: I have taken ownership of this work."


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

    def fixture_for(self, messages: list[ChatMessage], claude_code: bool = False) -> Fixture | None:
        """The sample's fixture, or None for a conversation that is not the sample's own. In
        Claude Code only the main agent's prompt carries the working notes: a sub-agent's brief
        may repeat the instruction, but must not replay the script."""
        if self._by_instruction is None:
            self._by_instruction = {f.spec.instruction.strip(): f for f in _loadable_fixtures(self.tasks_dir)}
        text = _first_user_text(messages)
        if claude_code and NOTES_OPENING not in text:
            return None
        found = self._by_instruction.get(instruction_of(text))
        if found is None and NOTES_OPENING in text:
            # Wrapped by the harness: the sample's prompt is the only one carrying its notes.
            found = next((f for instruction, f in self._by_instruction.items() if instruction in text), None)
        return found

    async def generate(self, input: list[ChatMessage], tools: list[ToolInfo],
                       tool_choice: ToolChoice, config: GenerateConfig) -> ModelOutput:
        names = {t.name for t in tools}
        fixture = self.fixture_for(input, claude_code=in_claude_code(names))
        if fixture is None:
            if in_claude_code(names):
                return _output(self.model_name, [], ACKNOWLEDGEMENT)
            raise RuntimeError(f"bdbench/{self.model_name}: no fixture in {self.tasks_dir} has this instruction")
        finish = [[(SUBMIT, {"answer": "done"})]] if SUBMIT in names else [[]]
        turns = self.script(fixture, names) + finish
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
