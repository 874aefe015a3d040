"""`bdbench doctor`: check what runs need (engine, compose, images) and say how to fix it."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from docker.errors import DockerException

from .host_packages import npm_binary_spec, prepared_npm_binary
from .images import ImageError, docker_client, harness_layers, image_exists, stacks, variants_to_build
from .leftovers import find_leftovers, remove_leftovers

MIN_ENGINE = (24, 0, 6)
MIN_COMPOSE = (2, 21, 0)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _version(text: str) -> tuple[int, ...]:
    match = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", text or "")
    return tuple(int(g or 0) for g in match.groups()) if match else ()


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version))


def check_engine() -> Check:
    try:
        version = docker_client().version().get("Version", "")
    except ImageError as err:
        return Check("docker engine", False, str(err), "sudo bash scripts/install-docker.sh")
    ok = _version(version) >= MIN_ENGINE
    return Check("docker engine", ok, f"version {version} (need >= {_dotted(MIN_ENGINE)})",
                 "" if ok else "sudo bash scripts/install-docker.sh")


def check_compose() -> Check:
    try:
        out = subprocess.run(["docker", "compose", "version", "--short"], capture_output=True,
                             text=True, timeout=30)
        version = out.stdout.strip() if out.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        version = ""
    if not version:
        return Check("docker compose", False, "the compose v2 plugin is missing",
                     "sudo bash scripts/install-docker.sh")
    ok = _version(version) >= MIN_COMPOSE
    return Check("docker compose", ok, f"version {version} (need >= {_dotted(MIN_COMPOSE)})",
                 "" if ok else "sudo bash scripts/install-docker.sh")


def check_images(sandboxes_dir: Path) -> list[Check]:
    try:
        client = docker_client()
    except ImageError:
        return []
    checks = []
    for name, stack in stacks(sandboxes_dir).items():
        present = image_exists(client, stack.tag)
        checks.append(Check(f"image {name}", present, stack.tag + (" present" if present else " missing"),
                            "" if present else "bdbench images build"))
    return checks


def check_harnesses(sandboxes_dir: Path) -> list[Check]:
    """Per harness layer: each variant image that `bdbench images build` makes is present and
    runs the pinned binary, and the binary prepared on the host (needed only to build a missing
    variant) is the pinned one."""
    try:
        client = docker_client()
    except ImageError:
        client = None
    images, built = [], {}
    for variant in variants_to_build(sandboxes_dir, None, None) if client else []:
        label = f"image {variant.name}+{variant.layer.name}"
        present = image_exists(client, variant.tag)
        built[variant.layer.name] = built.get(variant.layer.name, True) and present
        if not present:
            images.append(Check(label, False, f"{variant.tag} missing", "bdbench images build"))
            continue
        binary = variant.layer.config.get("binary_check")
        detail = f"{variant.tag} present"
        if binary:
            out = client.containers.run(variant.tag, binary, network_mode="none", remove=True)
            detail += f", `{' '.join(binary)}`: {out.decode().strip()}"
        images.append(Check(label, True, detail))
    binaries = []
    for name, layer in harness_layers(sandboxes_dir).items():
        wanted = npm_binary_spec(layer.config)
        if not wanted:
            continue
        target, found = prepared_npm_binary(layer.root, layer.config)
        if found == wanted:
            binaries.append(Check(f"harness {name} binary", True, f"{target} from {found}"))
        elif not found and built.get(name):
            # A fresh clone whose images are already built has nothing to prepare.
            binaries.append(Check(f"harness {name} binary", True,
                                  f"not prepared on this host; not needed, its images are built ({wanted})"))
        else:
            binaries.append(Check(f"harness {name} binary", False,
                                  f"{target} " + (f"from {found}" if found else "missing") + f" (pinned: {wanted})",
                                  "bdbench images build"))
    return binaries + images


def check_leftovers(clean: bool = False) -> Check:
    try:
        found = remove_leftovers() if clean else find_leftovers()
    except DockerException as err:
        return Check("leftover sandboxes", False, f"cannot list containers: {err}")
    if not found:
        return Check("leftover sandboxes", True, "none")
    listing = ", ".join(f"{f.project} (owner {f.owner})" for f in found)
    if clean:
        return Check("leftover sandboxes", True, f"removed {listing}")
    return Check("leftover sandboxes", False, f"left by ended runs: {listing}",
                 "bdbench doctor --clean (the next bdbench run also removes them)")


def run_checks(sandboxes_dir: Path, clean: bool = False) -> list[Check]:
    engine = check_engine()
    checks = [engine, check_compose(), *check_images(sandboxes_dir), *check_harnesses(sandboxes_dir)]
    return checks + ([check_leftovers(clean)] if engine.ok else [])
