"""Where documents are stored: storage/<username>/ at the project root unless configured."""

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def storage_dir() -> Path:
    return Path(os.environ.get("FILEBOX_STORAGE", PROJECT_DIR / "storage"))


def member_dir(username: str) -> Path:
    return storage_dir() / username
