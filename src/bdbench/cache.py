"""bdbench's per-user cache folder (generated compose files, private apt state)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    path = base / "bdbench"
    path.mkdir(parents=True, exist_ok=True)
    return path
