"""`bdbench leaderboard`: exact numbers from scripted behaviours, the files a static host
serves, transcripts bundles, and no local path in anything published."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from inspect_ai.log import read_eval_log

from bdbench.cli_report import main as report_main
from bdbench.report.leaderboard import slugify
from bdbench.report.publish import find_local_paths, local_prefixes
from bdbench.report.runs import load_runs
from bdbench.report.site import build_site
from bdbench.summary import SCORER
from conftest import REPO
from synthetic_logs import TASKS, make_log, write_log, write_matrix

ORDER = [  # by pass@1, then sec_pass, success, routing, then label
    "bdbench/oracle · backend-developer",
    "bdbench/oracle · backend-developer-no-delegation",
    "bdbench/flaky · backend-developer",
    "bdbench/half · backend-developer",
    "bdbench/half · backend-developer-no-delegation",
    "bdbench/nop · backend-developer",
    "bdbench/nop · backend-developer-no-delegation",
]


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    root = tmp_path_factory.mktemp("board")
    write_matrix(root / "logs", epochs=2)
    write_log(make_log("bdbench/flaky", "flaky", epochs=2), root / "logs", "flaky")
    site = build_site([root / "logs"], root / "site")
    return root, site


def _csv(path: Path) -> list[dict]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_rows_are_ranked_with_exact_scores(board):
    root, site = board
    rows = _csv(root / "site" / "leaderboard.csv")
    assert [r["run"] for r in rows] == ORDER
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, 8)]
    resolved = {r["run"]: float(r["resolved"]) for r in rows}
    assert [resolved[label] for label in ORDER] == [1.0, 1.0, 0.5, 0.5, 0.5, 0.0, 0.0]
    # Balanced routing accuracy over self, rails and nestjs: nop (keeps all) 1/3; half and flaky
    # are right on self and on half of the delegations, 2/3.
    routing = {r["run"]: float(r["routing"]) for r in rows}
    assert [routing[label] for label in ORDER] == pytest.approx([1, 1, 2 / 3, 2 / 3, 2 / 3, 1 / 3, 1 / 3])
    nop = rows[5]
    assert (float(nop["over_delegation"]), float(nop["under_delegation"])) == (0.0, 1.0)
    assert float(nop["routing_chance"]) == pytest.approx(1 / 3) and float(nop["routing_plain_accuracy"]) == 0.75
    assert float(nop["recall_rails-backend-expert"]) == 0.0 and nop["precision_rails-backend-expert"] == ""
    oracle = rows[0]
    assert float(oracle["precision_nestjs-backend-expert"]) == 1.0
    assert (float(oracle["resolved_ci_low"]), float(oracle["resolved_ci_high"])) == (1.0, 1.0)
    half = rows[3]
    assert float(half["resolved_ci_low"]) < 0.5 < float(half["resolved_ci_high"])
    assert (oracle["tasks"], oracle["samples"], oracle["epochs"], oracle["errors"]) == ("8", "16", "2", "0")
    assert (oracle["tokens"], oracle["cost_usd"], float(oracle["run_seconds"])) == ("1000", "", 125.0)


def test_pass_at_k_comes_from_epochs(board):
    root, _ = board
    rows = {r["run"]: r for r in _csv(root / "site" / "leaderboard.csv")}
    # flaky solves each task in one of its two epochs: pass@1 = 1/2, pass@2 = 1
    assert float(rows["bdbench/flaky · backend-developer"]["pass@1"]) == 0.5
    assert float(rows["bdbench/flaky · backend-developer"]["pass@2"]) == 1.0
    assert float(rows["bdbench/half · backend-developer"]["pass@2"]) == 0.5
    assert float(rows["bdbench/nop · backend-developer"]["pass@2"]) == 0.0


def test_breakdowns_and_routing_confusion(board):
    root, _ = board
    cells = {(r["run"], r["dimension"], r["group"]): r for r in _csv(root / "site" / "breakdown.csv")}
    half = "bdbench/half · backend-developer"
    assert float(cells[(half, "category", "crud")]["resolved"]) == 0.5
    assert float(cells[(half, "category", "routing")]["resolved"]) == pytest.approx(2 / 3)
    assert cells[(half, "category", "routing")]["tasks"] == "3"
    assert float(cells[(half, "stack", "ruby")]["resolved"]) == 1.0
    assert float(cells[(half, "stack", "node")]["resolved"]) == 0.0
    # Language comes from the sample's metadata (the stack's `language`), else the stack.
    assert float(cells[(half, "language", "Ruby")]["resolved"]) == 1.0
    assert float(cells[(half, "scenario", "notes-crud")]["resolved"]) == 0.5

    counts = {(r["run"], r["expected"], r["predicted"]): int(r["count"]) for r in _csv(root / "site" / "routing.csv")}
    nop = "bdbench/nop · backend-developer"
    # nop keeps everything: 6 self tasks right, both delegation tasks kept, 2 epochs each
    assert counts[(nop, "self", "self")] == 12
    assert counts[(nop, "rails-backend-expert", "self")] == 2
    assert counts[(nop, "nestjs-backend-expert", "self")] == 2
    assert (nop, "rails-backend-expert", "rails-backend-expert") not in counts
    oracle = "bdbench/oracle · backend-developer"
    assert counts[(oracle, "rails-backend-expert", "rails-backend-expert")] == 2


def test_json_has_the_same_numbers(board):
    root, _ = board
    document = json.loads((root / "site" / "leaderboard.json").read_text())
    assert [r["run"] for r in document["runs"]] == ORDER
    assert document["runs"][0]["resolved_ci_high"] == 1.0
    assert document["method"]["interval"].startswith("cluster bootstrap")
    assert len(document["tasks"]) == len(ORDER) * len(TASKS)
    assert len(document["routing"]) == len(_csv(root / "site" / "routing.csv"))


def test_page_has_table_plots_and_working_relative_links(board):
    root, site = board
    html = site.index.read_text()
    assert html.count('<tr class="run-row"') == len(ORDER)
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" class="plot"') == 2  # headline + pass@k
    # an error bar per run in each panel: 4 headline metrics, then pass@1 and pass@2
    assert html.count('class="errorbar"') == (4 + 2) * len(ORDER)
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert sum(h.startswith("transcripts/") for h in hrefs) == len(ORDER)
    for href in hrefs:
        assert not re.match(r"[a-z]+:|/", href), f"not relative: {href}"
        assert (root / "site" / href).is_file(), href
    # nothing fetched from elsewhere: no external src/href, no CSS url() or @import
    assert not re.search(r'(src|href)="(https?:)?//', html)
    css = (root / "site" / "style.css").read_text()
    assert "url(" not in css and "@import" not in css


def test_each_row_links_to_a_bundle_of_its_own_log(board):
    root, site = board
    for row in site.rows:
        bundle = root / "site" / "transcripts" / row.slug
        context = re.search(r'<script id="log_dir_context" type="application/json">(.*?)</script>',
                            (bundle / "index.html").read_text())
        assert json.loads(context.group(1)) == {"log_dir": "logs", "abs_log_dir": "logs"}
        logs = list((bundle / "logs").glob("*.eval"))
        assert [p.name for p in logs] == [row.run.log_file.name]
        log = read_eval_log(str(logs[0]))
        assert log.eval.model == row.run.model and len(log.samples) == len(TASKS) * 2


def test_no_local_path_in_anything_published(board):
    root, _ = board
    prefixes = [(str(root), ""), (str(REPO), ""), (str(Path.home()), "")] + local_prefixes()
    assert find_local_paths(root / "site", prefixes) == []


def test_local_paths_in_logs_are_replaced(tmp_path):
    log = make_log("bdbench/oracle", "oracle", tasks=TASKS[:2])
    private = tmp_path / "private" / "tasks"
    compose = Path.home() / ".cache" / "bdbench" / "compose" / "python.yaml"
    log.samples[0].scores[SCORER].explanation = (
        f"compose {compose}; fixture {REPO / 'tasks' / 'crud-a'}; mine {private}/crud-a; "
        f"log {tmp_path / 'logs' / 'x.eval'}; container /workspace/app.py and /tmp/bdbench-workspace.tar.gz")
    write_log(log, tmp_path / "logs", "run")
    build_site([tmp_path / "logs"], tmp_path / "site", redact=[tmp_path / "private"])
    assert find_local_paths(tmp_path / "site", [(str(tmp_path), ""), (str(REPO), ""), (str(Path.home()), "")]) == []
    bundled = next((tmp_path / "site" / "transcripts").rglob("*.eval"))
    text = read_eval_log(str(bundled)).samples[0].scores[SCORER].explanation
    assert "compose ~/.cache/bdbench/compose/python.yaml" in text
    assert "mine <redacted>/tasks/crud-a" in text and "log logs/x.eval" in text
    assert "container /workspace/app.py and /tmp/bdbench-workspace.tar.gz" in text  # not local: kept


def test_rebuild_replaces_old_output_and_keeps_other_files(tmp_path):
    write_log(make_log("bdbench/oracle", "oracle", tasks=TASKS[:2]), tmp_path / "logs", "a")
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "CNAME").write_text("bench.example\n")
    (site_dir / "transcripts" / "stale-run").mkdir(parents=True)
    build_site([tmp_path / "logs"], site_dir, transcripts=False)
    assert (site_dir / "CNAME").is_file() and not (site_dir / "transcripts").exists()
    assert "transcripts/" not in (site_dir / "index.html").read_text()


def test_a_rerun_keeps_the_newest_log_and_warns(tmp_path):
    write_log(make_log("bdbench/nop", "nop", created="2026-01-01T10:00:00+00:00"), tmp_path, "old")
    write_log(make_log("bdbench/nop", "oracle", created="2026-01-02T10:00:00+00:00"), tmp_path, "new")
    runs, warnings = load_runs([tmp_path])
    assert len(runs) == 1 and runs[0].log_file.name == "new.eval"
    assert runs[0].samples["resolved"].mean() == 1.0
    assert warnings == ["bdbench/nop · backend-developer: 2 logs; using new.eval, ignoring old.eval"]


def test_two_contents_of_one_agent_file_are_two_runs(tmp_path):
    for name, sha in (("before", "a" * 64), ("after", "b" * 64)):
        log = make_log("bdbench/nop", "nop")
        log.eval.metadata |= {"agent_sha256": sha, "agent_label": "backend-developer"}
        write_log(log, tmp_path, name)
    runs, warnings = load_runs([tmp_path])
    assert sorted(r.label for r in runs) == ["bdbench/nop · backend-developer #aaaaaaaa",
                                             "bdbench/nop · backend-developer #bbbbbbbb"]
    assert warnings == []


def test_logs_without_an_agent_are_left_out(tmp_path):
    graded = make_log("bdbench/nop", "nop")
    graded.eval.metadata = None  # what `bdbench grade` writes: no agent ran
    write_log(graded, tmp_path, "grade")
    write_log(make_log("bdbench/oracle", "oracle"), tmp_path, "run")
    assert [r.model for r in load_runs([tmp_path])[0]] == ["bdbench/oracle"]


def test_slugs_are_unique_and_url_safe():
    taken: set[str] = set()
    assert slugify("openai/gpt-5 · backend-developer", taken) == "openai-gpt-5-backend-developer"
    assert slugify("openai/gpt-5 · backend_developer", taken) == "openai-gpt-5-backend-developer-2"


def test_cli_builds_the_site(tmp_path, capsys):
    write_matrix(tmp_path / "logs")
    code = report_main(["leaderboard", str(tmp_path / "logs"), "-o", str(tmp_path / "site"), "--no-transcripts"])
    assert code == 0
    printed = capsys.readouterr().out
    assert " 1. bdbench/oracle · backend-developer  pass@1 1.00" in printed
    assert (tmp_path / "site" / "index.html").is_file()
    assert report_main(["leaderboard", str(tmp_path / "nothing"), "-o", str(tmp_path / "x")]) == 2


@pytest.mark.docker
@pytest.mark.slow
def test_site_from_real_runs_has_no_local_paths(tmp_path):
    from bdbench.runner import RunOptions, run_matrix

    options = RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes",
                         select=["crud-fastapi", "route-rails-endpoint"], log_dir=tmp_path / "logs",
                         display="none", max_samples=4)
    ok, _ = run_matrix(["bdbench/oracle", "bdbench/nop"], [REPO / "agents" / "backend-developer.md"], options)
    assert ok
    site = build_site([tmp_path / "logs"], tmp_path / "site")
    assert [row.run.model for row in site.rows] == ["bdbench/oracle", "bdbench/nop"]
    assert [row.metrics["resolved"].mean for row in site.rows] == [1.0, 0.0]
    # real logs name the compose file under the home folder and the fixture folders
    prefixes = [(str(tmp_path), ""), (str(REPO), ""), (str(Path.home()), "")]
    assert find_local_paths(tmp_path / "site", prefixes) == []
