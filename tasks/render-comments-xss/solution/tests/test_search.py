def test_search_matches_title_and_body(client):
    page = client.get("/search", query_string={"q": "sqlite"}).get_data(as_text=True)
    assert "SQLite in production" in page
    assert "Getting started with Flask" not in page


def test_query_is_echoed_as_text(client):
    page = client.get("/search", query_string={"q": "<i>x</i>"}).get_data(as_text=True)
    assert "<i>x</i>" not in page
    assert "&lt;i&gt;x&lt;/i&gt;" in page
