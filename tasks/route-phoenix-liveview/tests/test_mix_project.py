"""mix.exs still declares the Dispatch project and its Phoenix/LiveView dependencies."""

import re

import pytest

# Dependency -> how its version requirement must still start.
REQUIRED_DEPS = {
    "phoenix": "~> 1.7",
    "phoenix_live_view": "~> ",
    "phoenix_html": "~> 4.",
    "phoenix_ecto": "~> 4.",
    "ecto_sql": "~> 3.",
    "postgrex": "",
    "jason": "~> 1.",
    "bandit": "~> 1.",
    "telemetry_metrics": "",
    "telemetry_poller": "",
}


@pytest.fixture
def mix_exs(workspace):
    text = (workspace / "mix.exs").read_text(encoding="utf-8", errors="replace")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _deps(mix_exs: str) -> dict[str, str]:
    """Dependency name -> version requirement, from tuples like {:phoenix, "~> 1.7.14"}."""
    return dict(re.findall(r"""\{\s*:(\w+)\s*,\s*"([^"]*)\"""", mix_exs))


def test_project_module_is_kept(mix_exs):
    lines = [line.strip() for line in mix_exs.splitlines() if line.strip()]
    assert lines and re.fullmatch(r"defmodule\s+Dispatch\.MixProject\s+do", lines[0])
    assert lines[-1] == "end", "mix.exs is cut off"
    assert re.search(r"^\s*use\s+Mix\.Project\b", mix_exs, re.M)


def test_project_keeps_its_app_name_and_entry_module(mix_exs):
    assert re.search(r"\bapp:\s*:dispatch\b", mix_exs)
    assert re.search(r"\bmod:\s*\{\s*Dispatch\.Application\s*,", mix_exs)
    assert re.search(r"\bdeps:\s*deps\(\)", mix_exs)


@pytest.mark.parametrize(("dep", "requirement"), sorted(REQUIRED_DEPS.items()))
def test_dependency_is_still_declared(mix_exs, dep, requirement):
    deps = _deps(mix_exs)
    assert dep in deps, f"mix.exs no longer depends on :{dep}"
    assert deps[dep].startswith(requirement), f":{dep} requirement changed to {deps[dep]!r}"
