"""GET /export?name=...: every document of the caller as one .tar.gz archive."""

import re
import subprocess

from fastapi import APIRouter, HTTPException, Response

from filebox.members import CurrentMember
from filebox.paths import member_root

router = APIRouter()
ARCHIVE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
TAR_TIMEOUT_S = 60


@router.get("/export")
def export(username: CurrentMember, name: str = "documents", folder: str = ""):
    if not ARCHIVE_NAME.fullmatch(name):
        raise HTTPException(400, "name must be 1 to 64 letters, digits, '-' or '_'")
    root = member_root(username)
    root.mkdir(parents=True, exist_ok=True)
    if folder:
        # Optional: export just one sub-folder, e.g. ?folder=reports/2024.
        root = root / folder
        if not root.is_dir():
            raise HTTPException(404, "folder not found")
    # An argument list, no shell: nothing the client sends is ever parsed as a command, and the
    # archive goes to stdout, so the name never reaches the command line at all.
    result = subprocess.run(
        ["tar", "-czf", "-", "-C", str(root), "."],
        capture_output=True,
        timeout=TAR_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        raise HTTPException(500, "the archive could not be built")
    return Response(
        result.stdout,
        media_type="application/gzip",
        headers={"Content-Disposition": f'attachment; filename="{name}.tar.gz"'},
    )
