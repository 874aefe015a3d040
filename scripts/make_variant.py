"""Write a known-bad variant of a task from an edited copy of its reference.

    .venv/bin/python scripts/make_variant.py TASK NAME EDITED_FOLDER --flags security \
        --description "the done filter is pasted into the SQL as text"

Start from `bdbench`'s reference (`python -c` below, or materialize it any way you like), break
exactly one thing, then run this: it writes tasks/TASK/variants/NAME.patch (the diff against the
reference) and NAME.yaml (what must flag it), and checks the patch applies.

    .venv/bin/python -c "from pathlib import Path; from bdbench.fixtures import load_fixture; \
from bdbench.workspaces import materialize; materialize(load_fixture(Path('tasks/TASK')), Path('/tmp/edit'))"
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

from bdbench.fixtures import load_fixture
from bdbench.workspaces import materialize, variant_patch

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task")
    parser.add_argument("name")
    parser.add_argument("edited", type=Path)
    parser.add_argument("--flags", nargs="+", required=True,
                        choices=["functional", "security", "coverage", "latency"])
    parser.add_argument("--description", required=True)
    parser.add_argument("--tasks-dir", type=Path, default=REPO / "tasks")
    args = parser.parse_args()
    fixture = load_fixture(args.tasks_dir / args.task)
    patch = variant_patch(fixture, args.edited)
    if not patch.strip():
        print(f"error: {args.edited} is the reference itself: nothing to record", file=sys.stderr)
        return 1
    folder = fixture.variants_dir
    folder.mkdir(exist_ok=True)
    (folder / f"{args.name}.patch").write_bytes(patch)
    (folder / f"{args.name}.yaml").write_text(yaml.safe_dump(
        {"description": args.description, "flags": args.flags}, sort_keys=False, width=100))
    with tempfile.TemporaryDirectory() as tmp:
        materialize(load_fixture(fixture.root), Path(tmp) / "check", args.name)
    lines = patch.count(b"\n")
    print(f"wrote {folder / args.name}.patch ({lines} lines) and {args.name}.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
