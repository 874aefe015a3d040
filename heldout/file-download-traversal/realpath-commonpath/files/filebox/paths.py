"""Client paths confined with os.path: realpath() on both sides, then commonpath().

realpath follows every symlink and collapses "..", and an absolute client path simply replaces
the join's base, so whatever the client sent, the result is a real path on disk; commonpath
compares whole components, so storage/bobby never counts as inside storage/bob.
"""

import os
import stat
from pathlib import Path

from filebox.config import member_dir


def member_root(username: str) -> Path:
    return Path(os.path.realpath(member_dir(username)))


def member_file(username: str, relative: str) -> Path | None:
    if not relative or "\x00" in relative:
        return None
    root = os.path.realpath(member_dir(username))
    target = os.path.realpath(os.path.join(root, relative))
    try:
        inside = os.path.commonpath([root, target]) == root and target != root
    except ValueError:
        return None
    if not inside:
        return None
    try:
        info = os.stat(target)
    except OSError:
        return None
    return Path(target) if stat.S_ISREG(info.st_mode) else None


def member_files(username: str) -> list[tuple[str, int]]:
    root = member_root(username)
    if not root.is_dir():
        return []
    found = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            full = os.path.join(folder, name)
            info = os.lstat(full)
            if stat.S_ISREG(info.st_mode):
                found.append((Path(full).relative_to(root).as_posix(), info.st_size))
    return sorted(found)
