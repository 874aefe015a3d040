"""Accounts: registration, login and the current user. Not written yet."""

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


def health(request):
    return JsonResponse({"status": "ok"})


def _not_implemented():
    return JsonResponse({"error": "not implemented"}, status=501)


# TODO: POST /register, POST /login, POST /logout, GET /me and GET /admin/users.
@csrf_exempt
def register(request):
    return _not_implemented()


@csrf_exempt
def login(request):
    return _not_implemented()


def me(request):
    return _not_implemented()
