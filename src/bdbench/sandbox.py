"""Sandboxes for one sample: the agent's container and a pristine grader container.

Both start from the stack image with no network at all (network_mode: none), with CPU, memory
and process limits. The compose file is generated per stack image tag, so a run pins the exact
image it used. `local` mode runs both on the host and is unsafe: development only.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
import warnings
from pathlib import Path

import docker
import yaml
from inspect_ai.util import SandboxEnvironmentSpec

from .archives import tar_bytes, unpack_command
from .cache import cache_dir
from .engine_sandbox import NAME as ENGINE_SANDBOX
from .engine_sandbox import compose_container
from .fixtures import files_under
from .images import Stack
from .leftovers import OWNER_ENV, OWNER_LABEL
from .tools import WORKSPACE

AGENT, GRADER = "default", "grader"
DEFAULT_LIMITS = {"cpus": 1.0, "memory": "2g", "pids": 512, "disk": "1g"}
# The grader runs the static analysers beside the app-bound graders, so it may use two CPUs;
# the agent's container keeps one.
GRADER_CPUS = 2.0
# The root filesystem is read-only; these are the only writable places, each a size-capped
# tmpfs volume (readable by `docker cp`, unlike a plain tmpfs mount), so no agent can fill
# the host's disk. name -> (mount point, extra mount options)
WRITABLE = {
    "workspace": ("/workspace", ""),
    "tmp": ("/tmp", ",mode=1777"),
    "root": ("/root", ""),
    "apphome": ("/home/app", ",uid=1000,gid=1000"),
}
# Only the grader gets a place for hidden tests, probes and reports: the agent's container has
# no such folder at all.
GRADER_ONLY = {"grader": ("/grader", "")}


def _writable(service: str) -> dict[str, tuple[str, str]]:
    return {**WRITABLE, **GRADER_ONLY} if service == GRADER else WRITABLE
UNSAFE_LOCAL_WARNING = (
    "UNSAFE: --sandbox local runs the agent's commands and the app on this machine, "
    "with no isolation between the agent and the grader. Use it only to develop fixtures."
)


def _cpus(service: str, limits: dict) -> float:
    wanted = max(float(limits["cpus"]), GRADER_CPUS) if service == GRADER else float(limits["cpus"])
    return min(wanted, float(os.cpu_count() or 1))  # Docker refuses more CPUs than the machine has


def _service(service: str, image: str, limits: dict) -> dict:
    return {
        "image": image,
        "x-local": True,
        "network_mode": "none",
        "init": True,
        "command": ["sleep", "infinity"],
        # Relative workspace paths resolve from "/" here and from a temp dir in local mode.
        "working_dir": "/",
        "cpus": _cpus(service, limits),
        "mem_limit": str(limits["memory"]),
        "memswap_limit": str(limits["memory"]),
        "pids_limit": int(limits["pids"]),
        "read_only": True,
        # Which bdbench process owns this sandbox (compose fills it in from the environment),
        # so leftovers of a killed run can be found and removed (leftovers.py).
        "labels": {OWNER_LABEL: "${%s:-unknown}" % OWNER_ENV},
        "volumes": [f"{service}-{name}:{mount}" for name, (mount, _) in _writable(service).items()],
    }


def _volumes(limits: dict, services: tuple[str, ...]) -> dict:
    return {
        f"{service}-{name}": {"driver": "local", "driver_opts": {
            "type": "tmpfs", "device": "tmpfs", "o": f"size={limits['disk']}{options}"}}
        for service in services
        for name, (_, options) in _writable(service).items()
    }


def compose_file(stack: Stack, services: tuple[str, ...] = (AGENT, GRADER)) -> Path:
    """The compose file for a stack, named by a hash of its content so a change of image,
    limits or layout is a new file and never a stale one. Routing cases have nothing to run
    in a grader and `bdbench grade` has no agent, so each leaves that service out."""
    limits = {**DEFAULT_LIMITS, **stack.config.get("container", {})}
    definitions = {name: _service(name, stack.tag, limits) for name in services}
    if AGENT not in definitions:
        definitions[services[0]]["x-default"] = True  # inspect needs a default service
    compose = {
        "services": definitions,
        "volumes": _volumes(limits, services),
        # inspect cannot tell a volume with driver options from a host mount, so it asks for
        # this opt-in. Every volume above is a tmpfs: none touches the host's files.
        "x-inspect_docker_sandbox": {"unsafe_allow_writable_host_mounts": True},
    }
    text = yaml.safe_dump(compose, sort_keys=False)
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    path = cache_dir() / "compose" / f"{stack.name}-{digest}.yaml"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return path


def sandbox_spec(mode: str, stack: Stack, services: tuple[str, ...] = (AGENT, GRADER)) -> SandboxEnvironmentSpec:
    if mode == "docker":
        return SandboxEnvironmentSpec(ENGINE_SANDBOX, str(compose_file(stack, services)))
    if mode == "local":
        warnings.warn(UNSAFE_LOCAL_WARNING, stacklevel=2)
        return SandboxEnvironmentSpec("bdbench-local")
    raise ValueError(f"unknown sandbox mode '{mode}': use docker or local")


# Caches are left out of the copy: they are not part of the work and can be large.
_TAR_EXCLUDES = ["--exclude=__pycache__", "--exclude=.pytest_cache", "--exclude=*.pyc"]
ARCHIVE = "/tmp/bdbench-workspace.tar"
# A workspace beyond this is not graded: the tmpfs caps it at 1 GiB, and holding that in the
# host's memory for one sample is not worth it.
MAX_WORKSPACE_BYTES = 256 * 2**20
PAUSE_ATTEMPTS, PAUSE_RETRY_S = 5, 0.5  # about 5 s in all


def _pause(container, attempts: int = PAUSE_ATTEMPTS) -> None:
    """Freeze every process of the container. The kernel's freezer can refuse while a process
    is in the middle of a system call (seen under load as "unable to freeze"), so it is asked
    again after a moment before the sample is given up."""
    for attempt in range(1, attempts + 1):
        container.reload()
        if container.status != "running":
            return
        try:
            container.pause()
            return
        except docker.errors.APIError:
            if attempt == attempts:
                raise
            time.sleep(PAUSE_RETRY_S * attempt)


def _freeze_and_archive(container_id: str) -> bytes:
    # Paused first, so nothing the agent left running (a fork bomb, a server, a process that
    # left its session) can change the workspace or slow the copy: the archive is read by the
    # Docker engine from the volume, without running anything among the agent's processes.
    container = docker.from_env().containers.get(container_id)
    _pause(container)
    stream, _ = container.get_archive(f"/{WORKSPACE}")
    data = bytearray()
    for chunk in stream:
        data += chunk
        if len(data) > MAX_WORKSPACE_BYTES:
            raise RuntimeError(f"the workspace is larger than {MAX_WORKSPACE_BYTES >> 20} MiB: not graded")
    return bytes(data)


async def export_workspace(source) -> tuple[bytes, int]:
    """The finished workspace as a tar archive, and how many leading path parts to strip on
    unpacking. A host folder (`bdbench grade`) is read as it is; a Docker sandbox is frozen
    first; the unsafe local sandbox is archived in place."""
    if isinstance(source, Path):
        return tar_bytes(files_under(source)), 0
    container = await asyncio.to_thread(compose_container, source)
    if container:
        return await asyncio.to_thread(_freeze_and_archive, container), 1
    packed = await source.exec(["tar", *_TAR_EXCLUDES, "-cf", ARCHIVE, "-C", WORKSPACE, "."])
    if not packed.success:
        raise RuntimeError(f"could not archive the workspace: {packed.stderr.strip()}")
    return await source.read_file(ARCHIVE, text=False), 0


async def transfer_workspace(source, target, target_dir: str, owner: str | None) -> int:
    """Copy the agent's workspace (or a host folder) into target_dir of the grader. The archive is unpacked as the
    app user where there is one, so it cannot write outside its folder. Returns its size."""
    data, strip = await export_workspace(source)
    await target.write_file(ARCHIVE, data)
    excludes = " ".join(_TAR_EXCLUDES)
    unpack = unpack_command(ARCHIVE, target_dir, f"--strip-components={strip} {excludes}")
    if owner:
        unpack = f"mkdir -p {target_dir} && chown {owner}:{owner} {target_dir} {ARCHIVE} && " \
                 f"setpriv --reuid={owner} --regid={owner} --clear-groups sh -c '{unpack}'"
    unpacked = await target.exec(["sh", "-c", unpack])
    if not unpacked.success:
        raise RuntimeError(f"could not unpack the workspace: {unpacked.stderr.strip()}")
    return len(data)
