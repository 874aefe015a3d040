"""The new Alembic revision, driven with the alembic CLI against a scratch SQLite file."""

from __future__ import annotations

import uuid

import pytest

from sqlite_probe import alembic_version, columns, execute_many, indexes, query

PREVIOUS_HEAD = "8b4e6d0f2a51"
INDEX_NAME = "ix_customers_email_domain"

# (id, name, email, created_at) -> the email_domain the backfill must produce.
CUSTOMERS = [
    ((1, "Ada Lovelace", "ada@analytical.example", "2024-01-02 10:00"), "analytical.example"),
    ((2, "Grace Hopper", "Grace.Hopper@Navy.Example.ORG", "2024-01-03 11:30"), "navy.example.org"),
    ((3, "Alan Turing", "alan@BLETCHLEY.test", "2024-01-04 09:15"), "bletchley.test"),
    ((4, "Edsger Dijkstra", "ewd@analytical.example", "2024-01-05 08:45"), "analytical.example"),
    ((5, "Barbara Liskov", "b.liskov+crm@mit.example.edu", "2024-01-06 16:20"), "mit.example.edu"),
]
ORDERS = [
    (1, 1, 1999, "2024-02-01 12:00:00"),
    (2, 1, 4500, "2024-02-02 12:00:00"),
    (3, 3, 250, "2024-02-03 12:00:00"),
    (4, 5, 12000, "2024-02-04 12:00:00"),
]


@pytest.fixture
def scratch(workspace, workspace_run):
    """A fresh database file in the workspace and an `alembic(args)` runner bound to it."""
    db = workspace / f"migration-check-{uuid.uuid4().hex[:12]}.db"

    def alembic(args: str):
        result = workspace_run(f"DATABASE_URL='sqlite:///{db}' alembic {args}", timeout=120)
        assert result.returncode == 0, f"alembic {args} failed:\n{result.stdout}\n{result.stderr}"
        return result

    yield db, alembic
    for leftover in workspace.glob(db.name + "*"):
        leftover.unlink()


def seed_previous_head(db, alembic) -> None:
    alembic(f"upgrade {PREVIOUS_HEAD}")
    assert alembic_version(db) == [PREVIOUS_HEAD]
    execute_many(
        db,
        "INSERT INTO customers (id, name, email, created_at) VALUES (?, ?, ?, ?)",
        [row for row, _ in CUSTOMERS],
    )
    execute_many(
        db,
        "INSERT INTO orders (id, customer_id, total_cents, created_at) VALUES (?, ?, ?, ?)",
        ORDERS,
    )


def customer_rows(db) -> list[tuple]:
    return query(db, "SELECT id, name, email, created_at FROM customers ORDER BY id")


def order_rows(db) -> list[tuple]:
    return query(db, "SELECT id, customer_id, total_cents, created_at FROM orders ORDER BY id")


def assert_upgraded(db) -> None:
    assert "email_domain" in columns(db, "customers")
    found = indexes(db, "customers")
    assert INDEX_NAME in found, f"indexes on customers: {found}"
    assert found[INDEX_NAME] == ["email_domain"]
    backfilled = dict(query(db, "SELECT id, email_domain FROM customers"))
    assert backfilled == {row[0]: domain for row, domain in CUSTOMERS}


def test_there_is_one_head_and_it_is_new(scratch):
    _, alembic = scratch
    heads = [line for line in alembic("heads").stdout.splitlines() if line.strip()]
    assert len(heads) == 1, heads
    assert not heads[0].startswith(PREVIOUS_HEAD)


def test_upgrade_adds_backfilled_indexed_column_and_keeps_rows(scratch):
    db, alembic = scratch
    seed_previous_head(db, alembic)
    customers_before, orders_before = customer_rows(db), order_rows(db)

    alembic("upgrade head")

    assert alembic_version(db) != [PREVIOUS_HEAD]
    assert_upgraded(db)
    assert customer_rows(db) == customers_before
    assert order_rows(db) == orders_before


def test_downgrade_removes_column_and_index_and_keeps_rows(scratch):
    db, alembic = scratch
    seed_previous_head(db, alembic)
    customers_before, orders_before = customer_rows(db), order_rows(db)
    alembic("upgrade head")

    alembic("downgrade -1")

    assert alembic_version(db) == [PREVIOUS_HEAD]
    assert "email_domain" not in columns(db, "customers")
    assert INDEX_NAME not in indexes(db, "customers")
    assert customer_rows(db) == customers_before
    assert order_rows(db) == orders_before


def test_upgrade_again_after_downgrade_backfills_again(scratch):
    db, alembic = scratch
    seed_previous_head(db, alembic)
    customers_before = customer_rows(db)
    alembic("upgrade head")
    alembic("downgrade -1")

    alembic("upgrade head")

    assert_upgraded(db)
    assert customer_rows(db) == customers_before


def test_empty_database_migrates_from_base_to_head_and_back(scratch):
    db, alembic = scratch
    alembic("upgrade head")
    assert "email_domain" in columns(db, "customers")
    alembic("downgrade base")
    assert alembic_version(db) == []
