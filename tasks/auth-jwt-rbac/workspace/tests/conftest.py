import os
import sys
import tempfile
from pathlib import Path

import pytest

# Tests get a throwaway database; set before the app modules read it.
os.environ["DOCS_DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/test.db"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@pytest.fixture
def client():
    from fastapi.testclient import TestClient

    from app.main import app

    with TestClient(app) as test_client:
        yield test_client
