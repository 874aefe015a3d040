"""The small rules: rounding, catalog lookup, VAT, volume tiers, shipping, line merging."""

from decimal import Decimal

import pytest

from billing.catalog import PRODUCTS, find_product
from billing.errors import BillingError
from billing.money import percent_of
from billing.pricing import MAX_LINES, merge_lines, shipping_cents, volume_percent
from billing.tax import tax_cents, tax_rate


@pytest.mark.parametrize(
    ("cents", "percent", "expected"),
    [(1000, 19, 190), (5, 10, 1), (15, 10, 2), (25, 10, 3), (14, 10, 1), (313335, "0.001", 3),
     (5697, Decimal("5.5"), 313), (0, 21, 0)],
)
def test_percent_of_rounds_half_up(cents, percent, expected):
    assert percent_of(cents, percent) == expected


def test_find_product():
    assert find_product("TNR-BLK") == PRODUCTS["TNR-BLK"]
    assert find_product("TNR-BLK").unit_cents == 8990


def test_unknown_product():
    with pytest.raises(BillingError) as error:
        find_product("pen-blu")
    assert error.value.code == "unknown_sku"


@pytest.mark.parametrize(
    ("region", "category", "rate"),
    [("DE", "paper", "19"), ("DE", "food", "7"), ("FR", None, "20"), ("FR", "food", "5.5"),
     ("NL", "furniture", "21"), ("NL", "food", "9")],
)
def test_tax_rates(region, category, rate):
    assert tax_rate(region, category) == Decimal(rate)


def test_tax_is_rounded_per_amount():
    assert tax_cents(1140, "DE", "stationery") == 217  # 216.6
    assert tax_cents(5697, "FR", "food") == 313  # 313.335


def test_unsupported_region():
    with pytest.raises(BillingError) as error:
        tax_rate("US")
    assert error.value.code == "unsupported_region"


@pytest.mark.parametrize(
    ("quantity", "percent"),
    [(1, 0), (9, 0), (10, 5), (49, 5), (50, 7), (99, 7), (100, 10), (1000, 10)],
)
def test_volume_tiers(quantity, percent):
    assert volume_percent(PRODUCTS["PEN-BLU"], quantity) == percent


def test_furniture_has_no_volume_discount():
    assert volume_percent(PRODUCTS["CHR-ERG"], 100) == 0


def test_shipping():
    assert shipping_cents("standard", 9999) == 690
    assert shipping_cents("standard", 10000) == 0
    assert shipping_cents("express", 50000) == 1490
    with pytest.raises(BillingError) as error:
        shipping_cents("drone", 100)
    assert error.value.code == "unknown_shipping"


def test_merge_lines_adds_up_duplicates_in_first_order():
    merged = merge_lines([("PPR-A4", 2), ("PEN-BLU", 1), ("PPR-A4", 3)])
    assert list(merged.items()) == [("PPR-A4", 5), ("PEN-BLU", 1)]


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([], "empty_cart"),
        ([("PEN-BLU", 1)] * (MAX_LINES + 1), "too_many_lines"),
        ([("PEN-BLU", 0)], "invalid_quantity"),
        ([("PEN-BLU", -3)], "invalid_quantity"),
        ([("PEN-BLU", 1001)], "invalid_quantity"),
        ([("PEN-BLU", 600), ("PEN-BLU", 401)], "invalid_quantity"),
    ],
)
def test_merge_lines_limits(lines, code):
    with pytest.raises(BillingError) as error:
        merge_lines(lines)
    assert error.value.code == code


def test_merge_lines_accepts_the_limits():
    assert merge_lines([("PEN-BLU", 1000)]) == {"PEN-BLU": 1000}
    assert len(merge_lines([("PEN-BLU", 1)] * MAX_LINES)) == 1
