"""Turning a client-supplied relative path into a file inside one member's folder, or nothing."""

import os
from pathlib import Path

from filebox.config import member_dir


def member_root(username: str) -> Path:
    return member_dir(username).resolve()


def member_file(username: str, relative: str) -> Path | None:
    """The regular file at `relative` inside the member's folder; None for anything else."""
    root = str(member_root(username))
    candidate = os.path.realpath(os.path.join(root, relative))
    if not candidate.startswith(root) or not os.path.isfile(candidate):
        return None
    return Path(candidate)


def member_files(username: str) -> list[tuple[str, int]]:
    """(relative path with '/' separators, size) of every regular file, sorted by path."""
    root = member_root(username)
    if not root.is_dir():
        return []
    files = []
    for path in root.rglob("*"):
        # Symlinks are skipped: a link could point anywhere on the machine.
        if path.is_file() and not path.is_symlink():
            files.append((path.relative_to(root).as_posix(), path.stat().st_size))
    return sorted(files)
