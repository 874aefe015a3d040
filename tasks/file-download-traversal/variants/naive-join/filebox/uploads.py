"""POST /files: store an uploaded document in the caller's folder."""

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from filebox.members import CurrentMember
from filebox.paths import member_path

router = APIRouter()
MAX_BYTES = 5 * 1024 * 1024
CHUNK = 64 * 1024


@router.post("/files", status_code=201)
async def upload(
    file: Annotated[UploadFile, File()],
    username: CurrentMember,
    path: Annotated[str | None, Form()] = None,
):
    relative = path or file.filename or ""
    if not relative or relative.endswith("/"):
        raise HTTPException(400, "a file name is required")
    target = member_path(username, relative)
    data = bytearray()
    while chunk := await file.read(CHUNK):
        data += chunk
        if len(data) > MAX_BYTES:
            raise HTTPException(413, "files are limited to 5 MB")
    if target.is_dir():
        raise HTTPException(409, "a folder with that name exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    return {"path": relative, "size": len(data)}
