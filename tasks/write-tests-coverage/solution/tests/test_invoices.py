"""InvoiceStore against a throwaway SQLite file."""

from datetime import date

import pytest

from billing.errors import BillingError
from billing.pricing import price_quote


def a_quote(quantity=1):
    return price_quote([("NTB-A5", quantity)], region="DE")


def code_of(call, *args):
    with pytest.raises(BillingError) as error:
        call(*args)
    return error.value.code


def test_issue_numbers_invoices_per_year(store):
    first = store.issue("acme", a_quote(), date(2025, 1, 2))
    second = store.issue("acme", a_quote(), date(2025, 6, 1))
    next_year = store.issue("acme", a_quote(), date(2026, 1, 1))
    assert [first["number"], second["number"], next_year["number"]] == [
        "INV-2025-00001", "INV-2025-00002", "INV-2026-00001"]


def test_issued_invoice_holds_the_quote(store):
    quote = a_quote(2)
    invoice = store.issue("acme", quote, date(2025, 3, 1))
    assert invoice["customer_id"] == "acme"
    assert invoice["issued_on"] == "2025-03-01"
    assert invoice["status"] == "open"
    assert invoice["total_cents"] == quote.total_cents
    assert invoice["quote"]["lines"][0]["sku"] == "NTB-A5"
    assert store.get(invoice["number"]) == invoice


def test_unknown_invoice(store):
    assert code_of(store.get, "INV-2025-99999") == "unknown_invoice"
    assert code_of(store.pay, "INV-2025-99999") == "unknown_invoice"


def test_list_is_per_customer_newest_first(store):
    store.issue("acme", a_quote(), date(2025, 1, 5))
    store.issue("other", a_quote(), date(2025, 1, 6))
    store.issue("acme", a_quote(), date(2025, 2, 1))
    store.issue("acme", a_quote(), date(2025, 2, 1))
    numbers = [invoice["number"] for invoice in store.list_for_customer("acme")]
    assert numbers == ["INV-2025-00004", "INV-2025-00003", "INV-2025-00001"]
    assert [i["number"] for i in store.list_for_customer("acme", limit=1)] == ["INV-2025-00004"]
    assert store.list_for_customer("nobody") == []


@pytest.mark.parametrize("limit", [0, 101])
def test_list_limit_bounds(store, limit):
    assert code_of(store.list_for_customer, "acme", limit) == "invalid_limit"


def test_pay_and_void_close_an_open_invoice_once(store):
    paid = store.issue("acme", a_quote(), date(2025, 1, 1))["number"]
    voided = store.issue("acme", a_quote(), date(2025, 1, 1))["number"]
    assert store.pay(paid)["status"] == "paid"
    assert store.void(voided)["status"] == "void"
    assert code_of(store.pay, paid) == "invalid_status"
    assert code_of(store.void, paid) == "invalid_status"
    assert code_of(store.pay, voided) == "invalid_status"
    assert store.get(paid)["status"] == "paid"
