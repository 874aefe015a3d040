"""email_domain through the HTTP API, and stored in the app's own database (/workspace/shop.db)."""

from __future__ import annotations

import uuid

from sqlite_probe import columns, indexes, query

INDEX_NAME = "ix_customers_email_domain"


def unique_domain() -> str:
    return f"Corp-{uuid.uuid4().hex[:8]}.Example.COM"


def create(client, name: str, email: str) -> dict:
    response = client.post("/customers", json={"name": name, "email": email})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_returns_lowercased_email_domain(client):
    domain = unique_domain()
    body = create(client, "Ann Lee", f"Ann.Lee@{domain}")
    assert body["email"] == f"Ann.Lee@{domain}"
    assert body["email_domain"] == domain.lower()


def test_get_and_list_include_email_domain(client):
    domain = unique_domain()
    created = create(client, "Bo Chen", f"bo@{domain}")

    fetched = client.get(f"/customers/{created['id']}")
    assert fetched.status_code == 200
    assert fetched.json()["email_domain"] == domain.lower()

    listed = {c["id"]: c for c in client.get("/customers").json()}
    assert listed[created["id"]]["email_domain"] == domain.lower()


def test_changing_email_updates_domain_and_renaming_keeps_it(client):
    created = create(client, "Cy Diaz", f"cy@{unique_domain()}")
    new_domain = unique_domain()

    patched = client.patch(f"/customers/{created['id']}", json={"email": f"cy@{new_domain}"})
    assert patched.status_code == 200
    assert patched.json()["email_domain"] == new_domain.lower()

    renamed = client.patch(f"/customers/{created['id']}", json={"name": "Cy D."})
    assert renamed.status_code == 200
    assert renamed.json()["email_domain"] == new_domain.lower()
    assert client.get(f"/customers/{created['id']}").json()["email_domain"] == new_domain.lower()


def test_list_filters_by_email_domain_case_insensitively(client):
    wanted, other = unique_domain(), unique_domain()
    first = create(client, "Dee One", f"dee1@{wanted}")
    create(client, "Eve Two", f"eve@{other}")
    second = create(client, "Dee Three", f"dee3@{wanted.upper()}")

    for value in (wanted.lower(), wanted.upper()):
        response = client.get("/customers", params={"email_domain": value})
        assert response.status_code == 200
        assert [c["id"] for c in response.json()] == [first["id"], second["id"]]


def test_email_domain_is_a_stored_indexed_column(client, workspace):
    domain = unique_domain()
    created = create(client, "Fay Gold", f"fay@{domain}")
    db = workspace / "shop.db"
    assert "email_domain" in columns(db, "customers")
    assert indexes(db, "customers").get(INDEX_NAME) == ["email_domain"]
    stored = query(db, "SELECT email_domain FROM customers WHERE id = ?", (created["id"],))
    assert stored == [(domain.lower(),)]


def test_existing_behaviour_is_kept(client):
    email = f"gil@{unique_domain()}"
    created = create(client, "Gil Hart", email)
    duplicate = client.post("/customers", json={"name": "Gil Again", "email": email})
    assert duplicate.status_code == 409
    assert client.get("/customers/987654321").status_code == 404

    order = client.post(f"/customers/{created['id']}/orders", json={"total_cents": 4200})
    assert order.status_code == 201
    orders = client.get(f"/customers/{created['id']}/orders").json()
    assert [o["total_cents"] for o in orders] == [4200]
