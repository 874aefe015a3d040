"""The pages that exist today keep working."""

from blog_pages import POSTS, html_page, squash


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_index_links_every_post(client):
    page = html_page(client.get("/"))
    links = {a.attrs.get("href"): squash(a.text) for a in page.find_tag("a")}
    for post_id, (title, _) in POSTS.items():
        assert links.get(f"/posts/{post_id}") == title


def test_post_page_shows_the_post(client):
    page = html_page(client.get("/posts/3"))
    text = squash(page.text)
    assert POSTS[3][0] in text and POSTS[3][1] in text


def test_unknown_post_is_404(client):
    assert client.get("/posts/999").status_code == 404
