"""GET /export?name=...: every document of the caller as one .tar.gz archive.

tar gets an argument vector (no shell) and reads the member names, NUL-separated and taken
verbatim, from stdin; the archive comes back on stdout, so the name is never on a command line.
"""

import re
import subprocess

from fastapi import APIRouter, HTTPException, Query, Response

from filebox.members import CurrentMember
from filebox.paths import member_files, member_root

router = APIRouter()
NAME = re.compile(r"[A-Za-z0-9_-]+")


@router.get("/export")
def export(username: CurrentMember, name: str = Query("documents")):
    if not (1 <= len(name) <= 64 and NAME.fullmatch(name)):
        raise HTTPException(400, "name must be 1 to 64 letters, digits, '-' or '_'")
    root = member_root(username)
    root.mkdir(parents=True, exist_ok=True)
    names = b"".join(path.encode() + b"\0" for path, _size in member_files(username))
    result = subprocess.run(
        ["tar", "--create", "--gzip", "--file=-", f"--directory={root}", "--null",
         "--verbatim-files-from", "--no-recursion", "--files-from=-"],
        input=names, capture_output=True, timeout=60, check=False,
    )
    if result.returncode != 0:
        raise HTTPException(500, "the archive could not be built")
    return Response(result.stdout, media_type="application/gzip",
                    headers={"Content-Disposition": f'attachment; filename="{name}.tar.gz"'})
