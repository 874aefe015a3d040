"""The HTTP layer: status codes, error bodies and the JSON shapes."""

import uuid


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_products(client):
    products = client.get("/products").json()
    assert len(products) == 6
    assert products[0] == {"sku": "PEN-BLU", "name": "Ballpoint pen, blue", "unit_cents": 120,
                           "category": "stationery"}


def test_quote(client):
    cart = {"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 10}]}
    response = client.post("/quotes", json=cart)
    assert response.status_code == 200
    body = response.json()
    assert body["total_cents"] == 2178
    assert body["lines"][0]["net_cents"] == 1140


def test_refusal_is_400_with_the_code(client):
    cart = {"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 0}]}
    response = client.post("/quotes", json=cart)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_quantity"


def test_wrong_shape_is_422(client):
    assert client.post("/quotes", json={"lines": "PEN-BLU"}).status_code == 422


def test_invoice_lifecycle(client):
    customer = f"c-{uuid.uuid4().hex[:8]}"
    body = {"customer_id": customer, "region": "NL", "lines": [{"sku": "COF-1KG", "quantity": 1}]}
    created = client.post("/invoices", json=body)
    assert created.status_code == 201
    invoice = created.json()
    assert invoice["status"] == "open"
    number = invoice["number"]
    assert client.get(f"/invoices/{number}").json() == invoice
    listed = client.get("/invoices", params={"customer_id": customer}).json()
    assert [i["number"] for i in listed] == [number]
    assert client.post(f"/invoices/{number}/pay").json()["status"] == "paid"
    conflict = client.post(f"/invoices/{number}/void")
    assert conflict.status_code == 409
    assert conflict.json()["error"] == "invalid_status"


def test_unknown_invoice_is_404(client):
    response = client.get("/invoices/INV-1999-00001")
    assert response.status_code == 404
    assert response.json()["error"] == "unknown_invoice"


def test_void_an_open_invoice(client):
    body = {"customer_id": "c-void", "region": "FR", "lines": [{"sku": "PEN-BLU", "quantity": 1}]}
    number = client.post("/invoices", json=body).json()["number"]
    assert client.post(f"/invoices/{number}/void").json()["status"] == "void"
