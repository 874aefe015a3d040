"""Point the app at a throwaway database migrated to head before anything imports it."""

import os
import tempfile
from pathlib import Path

import pytest

_DB_DIR = tempfile.mkdtemp(prefix="customers-tests-")
os.environ["DATABASE_URL"] = f"sqlite:///{_DB_DIR}/test.db"

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def client():
    command.upgrade(Config(str(PROJECT_ROOT / "alembic.ini")), "head")
    from app.main import app

    with TestClient(app) as test_client:
        yield test_client
