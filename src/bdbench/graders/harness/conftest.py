"""pytest plugin that every fixture's hidden tests run under, inside the grader container.

It is copied next to the hidden tests (never into /workspace) and configured through
environment variables set by the functional grader. It gives tests:

- ``app``: the app started from the fixture's start command, as the unprivileged app user,
  in the workspace; its ``url`` is on 127.0.0.1 and ``client`` is an httpx client for it;
- ``workspace``: the path of the agent's finished workspace;
- ``workspace_run``: run a shell command in the workspace as the app user.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

WORKSPACE = Path(os.environ.get("BDBENCH_WORKSPACE", "/workspace"))
_APP_UID = os.environ.get("BDBENCH_APP_UID")


def _drop_privileges() -> dict:
    """Popen arguments that run a child as the app user, when the grader asks for it."""
    if not _APP_UID:
        return {}
    uid = int(_APP_UID)
    return {"user": uid, "group": uid, "extra_groups": []}


def _child_env() -> dict[str, str]:
    # The agent's code gets a plain environment: nothing of the grader's configuration.
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("BDBENCH_APP_HOME", str(WORKSPACE)),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


class RunningApp:
    def __init__(self, url: str, process: subprocess.Popen, log_path: Path):
        self.url = url
        self.process = process
        self.log_path = log_path
        self.client = httpx.Client(base_url=url, timeout=10.0)

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        self.client.close()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)


def start_app() -> RunningApp:
    command = os.environ.get("BDBENCH_APP_START")
    if not command:
        pytest.fail("this fixture declares no app (task.yaml has no 'app' section)")
    port = int(os.environ["BDBENCH_APP_PORT"])
    ready_path = os.environ.get("BDBENCH_APP_READY_PATH", "/")
    timeout = float(os.environ.get("BDBENCH_APP_STARTUP_TIMEOUT", "30"))
    log_path = Path(os.environ.get("BDBENCH_APP_LOG", "/tmp/bdbench-app.log"))
    log = log_path.open("wb")
    process = subprocess.Popen(
        ["/bin/sh", "-c", command],
        cwd=WORKSPACE,
        env=_child_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        **_drop_privileges(),
    )
    app = RunningApp(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"app exited with code {process.returncode} on start:\n{app.log_tail()}")
        try:
            httpx.get(app.url + ready_path, timeout=1.0)
            return app
        except httpx.HTTPError:
            time.sleep(0.2)
    app.stop()
    pytest.fail(f"app did not answer on port {port} within {timeout:.0f}s:\n{app.log_tail()}")


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
            env=_child_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            **_drop_privileges(),
        )

    return run
