"""Whole quotes, worked out by hand from the rules in README.md."""

from datetime import date

import pytest

from billing.errors import BillingError
from billing.pricing import price_quote

TODAY = date(2025, 3, 14)


def quote(lines, **options):
    options.setdefault("region", "DE")
    options.setdefault("today", TODAY)
    return price_quote(lines, **options)


def test_volume_discount_shipping_and_tax():
    result = quote([("PEN-BLU", 10)])
    (line,) = result.lines
    assert (line.gross_cents, line.discount_cents) == (1200, 60)
    assert (line.net_cents, line.tax_cents) == (1140, 217)
    assert result.subtotal_cents == 1200
    assert result.discount_cents == 60
    assert result.net_cents == 1140
    assert result.shipping_cents == 690
    assert result.tax_cents == 217 + 131  # shipping taxed at 19 %: 131.1
    assert result.total_cents == 1140 + 690 + 348
    assert result.coupon is None


def test_gold_furniture_express_to_nl():
    result = quote([("CHR-ERG", 2)], region="NL", tier="gold", shipping="express")
    (line,) = result.lines
    assert line.name == "Ergonomic chair"
    assert line.unit_cents == 24900
    assert line.discount_cents == 2988  # 6 % tier, no volume discount on furniture
    assert line.net_cents == 46812
    assert line.tax_cents == 9831  # 21 %: 9830.52
    assert result.shipping_cents == 1490
    assert result.tax_cents == 9831 + 313
    assert result.total_cents == 58446


def test_food_is_taxed_at_the_reduced_rate():
    result = quote([("COF-1KG", 3)], region="FR")
    assert result.lines[0].tax_cents == 313  # 5.5 % of 5697
    assert result.tax_cents == 313 + 138  # shipping at 20 %
    assert result.total_cents == 5697 + 690 + 451


def test_standard_shipping_is_free_from_100_euros_net():
    result = quote([("TNR-BLK", 1), ("PEN-BLU", 9)])  # 8990 + 1080 = 10070
    assert result.net_cents == 10070
    assert result.shipping_cents == 0
    assert result.total_cents == 10070 + 1708 + 205


def test_discounts_apply_one_after_the_other():
    # 12 paper: volume 5 % of 8388 = 419 -> 7969; silver 3 % = 239 -> 7730; coupon 10 % = 773.
    result = quote([("PPR-A4", 12)], tier="silver", coupon_code="WELCOME10")
    assert result.lines[0].discount_cents == 419 + 239 + 773
    assert result.net_cents == 6957
    assert result.coupon == "WELCOME10"
    assert result.total_cents == 6957 + 690 + 1322 + 131


def test_category_coupon_only_discounts_its_lines():
    result = quote([("PEN-BLU", 1), ("PPR-A4", 2)], coupon_code=" paper15 ")
    pen, paper = result.lines
    assert pen.discount_cents == 0
    assert paper.discount_cents == 210  # 15 % of 1398 = 209.7
    assert result.coupon == "PAPER15"
    assert result.total_cents == 1308 + 690 + 23 + 226 + 131


def test_gold_coupon():
    result = quote([("NTB-A5", 4)], tier="gold", coupon_code="VIP20")
    # 1800 - 6 % (108) = 1692 - 20 % (338.4 -> 338) = 1354
    assert result.net_cents == 1353


def test_duplicate_lines_are_priced_together():
    result = quote([("PEN-BLU", 6), ("PEN-BLU", 4)])
    assert [(line.sku, line.quantity) for line in result.lines] == [("PEN-BLU", 10)]
    assert result.discount_cents == 60


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"coupon_code": "NOPE"}, "unknown_coupon"),
        ({"coupon_code": "SPRING24"}, "coupon_expired"),
        ({"coupon_code": "VIP20", "tier": "silver"}, "coupon_not_applicable"),
        ({"coupon_code": "PAPER15"}, "coupon_not_applicable"),
        ({"coupon_code": "WELCOME10"}, "coupon_minimum_not_met"),
        ({"tier": "platinum"}, "unknown_tier"),
        ({"region": "UK"}, "unsupported_region"),
        ({"shipping": "pigeon"}, "unknown_shipping"),
    ],
)
def test_refused_quotes(options, code):
    with pytest.raises(BillingError) as error:
        quote([("NTB-A5", 2)], **options)
    assert error.value.code == code


def test_spring_coupon_was_valid_until_its_end_date():
    result = quote([("NTB-A5", 2)], coupon_code="SPRING24", today=date(2024, 5, 31))
    assert result.net_cents == 900 - 135


def test_unknown_sku_in_a_quote():
    with pytest.raises(BillingError) as error:
        quote([("NTB-A5", 1), ("XXX", 1)])
    assert error.value.code == "unknown_sku"
