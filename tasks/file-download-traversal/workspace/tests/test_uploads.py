def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_upload_stores_the_file_in_the_member_folder(client, alice, tmp_path):
    response = client.post("/files", headers=alice, files={"file": ("plan.txt", b"step one")},
                           data={"path": "projects/plan.txt"})
    assert response.status_code == 201
    assert response.json() == {"path": "projects/plan.txt", "size": 8}
    assert (tmp_path / "storage/alice/projects/plan.txt").read_bytes() == b"step one"


def test_upload_refuses_paths_outside_the_folder(client, alice):
    for path in ("../bob/x.txt", "/etc/x", "a//b", ".hidden"):
        response = client.post("/files", headers=alice, files={"file": ("x.txt", b"x")}, data={"path": path})
        assert response.status_code == 400, path


def test_upload_needs_a_token(client):
    assert client.post("/files", files={"file": ("x.txt", b"x")}).status_code == 401
