from catalog import create_app


def names(response):
    return [item["name"] for item in response.get_json()["items"]]


def test_default_search_lists_active_products_by_name(client):
    body = client.get("/products/search").get_json()
    assert body["total"] == 12
    assert body["page"] == 1 and body["per_page"] == 10
    assert body["items"][0]["name"] == "Cast Iron Skillet"


def test_apostrophes_in_query(client):
    assert names(client.get("/products/search?q=o'reilly")) == ["O'Reilly's SQL Pocket Guide"]


def test_category_and_price_filters(client):
    response = client.get("/products/search?category=books&sort=price_cents&order=desc")
    assert names(response) == [
        "Designing Data Systems",
        "The Pragmatic Shopkeeper",
        "O'Reilly's SQL Pocket Guide",
    ]


def test_bad_page_size_is_rejected(client):
    assert client.get("/products/search?per_page=500").status_code == 400


def test_reseeding_does_not_duplicate(client):
    create_app()  # same CATALOG_DB as the client's app: seeds a second time
    assert client.get("/products/search").get_json()["total"] == 12


def test_injection_in_category_matches_nothing(client):
    body = client.get("/products/search", query_string={"category": "x' OR '1'='1"}).get_json()
    assert body["total"] == 0


def test_unknown_sort_and_bad_max_price_are_rejected(client):
    assert client.get("/products/search?sort=stock").status_code == 400
    assert client.get("/products/search?order=sideways").status_code == 400
    assert client.get("/products/search?max_price=0%20OR%201=1").status_code == 400
