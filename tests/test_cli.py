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


def test_unknown_tool_in_agent_file_is_one_line(tmp_path):
    agent = tmp_path / "variant.md"
    agent.write_text("---\nname: v\ndescription: d\ntools: Read, Fly\n---\nbody\n")
    result = _bdbench("run", "--agent", str(agent), "--model", "bdbench/nop")
    assert result.returncode == 2
    assert "variant.md: field 'tools': unknown tool Fly" in result.stdout
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
