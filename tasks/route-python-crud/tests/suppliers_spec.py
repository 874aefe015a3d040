"""The new supplier resource, as the shared CRUD contract sees it."""

from crud_contract import CrudSpec

VALID_EMAIL = "buyer@northwind-parts.com"

SUPPLIERS = CrudSpec(
    path="/suppliers",
    label_field="name",
    valid={"name": "Northwind Parts", "email": VALID_EMAIL, "phone": "+1 555 0100"},
    replacement={"name": "Northwind Parts Ltd", "email": "sales@northwind-parts.com", "phone": "+44 20 7946 0000"},
    defaults={"phone": None},
    accepted={
        "name of 120 characters": {"name": "n" * 120, "email": VALID_EMAIL},
        "phone of 32 characters": {"name": "Longphone", "email": VALID_EMAIL, "phone": "9" * 32},
        "explicit null phone": {"name": "No phone", "email": VALID_EMAIL, "phone": None},
    },
    invalid={
        "missing name": {"email": VALID_EMAIL},
        "empty name": {"name": "", "email": VALID_EMAIL},
        "blank name": {"name": "   ", "email": VALID_EMAIL},
        "name of 121 characters": {"name": "n" * 121, "email": VALID_EMAIL},
        "name not a string": {"name": 42, "email": VALID_EMAIL},
        "missing email": {"name": "Northwind"},
        "email null": {"name": "Northwind", "email": None},
        "email without @": {"name": "Northwind", "email": "not-an-email"},
        "email without domain": {"name": "Northwind", "email": "buyer@"},
        "email without local part": {"name": "Northwind", "email": "@northwind-parts.com"},
        "email with two @": {"name": "Northwind", "email": "buyer@@northwind-parts.com"},
        "phone of 33 characters": {"name": "Northwind", "email": VALID_EMAIL, "phone": "9" * 33},
        "phone not a string": {"name": "Northwind", "email": VALID_EMAIL, "phone": 5550100},
        "array instead of object": [{"name": "Northwind", "email": VALID_EMAIL}],
        "no body": None,
    },
    validation_status=422,
    malformed_id="abc",
    malformed_id_status=422,
    not_found_detail="Supplier not found",
)
