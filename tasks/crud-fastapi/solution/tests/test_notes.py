def test_note_lifecycle(client):
    created = client.post("/notes", json={"title": "Groceries", "tags": ["home"]})
    assert created.status_code == 201
    note = created.json()
    assert note == {"id": note["id"], "title": "Groceries", "body": "", "tags": ["home"], "done": False}

    url = f"/notes/{note['id']}"
    assert client.patch(url, json={"done": True}).json()["done"] is True
    assert client.put(url, json={"title": "Shopping"}).json()["tags"] == []
    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404


def test_blank_title_is_rejected(client):
    assert client.post("/notes", json={"title": "   "}).status_code == 422
