"""Opening a member's file by walking the client's path one directory at a time.

Each segment is opened relative to the previous directory's file descriptor with O_NOFOLLOW,
so neither "..", an absolute path, nor a symlink can leave the member's folder: the walk
never looks a name up anywhere but inside the directory it already holds open.
"""

import os
import stat
from pathlib import Path

from filebox.config import member_dir

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def member_root(username: str) -> Path:
    return member_dir(username).resolve()


def read_member_file(username: str, relative: str) -> tuple[str, bytes] | None:
    """(base name, content) of the regular file at `relative`; None for anything else."""
    segments = relative.split("/")
    if any(s in ("", ".", "..") or "\x00" in s or "\\" in s for s in segments):
        return None
    opened: list[int] = []
    try:
        opened.append(os.open(member_root(username), _DIR_FLAGS))
        for segment in segments[:-1]:
            opened.append(os.open(segment, _DIR_FLAGS, dir_fd=opened[-1]))
        fd = os.open(segments[-1], _FILE_FLAGS | os.O_NONBLOCK, dir_fd=opened[-1])
        opened.append(fd)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            return segments[-1], handle.read()
    except (OSError, ValueError):
        return None
    finally:
        for fd in opened:
            os.close(fd)


def member_files(username: str) -> list[tuple[str, int]]:
    """(relative path with '/' separators, size) of every regular file, sorted by path."""
    root = member_root(username)
    found = []
    for folder, _dirs, names in os.walk(root, followlinks=False):
        for name in names:
            info = os.lstat(os.path.join(folder, name))
            if stat.S_ISREG(info.st_mode):
                rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
                found.append((rel, info.st_size))
    return sorted(found)
