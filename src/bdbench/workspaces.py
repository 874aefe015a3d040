"""Build finished workspaces on the host: the reference solution or a known-bad variant of it.

These are what `bdbench grade --reference/--variant` and the grader-validation tests grade.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .fixtures import Fixture

REFERENCE = "reference"


def _overlay(files: dict[str, Path], dest: Path) -> None:
    for rel, path in files.items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def materialize(fixture: Fixture, dest: Path, variant: str | None = None) -> Path:
    """workspace + solution (+ the variant's files, minus its removals) in a fresh folder."""
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
        _overlay(variants[variant].overlay_files(), dest)
        for rel in variants[variant].spec.remove:
            target = dest / rel
            shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    return dest
