"""Sandboxes left behind by a bdbench process that is gone (killed with SIGKILL, a crashed
machine): found by the owner label every sandbox container carries, and removed with their
volumes before the next run starts. Sandboxes of a live process, here or on another machine
sharing the engine, are never touched."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass

import docker
from docker.errors import DockerException, NotFound

OWNER_LABEL = "bdbench.owner"
OWNER_ENV = "BDBENCH_OWNER"
PROJECT_LABEL = "com.docker.compose.project"


def claim_sandboxes() -> str:
    """Mark the sandboxes this process starts as its own (compose reads the variable)."""
    owner = f"{socket.gethostname()}:{os.getpid()}"
    os.environ[OWNER_ENV] = owner
    return owner


def _alive(owner: str) -> bool:
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return True  # another machine's process: not ours to judge
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class Leftover:
    project: str
    owner: str
    containers: list[str]


def find_leftovers(client: docker.DockerClient | None = None) -> list[Leftover]:
    client = client or docker.from_env()
    projects: dict[str, Leftover] = {}
    for container in client.containers.list(all=True, filters={"label": OWNER_LABEL}):
        owner = container.labels.get(OWNER_LABEL, "")
        if owner == os.environ.get(OWNER_ENV) or _alive(owner):
            continue
        project = container.labels.get(PROJECT_LABEL, container.name)
        projects.setdefault(project, Leftover(project, owner, [])).containers.append(container.name)
    return list(projects.values())


def remove_leftovers(client: docker.DockerClient | None = None) -> list[Leftover]:
    """Remove the containers and volumes of every leftover sandbox; returns what was removed."""
    client = client or docker.from_env()
    leftovers = find_leftovers(client)
    for leftover in leftovers:
        for name in leftover.containers:
            try:
                client.containers.get(name).remove(force=True, v=True)
            except NotFound:
                pass
        for volume in client.volumes.list(filters={"label": f"{PROJECT_LABEL}={leftover.project}"}):
            try:
                volume.remove(force=True)
            except (NotFound, DockerException):
                pass
    return leftovers
