"""VAT by region. Food has a reduced rate; everything else, shipping included, the standard one."""

from decimal import Decimal

from billing.errors import BillingError
from billing.money import percent_of

STANDARD_RATES = {"DE": Decimal(19), "FR": Decimal(20), "NL": Decimal(21)}
REDUCED_RATES = {"DE": Decimal(7), "FR": Decimal("5.5"), "NL": Decimal(9)}
REDUCED_CATEGORIES = {"food"}


def check_region(region: str) -> None:
    if region not in STANDARD_RATES:
        raise BillingError("unsupported_region", f"we do not ship to {region!r}")


def tax_rate(region: str, category: str | None = None) -> Decimal:
    check_region(region)
    if category in REDUCED_CATEGORIES:
        return REDUCED_RATES[region]
    return STANDARD_RATES[region]


def tax_cents(net_cents: int, region: str, category: str | None = None) -> int:
    return percent_of(net_cents, tax_rate(region, category))
