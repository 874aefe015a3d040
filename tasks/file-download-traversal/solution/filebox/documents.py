"""GET /files (the caller's documents) and GET /files/<path> (download one)."""

import mimetypes

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from filebox.members import CurrentMember
from filebox.paths import member_file, member_files

router = APIRouter()


@router.get("/files")
def list_files(username: CurrentMember):
    return {"files": [{"path": path, "size": size} for path, size in member_files(username)]}


@router.get("/files/{relative:path}")
def download(relative: str, username: CurrentMember):
    path = member_file(username, relative)
    if path is None:
        # The same answer for missing, outside and not-a-file: nothing to learn by probing.
        raise HTTPException(404, "File not found")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=path.name)
