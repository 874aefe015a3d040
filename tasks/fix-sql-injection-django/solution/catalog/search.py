"""Product search: filtering, sorting and paging over active products.

Every client value reaches SQLite as a bound parameter (%s, Django's placeholder). Only the ORDER BY clause is built as
text, and only from the fixed SORT_COLUMNS / SORT_ORDERS tables below, never from input.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from catalog.db import dict_rows

PRODUCT_COLUMNS = (
    "p.id AS id, p.name AS name, c.slug AS category,"
    " p.price_cents AS price_cents, p.stock AS stock, p.created_at AS created_at"
)
SELECT_PRODUCTS = (
    "SELECT " + PRODUCT_COLUMNS + " FROM products p JOIN categories c ON c.id = p.category_id"
)
MAX_PER_PAGE = 50
SORT_COLUMNS = {"name": "name", "price_cents": "price_cents", "created_at": "created_at"}
SORT_ORDERS = {"asc": "ASC", "desc": "DESC"}
# Larger bounds than SQLite's integer range cannot be bound; they exclude nothing anyway.
SQLITE_MAX_INT = 2**63 - 1
DIGITS = re.compile(r"[0-9]+")


class SearchError(ValueError):
    """A search parameter the client got wrong; reported as 400."""


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    category: str = ""
    max_price: int | None = None
    sort: str = "name"
    order: str = "asc"
    page: int = 1
    per_page: int = 10

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "SearchParams":
        return cls(
            q=args.get("q", ""),
            category=args.get("category", ""),
            max_price=_max_price(args.get("max_price")),
            sort=_choice(args.get("sort") or "name", SORT_COLUMNS, "sort"),
            order=_choice((args.get("order") or "asc").lower(), SORT_ORDERS, "order"),
            page=_bounded_int(args.get("page"), "page", default=1, low=1),
            per_page=_bounded_int(
                args.get("per_page"), "per_page", default=10, low=1, high=MAX_PER_PAGE
            ),
        )


def _choice(raw: str, allowed: Mapping[str, str], name: str) -> str:
    if raw not in allowed:
        raise SearchError(f"{name} must be one of: {', '.join(allowed)}")
    return raw


def _max_price(raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    if not DIGITS.fullmatch(raw):
        raise SearchError("max_price must be a whole number of cents")
    return min(int(raw), SQLITE_MAX_INT)


def _bounded_int(raw: str | None, name: str, *, default: int, low: int, high: int | None = None):
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SearchError(f"{name} must be a whole number") from None
    if value < low or (high is not None and value > high):
        limit = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise SearchError(f"{name} must be {limit}")
    return value


def search_products(cursor, params: SearchParams) -> tuple[list[dict], int]:
    """One page of matching products and the number of matches over all pages."""
    conditions = ["p.active = 1"]
    values: list[object] = []
    if params.q:
        # The LIKE pattern is still built around q, so % and _ keep their old meaning.
        conditions.append("p.name LIKE %s")
        values.append(f"%{params.q}%")
    if params.category:
        conditions.append("c.slug = %s")
        values.append(params.category)
    if params.max_price is not None:
        conditions.append("p.price_cents <= %s")
        values.append(params.max_price)

    # The SQL text is joined from the fixed fragments of this module only.
    matches = " ".join([SELECT_PRODUCTS, "WHERE", " AND ".join(conditions)])
    cursor.execute(" ".join(["SELECT COUNT(*) FROM (", matches, ")"]), values)
    total = cursor.fetchone()[0]
    order_by = " ".join([SORT_COLUMNS[params.sort], SORT_ORDERS[params.order]])
    offset = (params.page - 1) * params.per_page
    page = " ".join([matches, "ORDER BY", order_by, "LIMIT %s OFFSET %s"])
    cursor.execute(page, [*values, params.per_page, offset])
    return dict_rows(cursor), total
