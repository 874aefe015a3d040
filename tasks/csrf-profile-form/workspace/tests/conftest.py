import pytest

from portal import create_app


@pytest.fixture
def client(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "test.db")})
    return app.test_client()


@pytest.fixture
def alice(client):
    response = client.post("/login", data={"username": "alice", "password": "alice-wonderland-1"})
    assert response.status_code == 303
    return client
