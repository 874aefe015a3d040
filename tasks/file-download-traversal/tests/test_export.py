"""GET /export?name=...: all of the caller's documents as a .tar.gz archive."""

from __future__ import annotations

import io
import tarfile

import pytest

from filebox_members import SAMPLES, auth, listing, unique, upload


def export(client, username: str, **params):
    return client.get("/export", params=params, headers=auth(username))


def archive_files(response) -> dict[str, bytes]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == "application/gzip"
    files = {}
    with tarfile.open(fileobj=io.BytesIO(response.content), mode="r:gz") as archive:
        for member in archive.getmembers():
            if member.isfile():
                files[member.name.removeprefix("./")] = archive.extractfile(member).read()
    return files


def disposition_filename(response) -> str:
    disposition = response.headers.get("content-disposition", "")
    assert disposition.startswith("attachment"), disposition
    return disposition.split("filename=", 1)[1].strip('"')


def test_export_holds_every_document_of_the_caller(client):
    upload(client, "alice", f"exports/{unique('extra', 'txt')}", b"extra")
    response = export(client, "alice", name="Q1-report_2024")
    assert disposition_filename(response) == "Q1-report_2024.tar.gz"
    files = archive_files(response)
    assert {path: len(content) for path, content in files.items()} == listing(client, "alice")
    for path, content in SAMPLES["alice"].items():
        assert files[path] == content


def test_default_archive_name(client):
    response = export(client, "bob")
    assert disposition_filename(response) == "documents.tar.gz"
    files = archive_files(response)
    assert files["payroll.csv"] == SAMPLES["bob"]["payroll.csv"]
    assert "reports/2024/q1.csv" not in files


def test_name_of_64_characters_is_fine(client):
    name = "n" * 64
    assert disposition_filename(export(client, "bob", name=name)) == f"{name}.tar.gz"


@pytest.mark.parametrize("name", ["", "n" * 65])
def test_name_out_of_bounds_is_400(client, name):
    assert export(client, "alice", name=name).status_code == 400


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token"}])
def test_export_needs_a_valid_token(client, headers):
    assert client.get("/export", headers=headers).status_code == 401
