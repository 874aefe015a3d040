def test_sign_in_and_out(client):
    assert client.get("/account").status_code == 303
    bad = client.post("/login", data={"username": "alice", "password": "nope"})
    assert bad.status_code == 401
    good = client.post("/login", data={"username": "alice", "password": "alice-wonderland-1"})
    assert good.headers["Location"] == "/account"
    assert "alice@example.com" in client.get("/account").get_data(as_text=True)
    client.post("/logout")
    assert client.get("/account").status_code == 303


def test_change_email(alice):
    assert alice.post("/account/email", data={"email": "alice@new.example"}).status_code == 303
    assert "alice@new.example" in alice.get("/account").get_data(as_text=True)
    assert alice.post("/account/email", data={"email": "not-an-email"}).status_code == 400


def test_transfer(alice):
    assert alice.post("/account/transfer", data={"to": "bob", "amount": "30"}).status_code == 303
    assert 'id="credits">70<' in alice.get("/account").get_data(as_text=True)
    assert alice.post("/account/transfer", data={"to": "bob", "amount": "71"}).status_code == 400
    assert alice.post("/account/transfer", data={"to": "alice", "amount": "1"}).status_code == 400
