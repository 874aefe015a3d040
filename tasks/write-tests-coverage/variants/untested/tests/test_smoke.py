from billing.catalog import PRODUCTS


def test_catalog_is_not_empty():
    assert PRODUCTS
