"""Sandbox images: a base, then one image per stack built from sandboxes/<stack>/.

Builds never need a registry or network inside the build: the base comes from debootstrap
(or any local image, such as an official python image on an ordinary machine) and packages
(wheels, Debian packages, npm packages) are prepared on the host (host_packages.py). Tags are content hashes of the stack
folder, so an unchanged stack is a cache hit and runs pin exact images.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import docker
import yaml
from docker.errors import DockerException, ImageNotFound

from .debian_sources import archive_uri
from .host_packages import DEBIAN_SUITE, PREPARED, PrepareError, download_debs, download_wheelhouse, install_npm

DEFAULT_BASE_IMAGE = "bdbench-base:bookworm"
# stack.yaml configures the host-side steps and the graders, not the image's contents.
_HASHED_EXCLUDES = PREPARED | {"__pycache__", "stack.yaml"}

Log = Callable[[str], None]


class ImageError(RuntimeError):
    pass


@dataclass(frozen=True)
class Stack:
    name: str
    root: Path

    @property
    def config(self) -> dict:
        path = self.root / "stack.yaml"
        return yaml.safe_load(path.read_text()) if path.is_file() else {}

    @property
    def language(self) -> str:
        """The language its tasks are written in, for breakdowns (stack.yaml `language`)."""
        return str(self.config.get("language") or self.name)

    @property
    def tag(self) -> str:
        """Content hash of the stack folder: an edit to the Dockerfile or lock is a new tag."""
        digest = hashlib.sha256()
        for path in sorted(self.root.rglob("*")):
            rel = path.relative_to(self.root)
            if path.is_file() and not (set(rel.parts) & _HASHED_EXCLUDES):
                digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        return f"bdbench-{self.name}:{digest.hexdigest()[:12]}"


def stacks(sandboxes_dir: Path) -> dict[str, Stack]:
    return {
        p.name: Stack(p.name, p)
        for p in sorted(Path(sandboxes_dir).iterdir())
        if (p / "Dockerfile").is_file()
    }


def docker_client() -> docker.DockerClient:
    try:
        client = docker.from_env()
        client.ping()
        return client
    except DockerException as err:
        raise ImageError(
            f"cannot reach the Docker engine ({err}); run scripts/install-docker.sh or start dockerd"
        ) from None


def image_exists(client: docker.DockerClient, tag: str) -> bool:
    try:
        client.images.get(tag)
        return True
    except ImageNotFound:
        return False


def build_debootstrap_base(client: docker.DockerClient, tag: str, log: Log) -> None:
    """A minimal Debian root filesystem imported as an image: no registry needed."""
    if shutil.which("debootstrap") is None:
        raise ImageError("debootstrap is missing: apt-get install -y debootstrap (or pass --base-image)")
    with tempfile.TemporaryDirectory(prefix="bdbench-rootfs-") as tmp:
        rootfs, tarball = Path(tmp) / "rootfs", Path(tmp) / "rootfs.tar"
        log(f"debootstrap {DEBIAN_SUITE} into {rootfs} (about a minute)")
        subprocess.run(
            ["debootstrap", "--variant=minbase", "--include=python3,python3-venv,ca-certificates",
             DEBIAN_SUITE, str(rootfs), archive_uri()],
            check=True, stdout=subprocess.DEVNULL,
        )
        subprocess.run(["tar", "-C", str(rootfs), "-cf", str(tarball), "."], check=True)
        repository, _, version = tag.partition(":")
        client.api.import_image_from_file(str(tarball), repository=repository, tag=version or "latest")
    log(f"imported base image {tag}")


def prepare_build_context(client: docker.DockerClient, stack: Stack, base_image: str, log: Log) -> None:
    """Everything the stack.yaml asks to prepare on the host, into its build context."""
    config = stack.config

    def base_status() -> bytes:
        # What the base already has, so only the missing Debian packages are downloaded.
        return client.containers.run(base_image, ["cat", "/var/lib/dpkg/status"], network_mode="none",
                                     remove=True)

    try:
        download_wheelhouse(stack.name, stack.root, config, log)
        download_debs(stack.name, stack.root, config, base_status, log)
        install_npm(stack.name, stack.root, config, log)
    except PrepareError as err:
        raise ImageError(str(err)) from None


def build_stack(client: docker.DockerClient, stack: Stack, base_image: str, log: Log,
                force: bool = False) -> str:
    tag = stack.tag
    if image_exists(client, tag) and not force:
        log(f"[{stack.name}] {tag} is up to date (cache hit)")
        return tag
    prepare_build_context(client, stack, base_image, log)
    log(f"[{stack.name}] building {tag} with --network none")
    stream = client.api.build(
        path=str(stack.root), tag=tag, buildargs={"BASE_IMAGE": base_image},
        network_mode="none", rm=True, decode=True, labels={"bdbench.base-image": base_image},
    )
    for chunk in stream:
        if "error" in chunk:
            raise ImageError(f"[{stack.name}] build failed: {chunk['error'].strip()}")
        line = chunk.get("stream", "").strip()
        if line.startswith("Step "):
            log(f"[{stack.name}] {line}")
    client.images.get(tag).tag(f"bdbench-{stack.name}", "latest")
    log(f"[{stack.name}] built {tag}")
    return tag


def build_images(sandboxes_dir: Path, base_image: str | None = None, only: list[str] | None = None,
                 force: bool = False, log: Log = print) -> dict[str, str]:
    """Build the base (when it is ours and missing) and every stack image. Returns stack -> tag."""
    client = docker_client()
    base = base_image or DEFAULT_BASE_IMAGE
    if not image_exists(client, base):
        if base_image is not None:
            raise ImageError(f"base image {base} is not present locally: docker pull it first")
        build_debootstrap_base(client, base, log)
    selected = stacks(sandboxes_dir)
    if only:
        missing = sorted(set(only) - set(selected))
        if missing:
            raise ImageError(f"unknown stack(s): {', '.join(missing)}; have {', '.join(selected)}")
        selected = {name: selected[name] for name in only}
    return {name: build_stack(client, stack, base, log, force) for name, stack in selected.items()}
