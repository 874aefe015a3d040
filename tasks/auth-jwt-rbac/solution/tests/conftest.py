import os
import sys
import tempfile
from pathlib import Path

import pytest

# Tests get a throwaway database; set before the app modules read it.
os.environ["DOCS_DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/test.db"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASSWORDS = {
    "alice": "alice-admin-pw",
    "bob": "bob-editor-pw",
    "carol": "carol-editor-pw",
    "dave": "dave-viewer-pw",
}


@pytest.fixture
def client():
    from fastapi.testclient import TestClient

    from app.main import app

    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def auth(client):
    """auth("bob") -> the Authorization header of a fresh token for that seeded user."""

    def headers(username: str) -> dict:
        response = client.post(
            "/auth/token", json={"username": username, "password": PASSWORDS[username]}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return headers
