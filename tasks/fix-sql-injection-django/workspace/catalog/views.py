"""HTTP endpoints."""

from django.db import connection
from django.http import JsonResponse

from catalog.db import dict_rows
from catalog.search import PRODUCT_COLUMNS, SearchError, SearchParams, search_products


def health(request):
    return JsonResponse({"status": "ok"})


def categories(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT slug, label FROM categories ORDER BY slug")
        return JsonResponse(dict_rows(cursor), safe=False)


def product(request, product_id: int):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {PRODUCT_COLUMNS} FROM products p"
            " JOIN categories c ON c.id = p.category_id WHERE p.id = %s",
            [product_id],
        )
        rows = dict_rows(cursor)
    if not rows:
        return JsonResponse({"error": "product not found"}, status=404)
    return JsonResponse(rows[0])


def search(request):
    try:
        params = SearchParams.from_args(request.GET)
    except SearchError as err:
        return JsonResponse({"error": str(err)}, status=400)
    with connection.cursor() as cursor:
        items, total = search_products(cursor, params)
    return JsonResponse({"items": items, "total": total, "page": params.page, "per_page": params.per_page})
