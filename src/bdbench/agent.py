"""Agent-file loader, by Claude Code's rules for sub-agent files.

The file is YAML frontmatter and a markdown body. `name` and `description` are required; the
body is the system prompt, verbatim. `tools` and `disallowedTools` follow agent_tools; `model`
is recorded (the run's --model answers). Nothing is parsed from the body's prose: who the agent
may delegate to is the suite's fixed roster (roster.py).

Every failure is an AgentFileError whose one-line message starts with the file name and says
what to do; no input, however broken, escapes as another exception.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .agent_tools import ToolGrant, ToolSpecError, grant

MAX_BYTES = 1_000_000  # far above any real agent file; keeps a stray binary from being parsed
UNOFFERED_HINT = "not offered by bdbench; the agent runs without it"

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LENIENT_KEY = re.compile(r"^([A-Za-z][\w-]*)\s*:\s?(.*)$")


class AgentFileError(ValueError):
    """An agent file that cannot be used. The message names the file and the field."""


@dataclass(frozen=True)
class AgentSpec:
    name: str
    description: str
    system_prompt: str
    path: Path
    grant: ToolGrant
    model: str | None = None
    sha256: str = ""
    notes: tuple[str, ...] = field(default=())  # warnings other than unavailable tools

    @property
    def tools(self) -> tuple[str, ...]:
        return self.grant.tools

    @property
    def short_hash(self) -> str:
        return self.sha256[:8]

    @property
    def warnings(self) -> list[str]:
        """One line per concern, each naming the file."""
        out = [f"{self.path}: {note}" for note in self.notes]
        if self.grant.unavailable:
            out.append(f"{self.path}: tools {', '.join(self.grant.unavailable)} {UNOFFERED_HINT}")
        return out

    def metadata(self) -> dict:
        """What a run records about its agent file."""
        return {"agent": self.name, "agent_sha256": self.sha256, "agent_model": self.model,
                "agent_tools": list(self.tools), "agent_tools_inherited": self.grant.inherited,
                "agent_tools_offline": list(self.grant.offline),
                "agent_tools_unavailable": list(self.grant.unavailable),
                "agent_tools_dropped": list(self.grant.dropped),
                "agent_tool_patterns": self.grant.patterns, "agent_warnings": self.warnings}


def load_agent(path: Path) -> AgentSpec:
    path = Path(path)
    try:
        return _load(path)
    except AgentFileError:
        raise
    except Exception as err:  # the loader's promise: one line, never a traceback
        raise AgentFileError(f"{path}: cannot be read as an agent file ({err.__class__.__name__}: {err})") from None


def _load(path: Path) -> AgentSpec:
    if not path.is_file():
        raise AgentFileError(f"{path}: agent file not found")
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise AgentFileError(f"{path}: {len(data)} bytes, more than an agent file's {MAX_BYTES}; is it the right file?")
    text = _decode(path, data)
    frontmatter, body = _split(path, text)
    meta, notes = _parse_frontmatter(path, frontmatter)
    for key in ("name", "description"):
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            raise AgentFileError(f"{path}: field '{key}' is missing or empty; Claude Code requires "
                                 "name and description in the frontmatter")
    model = meta.get("model")
    if model is not None and not isinstance(model, str):
        raise AgentFileError(f"{path}: field 'model' must be a model name or alias (sonnet, opus, haiku, inherit)")
    if not body.strip():
        raise AgentFileError(f"{path}: the markdown body (the system prompt) is empty; write it after the closing '---'")
    try:
        tools = grant(meta.get("tools"), meta.get("disallowedTools"))
    except ToolSpecError as err:
        raise AgentFileError(f"{path}: {err}") from None
    return AgentSpec(name=meta["name"].strip(), description=meta["description"].strip(),
                     system_prompt=body.strip(), path=path, grant=tools,
                     model=model.strip() if model else None,
                     sha256=hashlib.sha256(data).hexdigest(), notes=tuple(notes))


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(_UTF16_BOMS):
        raise AgentFileError(f"{path}: the file is UTF-16; save it as UTF-8")
    if b"\x00" in data:
        raise AgentFileError(f"{path}: contains NUL bytes (UTF-16 without a byte-order mark, or binary); "
                             "save it as UTF-8 text")
    try:
        text = data.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise AgentFileError(f"{path}:{line}: not UTF-8 (byte 0x{data[err.start]:02x}, perhaps cp1252 or "
                             "Latin-1); save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split(path: Path, text: str) -> tuple[str, str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise AgentFileError(f"{path}: missing YAML frontmatter: the file must start with a '---' line, "
                             "then name and description, then '---'")
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    raise AgentFileError(f"{path}: the frontmatter is never closed; add a '---' line after it")


def _parse_frontmatter(path: Path, text: str) -> tuple[dict, list[str]]:
    try:
        meta = yaml.safe_load(text)
    except yaml.YAMLError as err:
        return _lenient(path, text, err)
    except RecursionError:
        raise AgentFileError(f"{path}: the frontmatter is nested too deeply to be read") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise AgentFileError(f"{path}: the frontmatter must be 'key: value' lines (name, description, ...)")
    return meta, []


def _lenient(path: Path, text: str, err: yaml.YAMLError) -> tuple[dict, list[str]]:
    """Invalid YAML, most often an unquoted ': ' inside a description, is read again as plain
    'key: value' lines (indented lines continue the value above), the way such files are meant.
    When that still gives no name and description, the YAML error is reported."""
    line, column = _position(err)
    meta: dict[str, str] = {}
    key = None
    for row in text.split("\n"):
        match = _LENIENT_KEY.match(row)
        if match and not row[0].isspace():
            key = match.group(1)
            meta[key] = match.group(2).strip()
        elif key is not None and row.strip():
            meta[key] = (meta[key] + " " + row.strip()).strip()
    for key in ("tools", "disallowedTools"):
        if key in meta:
            meta[key] = meta[key].strip("[]")
    if isinstance(meta.get("name"), str) and meta["name"] and meta.get("description"):
        meta = {k: (v.strip("'\"") if k in ("name", "model") else v) for k, v in meta.items()}
        at = f" at line {line}, column {column}" if line else ""
        return meta, [f"frontmatter is not valid YAML{at}; read as plain 'key: value' lines "
                      "(quote the value to silence this)"]
    problem = getattr(err, "problem", None) or err.__class__.__name__
    where = f":{line}:{column}" if line else ""
    raise AgentFileError(f"{path}{where}: frontmatter is not valid YAML ({problem}); quote values "
                         "that contain ': ' or start with a special character")


def _position(err: yaml.YAMLError) -> tuple[int | None, int | None]:
    """Line and column in the file (the frontmatter starts on its second line; YAML counts from 0)."""
    mark = getattr(err, "problem_mark", None)
    return (mark.line + 2, mark.column + 1) if mark is not None else (None, None)
