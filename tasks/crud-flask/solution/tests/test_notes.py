def test_note_lifecycle(client):
    created = client.post("/notes", json={"title": "Groceries", "tags": ["home"]})
    assert created.status_code == 201
    note = created.get_json()
    assert note == {"id": note["id"], "title": "Groceries", "body": "", "tags": ["home"], "done": False}

    url = f"/notes/{note['id']}"
    assert client.patch(url, json={"done": True}).get_json()["done"] is True
    assert client.put(url, json={"title": "Shopping"}).get_json()["tags"] == []
    assert client.delete(url).status_code == 204
    assert client.get(url).get_json() == {"detail": "Note not found"}


def test_invalid_bodies_are_rejected(client):
    assert client.post("/notes", json={"title": "   "}).status_code == 400
    assert client.post("/notes", json={"title": "x", "done": "true"}).status_code == 400
    assert client.post("/notes", data="{oops", content_type="application/json").status_code == 400
