from conftest import form_token


def post_form(client, path: str, **fields):
    return client.post(path, data={**fields, "csrf_token": form_token(client, "/account")})


def test_sign_in_and_out(client):
    assert client.get("/account").status_code == 303
    token = form_token(client, "/login")
    bad = client.post("/login", data={"username": "alice", "password": "nope", "csrf_token": token})
    assert bad.status_code == 401
    good = client.post("/login", data={"username": "alice", "password": "alice-wonderland-1", "csrf_token": token})
    assert good.headers["Location"] == "/account"
    assert "alice@example.com" in client.get("/account").get_data(as_text=True)
    assert post_form(client, "/logout").status_code == 303
    assert client.get("/account").status_code == 303


def test_change_email(alice):
    assert post_form(alice, "/account/email", email="alice@new.example").status_code == 303
    assert "alice@new.example" in alice.get("/account").get_data(as_text=True)
    assert post_form(alice, "/account/email", email="not-an-email").status_code == 400


def test_transfer(alice):
    assert post_form(alice, "/account/transfer", to="bob", amount="30").status_code == 303
    assert 'id="credits">70<' in alice.get("/account").get_data(as_text=True)
    assert post_form(alice, "/account/transfer", to="bob", amount="71").status_code == 400
    assert post_form(alice, "/account/transfer", to="alice", amount="1").status_code == 400
