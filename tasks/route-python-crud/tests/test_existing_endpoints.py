"""The endpoints the service already had must keep working unchanged."""

import uuid

from crud_contract import expect_error, expect_status


def product_body(**overrides) -> dict:
    body = {"sku": f"SKU-{uuid.uuid4().hex[:10]}", "name": "Hex bolt M8", "price_cents": 35, "quantity": 120}
    return {**body, **overrides}


def test_health(client):
    assert expect_status(client.get("/health"), 200) == {"status": "ok"}


def test_create_get_and_list_products(client):
    body = product_body()
    product = expect_status(client.post("/products", json=body), 201)
    assert product == {**body, "id": product["id"]}
    assert expect_status(client.get(f"/products/{product['id']}"), 200) == product
    assert product in expect_status(client.get("/products"), 200)


def test_product_quantity_defaults_to_zero(client):
    body = product_body()
    del body["quantity"]
    assert expect_status(client.post("/products", json=body), 201)["quantity"] == 0


def test_duplicate_sku_is_409(client):
    body = product_body()
    expect_status(client.post("/products", json=body), 201)
    expect_error(client.post("/products", json={**body, "name": "Other"}), 409, "SKU already exists")


def test_negative_price_is_422(client):
    expect_error(client.post("/products", json=product_body(price_cents=-1)), 422)


def test_unknown_product_is_404(client):
    expect_error(client.get("/products/2000000000"), 404, "Product not found")

