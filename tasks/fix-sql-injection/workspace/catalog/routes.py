"""HTTP endpoints."""

from flask import Blueprint, jsonify, request

from catalog.db import get_db
from catalog.search import PRODUCT_COLUMNS, SearchError, SearchParams, search_products

bp = Blueprint("catalog", __name__)


@bp.get("/health")
def health():
    return {"status": "ok"}


@bp.get("/categories")
def categories():
    rows = get_db().execute("SELECT slug, label FROM categories ORDER BY slug").fetchall()
    return jsonify([dict(row) for row in rows])


@bp.get("/products/<int:product_id>")
def product(product_id: int):
    row = (
        get_db()
        .execute(
            f"SELECT {PRODUCT_COLUMNS} FROM products p"
            " JOIN categories c ON c.id = p.category_id WHERE p.id = ?",
            (product_id,),
        )
        .fetchone()
    )
    if row is None:
        return {"error": "product not found"}, 404
    return dict(row)


@bp.get("/products/search")
def search():
    try:
        params = SearchParams.from_args(request.args)
    except SearchError as err:
        return {"error": str(err)}, 400
    items, total = search_products(get_db(), params)
    return {"items": items, "total": total, "page": params.page, "per_page": params.per_page}
