"""Agent-file loader: a Claude-Code style prompt file becomes a system prompt, tools and roster.

The file is YAML frontmatter (name, description, tools) and a markdown body. The body is the
system prompt, verbatim. The agents it may hand work to are the ones its body lists in bold
under two headings: "Collaboration With" names the specialists that take over implementation
work (what routing is scored on); "Handoff To" names the reviewers and helpers that finished
work is passed to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

KNOWN_TOOLS = ("Read", "Write", "Edit", "Bash", "Grep", "Glob")
SPECIALIST_HEADING = "collaboration with"
HANDOFF_HEADING = "handoff to"

_FRONTMATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_ROSTER_ITEM = re.compile(r"^\s*[-*]\s+\*\*([a-z0-9][a-z0-9-]*)\*\*")


class AgentFileError(ValueError):
    """An agent file that cannot be used. The message names the file and the field."""


@dataclass(frozen=True)
class AgentSpec:
    name: str
    description: str
    tools: tuple[str, ...]
    system_prompt: str
    specialists: tuple[str, ...]
    handoffs: tuple[str, ...]
    path: Path

    @property
    def delegates(self) -> tuple[str, ...]:
        """Every agent the delegation tool offers."""
        return tuple(dict.fromkeys(self.specialists + self.handoffs))


def load_agent(path: Path) -> AgentSpec:
    path = Path(path)
    if not path.is_file():
        raise AgentFileError(f"{path}: agent file not found")
    text = path.read_text(encoding="utf-8")
    match = _FRONTMATTER.match(text)
    if not match:
        raise AgentFileError(f"{path}: missing YAML frontmatter between '---' lines")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise AgentFileError(f"{path}: frontmatter is not valid YAML ({err.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise AgentFileError(f"{path}: frontmatter must be a mapping")
    for field in ("name", "description"):
        if not isinstance(meta.get(field), str) or not meta[field].strip():
            raise AgentFileError(f"{path}: field '{field}' is missing or empty")
    body = match.group(2).strip()
    if not body:
        raise AgentFileError(f"{path}: the markdown body (the system prompt) is empty")
    return AgentSpec(
        name=meta["name"].strip(),
        description=meta["description"].strip(),
        tools=_parse_tools(path, meta.get("tools")),
        system_prompt=body,
        specialists=roster_under(body, SPECIALIST_HEADING),
        handoffs=roster_under(body, HANDOFF_HEADING),
        path=path,
    )


def _parse_tools(path: Path, raw: object) -> tuple[str, ...]:
    if raw is None:
        raise AgentFileError(f"{path}: field 'tools' is missing")
    names = [t.strip() for t in raw.split(",")] if isinstance(raw, str) else raw
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise AgentFileError(f"{path}: field 'tools' must be a comma-separated string or a list")
    names = [n for n in names if n]
    unknown = [n for n in names if n not in KNOWN_TOOLS]
    if unknown:
        raise AgentFileError(
            f"{path}: field 'tools': unknown tool {', '.join(unknown)}; "
            f"known tools are {', '.join(KNOWN_TOOLS)}"
        )
    return tuple(dict.fromkeys(names))


def roster_under(body: str, heading_text: str) -> tuple[str, ...]:
    """Bold agent names listed under a heading, in order of first mention."""
    roster: list[str] = []
    in_section = False
    for line in body.splitlines():
        heading = _HEADING.match(line)
        if heading:
            in_section = heading.group(2).strip().lower() == heading_text
            continue
        item = _ROSTER_ITEM.match(line)
        if in_section and item and item.group(1) not in roster:
            roster.append(item.group(1))
    return tuple(roster)
