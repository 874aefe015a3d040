"""Claude Code's `tools` / `disallowedTools` rules, mapped onto the tools bdbench offers.

- omitted `tools`: the agent inherits every tool the harness offers;
- a comma string or a YAML list; names are matched without regard to case, and a string with
  no commas may be separated by spaces (both forms occur in public agent files);
- `Bash(git *)`-style permission patterns grant the tool and are recorded (not enforced: the
  sandbox is the boundary);
- Task and Agent are one delegation tool under two names (Agent is Claude Code's newer name):
  the file gets the name(s) it lists, and both when it inherits. A file that lists neither still
  gets Task: the agent under test plays the main agent, whose routing is what bdbench scores
  (Claude Code's main agent always has it). Only disallowedTools takes it away;
- WebFetch and WebSearch are offered but answer that there is no network, as behind a blocked
  network; tools that cannot be offered (mcp__*, Skill, AskUserQuestion, unknown names) are
  listed as unavailable and the file still runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OFFERED = ("Read", "Write", "Edit", "MultiEdit", "Bash", "Grep", "Glob", "TodoWrite",
           "WebFetch", "WebSearch", "Task", "Agent")
OFFLINE = ("WebFetch", "WebSearch")
DELEGATION_ALIASES = ("Task", "Agent")
_CANONICAL = {name.lower(): name for name in OFFERED}


class ToolSpecError(ValueError):
    """A tools field of the wrong type; the caller adds the file name."""


@dataclass
class ToolGrant:
    tools: tuple[str, ...]                      # offered to the agent, in the file's order
    offline: tuple[str, ...] = ()               # offered, but answer "no network"
    unavailable: tuple[str, ...] = ()           # named by the file, cannot be offered
    dropped: tuple[str, ...] = ()               # removed by disallowedTools
    patterns: dict[str, list[str]] = field(default_factory=dict)  # Bash -> ["git *"]
    inherited: bool = False                     # tools omitted: every offered tool
    added: tuple[str, ...] = ()                 # offered though not listed (the delegation tool)


def split_names(raw: object, field_name: str) -> list[str]:
    """The entries of a tools field, as written (patterns kept whole)."""
    if isinstance(raw, str):
        return _split_string(raw)
    if isinstance(raw, list):
        names = []
        for item in raw:
            if not isinstance(item, str):
                raise ToolSpecError(f"field '{field_name}': every entry must be a tool name, got {item!r}")
            names += _split_string(item)
        return names
    raise ToolSpecError(f"field '{field_name}' must be a comma-separated string or a list of tool names")


def _split_string(text: str) -> list[str]:
    """Split on commas, or on spaces when there is no comma, never inside parentheses."""
    separators = "," if "," in text else ", \t"
    parts, current, depth = [], "", 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth <= 0 and char in separators:
            parts.append(current)
            current, depth = "", 0
        else:
            current += char
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def _parse(entry: str) -> tuple[str, str | None]:
    """'Bash(git *)' -> ('Bash', 'git *'); names of offered tools in their canonical case."""
    base, paren, rest = entry.partition("(")
    base = base.strip()
    pattern = rest[:-1].strip() if paren and rest.endswith(")") else (rest.strip() if paren else None)
    return _CANONICAL.get(base.lower(), base), pattern


def grant(tools_raw: object, disallowed_raw: object = None) -> ToolGrant:
    inherited = tools_raw is None
    granted: list[str] = list(OFFERED) if inherited else []
    unavailable: list[str] = []
    patterns: dict[str, list[str]] = {}
    for entry in ([] if inherited else split_names(tools_raw, "tools")):
        name, pattern = _parse(entry)
        if name not in OFFERED:
            unavailable.append(entry)
            continue
        if pattern:
            patterns.setdefault(name, []).append(pattern)
        granted.append(name)
    denied = set()
    for entry in ([] if disallowed_raw is None else split_names(disallowed_raw, "disallowedTools")):
        name, _ = _parse(entry)
        # Denying either delegation name denies the one delegation tool.
        denied |= set(DELEGATION_ALIASES) if name in DELEGATION_ALIASES else {name}
    added = () if set(granted) & set(DELEGATION_ALIASES) or "Task" in denied else ("Task",)
    granted += added
    kept = [n for n in dict.fromkeys(granted) if n not in denied]
    return ToolGrant(
        tools=tuple(kept),
        offline=tuple(n for n in kept if n in OFFLINE),
        unavailable=tuple(dict.fromkeys(unavailable)),
        dropped=tuple(n for n in dict.fromkeys(granted) if n in denied),
        patterns=patterns,
        inherited=inherited,
        added=added,
    )
