"""Packages prepared on the host for a stack image, so `docker build --network none` needs nothing.

A stack's stack.yaml names what to prepare; each kind goes into a git-ignored folder of the
build context that the Dockerfile COPYs:

    wheelhouse  pip download of lock files                         -> wheels/
    debs        Debian packages from a list, with every dependency
                the base image lacks                               -> debs/
    npm         `npm ci` of a package-lock.json folder              -> <folder>/node_modules/
    npm_binary  one file from a pinned npm package (`npm pack`)     -> its `into` path (bin/)

The lists themselves (lock files, debs list, package-lock.json) are part of the stack folder,
so they are in its content hash; the prepared folders are not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Callable

from .cache import cache_dir
from .debian_sources import archive_uri

DEBIAN_SUITE = "bookworm"
# Folders the preparers fill: outside the image tag's content hash.
PREPARED = {"wheels", "debs", "node_modules"}

Log = Callable[[str], None]


class PrepareError(RuntimeError):
    pass


def download_wheelhouse(name: str, root: Path, config: dict, log: Log) -> None:
    """pip download on the host, for the image's Python and platform, into root/wheels.
    Each lock file resolves on its own: they fill separate venvs, so their pins may differ."""
    spec = config.get("wheelhouse")
    wheels = root / "wheels"
    wheels.mkdir(exist_ok=True)
    if not spec:
        return
    requirements = spec["requirements"]
    platforms = [arg for platform in spec.get("platforms", []) for arg in ("--platform", platform)]
    for lock in [requirements] if isinstance(requirements, str) else requirements:
        log(f"[{name}] downloading wheels for {lock} into {wheels}")
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
             "-r", str(root / lock), "-d", str(wheels), "--only-binary=:all:",
             "--implementation", "cp", "--python-version", str(spec["python_version"]), *platforms],
            capture_output=True, text=True,
        )
        if result.returncode != 0:
            errors = [line for line in result.stderr.splitlines() if "is ignored" not in line]
            raise PrepareError(f"[{name}] pip download -r {lock} failed:\n" + "\n".join(errors[-20:]))


def _apt_options(state: Path, status: Path) -> list[str]:
    """apt-get options for a private apt: only the machine's Debian archive (never another
    vendor's repository the host may add, such as a newer nodejs), its own lists and cache,
    and the base image's dpkg status as what is installed."""
    return ["-o", f"Dir::Etc::sourcelist={state / 'sources.list'}", "-o", "Dir::Etc::sourceparts=-",
            "-o", "Dir::Etc::preferencesparts=-", "-o", f"Dir::State::Lists={state / 'lists'}",
            "-o", f"Dir::State::status={status}", "-o", f"Dir::Cache={state / 'cache'}",
            "-o", "Debug::NoLocking=1", "-o", "APT::Install-Recommends=false", "-q"]


