"""Accounts: registration, login, logout, the current user and the admin listing."""

import json
from functools import wraps

from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from app import validation
from app.models import User

PUBLIC_FIELDS = ("id", "username", "email", "role")
# Checked against when a login names no account: Django then still runs the hasher once, so
# that answer takes as long as a wrong password.
NO_ACCOUNT = make_password(None)


def error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def public(user: User) -> dict:
    """What the API shows of an account: never the password hash."""
    return {field: getattr(user, field) for field in PUBLIC_FIELDS}


def _json(request):
    """The parsed body, or None when it is not JSON. Too large a body raises first."""
    try:
        return json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return None


def json_view(view):
    """Views that read a body: 413 for one beyond the limit, before it is parsed."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except RequestDataTooBig:
            return error(413, "request body too large")
    return wrapper


def health(request):
    return JsonResponse({"status": "ok"})


@csrf_exempt
@require_POST
@json_view
def register(request):
    try:
        username, email, password = validation.registration(_json(request))
    except validation.Invalid as err:
        return error(422, str(err))
    if User.objects.filter(username=username).exists() or User.objects.filter(email=email).exists():
        return error(409, "username or email already registered")
    try:
        # The role never comes from the request.
        user = User.objects.create(username=username, email=email, password_hash=make_password(password),
                                   role="user")
    except IntegrityError:  # a concurrent registration took it first
        return error(409, "username or email already registered")
    return JsonResponse(public(user), status=201)


@csrf_exempt
@require_POST
@json_view
def login(request):
    try:
        username, password = validation.credentials(_json(request))
    except validation.Invalid as err:
        return error(422, str(err))
    user = User.objects.filter(username=username).first() if len(password) <= validation.MAX_PASSWORD else None
    if not check_password(password, user.password_hash if user else NO_ACCOUNT) or user is None:
        return error(401, "invalid username or password")
    request.session.flush()  # a fresh session at login: nothing from before carries over
    request.session["user_id"] = user.id
    return JsonResponse(public(user))


@csrf_exempt
@require_POST
def logout(request):
    request.session.flush()
    return HttpResponse(status=204)


def _current_user(request) -> User | None:
    user_id = request.session.get("user_id")
    return User.objects.filter(pk=user_id).first() if isinstance(user_id, int) else None


@require_GET
def me(request):
    user = _current_user(request)
    return JsonResponse(public(user)) if user else error(401, "authentication required")


@require_GET
def list_users(request):
    user = _current_user(request)
    if user is None:
        return error(401, "authentication required")
    if user.role != "admin":
        return error(403, "admins only")
    return JsonResponse([public(u) for u in User.objects.order_by("id")], safe=False)
