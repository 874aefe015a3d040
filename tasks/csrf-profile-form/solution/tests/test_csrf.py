from conftest import form_token, sign_in


def test_every_post_needs_the_session_token(alice):
    assert alice.post("/account/email", data={"email": "x@evil.example"}).status_code == 403
    assert alice.post("/account/transfer", data={"to": "bob", "amount": "5", "csrf_token": "forged"}).status_code == 403
    assert alice.post("/logout").status_code == 403
    assert "alice@example.com" in alice.get("/account").get_data(as_text=True)


def test_token_of_another_session_is_refused(alice):
    other = alice.application.test_client()
    mallory_token = form_token(sign_in(other, "mallory", "mallory-mischief-3"), "/account")
    response = alice.post("/account/email", data={"email": "x@evil.example", "csrf_token": mallory_token})
    assert response.status_code == 403


def test_login_needs_a_token(client):
    response = client.post("/login", data={"username": "alice", "password": "alice-wonderland-1"})
    assert response.status_code == 403
    assert client.get("/account").status_code == 303
