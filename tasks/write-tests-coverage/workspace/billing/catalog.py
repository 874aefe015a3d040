"""The products the shop sells."""

from dataclasses import dataclass

from billing.errors import BillingError


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    unit_cents: int
    category: str


PRODUCTS = {
    product.sku: product
    for product in [
        Product("PEN-BLU", "Ballpoint pen, blue", 120, "stationery"),
        Product("NTB-A5", "Notebook A5", 450, "stationery"),
        Product("PPR-A4", "Copy paper A4, 500 sheets", 699, "paper"),
        Product("TNR-BLK", "Toner cartridge, black", 8990, "supplies"),
        Product("CHR-ERG", "Ergonomic chair", 24900, "furniture"),
        Product("COF-1KG", "Coffee beans, 1 kg", 1899, "food"),
    ]
}


def find_product(sku: str) -> Product:
    try:
        return PRODUCTS[sku]
    except KeyError:
        raise BillingError("unknown_sku", f"no product with SKU {sku!r}") from None
