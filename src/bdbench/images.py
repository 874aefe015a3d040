"""Sandbox images: a base, then one image per stack built from sandboxes/<stack>/.

Builds never need a registry or network inside the build: the base comes from debootstrap
(or any local image, such as an official python image on an ordinary machine) and packages
(wheels, Debian packages, npm packages) are prepared on the host (host_packages.py). Tags are content hashes of the stack
folder, so an unchanged stack is a cache hit and runs pin exact images.

A harness layer (sandboxes/harnesses/<harness>/: Dockerfile and harness.yaml) is built on top
of any stack image, for harnesses that need more in the agent's container (the Claude Code
binary). Its variant's tag hashes the stack's tag and the layer's folder.
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
from .host_packages import (DEBIAN_SUITE, PREPARED, PrepareError, download_debs, download_wheelhouse, install_npm,
                            pack_npm_binary)

DEFAULT_BASE_IMAGE = "bdbench-base:bookworm"
HARNESSES_DIR = "harnesses"
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
        return f"bdbench-{self.name}:{_folder_digest(self.root, _HASHED_EXCLUDES)[:12]}"


def _folder_digest(root: Path, excludes: set[str]) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not (set(rel.parts) & excludes):
            digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class HarnessLayer:
    """What a harness adds on top of every stack image it runs on."""

    name: str
    root: Path

    @property
    def config(self) -> dict:
        return yaml.safe_load((self.root / "harness.yaml").read_text()) or {}

    @property
    def digest(self) -> str:
        # harness.yaml pins what the prepared files are, so unlike stack.yaml it is hashed; the
        # prepared folder itself is not.
        prepared = Path(self.config.get("npm_binary", {}).get("into", "bin")).parts[0]
        return _folder_digest(self.root, {prepared, "__pycache__"})


@dataclass(frozen=True)
class LayeredStack(Stack):
    """A stack image with a harness layer on top: same grading profile, its own image."""

    layer: HarnessLayer | None = None

    @property
    def base_tag(self) -> str:
        return Stack.tag.fget(self)

    @property
    def tag(self) -> str:
        digest = hashlib.sha256(f"{self.base_tag}\0{self.layer.digest}".encode()).hexdigest()[:12]
        return f"bdbench-{self.name}-{self.layer.name}:{digest}"


def harness_layers(sandboxes_dir: Path) -> dict[str, HarnessLayer]:
    folder = Path(sandboxes_dir) / HARNESSES_DIR
    if not folder.is_dir():
        return {}
    return {p.name: HarnessLayer(p.name, p) for p in sorted(folder.iterdir()) if (p / "Dockerfile").is_file()}


def harness_layer(sandboxes_dir: Path, name: str) -> HarnessLayer:
    layers = harness_layers(sandboxes_dir)
    if name not in layers:
        raise ImageError(f"no harness layer {Path(sandboxes_dir) / HARNESSES_DIR / name} "
                         f"(have: {', '.join(layers) or 'none'})")
    return layers[name]


def with_layer(stack: Stack, layer: HarnessLayer) -> LayeredStack:
    return LayeredStack(stack.name, stack.root, layer)


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
    _build(client, stack.root, tag, {"BASE_IMAGE": base_image}, {"bdbench.base-image": base_image},
           stack.name, log)
    return tag


def _build(client: docker.DockerClient, context: Path, tag: str, buildargs: dict, labels: dict,
           name: str, log: Log) -> None:
    log(f"[{name}] building {tag} with --network none")
    stream = client.api.build(path=str(context), tag=tag, buildargs=buildargs, network_mode="none",
                              rm=True, decode=True, labels=labels)
    for chunk in stream:
        if "error" in chunk:
            raise ImageError(f"[{name}] build failed: {chunk['error'].strip()}")
        line = chunk.get("stream", "").strip()
        if line.startswith("Step "):
            log(f"[{name}] {line}")
    repository = tag.partition(":")[0]
    client.images.get(tag).tag(repository, "latest")
    log(f"[{name}] built {tag}")


def build_variant(client: docker.DockerClient, variant: LayeredStack, base_image: str, log: Log,
                  force: bool = False) -> str:
    """The stack's image (built first when missing), then the harness layer on top."""
    name = f"{variant.name}+{variant.layer.name}"
    tag = variant.tag
    if image_exists(client, tag) and not force:
        log(f"[{name}] {tag} is up to date (cache hit)")
        return tag
    stack_tag = build_stack(client, Stack(variant.name, variant.root), base_image, log)
    try:
        pack_npm_binary(variant.layer.name, variant.layer.root, variant.layer.config, log)
    except PrepareError as err:
        raise ImageError(str(err)) from None
    _build(client, variant.layer.root, tag, {"STACK_IMAGE": stack_tag}, {"bdbench.stack-image": stack_tag},
           name, log)
    return tag


def variants_to_build(sandboxes_dir: Path, only: list[str] | None, harnesses: list[str] | None,
                      ) -> list[LayeredStack]:
    """By default, every harness layer on the stacks its harness.yaml lists; with harnesses
    named, those layers on the stacks asked for (or their listed ones)."""
    available = stacks(sandboxes_dir)
    layers = [harness_layer(sandboxes_dir, name) for name in harnesses] if harnesses else \
        list(harness_layers(sandboxes_dir).values())
    out = []
    for layer in layers:
        wanted = only if (harnesses and only) else layer.config.get("stacks", [])
        out += [with_layer(available[name], layer) for name in wanted
                if name in available and (only is None or name in only)]
    return out


def build_images(sandboxes_dir: Path, base_image: str | None = None, only: list[str] | None = None,
                 force: bool = False, log: Log = print, harnesses: list[str] | None = None) -> dict[str, str]:
    """Build the base (when it is ours and missing), every stack image and the harness variants
    (variants_to_build). Returns stack (or stack+harness) -> tag."""
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
    built = {name: build_stack(client, stack, base, log, force) for name, stack in selected.items()}
    for variant in variants_to_build(sandboxes_dir, only, harnesses):
        built[f"{variant.name}+{variant.layer.name}"] = build_variant(client, variant, base, log, force)
    return built
