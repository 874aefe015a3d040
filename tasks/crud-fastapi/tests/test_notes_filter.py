"""GET /notes?done=true|false returns only the notes with that done flag."""

import pytest

from crud_contract import create
from notes_spec import NOTES


@pytest.mark.parametrize("wanted", [True, False])
def test_list_filters_on_done(client, wanted):
    matching = create(client, NOTES, {**NOTES.valid, "done": wanted})
    other = create(client, NOTES, {**NOTES.valid, "done": not wanted})
    response = client.get("/notes", params={"done": str(wanted).lower()})
    assert response.status_code == 200, response.text
    notes = response.json()
    assert isinstance(notes, list)
    ids = {note.get("id") for note in notes}
    assert matching["id"] in ids and other["id"] not in ids
    assert all(note.get("done") is wanted for note in notes)

