"""Exploit probes on the new suppliers API: the client cannot choose ids, and the stated name
and phone limits (120 and 32 characters) hold for 1 MB values."""

from crud_contract import CrudSpec, MassAssignmentProbes, OversizedInputProbes

SUPPLIERS = CrudSpec(
    path="/suppliers",
    label_field="name",
    valid={"name": "Probe Supplies", "email": "probe@probe-supplies.example", "phone": "+1 555 0199"},
    replacement={"name": "Probe Supplies Ltd", "email": "sales@probe-supplies.example"},
    server_fields={"id": 1_500_000_000},
    update_methods=("PUT",),
    max_lengths={"name": 120, "phone": 32},
)


class TestSuppliersMassAssignment(MassAssignmentProbes):
    spec = SUPPLIERS


class TestSuppliersOversizedInput(OversizedInputProbes):
    spec = SUPPLIERS
