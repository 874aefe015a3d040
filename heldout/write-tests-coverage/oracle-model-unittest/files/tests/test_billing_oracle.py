"""unittest-style suite: an independent model of the README's pricing rules (exact fractions,
no code shared with the billing package) is compared with price_quote on hundreds of
generated carts, then the refusals, the invoice life cycle and the HTTP API are checked."""

import os
import random
import sys
import tempfile
import unittest
from datetime import date
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from billing.errors import BillingError  # noqa: E402
from billing.invoices import InvoiceStore  # noqa: E402
from billing.pricing import price_quote  # noqa: E402

# The README's tables, typed in again.
UNIT = {"PEN-BLU": 120, "NTB-A5": 450, "PPR-A4": 699, "TNR-BLK": 8990, "CHR-ERG": 24900, "COF-1KG": 1899}
CATEGORY = {"PEN-BLU": "stationery", "NTB-A5": "stationery", "PPR-A4": "paper", "TNR-BLK": "supplies",
            "CHR-ERG": "furniture", "COF-1KG": "food"}
TIER = {"standard": 0, "silver": 3, "gold": 6}
VAT = {"DE": (Fraction(19), Fraction(7)), "FR": (Fraction(20), Fraction(11, 2)), "NL": (Fraction(21), Fraction(9))}
TODAY = date(2025, 3, 14)


def pct(cents, percent):
    """percent of cents, rounded half up (all amounts here are >= 0)."""
    exact = Fraction(cents) * Fraction(percent) / 100
    whole = exact.numerator // exact.denominator
    return whole + 1 if exact - whole >= Fraction(1, 2) else whole


def volume(sku, quantity):
    if CATEGORY[sku] == "furniture":
        return 0
    return 10 if quantity >= 100 else 7 if quantity >= 50 else 5 if quantity >= 10 else 0


def model(lines, region, tier="standard", coupon=None, shipping="standard"):
    merged = {}
    for sku, quantity in lines:
        merged[sku] = merged.get(sku, 0) + quantity
    rows = []
    for sku, quantity in merged.items():
        gross = UNIT[sku] * quantity
        left = gross - pct(gross, volume(sku, quantity))
        left -= pct(left, TIER[tier])
        rows.append([sku, quantity, gross, gross - left])
    if coupon:
        code = coupon.strip().upper()
        applies = {"WELCOME10": lambda s: True, "PAPER15": lambda s: CATEGORY[s] == "paper",
                   "VIP20": lambda s: True}[code]
        percent = {"WELCOME10": 10, "PAPER15": 15, "VIP20": 20}[code]
        for row in rows:
            if applies(row[0]):
                row[3] += pct(row[2] - row[3], percent)
    standard, reduced = VAT[region]
    net = sum(r[2] - r[3] for r in rows)
    ship = 0 if shipping == "standard" and net >= 10_000 else (690 if shipping == "standard" else 1490)
    line_tax = [pct(r[2] - r[3], reduced if CATEGORY[r[0]] == "food" else standard) for r in rows]
    tax = sum(line_tax) + pct(ship, standard)
    return {"lines": [(r[0], r[1], r[2], r[3], r[2] - r[3], t) for r, t in zip(rows, line_tax)],
            "net": net, "shipping": ship, "tax": tax, "total": net + ship + tax,
            "discount": sum(r[3] for r in rows), "subtotal": sum(r[2] for r in rows)}


def observed(quote):
    return {"lines": [(l.sku, l.quantity, l.gross_cents, l.discount_cents, l.net_cents, l.tax_cents)
                      for l in quote.lines],
            "net": quote.net_cents, "shipping": quote.shipping_cents, "tax": quote.tax_cents,
            "total": quote.total_cents, "discount": quote.discount_cents, "subtotal": quote.subtotal_cents}


