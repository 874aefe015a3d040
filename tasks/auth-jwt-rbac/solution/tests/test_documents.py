def ids(response) -> set[int]:
    return {doc["id"] for doc in response.json()}


def test_admin_lists_every_document(client, auth):
    titles = {doc["title"] for doc in client.get("/documents", headers=auth("alice")).json()}
    assert {"Team handbook", "Release plan", "Design notes", "Reading list"} <= titles


def test_editor_creates_and_reads_own_document(client, auth):
    bob = auth("bob")
    created = client.post("/documents", json={"title": "Draft", "owner_id": 1}, headers=bob)
    assert created.status_code == 201
    me = client.get("/me", headers=bob).json()
    assert created.json()["owner_id"] == me["id"]
    assert client.get(f"/documents/{created.json()['id']}", headers=bob).json() == created.json()


def test_others_documents_are_hidden(client, auth):
    carol_doc = client.post("/documents", json={"title": "Private"}, headers=auth("carol")).json()
    bob = auth("bob")
    assert carol_doc["id"] not in ids(client.get("/documents", headers=bob))
    assert client.get(f"/documents/{carol_doc['id']}", headers=bob).status_code == 404
    patched = client.patch(f"/documents/{carol_doc['id']}", json={"title": "Mine"}, headers=bob)
    assert patched.status_code == 404


def test_roles_limit_writes(client, auth):
    own = client.post("/documents", json={"title": "Doomed"}, headers=auth("bob")).json()
    assert client.post("/documents", json={"title": "No"}, headers=auth("dave")).status_code == 403
    assert client.delete(f"/documents/{own['id']}", headers=auth("bob")).status_code == 403
    assert client.delete(f"/documents/{own['id']}", headers=auth("alice")).status_code == 204


def test_only_admins_manage_users(client, auth):
    assert client.get("/users", headers=auth("bob")).status_code == 403
    assert client.get("/users", headers=auth("alice")).status_code == 200
