"""Load every agent file under the given folders (public collections fetched by you) and print
the load rate, each rejection on one line, and the tools most often unavailable. bdbench keeps
no third-party agent text: tests/agent_files/SOURCES.md names the collections and commits.

    git clone https://github.com/wshobson/agents /tmp/corpus/wshobson
    python scripts/agent_corpus_check.py /tmp/corpus/*
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from bdbench.agent import AgentFileError, load_agent

SKIP = {"readme.md", "changelog.md", "contributing.md", "license.md", "claude.md"}


def main(folders: list[str]) -> int:
    files = sorted(p for folder in folders for p in Path(folder).rglob("*.md") if p.name.lower() not in SKIP)
    rejected, unavailable = [], collections.Counter()
    for path in files:
        try:
            unavailable.update(load_agent(path).grant.unavailable)
        except AgentFileError as err:
            rejected.append(str(err))
    loaded = len(files) - len(rejected)
    print(f"{loaded} of {len(files)} agent files load ({100 * loaded / max(len(files), 1):.1f}%)")
    for line in rejected:
        print(f"  rejected: {line}")
    if unavailable:
        print("unavailable tools: " + ", ".join(f"{name} ({n})" for name, n in unavailable.most_common(15)))
    return 0 if len(rejected) <= len(files) // 100 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
