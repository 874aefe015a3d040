def test_supplier_lifecycle(client):
    body = {"name": "Acme Fasteners", "email": "orders@acme-fasteners.com", "phone": "+1 555 0100"}
    created = client.post("/suppliers", json=body)
    assert created.status_code == 201
    supplier = created.json()
    assert supplier == {**body, "id": supplier["id"]}

    url = f"/suppliers/{supplier['id']}"
    replaced = client.put(url, json={"name": "Acme Ltd", "email": "sales@acme-fasteners.com"})
    assert replaced.json()["phone"] is None
    assert client.delete(url).status_code == 204
    assert client.get(url).json() == {"detail": "Supplier not found"}


def test_invalid_email_is_rejected(client):
    assert client.post("/suppliers", json={"name": "X", "email": "not-an-email"}).status_code == 422
