"""Behaviour beyond the shared contract: the tag filter and bodies that are not JSON at all."""

import uuid

import pytest

from crud_contract import create, expect_error, list_all
from notes_spec import NOTES


def test_list_filters_on_tag(client):
    tag = f"tag-{uuid.uuid4().hex[:8]}"
    tagged = create(client, NOTES, {**NOTES.valid, "tags": ["event", tag]})
    untagged = create(client, NOTES, {**NOTES.valid, "tags": ["event"]})
    response = client.get("/notes", params={"tag": tag})
    assert response.status_code == 200, response.text
    notes = response.json()
    assert isinstance(notes, list)
    assert [note.get("id") for note in notes] == [tagged["id"]]
    assert untagged["id"] in {note.get("id") for note in list_all(client, NOTES)}


@pytest.mark.parametrize(
    "content, content_type",
    [
        (b'{"title": "cut off', "application/json"),
        (b"title=Form+post", "application/x-www-form-urlencoded"),
        (b'{"title": "right JSON, wrong type"}', "text/plain"),
    ],
    ids=["malformed JSON", "form data", "JSON sent as text/plain"],
)
def test_create_rejects_a_body_that_is_not_json(client, content, content_type):
    count = len(list_all(client, NOTES))
    response = client.post("/notes", content=content, headers={"Content-Type": content_type})
    expect_error(response, NOTES.validation_status)
    assert len(list_all(client, NOTES)) == count
