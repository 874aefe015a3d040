"""A run is identified by its agent file's content: the task name carries a content hash, and
files that share a stem get distinct labels. eval_set is replaced, so nothing runs."""

from pathlib import Path

import pytest

from bdbench import runner
from bdbench.runner import RunOptions, agent_labels, run_matrix
from conftest import REPO

SEED = REPO / "agents" / "backend-developer.md"


@pytest.fixture
def captured(monkeypatch):
    calls = []

    def fake_eval_set(tasks, **kwargs):
        calls.append(tasks)
        return True, []

    monkeypatch.setattr(runner, "eval_set", fake_eval_set)
    monkeypatch.setattr(runner, "_display", lambda options: "none")
    monkeypatch.setattr(runner, "check_docker", lambda: None)
    return calls


def _options(tmp_path):
    return RunOptions(tasks_dir=REPO / "tasks", sandboxes_dir=REPO / "sandboxes", log_dir=tmp_path / "logs",
                      select=["crud-fastapi"])


def _copy(tmp_path, folder, text=None):
    path = tmp_path / folder / "backend-developer.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text is not None else SEED.read_text())
    return path


def test_same_stem_in_two_folders_runs_as_two_labelled_tasks(tmp_path, captured):
    base = _copy(tmp_path, "base")
    candidate = _copy(tmp_path, "candidate", SEED.read_text().replace("## Mission", "## Mission\nBe brief."))
    ok, _ = run_matrix(["bdbench/nop"], [base, candidate], _options(tmp_path), notify=lambda line: None)
    assert ok
    tasks = captured[0]
    assert len({t.name for t in tasks}) == 2
    assert [t.metadata["agent_label"] for t in tasks] == ["base/backend-developer", "candidate/backend-developer"]
    assert all(t.name.startswith(f"bdbench-{t.metadata['agent_label'].replace('/', '-')}-") for t in tasks)


def test_identical_content_in_two_folders_still_two_tasks(tmp_path, captured):
    ok, _ = run_matrix(["bdbench/nop"], [_copy(tmp_path, "a"), _copy(tmp_path, "b")], _options(tmp_path),
                       notify=lambda line: None)
    assert ok and len({t.name for t in captured[0]}) == 2


def test_a_changed_file_never_shares_the_task_identity(tmp_path, captured):
    path = _copy(tmp_path, "x")
    run_matrix(["bdbench/nop"], [path], _options(tmp_path), notify=lambda line: None)
    path.write_text(SEED.read_text() + "\nOne more rule.\n")
    run_matrix(["bdbench/nop"], [path], _options(tmp_path), notify=lambda line: None)
    first, second = captured[0][0], captured[1][0]
    assert first.name != second.name
    assert first.name.startswith("bdbench-backend-developer-") and len(first.name.rsplit("-", 1)[1]) == 8
    assert first.metadata["agent_sha256"] != second.metadata["agent_sha256"]
    assert first.metadata["agent_label"] == second.metadata["agent_label"] == "backend-developer"


def test_a_bad_file_is_reported_and_the_others_run(tmp_path, captured):
    bad = tmp_path / "bad.md"
    bad.write_text("---\nname: x\n---\nbody\n")
    odd = tmp_path / "odd.md"
    odd.write_text("---\nname: odd\ndescription: d\ntools: Read, Skill\n---\nbody\n")
    notes = []
    ok, _ = run_matrix(["bdbench/nop"], [SEED, bad, odd], _options(tmp_path), notify=notes.append)
    assert not ok
    assert [t.metadata["agent_label"] for t in captured[0]] == ["backend-developer", "odd"]
    assert any(n.startswith("rejected: ") and "bad.md: field 'description'" in n for n in notes)
    assert any(n.startswith("warning: ") and "odd.md: tools Skill" in n for n in notes)
    assert captured[0][1].metadata["agent_tools_unavailable"] == ["Skill"]


def test_run_metadata_records_the_agent_and_the_roster(tmp_path, captured):
    run_matrix(["bdbench/nop"], [SEED], _options(tmp_path), notify=lambda line: None)
    meta = captured[0][0].metadata
    assert meta["agent_tools"] == ["Read", "Write", "Edit", "Bash", "Grep", "Glob", "Task"]
    assert meta["roster"]["specialist"] == ["rails-backend-expert", "nestjs-backend-expert", "elixir-phoenix-expert"]
    assert meta["agent_specialists"] == meta["roster"]["specialist"]
    assert meta["agent_model"] is None and meta["agent_warnings"] == []


def test_labels_go_as_deep_as_needed():
    files = [Path("/r/one/team/agent.md"), Path("/r/two/team/agent.md"), Path("/r/solo.md")]
    assert agent_labels(files) == {files[0]: "one/team/agent", files[1]: "two/team/agent", files[2]: "solo"}
