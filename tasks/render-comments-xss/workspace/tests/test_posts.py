def test_health(client):
    assert client.get("/health").get_json() == {"status": "ok"}


def test_index_lists_the_seeded_posts(client):
    page = client.get("/").get_data(as_text=True)
    assert "Getting started with Flask" in page
    assert "SQLite in production" in page


def test_post_page(client):
    response = client.get("/posts/2")
    assert response.status_code == 200
    assert "Templates without tears" in response.get_data(as_text=True)


def test_unknown_post_is_404(client):
    assert client.get("/posts/99").status_code == 404
