def test_report_first_row(client):
    body = client.get("/customers/report", params={"per_page": 1}).json()
    assert body["total"] == 300
    assert body["items"] == [{
        "id": 63, "name": "Alder Foods", "region": "EMEA", "order_count": 773,
        "total_cents": 97650799, "last_order_number": "SO-032645", "last_order_on": "2024-12-19",
    }]


def test_report_is_ordered_by_name_then_id(client):
    items = client.get("/customers/report", params={"per_page": 50}).json()["items"]
    keys = [(item["name"], item["id"]) for item in items]
    assert keys == sorted(keys)


def test_unknown_customer(client):
    response = client.get("/customers/999999")
    assert response.status_code == 404
    assert response.json() == {"detail": "Customer not found"}
