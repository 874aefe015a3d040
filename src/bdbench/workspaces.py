"""Build finished workspaces on the host: the reference solution or a known-bad variant of it,
and write a variant's patch from an edited copy of the reference.

These are what `bdbench grade --reference/--variant` and task validation grade. A variant is a
diff against the reference, so the defect is exactly what the patch shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .fixtures import Fixture, files_under

REFERENCE = "reference"


class PatchError(RuntimeError):
    pass


def _overlay(files: dict[str, Path], dest: Path) -> None:
    for rel, path in files.items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        shutil.copymode(path, target)


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    """git on a plain folder: the ceiling keeps it from finding a repository around it."""
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(Path(cwd).resolve().parent),
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    try:
        run = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, env=env, check=False)
    except FileNotFoundError as err:
        raise PatchError("git is needed to apply and write variant patches; install it") from err
    if run.returncode != 0:
        raise PatchError(run.stderr.decode(errors="replace").strip() or f"git {args[0]} failed")
    return run.stdout


def materialize(fixture: Fixture, dest: Path, variant: str | None = None) -> Path:
    """workspace + solution (+ the variant's patch) in a fresh folder."""
    dest = Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    _overlay(fixture.workspace_files(), dest)
    _overlay(fixture.solution_files(), dest)
    if variant and variant != REFERENCE:
        variants = fixture.variants()
        if variant not in variants:
            raise FileNotFoundError(f"{fixture.variants_dir / variant}: no such variant "
                                    f"(have: {', '.join(variants) or 'none'})")
        patch = variants[variant].patch
        try:
            _git(["apply", "--whitespace=nowarn", str(patch.resolve())], dest)
        except PatchError as err:
            raise PatchError(f"{patch}: does not apply to the reference: {err}") from None
    return dest


def variant_patch(fixture: Fixture, edited: Path) -> bytes:
    """The diff that turns the fixture's reference into the `edited` folder (a git-style patch,
    creations and deletions included)."""
    with tempfile.TemporaryDirectory(prefix="bdbench-variant-") as tmp:
        repo = Path(tmp) / "repo"
        materialize(fixture, repo)
        _git(["init", "-q"], repo)
        _git(["add", "-A"], repo)
        _git(["-c", "user.name=bdbench", "-c", "user.email=bdbench@invalid", "commit", "-q", "-m", REFERENCE], repo)
        for path in sorted(repo.iterdir()):
            if path.name != ".git":
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        _overlay(files_under(Path(edited)), repo)
        _git(["add", "-A"], repo)
        return _git(["diff", "--cached", "--binary", "--no-color", "--no-renames"], repo)
