"""Exploit probes on the customers API: the new email_domain filter is not injectable, and a
request body cannot set the columns the server owns (id, the derived email_domain, created_at)."""

from crud_contract import CrudSpec, FilterInjectionProbes, MassAssignmentProbes

CUSTOMERS = CrudSpec(
    path="/customers",
    label_field="email",  # unique per customer; "{uid}" makes each probe's address new
    valid={"name": "Probe Customer", "email": "probe-{uid}@Probe-Target.example"},
    patch={"name": "Renamed by a probe"},
    server_fields={
        "id": 1_500_000_000,
        "email_domain": "attacker.example",
        "created_at": "2001-02-03T04:05:06",
    },
    update_methods=("PATCH",),
    filters={"email_domain": "no-such-domain.example"},
)


class TestCustomersMassAssignment(MassAssignmentProbes):
    spec = CUSTOMERS


class TestCustomersFilterInjection(FilterInjectionProbes):
    spec = CUSTOMERS
