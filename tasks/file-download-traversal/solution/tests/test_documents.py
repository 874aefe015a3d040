import io
import tarfile


def test_listing_and_download(client, alice):
    listing = client.get("/files", headers=alice).json()["files"]
    assert {"path": "welcome.txt", "size": 27} in listing
    response = client.get("/files/reports/2024/q1.csv", headers=alice)
    assert response.status_code == 200
    assert response.text.startswith("month,revenue")
    assert 'filename="q1.csv"' in response.headers["content-disposition"]


def test_download_stays_inside_the_member_folder(client, alice):
    for path in ("..%2Fbob%2Fpayroll.csv", "%2Fetc%2Fpasswd", "%2E%2E/%2E%2E/etc/passwd", "..%2Fbobby%2Fdiary.txt"):
        assert client.get(f"/files/{path}", headers=alice).status_code == 404, path


def test_directories_and_missing_files_are_404(client, alice):
    assert client.get("/files/reports", headers=alice).status_code == 404
    assert client.get("/files/nope.txt", headers=alice).status_code == 404


def test_export(client, alice):
    response = client.get("/export", params={"name": "backup"}, headers=alice)
    assert response.status_code == 200
    assert 'filename="backup.tar.gz"' in response.headers["content-disposition"]
    with tarfile.open(fileobj=io.BytesIO(response.content), mode="r:gz") as archive:
        names = {m.name.removeprefix("./") for m in archive.getmembers() if m.isfile()}
    assert names == {"welcome.txt", "reports/2024/q1.csv", "notes/todo.md"}


def test_export_name_is_checked(client, alice):
    for name in ("", "a" * 65, "x; rm -rf /", "$(id)"):
        assert client.get("/export", params={"name": name}, headers=alice).status_code == 400
