"""Signing in and out through the forms, each carrying the session's CSRF token."""

from portal_pages import PASSWORDS, TOKEN_FIELD, account, browser, form_token, html_page, is_redirect_to, sign_in


def test_login_form_carries_a_token(app):
    page = html_page(browser(app).get("/login"))
    form = page.forms().get("/login")
    assert form is not None, "GET /login shows a form posting to /login"
    assert form.input_value("username") is not None
    assert form.input_value("password") is not None
    assert form_token(page, "/login")


def test_sign_in_with_the_form_token(app):
    client = browser(app)
    token = form_token(html_page(client.get("/login")), "/login")
    response = client.post("/login", data={"username": "alice", "password": PASSWORDS["alice"],
                                           TOKEN_FIELD: token})
    assert is_redirect_to(response, "/account"), (response.status_code, response.headers)
    assert account(client).username == "alice"


def test_wrong_password_is_401_and_stays_signed_out(app):
    client = browser(app)
    token = form_token(html_page(client.get("/login")), "/login")
    response = client.post("/login", data={"username": "alice", "password": "not-her-password",
                                           TOKEN_FIELD: token})
    assert response.status_code == 401
    assert is_redirect_to(client.get("/account"), "/login")


def test_signed_out_visitor_is_sent_to_login(app):
    assert is_redirect_to(browser(app).get("/account"), "/login")


def test_sign_out_with_the_token(app):
    client = sign_in(app, "bob")
    token = account(client).token("/logout")
    assert is_redirect_to(client.post("/logout", data={TOKEN_FIELD: token}), "/login")
    assert is_redirect_to(client.get("/account"), "/login")
