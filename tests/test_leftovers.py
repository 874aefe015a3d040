"""Sandboxes of ended bdbench processes are found and removed; a live process's are kept."""

from __future__ import annotations

import os
import socket

import docker
import pytest

from bdbench.images import stacks
from bdbench.leftovers import OWNER_LABEL, PROJECT_LABEL, find_leftovers, remove_leftovers
from conftest import REPO

pytestmark = pytest.mark.docker


def _dead_pid() -> int:
    pid = 4_000_000  # above the kernel's largest pid (4194304) only when unused: checked below
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        pid += 1


def _sandbox(client, owner: str, project: str):
    return client.containers.run(stacks(REPO / "sandboxes")["python"].tag, ["sleep", "60"], detach=True,
                                 network_mode="none", labels={OWNER_LABEL: owner, PROJECT_LABEL: project})


def test_leftovers_of_an_ended_process_are_removed_and_a_live_ones_kept():
    client = docker.from_env()
    host = socket.gethostname()
    dead = _sandbox(client, f"{host}:{_dead_pid()}", "bdbench-test-leftover-dead")
    live = _sandbox(client, f"{host}:{os.getppid()}", "bdbench-test-leftover-live")
    try:
        projects = {f.project for f in find_leftovers(client)}
        assert "bdbench-test-leftover-dead" in projects and "bdbench-test-leftover-live" not in projects
        removed = {f.project for f in remove_leftovers(client)}
        assert "bdbench-test-leftover-dead" in removed
        assert not client.containers.list(all=True, filters={"id": dead.id})
        assert client.containers.list(filters={"id": live.id})
    finally:
        for container in (dead, live):
            try:
                container.remove(force=True)
            except docker.errors.NotFound:
                pass
