"""Tar archives built in memory: how files travel into a container in one write and one unpack
instead of a container round trip per file."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path


def tar_bytes(entries: dict[str, bytes | Path], mode: int | None = None) -> bytes:
    """A tar of `name -> content` (bytes, or a host file read as it is). Every entry gets
    `mode` when given; otherwise a host file keeps its own (an executable stays one)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, content in entries.items():
            data = content.read_bytes() if isinstance(content, Path) else content
            info = tarfile.TarInfo(name)
            own = content.stat().st_mode & 0o777 if isinstance(content, Path) else 0o644
            info.size, info.mode = len(data), own if mode is None else mode
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def unpack_command(archive: str, target: str, options: str = "") -> str:
    """Shell that unpacks `archive` into `target` (created if missing), owned by whoever runs
    it, and removes the archive."""
    return (f"mkdir -p {target} && tar -xf {archive} -C {target} --no-same-owner {options}".rstrip()
            + f" && rm -f {archive}")
