"""Product search over active products.

All six possible page queries (3 sort columns x 2 directions) are built once, at import time,
from this module's constants. A request only picks one of them by key and supplies values as
bound parameters; the optional filters are written as `(? IS NULL OR ...)` so the SQL text is
the same whether or not a filter is given.
"""

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import product as _cartesian

PRODUCT_COLUMNS = (
    "p.id AS id, p.name AS name, c.slug AS category,"
    " p.price_cents AS price_cents, p.stock AS stock, p.created_at AS created_at"
)
MAX_PER_PAGE = 50
_INT64_MAX = 2**63 - 1

_FILTERED = (
    "FROM products p JOIN categories c ON c.id = p.category_id"
    " WHERE p.active = 1"
    " AND (:q IS NULL OR instr(lower(p.name), lower(:q)) > 0)"
    " AND (:category IS NULL OR c.slug = :category)"
    " AND (:max_price IS NULL OR p.price_cents <= :max_price)"
)
_COUNT_SQL = "SELECT COUNT(*) " + _FILTERED
_PAGE_SQL = {
    (column, direction): (
        "SELECT " + PRODUCT_COLUMNS + " " + _FILTERED
        + " ORDER BY " + column + " " + direction.upper() + " LIMIT :limit OFFSET :offset"
    )
    for column, direction in _cartesian(("name", "price_cents", "created_at"), ("asc", "desc"))
}
_SORTS = frozenset(column for column, _ in _PAGE_SQL)
_ORDERS = frozenset(direction for _, direction in _PAGE_SQL)


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
        sort = args.get("sort") or "name"
        if sort not in _SORTS:
            raise SearchError("sort must be one of: " + ", ".join(sorted(_SORTS)))
        order = (args.get("order") or "asc").lower()
        if order not in _ORDERS:
            raise SearchError("order must be asc or desc")
        return cls(
            q=args.get("q", ""),
            category=args.get("category", ""),
            max_price=_cents(args.get("max_price")),
            sort=sort,
            order=order,
            page=_bounded_int(args.get("page"), "page", default=1, low=1),
            per_page=_bounded_int(args.get("per_page"), "per_page", default=10, low=1, high=MAX_PER_PAGE),
        )


def _cents(raw: str | None) -> int | None:
    if not raw:
        return None
    # str.isdigit() alone would let through other scripts' digits ("٣", "²").
    if not (raw.isascii() and raw.isdigit()):
        raise SearchError("max_price must be a whole number of cents")
    return min(int(raw), _INT64_MAX)


def _bounded_int(raw: str | None, name: str, *, default: int, low: int, high: int | None = None) -> int:
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


def search_products(db: sqlite3.Connection, params: SearchParams) -> tuple[list[dict], int]:
    """One page of matching products and the number of matches over all pages."""
    values = {
        "q": params.q or None,
        "category": params.category or None,
        "max_price": params.max_price,
    }
    total = db.execute(_COUNT_SQL, values).fetchone()[0]
    offset = min((params.page - 1) * params.per_page, _INT64_MAX)
    rows = db.execute(
        _PAGE_SQL[(params.sort, params.order)],
        {**values, "limit": params.per_page, "offset": offset},
    ).fetchall()
    return [dict(row) for row in rows], total
