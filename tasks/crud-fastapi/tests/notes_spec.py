"""The note resource of this fixture, as the shared CRUD contract sees it."""

from crud_contract import CrudSpec

NOTES = CrudSpec(
    path="/notes",
    label_field="title",
    valid={
        "title": "Write the release notes",
        "body": "Mention the new export format.",
        "tags": ["work", "writing"],
        "done": True,
    },
    replacement={"title": "Release notes sent", "body": "Mailed to the list.", "tags": ["sent"], "done": False},
    defaults={"body": "", "tags": [], "done": False},
    accepted={
        "title of 200 characters": {"title": "t" * 200},
        "non-ascii text": {"title": "Café ☕ 日本", "body": "Grüße", "tags": ["ünï"]},
    },
    invalid={
        "missing title": {"body": "no title"},
        "empty title": {"title": ""},
        "blank title": {"title": "   "},
        "title of 201 characters": {"title": "t" * 201},
        "title not a string": {"title": 123},
        "title null": {"title": None},
        "body not a string": {"title": "ok", "body": 42},
        "body null": {"title": "ok", "body": None},
        "tags not an array": {"title": "ok", "tags": "a,b"},
        "tags not strings": {"title": "ok", "tags": [1, 2]},
        "done as a string": {"title": "ok", "done": "true"},
        "done as a number": {"title": "ok", "done": 1},
        "array instead of object": [{"title": "ok"}],
        "no body": None,
    },
    patch={"done": False, "tags": ["work", "urgent"]},
    invalid_patch={
        "empty title": {"title": ""},
        "blank title": {"title": "  "},
        "title null": {"title": None},
        "title of 201 characters": {"title": "t" * 201},
        "done as a string": {"done": "yes"},
        "tags not an array": {"tags": "urgent"},
        "array instead of object": [{"done": True}],
    },
    validation_status=422,
    malformed_id="abc",
    malformed_id_status=422,
    not_found_detail="Note not found",
)
