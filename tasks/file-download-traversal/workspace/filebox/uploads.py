"""POST /files: store an uploaded document in the caller's folder."""

import re
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from filebox.config import member_dir
from filebox.members import CurrentMember

router = APIRouter()
SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
MAX_SEGMENTS = 5
MAX_BYTES = 5 * 1024 * 1024
CHUNK = 64 * 1024


def _clean_path(path: str) -> list[str]:
    """The path's segments; only plain names, so a stored file can only land in the member's folder."""
    segments = path.split("/")
    if len(segments) > MAX_SEGMENTS or not all(SEGMENT.fullmatch(s) for s in segments):
        raise HTTPException(400, "path must be up to 5 segments of letters, digits, '.', '_' and '-'")
    return segments


@router.post("/files", status_code=201)
async def upload(
    file: Annotated[UploadFile, File()],
    username: CurrentMember,
    path: Annotated[str | None, Form()] = None,
):
    segments = _clean_path(path or file.filename or "")
    target = member_dir(username).joinpath(*segments)
    data = bytearray()
    while chunk := await file.read(CHUNK):
        data += chunk
        if len(data) > MAX_BYTES:
            raise HTTPException(413, "files are limited to 5 MB")
    if target.is_dir():
        raise HTTPException(409, "a folder with that name exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    return {"path": "/".join(segments), "size": len(data)}
