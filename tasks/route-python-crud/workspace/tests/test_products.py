def test_create_and_fetch_a_product(client):
    body = {"sku": "BOLT-M6", "name": "Bolt M6", "price_cents": 25, "quantity": 400}
    created = client.post("/products", json=body)
    assert created.status_code == 201
    product = created.json()
    assert product == {**body, "id": product["id"]}
    assert client.get(f"/products/{product['id']}").json() == product


def test_duplicate_sku_is_a_conflict(client):
    body = {"sku": "NUT-M6", "name": "Nut M6", "price_cents": 10}
    assert client.post("/products", json=body).status_code == 201
    assert client.post("/products", json=body).status_code == 409


def test_unknown_product_is_404(client):
    assert client.get("/products/999999").json() == {"detail": "Product not found"}
