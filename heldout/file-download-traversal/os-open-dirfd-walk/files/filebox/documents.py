"""GET /files (the caller's documents) and GET /files/<path> (download one)."""

import mimetypes

from fastapi import APIRouter, HTTPException, Response

from filebox.members import CurrentMember
from filebox.paths import member_files, read_member_file

router = APIRouter()


@router.get("/files")
def list_files(username: CurrentMember):
    return {"files": [{"path": path, "size": size} for path, size in member_files(username)]}


@router.get("/files/{relative:path}")
def download(relative: str, username: CurrentMember):
    found = read_member_file(username, relative)
    if found is None:
        raise HTTPException(404, "File not found")
    name, content = found
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
