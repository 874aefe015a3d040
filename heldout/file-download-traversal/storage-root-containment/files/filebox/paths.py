"""Turning a client-supplied relative path into a file inside one member's folder, or nothing.

The path arrives URL-decoded, so it may hold "..", start with "/", or name a symlink: the
candidate is resolved (following symlinks) and must still lie inside the member's resolved
folder. Comparing resolved Paths with is_relative_to also keeps "storage/bob" from matching
"storage/bobby", which a plain string prefix test would not.
"""

from pathlib import Path

from filebox.config import member_dir, storage_dir


def member_root(username: str) -> Path:
    return member_dir(username).resolve()


def member_file(username: str, relative: str) -> Path | None:
    """The regular file at `relative` inside the member's folder; None for anything else."""
    root = member_root(username)
    try:
        candidate = (root / relative).resolve()
    except (OSError, ValueError):  # e.g. an embedded NUL byte or a symlink loop
        return None
    # Everything under the storage folder is ours to serve; nothing outside it ever is.
    if not candidate.is_relative_to(storage_dir().resolve()) or not candidate.is_file():
        return None
    return candidate


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
