"""GET /files: every document in the caller's folder, sorted by path."""

from __future__ import annotations

import pytest

from filebox_members import SAMPLES, listing, unique, upload


def test_listing_shows_the_samples_with_sizes(client):
    files = listing(client, "alice")
    for path, content in SAMPLES["alice"].items():
        assert files.get(path) == len(content), (path, files)


def test_listing_is_only_the_callers_documents(client):
    mine = unique("bob-only", "txt")
    upload(client, "bob", mine, b"bob's")
    bob, alice = listing(client, "bob"), listing(client, "alice")
    assert bob[mine] == 5 and bob["payroll.csv"] == len(SAMPLES["bob"]["payroll.csv"])
    assert mine not in alice and "payroll.csv" not in alice
    assert "reports/2024/q1.csv" not in bob


def test_nested_upload_is_listed_with_slashes_and_no_folders(client):
    path = f"deep/er/{unique('nest', 'txt')}"
    upload(client, "alice", path, b"12345678")
    files = listing(client, "alice")
    assert files[path] == 8
    assert "deep" not in files and "deep/er" not in files


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token"}])
def test_listing_needs_a_valid_token(client, headers):
    assert client.get("/files", headers=headers).status_code == 401
