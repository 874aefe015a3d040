def test_seeded_documents_are_listed(client):
    titles = {doc["title"] for doc in client.get("/documents").json()}
    assert {"Team handbook", "Release plan", "Design notes", "Reading list"} <= titles


def test_create_and_read_a_document(client):
    owner = next(u for u in client.get("/users").json() if u["username"] == "bob")
    created = client.post("/documents", json={"title": "Draft", "body": "x", "owner_id": owner["id"]})
    assert created.status_code == 201
    fetched = client.get(f"/documents/{created.json()['id']}")
    assert fetched.json() == created.json()
