def test_json_comment_is_created_and_shown(client):
    response = client.post("/posts/1/comments", json={"author": "Ada", "body": "Nice post!"})
    assert response.status_code == 201
    comment = response.get_json()
    assert comment["author"] == "Ada" and comment["website"] is None
    page = client.get("/posts/1").get_data(as_text=True)
    assert f'id="comment-{comment["id"]}"' in page
    assert "Nice post!" in page


def test_form_comment_redirects_to_the_post(client):
    response = client.post("/posts/2/comments", data={"author": "Bo", "body": "Thanks"})
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/posts/2")


def test_markup_in_a_comment_is_shown_as_text(client):
    client.post("/posts/1/comments", json={"author": "<b>Eve</b>", "body": "<script>x()</script>"})
    page = client.get("/posts/1").get_data(as_text=True)
    assert "<script>x()</script>" not in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page
    assert "&lt;b&gt;Eve&lt;/b&gt;" in page


def test_only_web_links_are_accepted(client):
    for website in ("javascript:alert(1)", "data:text/html,hi", "example.com"):
        body = {"author": "Eve", "body": "hi", "website": website}
        assert client.post("/posts/1/comments", json=body).status_code == 400


def test_long_comments_are_rejected(client):
    assert client.post("/posts/1/comments", json={"author": "A", "body": "x" * 2001}).status_code == 400
    assert client.post("/posts/1/comments", json={"author": "A", "body": "x" * 2000}).status_code == 201
    huge = {"author": "A", "body": "x" * 100_000}
    assert client.post("/posts/1/comments", json=huge).status_code == 413


def test_unknown_post(client):
    assert client.post("/posts/99/comments", json={"author": "A", "body": "b"}).status_code == 404
