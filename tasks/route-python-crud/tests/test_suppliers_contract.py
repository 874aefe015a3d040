"""The new /suppliers endpoints against the shared CRUD contract (no PATCH was asked for)."""

from crud_contract import CrudContract
from suppliers_spec import SUPPLIERS


class TestSuppliersCrud(CrudContract):
    spec = SUPPLIERS
