"""Paths inside a member's folder."""

import os
from pathlib import Path

from filebox.config import member_dir


def member_root(username: str) -> Path:
    return member_dir(username).resolve()


def member_path(username: str, relative: str) -> Path:
    return Path(os.path.join(member_root(username), relative))


def member_file(username: str, relative: str) -> Path | None:
    path = member_path(username, relative)
    return path if path.is_file() else None


def member_files(username: str) -> list[tuple[str, int]]:
    root = member_root(username)
    if not root.is_dir():
        return []
    return sorted((p.relative_to(root).as_posix(), p.stat().st_size) for p in root.rglob("*") if p.is_file())
