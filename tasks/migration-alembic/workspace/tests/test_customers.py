def test_create_and_fetch_customer(client):
    created = client.post("/customers", json={"name": "Ada", "email": "ada@example.com"})
    assert created.status_code == 201
    fetched = client.get(f"/customers/{created.json()['id']}")
    assert fetched.json()["email"] == "ada@example.com"


def test_duplicate_email_conflicts(client):
    client.post("/customers", json={"name": "Bo", "email": "bo@example.com"})
    again = client.post("/customers", json={"name": "Bo 2", "email": "bo@example.com"})
    assert again.status_code == 409


def test_orders_belong_to_customer(client):
    customer = client.post("/customers", json={"name": "Cy", "email": "cy@example.com"}).json()
    order = client.post(f"/customers/{customer['id']}/orders", json={"total_cents": 1250})
    assert order.status_code == 201
    listed = client.get(f"/customers/{customer['id']}/orders").json()
    assert [o["total_cents"] for o in listed] == [1250]
