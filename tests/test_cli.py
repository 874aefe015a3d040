"""The command line: thin, with one-line errors that name the file and the field."""

import subprocess
import sys

from conftest import REPO, valid_task_yaml, write_fixture


def _bdbench(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "bdbench.cli", *args], cwd=cwd, capture_output=True, text=True)


def test_malformed_task_yaml_gets_one_line_error(tasks_dir):
    write_fixture(tasks_dir, valid_task_yaml("good-task"))
    write_fixture(tasks_dir, valid_task_yaml("bad-task", app={"start": "python app.py", "port": "http"}))
    result = _bdbench("tasks", "validate", "--schema-only", "--tasks-dir", str(tasks_dir))
    assert result.returncode == 2
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, result.stdout
    assert "bad-task/task.yaml" in lines[0] and "field 'app.port'" in lines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_agents_check_reports_each_file_on_one_line(tmp_path):
    good = tmp_path / "variant.md"
    good.write_text("---\nname: v\ndescription: d\ntools: Read, Fly, WebFetch\ndisallowedTools: Edit\nmodel: opus\n---\nbody\n")
    bad = tmp_path / "bad.md"
    bad.write_bytes("---\nname: v\ndescription: caf\u00e9\n---\nbody\n".encode("cp1252"))
    result = _bdbench("agents", "check", str(good), str(bad))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout
    assert lines[0].startswith("loaded") and "tools Read, WebFetch, Task" in lines[0]
    assert "offline (no network) WebFetch" in lines[0] and "unavailable Fly" in lines[0] and "model opus" in lines[0]
    assert lines[1].startswith("rejected") and "bad.md:3: not UTF-8" in lines[1]
    assert "Traceback" not in result.stdout + result.stderr


def test_agents_check_json_and_exit_zero_when_all_load(tmp_path):
    import json

    agent = tmp_path / "a.md"
    agent.write_text("---\nname: a\ndescription: d\ntools: Bash(git *)\n---\nbody\n")
    result = _bdbench("agents", "check", "--json", str(agent), str(REPO / "agents" / "backend-developer.md"))
    assert result.returncode == 0, result.stdout + result.stderr
    found = json.loads(result.stdout)
    assert [r["loaded"] for r in found] == [True, True]
    assert found[0]["tools"] == ["Bash", "Task"] and found[0]["patterns"] == {"Bash": ["git *"]}
    assert found[1]["name"] == "backend-developer" and len(found[1]["sha256"]) == 64


def test_run_with_only_a_bad_agent_file_is_one_line(tmp_path):
    agent = tmp_path / "variant.md"
    agent.write_text("no frontmatter\n")
    result = _bdbench("run", "--agent", str(agent), "--model", "bdbench/nop")
    assert result.returncode == 2
    assert "variant.md: missing YAML frontmatter" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_tasks_list_shows_every_shipped_fixture():
    result = _bdbench("tasks", "list")
    assert result.returncode == 0, result.stdout + result.stderr
    for task_dir in (REPO / "tasks").iterdir():
        if (task_dir / "task.yaml").is_file():
            assert task_dir.name in result.stdout


def test_grade_needs_an_existing_workspace(tmp_path):
    result = _bdbench("grade", "--task", "crud-fastapi", "--workspace", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "workspace folder not found" in result.stdout


def test_summary_breaks_pass_at_1_down_by_language_and_scenario():
    import pandas as pd

    from bdbench.summary import breakdown_line

    frame = pd.DataFrame([
        {"language": "Python", "scenario": "notes-crud", "resolved": 1.0},
        {"language": "Python", "scenario": "auth", "resolved": 0.0},
        {"language": "Ruby", "scenario": "notes-crud", "resolved": 1.0},
        {"language": "none (routing only)", "scenario": "routing-rails", "resolved": float("nan")},
    ])
    assert breakdown_line(frame, "language") == "pass@1 by language: Python 0.50 (n=2) · Ruby 1.00 (n=1)"
    assert breakdown_line(frame, "scenario") == "pass@1 by scenario: auth 0.00 (n=1) · notes-crud 1.00 (n=2)"
    assert breakdown_line(frame.iloc[3:], "language") is None


def test_doctor_accepts_an_unprepared_harness_binary_only_when_its_images_are_built(monkeypatch, tmp_path):
    from types import SimpleNamespace

    from bdbench import doctor

    layer = SimpleNamespace(name="claude-code", root=tmp_path, config={"binary_check": None})
    variant = SimpleNamespace(name="python", layer=layer, tag="bdbench-python-claude-code:abc")
    monkeypatch.setattr(doctor, "docker_client", lambda: object())
    monkeypatch.setattr(doctor, "variants_to_build", lambda *args: [variant])
    monkeypatch.setattr(doctor, "harness_layers", lambda sandboxes: {"claude-code": layer})
    monkeypatch.setattr(doctor, "npm_binary_spec", lambda config: "pkg@1.0")
    monkeypatch.setattr(doctor, "prepared_npm_binary", lambda root, config: (tmp_path / "bin/claude", None))

    monkeypatch.setattr(doctor, "image_exists", lambda client, tag: True)
    binary = doctor.check_harnesses(tmp_path)[0]
    assert binary.ok and "not needed" in binary.detail

    monkeypatch.setattr(doctor, "image_exists", lambda client, tag: False)
    binary, image = doctor.check_harnesses(tmp_path)
    assert not binary.ok and not image.ok and "missing" in binary.detail

    monkeypatch.setattr(doctor, "prepared_npm_binary", lambda root, config: (tmp_path / "bin/claude", "pkg@0.9"))
    monkeypatch.setattr(doctor, "image_exists", lambda client, tag: True)
    assert not doctor.check_harnesses(tmp_path)[0].ok  # a stale pin on the host is reported
