"""Pricing a cart: volume, customer-tier and coupon discounts per line, then shipping and tax."""

from dataclasses import dataclass, field
from datetime import date

from billing import coupons, tax
from billing.catalog import Product, find_product
from billing.errors import BillingError
from billing.money import percent_of

MAX_LINES = 50
MAX_QUANTITY = 1000
TIER_PERCENT = {"standard": 0, "silver": 3, "gold": 6}
# (minimum quantity of one line, percent off that line), largest first.
VOLUME_PERCENT = [(100, 10), (50, 7), (10, 5)]
NO_VOLUME_DISCOUNT = {"furniture"}
SHIPPING_CENTS = {"standard": 690, "express": 1490}
FREE_STANDARD_SHIPPING_FROM = 10_000  # net merchandise, in cents


@dataclass
class QuoteLine:
    sku: str
    name: str
    quantity: int
    unit_cents: int
    gross_cents: int
    discount_cents: int = 0
    net_cents: int = 0
    tax_cents: int = 0


@dataclass
class Quote:
    lines: list[QuoteLine] = field(default_factory=list)
    coupon: str | None = None
    subtotal_cents: int = 0
    discount_cents: int = 0
    net_cents: int = 0
    shipping_cents: int = 0
    tax_cents: int = 0
    total_cents: int = 0


def volume_percent(product: Product, quantity: int) -> int:
    if product.category in NO_VOLUME_DISCOUNT:
        return 0
    for min_quantity, percent in VOLUME_PERCENT:
        if quantity >= min_quantity:
            return percent
    return 0


def merge_lines(lines: list[tuple[str, int]]) -> dict[str, int]:
    """SKU -> total quantity, in order of first appearance; checks the size limits."""
    if not lines:
        raise BillingError("empty_cart", "a quote needs at least one line")
    merged: dict[str, int] = {}
    for sku, quantity in lines:
        merged[sku] = merged.get(sku, 0) + quantity
    for sku, quantity in merged.items():
        if quantity < 1:
            raise BillingError("invalid_quantity", f"{sku}: quantity must be at least 1")
    return merged


def shipping_cents(method: str, net_cents: int) -> int:
    if method not in SHIPPING_CENTS:
        raise BillingError("unknown_shipping", f"no shipping method {method!r}")
    if method == "standard" and net_cents >= FREE_STANDARD_SHIPPING_FROM:
        return 0
    return SHIPPING_CENTS[method]


def price_quote(
    lines: list[tuple[str, int]],
    *,
    region: str,
    tier: str = "standard",
    coupon_code: str | None = None,
    shipping: str = "standard",
    today: date | None = None,
) -> Quote:
    if tier not in TIER_PERCENT:
        raise BillingError("unknown_tier", f"no customer tier {tier!r}")
    tax.check_region(region)
    products: dict[str, Product] = {}
    quote = Quote()
    for sku, quantity in merge_lines(lines).items():
        product = products[sku] = find_product(sku)
        gross = product.unit_cents * quantity
        after_volume = gross - percent_of(gross, volume_percent(product, quantity))
        after_tier = after_volume - percent_of(after_volume, TIER_PERCENT[tier])
        quote.lines.append(QuoteLine(sku, product.name, quantity, product.unit_cents, gross,
                                     discount_cents=gross - after_tier))

    if coupon_code:
        coupon = coupons.find_coupon(coupon_code, today or date.today())
        subtotal_after_tier = sum(line.gross_cents - line.discount_cents for line in quote.lines)
        coupons.check_conditions(coupon, tier, subtotal_after_tier, list(products.values()))
        for line in quote.lines:
            if coupon.applies_to(products[line.sku]):
                line.discount_cents += percent_of(line.gross_cents - line.discount_cents,
                                                  coupon.percent)
        quote.coupon = coupon.code

    for line in quote.lines:
        line.net_cents = line.gross_cents - line.discount_cents
        line.tax_cents = tax.tax_cents(line.net_cents, region, products[line.sku].category)
    quote.subtotal_cents = sum(line.gross_cents for line in quote.lines)
    quote.discount_cents = sum(line.discount_cents for line in quote.lines)
    quote.net_cents = quote.subtotal_cents - quote.discount_cents
    quote.shipping_cents = shipping_cents(shipping, quote.net_cents)
    quote.tax_cents = sum(line.tax_cents for line in quote.lines) + tax.tax_cents(
        quote.shipping_cents, region)
    quote.total_cents = quote.net_cents + quote.shipping_cents + quote.tax_cents
    return quote
