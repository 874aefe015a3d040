import pytest

from catalog import create_app


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("CATALOG_DB", str(tmp_path / "catalog.db"))
    return create_app().test_client()
