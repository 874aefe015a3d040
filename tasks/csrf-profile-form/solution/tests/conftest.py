import re

import pytest

from portal import create_app

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def form_token(client, page: str) -> str:
    match = TOKEN.search(client.get(page).get_data(as_text=True))
    assert match, f"no csrf_token field on {page}"
    return match.group(1)


@pytest.fixture
def client(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "test.db")})
    return app.test_client()


def sign_in(client, username: str, password: str):
    data = {"username": username, "password": password, "csrf_token": form_token(client, "/login")}
    assert client.post("/login", data=data).status_code == 303
    return client


@pytest.fixture
def alice(client):
    return sign_in(client, "alice", "alice-wonderland-1")
