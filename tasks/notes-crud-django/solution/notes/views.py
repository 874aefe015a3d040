"""The notes endpoints, as plain Django views returning JSON."""

import json

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from notes.models import Note
from notes.validation import Invalid, partial_note, whole_note

NOT_FOUND = {"detail": "Note not found"}


def health(request):
    return JsonResponse({"status": "ok"})


def _body(request):
    try:
        return json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        raise Invalid("the body must be JSON") from None


def _invalid(error: Invalid) -> JsonResponse:
    return JsonResponse({"detail": str(error)}, status=422)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def collection(request):
    if request.method == "POST":
        try:
            fields = whole_note(_body(request))
        except Invalid as error:
            return _invalid(error)
        return JsonResponse(Note.objects.create(**fields).as_json(), status=201)
    notes = Note.objects.order_by("id")
    done = request.GET.get("done")
    if done is not None:
        if done not in ("true", "false"):
            return JsonResponse({"detail": "done must be true or false"}, status=422)
        notes = notes.filter(done=done == "true")
    return JsonResponse([note.as_json() for note in notes], safe=False)


@csrf_exempt
@require_http_methods(["GET", "PUT", "PATCH", "DELETE"])
def item(request, note_id: str):
    if not note_id.isdigit() or not note_id.isascii():
        return JsonResponse({"detail": "id must be an integer"}, status=422)
    note = Note.objects.filter(pk=int(note_id)).first() if len(note_id) < 19 else None
    if note is None:
        return JsonResponse(NOT_FOUND, status=404)
    if request.method == "GET":
        return JsonResponse(note.as_json())
    if request.method == "DELETE":
        note.delete()
        return HttpResponse(status=204)
    try:
        body = _body(request)
        fields = whole_note(body) if request.method == "PUT" else partial_note(body)
    except Invalid as error:
        return _invalid(error)
    for name, value in fields.items():
        setattr(note, name, value)
    note.save()
    return JsonResponse(note.as_json())
