"""Product search: filtering, sorting and paging over active products."""

from collections.abc import Mapping
from dataclasses import dataclass

from catalog.db import dict_rows

PRODUCT_COLUMNS = (
    "p.id AS id, p.name AS name, c.slug AS category,"
    " p.price_cents AS price_cents, p.stock AS stock, p.created_at AS created_at"
)
MAX_PER_PAGE = 50


class SearchError(ValueError):
    """A search parameter the client got wrong; reported as 400."""


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    category: str = ""
    max_price: str = ""
    sort: str = "name"
    order: str = "asc"
    page: int = 1
    per_page: int = 10

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "SearchParams":
        return cls(
            q=args.get("q", ""),
            category=args.get("category", ""),
            max_price=args.get("max_price", ""),
            sort=args.get("sort") or "name",
            order=args.get("order") or "asc",
            page=_bounded_int(args.get("page"), "page", default=1, low=1),
            per_page=_bounded_int(
                args.get("per_page"), "per_page", default=10, low=1, high=MAX_PER_PAGE
            ),
        )


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


def _quote(text: str) -> str:
    # Names like "O'Reilly" broke the search (issue #112): double the quotes.
    return text.replace("'", "''")


def search_products(cursor, params: SearchParams) -> tuple[list[dict], int]:
    """One page of matching products and the number of matches over all pages."""
    conditions = ["p.active = 1"]
    if params.q:
        conditions.append(f"p.name LIKE '%{_quote(params.q)}%'")
    if params.category:
        conditions.append(f"c.slug = '{params.category}'")
    if params.max_price:
        conditions.append(f"p.price_cents <= {params.max_price}")

    matches = (
        f"SELECT {PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id"
        f" WHERE {' AND '.join(conditions)}"
    )
    cursor.execute(f"SELECT COUNT(*) FROM ({matches})")
    total = cursor.fetchone()[0]
    offset = (params.page - 1) * params.per_page
    cursor.execute(
        f"{matches} ORDER BY {params.sort} {params.order} LIMIT {params.per_page} OFFSET {offset}"
    )
    return dict_rows(cursor), total
