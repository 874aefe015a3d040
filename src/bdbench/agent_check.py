"""`bdbench agents check`: what bdbench makes of each agent file, before any run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from .agent import UNOFFERED_HINT, AgentFileError, load_agent


@dataclass
class CheckResult:
    file: str
    loaded: bool
    error: str | None = None
    name: str | None = None
    sha256: str | None = None
    model: str | None = None
    tools: list[str] = field(default_factory=list)
    offline: list[str] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    patterns: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        if not self.loaded:
            return f"rejected  {self.error}"
        parts = [f"tools {', '.join(self.tools) or 'none'}"]
        if self.added:
            parts.append(f"added {', '.join(self.added)} (the agent under test routes work)")
        if self.offline:
            parts.append(f"offline (no network) {', '.join(self.offline)}")
        if self.unavailable:
            parts.append(f"unavailable {', '.join(self.unavailable)}")
        if self.dropped:
            parts.append(f"dropped {', '.join(self.dropped)}")
        parts.append(f"model {self.model or '(none: the run --model)'}")
        # Warnings other than the unavailable tools (already listed), e.g. YAML read leniently.
        parts += [f"note: {w.removeprefix(self.file + ': ')}" for w in self.warnings
                  if not w.endswith(UNOFFERED_HINT)]
        return f"loaded    {self.file}: " + "; ".join(parts)

    def as_dict(self) -> dict:
        return asdict(self)


def check_file(path: Path) -> CheckResult:
    try:
        agent = load_agent(Path(path))
    except AgentFileError as err:
        return CheckResult(file=str(path), loaded=False, error=str(err))
    return CheckResult(file=str(path), loaded=True, name=agent.name, sha256=agent.sha256, model=agent.model,
                       tools=list(agent.tools), offline=list(agent.grant.offline),
                       unavailable=list(agent.grant.unavailable), dropped=list(agent.grant.dropped),
                       added=list(agent.grant.added),
                       patterns=agent.grant.patterns, warnings=agent.warnings)


def check_files(paths: list[Path]) -> list[CheckResult]:
    return [check_file(p) for p in paths]
