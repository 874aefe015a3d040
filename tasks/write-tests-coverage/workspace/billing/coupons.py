"""Coupon codes: a percentage off, with an end date and optional conditions."""

from dataclasses import dataclass
from datetime import date

from billing.catalog import Product
from billing.errors import BillingError


@dataclass(frozen=True)
class Coupon:
    code: str
    percent: int
    valid_until: date
    category: str | None = None  # only lines of this category are discounted
    min_subtotal_cents: int = 0
    tiers: frozenset[str] | None = None  # only these customer tiers may use it

    def applies_to(self, product: Product) -> bool:
        return self.category is None or product.category == self.category


COUPONS = {
    coupon.code: coupon
    for coupon in [
        Coupon("WELCOME10", 10, date(2099, 12, 31), min_subtotal_cents=5000),
        Coupon("PAPER15", 15, date(2099, 12, 31), category="paper"),
        Coupon("VIP20", 20, date(2099, 12, 31), tiers=frozenset({"gold"})),
        Coupon("SPRING24", 15, date(2024, 5, 31)),
    ]
}


def find_coupon(code: str, today: date) -> Coupon:
    """The coupon for a code (case and surrounding spaces do not matter), if still valid."""
    coupon = COUPONS.get(code.strip().upper())
    if coupon is None:
        raise BillingError("unknown_coupon", f"no coupon {code!r}")
    if today > coupon.valid_until:
        raise BillingError("coupon_expired", f"{coupon.code} ended on {coupon.valid_until}")
    return coupon


def check_conditions(coupon: Coupon, tier: str, subtotal_cents: int, products: list[Product]):
    if coupon.tiers is not None and tier not in coupon.tiers:
        raise BillingError("coupon_not_applicable", f"{coupon.code} is not for {tier} customers")
    if not any(coupon.applies_to(product) for product in products):
        raise BillingError("coupon_not_applicable", f"{coupon.code} applies to none of the items")
    if subtotal_cents < coupon.min_subtotal_cents:
        raise BillingError(
            "coupon_minimum_not_met",
            f"{coupon.code} needs an order of at least {coupon.min_subtotal_cents} cents",
        )
