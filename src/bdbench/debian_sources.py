"""The Debian archive this machine is configured to use, read from apt's own source files.

bdbench names no package host: debootstrap and the Docker install take the archive the
machine already uses (a mirror, a proxy or a snapshot), so they work behind any of them.
Run as a script, it prints that archive's URI for shell scripts.
"""

from __future__ import annotations

import sys
from pathlib import Path

APT_DIR = Path("/etc/apt")
# Suites that only Debian's own archive (or a mirror of it) serves.
DEBIAN_SUITES = {"buster", "bullseye", "bookworm", "trixie", "forky", "duke", "sid",
                 "oldstable", "stable", "testing", "unstable"}


class NoDebianSource(RuntimeError):
    pass


def _one_line_entries(text: str):
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) >= 3 and words[0] == "deb":
            if words[1].startswith("["):  # options such as [arch=amd64 signed-by=...]
                while words and not words[0].endswith("]"):
                    words.pop(0)
                words.pop(0)
            else:
                words.pop(0)
            if len(words) >= 2:
                yield words[0], [words[1]], words[2:]


def _deb822_entries(text: str):
    for stanza in text.split("\n\n"):
        fields: dict[str, str] = {}
        for line in stanza.splitlines():
            if line.strip().startswith("#") or ":" not in line:
                continue
            key, value = line.split(":", 1)
            fields[key.strip().lower()] = value.strip()
        if "deb" in fields.get("types", "").split() and fields.get("enabled", "yes").lower() != "no":
            for uri in fields.get("uris", "").split():
                yield uri, fields.get("suites", "").split(), fields.get("components", "").split()


def archive_uri(apt_dir: Path = APT_DIR) -> str:
    """The URI of the first configured source that serves a Debian release's main component
    (not its security or updates suites, not another vendor's repository)."""
    files = [apt_dir / "sources.list", *sorted((apt_dir / "sources.list.d").glob("*"))]
    for path in files:
        if not path.is_file():
            continue
        text = path.read_text(errors="replace")
        entries = _deb822_entries(text) if path.suffix == ".sources" else _one_line_entries(text)
        for uri, suites, components in entries:
            if set(suites) & DEBIAN_SUITES and "main" in components:
                return uri.rstrip("/")
    raise NoDebianSource(f"no Debian source with a release's main component in {apt_dir}/sources.list(.d)")


if __name__ == "__main__":
    try:
        print(archive_uri())
    except NoDebianSource as err:
        print(f"debian_sources: {err}", file=sys.stderr)
        sys.exit(1)
