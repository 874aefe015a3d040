"""The Gemfile and its lock still pin the Rails and Sidekiq stack the app runs on."""

import re

import pytest

GEMFILE_GEMS = ["rails", "pg", "puma", "sidekiq", "rack-cors", "bootsnap"]

# Gem -> the major.minor release line the lock must stay on.
LOCKED_LINES = {"rails": "7.1", "activerecord": "7.1", "actionpack": "7.1", "sidekiq": "7.2"}


def _gemfile_gems(text: str) -> set[str]:
    return set(re.findall(r"""^\s*gem\s+["']([\w.-]+)["']""", text, re.M))


def _lock_sections(text: str) -> dict[str, list[str]]:
    """Gemfile.lock split into its top-level sections (GEM, PLATFORMS, DEPENDENCIES, ...)."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            current = line.strip()
            sections[current] = []
        elif current and line.strip():
            sections[current].append(line)
    return sections


def _locked_versions(sections: dict[str, list[str]]) -> dict[str, str]:
    """Gem name -> version for the top-level specs (4-space indent) under GEM."""
    versions = {}
    for line in sections.get("GEM", []):
        match = re.fullmatch(r" {4}([\w.-]+) \(([^)]+)\)", line)
        if match:
            versions[match.group(1)] = match.group(2).split("-")[0]
    return versions


@pytest.fixture
def lock(workspace):
    return _lock_sections((workspace / "Gemfile.lock").read_text(encoding="utf-8", errors="replace"))


@pytest.mark.parametrize("gem", GEMFILE_GEMS)
def test_gemfile_still_requires_gem(workspace, gem):
    gems = _gemfile_gems((workspace / "Gemfile").read_text(encoding="utf-8", errors="replace"))
    assert gem in gems, f"Gemfile no longer declares gem '{gem}'"


def test_gemfile_keeps_rails_7_1(workspace):
    text = (workspace / "Gemfile").read_text(encoding="utf-8", errors="replace")
    assert re.search(r"""^\s*gem\s+["']rails["']\s*,\s*["']~>\s*7\.1""", text, re.M)


def test_lockfile_has_its_sections(lock):
    for section in ("GEM", "PLATFORMS", "DEPENDENCIES", "BUNDLED WITH"):
        assert lock.get(section), f"Gemfile.lock lost its {section} section"


@pytest.mark.parametrize(("gem", "release_line"), sorted(LOCKED_LINES.items()))
def test_lockfile_keeps_release_line(lock, gem, release_line):
    version = _locked_versions(lock).get(gem)
    assert version is not None, f"{gem} is no longer locked"
    assert version == release_line or version.startswith(release_line + "."), (
        f"{gem} moved from {release_line}.x to {version}"
    )


@pytest.mark.parametrize("gem", GEMFILE_GEMS)
def test_lockfile_dependencies_list_gem(lock, gem):
    names = {line.split()[0].rstrip("!") for line in lock.get("DEPENDENCIES", [])}
    assert gem in names, f"Gemfile.lock DEPENDENCIES no longer lists {gem}"
