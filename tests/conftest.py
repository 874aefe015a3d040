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
