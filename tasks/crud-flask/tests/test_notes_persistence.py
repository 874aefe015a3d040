"""Notes outlive the app process. A module of its own: these tests start the app themselves."""

from crud_contract import PersistenceContract
from notes_spec import NOTES


class TestNotesPersistence(PersistenceContract):
    spec = NOTES
