import os
import sys
import tempfile
from pathlib import Path

import pytest

# The API tests get a throwaway database; set before app.main is imported.
os.environ["BILLING_DB"] = str(Path(tempfile.mkdtemp()) / "billing.db")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@pytest.fixture
def store(tmp_path):
    from billing.invoices import InvoiceStore

    return InvoiceStore(str(tmp_path / "invoices.db"))


@pytest.fixture(scope="session")
def client():
    from fastapi.testclient import TestClient

    from app.main import app

    with TestClient(app) as test_client:
        yield test_client
