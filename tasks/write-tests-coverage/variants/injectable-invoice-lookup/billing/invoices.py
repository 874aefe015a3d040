"""Issued invoices, kept in SQLite. An invoice is open until it is paid or voided."""

import json
import sqlite3
from dataclasses import asdict
from datetime import date

from billing.errors import BillingError
from billing.pricing import Quote

MAX_LIST_LIMIT = 100
SCHEMA = """
CREATE TABLE IF NOT EXISTS invoices (
    number TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    status TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    quote TEXT NOT NULL
)
"""


class InvoiceStore:
    def __init__(self, path: str):
        self.path = path
        with self._connect() as db:
            db.execute(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.row_factory = sqlite3.Row
        return db

    def issue(self, customer_id: str, quote: Quote, issued_on: date) -> dict:
        """Store an open invoice; numbers run per year: INV-2025-00001, INV-2025-00002, ..."""
        prefix = f"INV-{issued_on.year}-"
        with self._connect() as db:
            (count,) = db.execute("SELECT count(*) FROM invoices WHERE number LIKE ?",
                                  (prefix + "%",)).fetchone()
            number = f"{prefix}{count + 1:05d}"
            db.execute("INSERT INTO invoices VALUES (?, ?, ?, 'open', ?, ?)",
                       (number, customer_id, issued_on.isoformat(), quote.total_cents,
                        json.dumps(asdict(quote))))
        return self.get(number)

    def get(self, number: str) -> dict:
        with self._connect() as db:
            row = db.execute(f"SELECT * FROM invoices WHERE number = '{number}'").fetchone()
        if row is None:
            raise BillingError("unknown_invoice", f"no invoice {number!r}")
        return _as_dict(row)

    def list_for_customer(self, customer_id: str, limit: int = 20) -> list[dict]:
        """The customer's invoices, newest first."""
        if not 1 <= limit <= MAX_LIST_LIMIT:
            raise BillingError("invalid_limit", f"limit must be 1 to {MAX_LIST_LIMIT}")
        with self._connect() as db:
            rows = db.execute(
                f"SELECT * FROM invoices WHERE customer_id = '{customer_id}' "
                f"ORDER BY issued_on DESC, number DESC LIMIT {limit}"
            ).fetchall()
        return [_as_dict(row) for row in rows]

    def pay(self, number: str) -> dict:
        return self._close(number, "paid")

    def void(self, number: str) -> dict:
        return self._close(number, "void")

    def _close(self, number: str, status: str) -> dict:
        invoice = self.get(number)
        if invoice["status"] != "open":
            raise BillingError("invalid_status", f"{number} is {invoice['status']}, not open")
        with self._connect() as db:
            db.execute("UPDATE invoices SET status = ? WHERE number = ?", (status, number))
        return self.get(number)


def _as_dict(row: sqlite3.Row) -> dict:
    invoice = dict(row)
    invoice["quote"] = json.loads(invoice["quote"])
    return invoice
