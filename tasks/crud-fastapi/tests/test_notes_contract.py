"""The notes CRUD API against the shared contract."""

from crud_contract import CrudContract, PatchContract
from notes_spec import NOTES


class TestNotesCrud(CrudContract):
    spec = NOTES


class TestNotesPatch(PatchContract):
    spec = NOTES