class PricingAgainstModel(unittest.TestCase):
    def test_generated_carts(self):
        rng = random.Random(20250314)
        for _ in range(400):
            lines = [(rng.choice(list(UNIT)), rng.choice([1, 2, 9, 10, 11, 49, 50, 51, 99, 100, 120, 400]))
                     for _ in range(rng.randint(1, 5))]
            region, tier = rng.choice(list(VAT)), rng.choice(list(TIER))
            shipping = rng.choice(["standard", "express"])
            with self.subTest(lines=lines, region=region, tier=tier, shipping=shipping):
                quote = price_quote(lines, region=region, tier=tier, shipping=shipping, today=TODAY)
                self.assertEqual(observed(quote), model(lines, region, tier, shipping=shipping))
                self.assertIsNone(quote.coupon)

    def test_coupons_that_apply(self):
        cases = [([("PPR-A4", 12), ("COF-1KG", 2), ("PPR-A4", 3)], "FR", "silver", " welcome10 "),
                 ([("PPR-A4", 4), ("PEN-BLU", 30)], "DE", "standard", "paper15"),
                 ([("CHR-ERG", 2), ("PEN-BLU", 100)], "NL", "gold", "VIP20")]
        for lines, region, tier, code in cases:
            with self.subTest(code=code):
                quote = price_quote(lines, region=region, tier=tier, coupon_code=code, today=TODAY)
                self.assertEqual(observed(quote), model(lines, region, tier, code))
                self.assertEqual(quote.coupon, code.strip().upper())

    def test_hand_worked_example(self):
        # 10 pens in DE: 1200 gross, 5 % volume -> 1140, 19 % VAT 217, shipping 690 + 131 VAT.
        quote = price_quote([("PEN-BLU", 10)], region="DE", today=TODAY)
        self.assertEqual((quote.net_cents, quote.shipping_cents, quote.tax_cents, quote.total_cents),
                         (1140, 690, 348, 2178))

    def test_spring_coupon_window(self):
        quote = price_quote([("PEN-BLU", 5)], region="DE", coupon_code="SPRING24", today=date(2024, 5, 31))
        self.assertEqual(quote.coupon, "SPRING24")
        self.assertEqual(quote.lines[0].discount_cents, 90)  # 15 % of 600


class Refusals(unittest.TestCase):
    def assertCode(self, code, lines, **options):
        options.setdefault("region", "DE")
        options.setdefault("today", TODAY)
        with self.assertRaises(BillingError) as caught:
            price_quote(lines, **options)
        self.assertEqual(caught.exception.code, code)

    def test_codes(self):
        self.assertCode("empty_cart", [])
        self.assertCode("too_many_lines", [("PEN-BLU", 1)] * 51)
        self.assertCode("invalid_quantity", [("PEN-BLU", 0)])
        self.assertCode("invalid_quantity", [("PEN-BLU", 1001)])
        self.assertCode("invalid_quantity", [("PEN-BLU", 600), ("PEN-BLU", 401)])
        self.assertCode("unknown_sku", [("NOPE", 1)])
        self.assertCode("unknown_tier", [("PEN-BLU", 1)], tier="platinum")
        self.assertCode("unsupported_region", [("PEN-BLU", 1)], region="US")
        self.assertCode("unknown_shipping", [("PEN-BLU", 1)], shipping="drone")
        self.assertCode("unknown_coupon", [("PEN-BLU", 1)], coupon_code="FREE")
        self.assertCode("coupon_expired", [("PEN-BLU", 1)], coupon_code="spring24", today=date(2024, 6, 1))
        self.assertCode("coupon_not_applicable", [("PEN-BLU", 1)], coupon_code="VIP20", tier="silver")
        self.assertCode("coupon_not_applicable", [("PEN-BLU", 1)], coupon_code="PAPER15")
        self.assertCode("coupon_minimum_not_met", [("PEN-BLU", 10)], coupon_code="WELCOME10")

    def test_limits_themselves_are_accepted(self):
        self.assertEqual(price_quote([("PEN-BLU", 1000)], region="NL", today=TODAY).lines[0].quantity, 1000)
        self.assertEqual(len(price_quote([("PEN-BLU", 1)] * 50, region="NL", today=TODAY).lines), 1)


