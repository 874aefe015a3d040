"""The note resource of this fixture, as the shared CRUD contract sees it."""

from crud_contract import CrudSpec

NOTES = CrudSpec(
    path="/notes",
    label_field="title",
    valid={
        "title": "Book the venue",
        "body": "Ask about the projector.",
        "tags": ["event", "calls"],
        "done": True,
    },
    replacement={"title": "Venue booked", "body": "Confirmed by phone.", "tags": ["event"], "done": False},
    defaults={"body": "", "tags": [], "done": False},
    accepted={
        "title of 200 characters": {"title": "v" * 200},
        "non-ascii text": {"title": "Réunion ✓", "body": "Prüfen", "tags": ["équipe"]},
        "explicit defaults": {"title": "plain", "body": "", "tags": [], "done": False},
    },
    invalid={
        "missing title": {"body": "no title", "done": False},
        "empty title": {"title": ""},
        "blank title": {"title": " \t "},
        "title of 201 characters": {"title": "v" * 201},
        "title not a string": {"title": 7},
        "title null": {"title": None},
        "body not a string": {"title": "ok", "body": ["x"]},
        "body null": {"title": "ok", "body": None},
        "tags not an array": {"title": "ok", "tags": "event"},
        "tags not strings": {"title": "ok", "tags": ["a", 3]},
        "done as a string": {"title": "ok", "done": "false"},
        "done as a number": {"title": "ok", "done": 0},
        "string instead of object": "a note",
        "no body": None,
    },
    patch={"title": "Venue: second choice", "done": False},
    invalid_patch={
        "empty title": {"title": ""},
        "blank title": {"title": "   "},
        "title null": {"title": None},
        "title of 201 characters": {"title": "v" * 201},
        "done as a number": {"done": 1},
        "tags not strings": {"tags": [None]},
        "array instead of object": [],
    },
    validation_status=400,
    malformed_id="abc",
    malformed_id_status=404,
    not_found_detail="Note not found",
)
