"""Amounts are whole cents; percentages are rounded half up to the cent."""

from decimal import ROUND_HALF_UP, Decimal


def percent_of(cents: int, percent: Decimal | int | str) -> int:
    share = Decimal(cents) * Decimal(percent) / 100
    return int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))
