"""Starting and stopping the agent's app inside the grader container.

Shared by the hidden-test plugin (conftest.py) and the latency meter. The app runs from the
fixture's start command, in the workspace, as the unprivileged app user, with a plain
environment; it is up once its ready path answers on 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx


class AppStartError(RuntimeError):
    """The app exited or never answered; the message carries the tail of its output."""


WORKSPACE = Path(os.environ.get("BDBENCH_WORKSPACE", "/workspace"))
_APP_UID = os.environ.get("BDBENCH_APP_UID")


def drop_privileges() -> dict:
    """Popen arguments that run a child as the app user, when the grader asks for it."""
    if not _APP_UID:
        return {}
    uid = int(_APP_UID)
    return {"user": uid, "group": uid, "extra_groups": []}


def child_env() -> dict[str, str]:
    # The agent's code gets a plain environment: nothing of the grader's configuration, only
    # this run's values of the secrets the fixture declares.
    secrets = {name: os.environ[f"BDBENCH_SECRET_{name}"] for name in os.environ.get("BDBENCH_APP_SECRETS", "").split()}
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("BDBENCH_APP_HOME", str(WORKSPACE)),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        **secrets,
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
        """Stop the whole process group and wait until it is gone: a server still shutting
        down under an exited shell would keep the port from the next app."""
        self.client.close()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            if _wait_for_group_exit(self.process, timeout=5):
                break


def _wait_for_group_exit(process: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        process.poll()  # reap the shell so its group can empty
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def start_app() -> RunningApp:
    command = os.environ.get("BDBENCH_APP_START")
    if not command:
        raise AppStartError("this fixture declares no app (task.yaml has no 'app' section)")
    port = int(os.environ["BDBENCH_APP_PORT"])
    ready_path = os.environ.get("BDBENCH_APP_READY_PATH", "/")
    timeout = float(os.environ.get("BDBENCH_APP_STARTUP_TIMEOUT", "30"))
    log_path = Path(os.environ.get("BDBENCH_APP_LOG", "/tmp/bdbench-app.log"))
    log = log_path.open("wb")
    process = subprocess.Popen(
        ["/bin/sh", "-c", command],
        cwd=WORKSPACE,
        env=child_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        **drop_privileges(),
    )
    app = RunningApp(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AppStartError(f"app exited with code {process.returncode} on start:\n{app.log_tail()}")
        try:
            httpx.get(app.url + ready_path, timeout=1.0)
            return app
        except httpx.HTTPError:
            time.sleep(0.2)
    app.stop()
    raise AppStartError(f"app did not answer on port {port} within {timeout:.0f}s:\n{app.log_tail()}")
