"""db/schema.rb still describes the existing tables, and the app config is unchanged in kind."""

import re

import pytest

# Table -> column -> type, as the schema stood before the agent's work.
EXISTING_TABLES = {
    "customers": {"name": "string", "email": "string", "company": "string"},
    "invoices": {
        "customer_id": "bigint",
        "number": "string",
        "status": "string",
        "currency": "string",
        "issued_on": "date",
        "due_on": "date",
        "paid_on": "date",
        "overdue": "boolean",
    },
    "invoice_line_items": {
        "invoice_id": "bigint",
        "description": "string",
        "quantity": "integer",
        "unit_price_cents": "integer",
    },
}
SCHEMA_VERSION_BEFORE = 20240502140233


@pytest.fixture
def schema(workspace):
    return (workspace / "db/schema.rb").read_text(encoding="utf-8", errors="replace")


def _table_columns(schema: str, table: str) -> dict[str, str]:
    block = re.search(
        rf"""^\s*create_table\s+["']{table}["'][^\n]*\bdo\s*\|(\w+)\|\n(.*?)^\s*end\b""",
        schema,
        re.M | re.S,
    )
    if block is None:
        return {}
    var, body = block.group(1), block.group(2)
    return {name: kind for kind, name in re.findall(rf"""^\s*{var}\.(\w+)\s+["'](\w+)["']""", body, re.M)}


def test_schema_keeps_its_define_block_and_version(schema):
    match = re.search(r"ActiveRecord::Schema\[7\.1\]\.define\(version:\s*([\d_]+)\)\s+do", schema)
    assert match, "db/schema.rb lost its ActiveRecord::Schema[7.1].define block"
    assert int(match.group(1).replace("_", "")) >= SCHEMA_VERSION_BEFORE, "schema version went backwards"
    assert schema.rstrip().endswith("end"), "db/schema.rb is cut off"


@pytest.mark.parametrize("table", sorted(EXISTING_TABLES))
def test_existing_table_keeps_its_columns(schema, table):
    columns = _table_columns(schema, table)
    assert columns, f"create_table {table!r} is gone from db/schema.rb"
    for column, kind in EXISTING_TABLES[table].items():
        assert columns.get(column) == kind, f"{table}.{column} should still be a {kind} column"


@pytest.mark.parametrize(("child", "parent"), [("invoice_line_items", "invoices"), ("invoices", "customers")])
def test_existing_foreign_keys_are_kept(schema, child, parent):
    assert re.search(rf"""^\s*add_foreign_key\s+["']{child}["']\s*,\s*["']{parent}["']""", schema, re.M)


def test_application_config_keeps_sidekiq_and_api_mode(workspace):
    text = (workspace / "config/application.rb").read_text(encoding="utf-8", errors="replace")
    assert re.search(r"^\s*module\s+Ledgerline\b", text, re.M)
    assert re.search(r"^\s*config\.active_job\.queue_adapter\s*=\s*:sidekiq\b", text, re.M)
    assert re.search(r"^\s*config\.api_only\s*=\s*true\b", text, re.M)


def test_sidekiq_queues_are_kept(workspace):
    text = (workspace / "config/sidekiq.yml").read_text(encoding="utf-8", errors="replace")
    # Plain "- name" entries or weighted "- [name, 2]" ones.
    queues = re.findall(r"""^\s*-\s*\[?\s*["']?(\w+)""", text, re.M)
    assert {"critical", "default", "mailers", "low"} <= set(queues)
