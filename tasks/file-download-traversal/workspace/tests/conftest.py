import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("FILEBOX_STORAGE", str(tmp_path / "storage"))
    from filebox.main import app

    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def alice():
    return {"Authorization": "Bearer fbx-alice-5b1f8e2c9d04"}
