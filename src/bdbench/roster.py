"""The suite's fixed roster: every agent the delegation tool can reach, with its role.

The roster is one file for the whole suite (agents/roster.yaml), never read from an agent
file's prose, so two prompt variants with the same frontmatter get exactly the same tools.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ROSTER_FILE = Path(__file__).resolve().parents[2] / "agents" / "roster.yaml"
ROLES = ("specialist", "handoff", "distractor")


class RosterError(ValueError):
    """A roster file that cannot be used. The message names the file and the entry."""


@dataclass(frozen=True)
class RosterEntry:
    name: str
    role: str
    description: str


@dataclass(frozen=True)
class Roster:
    entries: tuple[RosterEntry, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.entries)

    def with_role(self, *roles: str) -> tuple[str, ...]:
        return tuple(e.name for e in self.entries if e.role in roles)

    @property
    def specialists(self) -> tuple[str, ...]:
        return self.with_role("specialist")

    @property
    def handoffs(self) -> tuple[str, ...]:
        return self.with_role("handoff")

    @property
    def routed(self) -> tuple[str, ...]:
        """Agents that take the work itself: a call to one of them is a routing choice."""
        return self.with_role("specialist", "distractor")

    def role_of(self, name: str) -> str | None:
        return next((e.role for e in self.entries if e.name == name), None)

    def as_metadata(self) -> dict[str, list[str]]:
        return {role: list(self.with_role(role)) for role in ROLES}


def load_roster(path: Path = ROSTER_FILE) -> Roster:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as err:
        raise RosterError(f"{path}: cannot read the roster ({err.__class__.__name__})") from None
    items = data.get("agents") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise RosterError(f"{path}: expected a non-empty 'agents' list")
    entries: list[RosterEntry] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k].strip()
                                                 for k in ("name", "role", "description")):
            raise RosterError(f"{path}: agents[{i}] needs name, role and description strings")
        if item["role"] not in ROLES:
            raise RosterError(f"{path}: agents[{i}] ({item['name']}): role must be one of {', '.join(ROLES)}")
        if "\n" in item["description"].strip():
            raise RosterError(f"{path}: agents[{i}] ({item['name']}): the description must be one line")
        if any(e.name == item["name"] for e in entries):
            raise RosterError(f"{path}: agents[{i}]: '{item['name']}' is listed twice")
        entries.append(RosterEntry(item["name"], item["role"], item["description"].strip()))
    return Roster(tuple(entries))
