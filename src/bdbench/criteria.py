"""The Delegation Criteria of an agent spec, and the fixtures that cite them.

The default agent's spec lists "Delegate to <agent> when" bullets and "Retain Ownership When"
bullets. A routing fixture names the bullet that decides its route (`criterion:`, in the
bullet's own words); this module reads the bullets and checks each citation: the words must be
a bullet of the spec, and the route must agree with the bullet's side (its specialist, or
`self` for a retain bullet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .fixtures import SELF_ROUTE, Fixture

_SECTION = re.compile(r"^##\s+Delegation Criteria\s*$(.*?)(?=^##\s|\Z)", re.M | re.S)
_DELEGATE = re.compile(r"^\*\*Delegate to ([\w-]+) when\*\*:?\s*$", re.I)
_RETAIN = re.compile(r"^#+\s*Retain Ownership When\s*$", re.I)
_BULLET = re.compile(r"^[-*]\s+(.+?)\s*$")


class CriteriaError(ValueError):
    """A spec without a readable Delegation Criteria section."""


@dataclass(frozen=True)
class Criterion:
    text: str
    route: str  # the specialist the bullet delegates to, or "self" for a retain bullet

    @property
    def retains(self) -> bool:
        return self.route == SELF_ROUTE


def delegation_criteria(spec_text: str) -> dict[str, Criterion]:
    """Bullet text -> criterion, in the spec's order."""
    section = _SECTION.search(spec_text)
    if section is None:
        raise CriteriaError("no '## Delegation Criteria' section")
    criteria: dict[str, Criterion] = {}
    route = None
    for line in section.group(1).splitlines():
        line = line.strip()
        if heading := _DELEGATE.match(line):
            route = heading.group(1)
        elif _RETAIN.match(line):
            route = SELF_ROUTE
        elif line.startswith("#"):
            route = None
        elif (bullet := _BULLET.match(line)) and route:
            criteria[bullet.group(1)] = Criterion(bullet.group(1), route)
    if not criteria:
        raise CriteriaError("the Delegation Criteria section has no bullets")
    return criteria


def load_criteria(agent_file: Path) -> dict[str, Criterion]:
    try:
        return delegation_criteria(Path(agent_file).read_text(encoding="utf-8"))
    except CriteriaError as err:
        raise CriteriaError(f"{agent_file}: {err}") from None


def citation_problems(fixture: Fixture, criteria: dict[str, Criterion]) -> list[str]:
    """One line per bad citation, naming the fixture's file and field."""
    where = f"{fixture.root / 'task.yaml'}: field 'criterion'"
    problems = []
    for text in fixture.spec.criteria:
        criterion = criteria.get(text)
        if criterion is None:
            problems.append(f"{where}: '{text}' is not a Delegation Criteria bullet of the agent spec")
        elif criterion.route not in fixture.spec.routes:
            problems.append(f"{where}: '{text}' points to {criterion.route}, "
                            f"but the route is {fixture.spec.route_label}")
    return problems


def cases_by_criterion(fixtures: list[Fixture], criteria: dict[str, Criterion]) -> dict[str, list[Fixture]]:
    """Every bullet of the spec (in order) -> the fixtures citing it."""
    cases: dict[str, list[Fixture]] = {text: [] for text in criteria}
    for fixture in fixtures:
        for text in fixture.spec.criteria:
            cases.setdefault(text, []).append(fixture)
    return cases
