"""GET /files/<path>: a member downloads their own documents."""

from __future__ import annotations

import pytest

from filebox_members import SAMPLES, auth, unique, upload


def download(client, username: str, path: str):
    return client.get(f"/files/{path}", headers=auth(username))


def filename_of(response) -> str:
    disposition = response.headers.get("content-disposition", "")
    assert disposition.startswith("attachment"), disposition
    return disposition.split("filename=", 1)[1].strip('"')


@pytest.mark.parametrize(("path", "media_type"), [
    ("welcome.txt", "text/plain"),
    ("reports/2024/q1.csv", "text/csv"),
    ("notes/todo.md", "text/markdown"),
])
def test_download_a_sample_document(client, path, media_type):
    response = download(client, "alice", path)
    assert response.status_code == 200, response.text
    assert response.content == SAMPLES["alice"][path]
    assert response.headers["content-type"].split(";")[0] == media_type
    assert filename_of(response) == path.rsplit("/", 1)[-1]


def test_uploaded_binary_comes_back_byte_for_byte(client):
    path = f"archive/{unique('blob', 'bin')}"
    content = bytes(range(256)) * 64
    upload(client, "alice", path, content)
    response = download(client, "alice", path)
    assert response.status_code == 200
    assert response.content == content
    assert response.headers["content-type"].split(";")[0] == "application/octet-stream"
    assert filename_of(response) == path.rsplit("/", 1)[-1]


def test_each_member_downloads_from_their_own_folder(client):
    assert download(client, "bob", "welcome.txt").content == SAMPLES["bob"]["welcome.txt"]
    assert download(client, "alice", "welcome.txt").content == SAMPLES["alice"]["welcome.txt"]


def test_an_upload_replaced_is_served_new(client):
    path = unique("draft", "txt")
    upload(client, "bob", path, b"first")
    upload(client, "bob", path, b"second")
    assert download(client, "bob", path).content == b"second"


@pytest.mark.parametrize("path", ["missing.txt", "reports/2023/q4.csv", "reports", "reports/2024", "payroll.csv"])
def test_anything_but_an_own_file_is_404(client, path):
    # payroll.csv is bob's: alice has no file of that name.
    response = download(client, "alice", path)
    assert response.status_code == 404
    assert response.json() == {"detail": "File not found"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "Basic abc"}])
def test_download_needs_a_valid_token(client, headers):
    assert client.get("/files/welcome.txt", headers=headers).status_code == 401
