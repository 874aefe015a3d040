"""Grade the held-out submissions in heldout/ and print how often the graders were right.

    .venv/bin/python scripts/heldout.py [--json OUT] [--max-samples 4] [TASK ...]

heldout/<task-id>/<name>/ holds `files/` (overlaid on the fixture's reference solution) and
`expect.yaml` (secure, resolved, optional remove, note). They were written apart from the
fixtures' variants, to check the graders on work nobody tuned them to; they are never part of
the suite's own validation.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import yaml

from bdbench.fixtures import load_fixtures
from bdbench.runner import RunOptions, grade_workspaces
from bdbench.summary import SCORER
from bdbench.workspaces import materialize

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "heldout"


def submissions(tasks: list[str]) -> list[tuple[str, str, Path, dict]]:
    found = []
    for expect_file in sorted(HELDOUT.glob("*/*/expect.yaml")):
        folder = expect_file.parent
        task = folder.parent.name
        if tasks and task not in tasks:
            continue
        found.append((task, folder.name, folder, yaml.safe_load(expect_file.read_text())))
    return found


def build(task, folder: Path, expect: dict, fixture, dest: Path) -> Path:
    workspace = materialize(fixture, dest)
    files = folder / "files"
    if files.is_dir():
        shutil.copytree(files, workspace, dirs_exist_ok=True)
    for rel in expect.get("remove") or []:
        target = workspace / rel
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    return workspace


def confusion(rows: list[dict], key: str) -> str:
    """Positive = the bad outcome (insecure / not resolved)."""
    counts = {"TP": 0, "FN": 0, "FP": 0, "TN": 0}
    for row in rows:
        expected_bad, judged_bad = not row[f"expect_{key}"], not row[key]
        counts[("T" if expected_bad == judged_bad else "F") + ("P" if judged_bad else "N")] += 1
    right = counts["TP"] + counts["TN"]
    return (f"{key}: {right}/{len(rows)} right ({100 * right / max(len(rows), 1):.0f}%); "
            f"bad caught {counts['TP']}, bad missed {counts['FN']}, good marked bad {counts['FP']}, good passed {counts['TN']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tasks", nargs="*")
    parser.add_argument("--json", type=Path, help="write every verdict here")
    parser.add_argument("--max-samples", type=int, default=4)
    args = parser.parse_args()
    fixtures = {f.id: f for f in load_fixtures(REPO / "tasks")}
    found = submissions(args.tasks)
    with tempfile.TemporaryDirectory(prefix="bdbench-heldout-") as tmp:
        items, expected = [], {}
        for task, name, folder, expect in found:
            items.append((task, build(task, folder, expect, fixtures[task], Path(tmp) / task / name), name))
            expected[(task, name)] = expect
        options = RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes",
                             log_dir=Path(tmp) / "logs", display="none", max_samples=args.max_samples)
        log = grade_workspaces(items, options)
        # Read the samples before the log folder goes away.
        rows = []
        for sample in log.samples or []:
            key = (sample.metadata["task_id"], sample.metadata["label"])
            score = (sample.scores or {}).get(SCORER)
            if score is None:
                print(f"ERROR {key}: {sample.error.message if sample.error else 'not scored'}")
                continue
            secure = score.metadata["criteria"].get("secure")
            row = {"task": key[0], "name": key[1], "resolved": score.value["resolved"] == 1.0,
                   "secure": secure is not False, "expect_resolved": bool(expected[key]["resolved"]),
                   "expect_secure": bool(expected[key]["secure"]), "explanation": score.explanation}
            rows.append(row)
            wrong = [k for k in ("secure", "resolved") if row[k] != row[f"expect_{k}"]]
            print(f"{'WRONG ' + ','.join(wrong) if wrong else 'right':<22} {key[0]}/{key[1]}: "
                  f"secure {row['secure']} (expected {row['expect_secure']}), resolved {row['resolved']} "
                  f"(expected {row['expect_resolved']})")
            if wrong:
                print("    " + score.explanation.replace("\n", "\n    ")[:1500])
    print()
    print(confusion(rows, "secure"))
    print(confusion(rows, "resolved"))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
