"""GET /export?name=...: every document of the caller as one .tar.gz archive."""

import subprocess
import tempfile
from pathlib import Path

from fastapi import APIRouter, HTTPException, Response

from filebox.members import CurrentMember
from filebox.paths import member_root

router = APIRouter()


@router.get("/export")
def export(username: CurrentMember, name: str = "documents"):
    if not 1 <= len(name) <= 64:
        raise HTTPException(400, "name must be 1 to 64 characters")
    root = member_root(username)
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        archive = f"{workdir}/{name}.tar.gz"
        subprocess.run(f"tar -czf {archive} -C {root} .", shell=True, check=True)
        data = Path(archive).read_bytes()
    return Response(
        data,
        media_type="application/gzip",
        headers={"Content-Disposition": f'attachment; filename="{name}.tar.gz"'},
    )
