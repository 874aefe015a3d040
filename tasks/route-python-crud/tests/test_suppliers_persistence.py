"""Suppliers outlive the app process. A module of its own: these tests start the app themselves."""

from crud_contract import PersistenceContract
from suppliers_spec import SUPPLIERS


class TestSuppliersPersistence(PersistenceContract):
    spec = SUPPLIERS
