"""Exploit probes on the notes API: the client cannot choose ids, the done filter is not
injectable, and the 200-character title limit holds for 1 MB titles."""

from crud_contract import CrudSpec, FilterInjectionProbes, MassAssignmentProbes, OversizedInputProbes

NOTES = CrudSpec(
    path="/notes",
    label_field="title",
    # done=True and a tag, so a filter that matches every row also matches this one.
    valid={"title": "Probe target", "body": "seeded by a probe", "tags": ["probe"], "done": True},
    replacement={"title": "Probe replacement", "tags": ["probe"], "done": True},
    patch={"body": "patched by a probe"},
    server_fields={"id": 1_500_000_000},
    update_methods=("PUT", "PATCH"),
    filters={"done": "false"},
    max_lengths={"title": 200},
)


class TestNotesMassAssignment(MassAssignmentProbes):
    spec = NOTES


class TestNotesFilterInjection(FilterInjectionProbes):
    spec = NOTES


class TestNotesOversizedInput(OversizedInputProbes):
    spec = NOTES