def _apt(args: list[str], what: str) -> None:
    result = subprocess.run(["apt-get", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise PrepareError(f"apt-get {what} failed:\n{(result.stderr or result.stdout)[-2000:]}")


def download_debs(name: str, root: Path, config: dict, base_status: Callable[[], bytes], log: Log) -> None:
    """apt-get --download-only on the host of the packages the stack's debs list names, with
    every dependency the base image lacks, into root/debs (the Dockerfile dpkg -i's them)."""
    listing = config.get("debs")
    if not listing:
        return
    if shutil.which("apt-get") is None:
        raise PrepareError(f"[{name}] stack.yaml field 'debs' needs apt-get on this machine (a Debian host)")
    list_path = root / listing
    if not list_path.is_file():
        raise PrepareError(f"{list_path}: file is missing (stack.yaml field 'debs')")
    packages = [word for line in list_path.read_text().splitlines()
                for word in line.split("#", 1)[0].split()]
    state = cache_dir() / f"apt-{DEBIAN_SUITE}"
    for folder in (state / "lists" / "partial", state / "cache" / "archives" / "partial"):
        folder.mkdir(parents=True, exist_ok=True)
    (state / "sources.list").write_text(f"deb {archive_uri()} {DEBIAN_SUITE} main\n")
    status = state / f"status-{name}"
    status.write_bytes(base_status())
    options = _apt_options(state, status)
    log(f"[{name}] resolving {len(packages)} Debian packages against the base image")
    _apt([*options, "update"], "update")
    debs = (root / "debs").resolve()  # apt reads a relative path as inside its own cache
    shutil.rmtree(debs, ignore_errors=True)
    (debs / "partial").mkdir(parents=True)
    _apt([*options, "-o", f"Dir::Cache::archives={debs}", "install", "--download-only", "-y", *packages],
         f"install --download-only {' '.join(packages)}")
    shutil.rmtree(debs / "partial")
    (debs / "lock").unlink(missing_ok=True)
    log(f"[{name}] {len(list(debs.glob('*.deb')))} .deb files in {debs}")


def install_npm(name: str, root: Path, config: dict, log: Log) -> None:
    """npm ci on the host into <folder>/node_modules, from the folder's package-lock.json,
    with install scripts off (nothing may need to build or download at install time)."""
    folder = config.get("npm")
    if not folder:
        return
    project = root / folder
    if not (project / "package-lock.json").is_file():
        raise PrepareError(f"{project / 'package-lock.json'}: file is missing (stack.yaml field 'npm')")
    if shutil.which("npm") is None:
        raise PrepareError(f"[{name}] stack.yaml field 'npm' needs npm on this machine (apt-get install npm)")
    log(f"[{name}] npm ci in {project}")
    result = subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                            cwd=project, capture_output=True, text=True)
    if result.returncode != 0:
        raise PrepareError(f"[{name}] npm ci in {project} failed:\n{(result.stderr or result.stdout)[-2000:]}")


def npm_binary_spec(config: dict) -> str | None:
    """`package@version` of the config's npm_binary, or None."""
    spec = config.get("npm_binary")
    return f"{spec['package']}@{spec['version']}" if spec else None


def prepared_npm_binary(root: Path, config: dict) -> tuple[Path, str | None]:
    """Where the npm_binary goes, and the package@version it was last taken from (None: absent)."""
    target = root / config["npm_binary"]["into"]
    marker = target.with_name(target.name + ".package")
    present = target.is_file() and marker.is_file()
    return target, (marker.read_text().strip() if present else None)


def pack_npm_binary(name: str, root: Path, config: dict, log: Log) -> None:
    """`npm pack` of a pinned package on the host (the machine's npm configuration chooses the
    registry), then one member of it, mode kept, into root/<into>. Skipped when the file is
    already from that package@version."""
    wanted = npm_binary_spec(config)
    if wanted is None:
        return
    target, current = prepared_npm_binary(root, config)
    if current == wanted:
        log(f"[{name}] {target} is from {wanted} (kept)")
        return
    if shutil.which("npm") is None:
        raise PrepareError(f"[{name}] npm_binary needs npm on this machine (apt-get install npm)")
    member = config["npm_binary"]["member"]
    with tempfile.TemporaryDirectory(prefix="bdbench-npm-pack-") as tmp:
        log(f"[{name}] npm pack {wanted}")
        result = subprocess.run(["npm", "pack", wanted, "--silent", "--pack-destination", tmp],
                                capture_output=True, text=True)
        packed = list(Path(tmp).glob("*.tgz"))
        if result.returncode != 0 or len(packed) != 1:
            raise PrepareError(f"[{name}] npm pack {wanted} failed:\n{(result.stderr or result.stdout)[-2000:]}")
        with tarfile.open(packed[0]) as archive:
            try:
                info = archive.getmember(member)
            except KeyError:
                raise PrepareError(f"[{name}] {wanted} has no {member}") from None
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(info) as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
    target.chmod(0o755)
    target.with_name(target.name + ".package").write_text(wanted + "\n")
    log(f"[{name}] {target} from {wanted} ({target.stat().st_size >> 20} MiB)")
