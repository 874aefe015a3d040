"""The seeded members, their tokens and sample documents (README.md), for the hidden tests."""

from __future__ import annotations

import uuid

TOKENS = {
    "alice": "fbx-alice-5b1f8e2c9d04",
    "bob": "fbx-bob-a7d3c6e19f52",
    "bobby": "fbx-bobby-3e9b0d4a7c61",
}
SAMPLES = {
    "alice": {
        "welcome.txt": b"Welcome to Filebox, alice!\n",
        "reports/2024/q1.csv": b"month,revenue\njan,1200\nfeb,1350\nmar,1500\n",
        "notes/todo.md": b"- renew passport\n- book flights\n",
    },
    "bob": {
        "payroll.csv": b"name,salary\nbob,BOB-PAYROLL-CONFIDENTIAL-7731\n",
        "welcome.txt": b"Welcome to Filebox, bob!\n",
    },
}


def auth(username: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[username]}"}


def unique(stem: str, ext: str) -> str:
    return f"{stem}-{uuid.uuid4().hex[:8]}.{ext}"


def upload(client, username: str, path: str, content: bytes) -> None:
    response = client.post("/files", headers=auth(username), files={"file": (path.rsplit("/", 1)[-1], content)},
                           data={"path": path})
    assert response.status_code == 201, response.text


def listing(client, username: str) -> dict[str, int]:
    response = client.get("/files", headers=auth(username))
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"files"}
    paths = [entry["path"] for entry in body["files"]]
    assert paths == sorted(paths), "files are sorted by path"
    return {entry["path"]: entry["size"] for entry in body["files"]}
