"""Shared helpers for bdbench's own tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]


def valid_task_yaml(task_id: str = "hello-api", **overrides) -> dict:
    spec = {
        "id": task_id,
        "title": "Hello endpoint",
        "category": "crud",
        "scenario": "hello",
        "stack": "python",
        "difficulty": "easy",
        "route": "self",
        "canary": "bdbench canary GUID 0000-test-fixture",
        "instruction": f"Add GET /hello returning JSON {{'message': 'hello'}} ({task_id}).",
        "app": {"start": "python app.py", "port": 8000, "ready_path": "/health"},
    }
    spec.update(overrides)
    return spec


def write_fixture(tasks_dir: Path, spec: dict | str, with_tests: bool = True) -> Path:
    """A fixture folder with a workspace, a solution and (optionally) one hidden test."""
    task_id = spec["id"] if isinstance(spec, dict) else "broken"
    root = tasks_dir / task_id
    for part in ("workspace", "tests", "solution"):
        (root / part).mkdir(parents=True, exist_ok=True)
    (root / "task.yaml").write_text(spec if isinstance(spec, str) else yaml.safe_dump(spec))
    (root / "workspace" / "app.py").write_text("# starting point\n")
    (root / "solution" / "app.py").write_text("# reference solution\n")
    if with_tests:
        (root / "tests" / "test_hello.py").write_text("def test_hello(client):\n    assert client.get('/hello').status_code == 200\n")
    return root


@pytest.fixture
def tasks_dir(tmp_path: Path) -> Path:
    path = tmp_path / "tasks"
    path.mkdir()
    return path


# Wall time per test file, printed at the end of every run (CI included), so the growth of the
# suite shows file by file; --durations gives the slowest single tests.
_FILE_SECONDS: dict[str, float] = {}


def pytest_runtest_logreport(report):
    path = report.nodeid.split("::", 1)[0]
    _FILE_SECONDS[path] = _FILE_SECONDS.get(path, 0.0) + report.duration


def pytest_terminal_summary(terminalreporter):
    if not _FILE_SECONDS:
        return
    terminalreporter.section("wall time per test file")
    for path, seconds in sorted(_FILE_SECONDS.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:8.1f} s  {path}")
    terminalreporter.write_line(f"{sum(_FILE_SECONDS.values()):8.1f} s  total")
