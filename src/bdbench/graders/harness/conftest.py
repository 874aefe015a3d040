"""pytest plugin that every fixture's hidden tests run under, inside the grader container.

It is copied next to the hidden tests (never into /workspace) and configured through
environment variables set by the grader. It gives tests:

- ``app``: the app started from the fixture's start command, as the unprivileged app user,
  in the workspace; its ``url`` is on 127.0.0.1 and ``client`` is an httpx client for it;
- ``workspace``: the path of the agent's finished workspace;
- ``workspace_run``: run a shell command in the workspace as the app user.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app_runner import WORKSPACE, AppStartError, RunningApp, child_env, drop_privileges
from app_runner import start_app as _start_app

__all__ = ["RunningApp", "start_app"]

# The generic attacks leave odd rows behind and may wedge the app, so they run after the
# fixture's own probes.
GENERIC_ATTACKS = "test_generic_attacks.py"


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.path.name == GENERIC_ATTACKS)


def start_app() -> RunningApp:
    """The app, or a test failure that shows why it did not come up."""
    try:
        return _start_app()
    except AppStartError as err:
        pytest.fail(str(err))


@pytest.fixture(scope="module")
def app():
    """The app, fresh for each test module so modules cannot leak state into each other."""
    running = start_app()
    yield running
    running.stop()


@pytest.fixture
def client(app):
    return app.client


@pytest.fixture
def workspace() -> Path:
    return WORKSPACE


@pytest.fixture
def workspace_run():
    def run(command: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["/bin/sh", "-c", command],
            cwd=WORKSPACE,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            **drop_privileges(),
        )

    return run