class InvoiceLifeCycle(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.store = InvoiceStore(os.path.join(self.folder.name, "invoices.db"))
        self.quote = price_quote([("NTB-A5", 3)], region="FR", today=TODAY)

    def tearDown(self):
        self.folder.cleanup()

    def test_numbers_run_per_year_and_listing_is_newest_first(self):
        a = self.store.issue("c1", self.quote, date(2024, 12, 31))
        b = self.store.issue("c1", self.quote, date(2025, 1, 2))
        c = self.store.issue("c1", self.quote, date(2025, 1, 3))
        self.store.issue("c2", self.quote, date(2025, 1, 3))
        self.assertEqual([a["number"], b["number"], c["number"]],
                         ["INV-2024-00001", "INV-2025-00001", "INV-2025-00002"])
        self.assertEqual([i["number"] for i in self.store.list_for_customer("c1", 2)],
                         ["INV-2025-00002", "INV-2025-00001"])
        self.assertEqual(a["status"], "open")
        self.assertEqual(a["total_cents"], self.quote.total_cents)
        self.assertEqual(a["quote"]["total_cents"], self.quote.total_cents)
        for bad in (0, 101):
            with self.assertRaises(BillingError) as caught:
                self.store.list_for_customer("c1", bad)
            self.assertEqual(caught.exception.code, "invalid_limit")

    def test_close_only_once(self):
        paid = self.store.issue("c1", self.quote, TODAY)["number"]
        voided = self.store.issue("c1", self.quote, TODAY)["number"]
        self.assertEqual(self.store.pay(paid)["status"], "paid")
        self.assertEqual(self.store.void(voided)["status"], "void")
        for action, number in ((self.store.pay, paid), (self.store.void, paid),
                               (self.store.pay, voided), (self.store.void, voided)):
            with self.assertRaises(BillingError) as caught:
                action(number)
            self.assertEqual(caught.exception.code, "invalid_status")
        self.assertEqual(self.store.get(paid)["status"], "paid")
        with self.assertRaises(BillingError) as caught:
            self.store.get("INV-1999-00001")
        self.assertEqual(caught.exception.code, "unknown_invoice")


class HttpApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        os.environ["BILLING_DB"] = os.path.join(cls.folder.name, "api.db")
        from fastapi.testclient import TestClient

        from app.main import app, store

        # app.main may have been imported before (another test module): point it at our file.
        store.path = os.environ["BILLING_DB"]
        store.__init__(store.path)
        cls.client = TestClient(app)

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_round_trip(self):
        c = self.client
        self.assertEqual(c.get("/health").json(), {"status": "ok"})
        self.assertEqual(len(c.get("/products").json()), 6)
        body = {"region": "DE", "lines": [{"sku": "PEN-BLU", "quantity": 10}]}
        self.assertEqual(c.post("/quotes", json=body).json()["total_cents"], 2178)
        self.assertEqual(c.post("/quotes", json={**body, "region": "US"}).status_code, 400)
        self.assertEqual(c.post("/quotes", json={"region": "DE"}).status_code, 422)
        created = c.post("/invoices", json={**body, "customer_id": "api"})
        self.assertEqual(created.status_code, 201)
        number = created.json()["number"]
        self.assertEqual(c.get(f"/invoices/{number}").json()["status"], "open")
        self.assertEqual(c.post(f"/invoices/{number}/pay").json()["status"], "paid")
        again = c.post(f"/invoices/{number}/void")
        self.assertEqual((again.status_code, again.json()["error"]), (409, "invalid_status"))
        self.assertEqual(c.get("/invoices/INV-1999-00009").status_code, 404)
        self.assertEqual([i["number"] for i in c.get("/invoices", params={"customer_id": "api"}).json()], [number])
        self.assertEqual(c.get("/invoices", params={"customer_id": "api", "limit": 0}).status_code, 400)
