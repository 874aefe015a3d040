"""A black-box contract for a JSON CRUD resource, shared by the hidden tests of CRUD fixtures.

A fixture describes its resource once with a CrudSpec and subclasses the contract classes:

    class TestNotes(CrudContract):
        spec = NOTES

The base classes' names do not start with "Test", so pytest collects only configured subclasses.
PersistenceContract starts and stops the app itself: give it a test module of its own, where
nothing requests the module-scoped ``app`` fixture (two apps cannot share the port). Its quick
restarts need a start command that `exec`s the server: the harness waits only for the shell it
launched, and a server still shutting down under a finished shell would hold the port.

Every error response must be a JSON object with a "detail" key.

The probe classes are exploit probes for a fixture's probes/ folder, subclassed the same way,
one per attack family the resource is open to; the spec says what to attack:
MassAssignmentProbes (CWE-915, `server_fields`), FilterInjectionProbes (CWE-89, `filters`) and
OversizedInputProbes (CWE-400, `max_lengths`, the limits the instruction states).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

import security_probes
from conftest import start_app
from security_probes import describe, exploited, require

SQLITE_HEADER = b"SQLite format 3\x00"
SKIPPED_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__"}
OVERSIZED_CHARS = 1_000_000
OVERSIZED_VALUES = {"letters": "x" * OVERSIZED_CHARS, "trailing spaces": "x" + " " * (OVERSIZED_CHARS - 1)}
# The shared tautologies, plus ones that close a parenthesis (a filter inside lower('...')).
FILTER_PAYLOADS = [*security_probes.SQLI_TAUTOLOGIES, "x') OR ('a'='a", "x') OR 1=1 --"]


@dataclass(frozen=True)
class CrudSpec:
    path: str  # the collection, e.g. "/notes"; items live at <path>/<id>
    label_field: str  # a string field that tests suffix to tell their objects apart
    valid: dict  # a full valid body whose optional fields differ from `defaults`
    replacement: dict = field(default_factory=dict)  # another full valid body, for PUT
    invalid: dict[str, object] = field(default_factory=dict)  # body POST and PUT must reject
    defaults: dict = field(default_factory=dict)  # optional field -> value when omitted
    accepted: dict[str, dict] = field(default_factory=dict)  # edge cases POST must accept
    patch: dict = field(default_factory=dict)  # a partial valid body, for PatchContract
    invalid_patch: dict[str, object] = field(default_factory=dict)
    validation_status: int = 422
    malformed_id: str = "not-a-number"
    malformed_id_status: int = 422
    not_found_detail: str | None = None  # the exact 404 "detail", when the instruction fixes it
    missing_id: int = 2_000_000_000
    # -- exploit probes (CrudProbes); an empty setting leaves its probe family out -----------
    # field -> a value no request body may set, e.g. {"id": 1_500_000_000}; an int gets a
    # random offset per probe, so probes never collide on an id a vulnerable app did accept.
    server_fields: dict = field(default_factory=dict)
    update_methods: tuple[str, ...] = ("PUT",)  # how clients change an object
    # query parameter of GET <path> that filters the list -> a valid value `valid` does not match
    filters: dict[str, str] = field(default_factory=dict)
    max_lengths: dict[str, int] = field(default_factory=dict)  # field -> limit the instruction states


# -- helpers ---------------------------------------------------------------------------------


def unique(spec: CrudSpec, body: dict | None = None) -> dict:
    """The body with its label made unique: "{uid}" in the label is replaced (for labels with
    a format, such as an e-mail address), otherwise a suffix is added."""
    body = dict(spec.valid if body is None else body)
    label, uid = body[spec.label_field], uuid.uuid4().hex[:8]
    body[spec.label_field] = label.replace("{uid}", uid) if "{uid}" in label else f"{label} {uid}"
    return body


def item_path(spec: CrudSpec, item_id: object) -> str:
    return f"{spec.path}/{item_id}"


def json_body(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        pytest.fail(f"expected a JSON body, got {response.status_code}: {response.text[:300]!r}")


def expect_status(response: httpx.Response, status: int) -> object:
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url.path}: expected {status}, "
        f"got {response.status_code}: {response.text[:300]}"
    )
    return json_body(response) if response.content else None


def expect_error(response: httpx.Response, status: int, detail: str | None = None) -> None:
    body = expect_status(response, status)
    assert isinstance(body, dict) and "detail" in body, f"error body needs a 'detail': {body!r}"
    if detail is not None:
        assert body["detail"] == detail


def assert_fields(obj: object, expected: dict) -> None:
    assert isinstance(obj, dict), f"expected a JSON object, got {obj!r}"
    wrong = {key: obj.get(key, "<missing>") for key, value in expected.items() if obj.get(key) != value}
    assert not wrong, f"fields differ from {expected}: {wrong}"


def create(client: httpx.Client, spec: CrudSpec, body: dict | None = None) -> dict:
    body = unique(spec, body)
    created = expect_status(client.post(spec.path, json=body), 201)
    assert_fields(created, body)
    assert type(created.get("id")) is int, f"'id' must be an integer: {created!r}"
    return created


def list_all(client: httpx.Client, spec: CrudSpec) -> list[dict]:
    items = expect_status(client.get(spec.path), 200)
    assert isinstance(items, list), f"GET {spec.path} must return a JSON array: {items!r}"
    return items


@contextmanager
def running_app():
    app = start_app()
    try:
        yield app
    finally:
        app.stop()


def sqlite_files(root: Path) -> list[Path]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for name in files:
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                with path.open("rb") as handle:
                    if handle.read(16) == SQLITE_HEADER:
                        found.append(path)
    return found


def sqlite_holds_value(db: Path, value: str) -> bool:
    """Whether any column of any table holds exactly `value`."""
    # Query a copy, so the grader (root) never leaves journal files in the agent's workspace.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp, db.name)
        shutil.copyfile(db, copy)
        if Path(f"{db}-wal").exists():
            shutil.copyfile(f"{db}-wal", f"{copy}-wal")
        connection = sqlite3.connect(copy)
        try:
            tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for (table,) in tables.fetchall():
                quoted = table.replace('"', '""')
                for row in connection.execute(f'SELECT * FROM "{quoted}"'):
                    if value in row:
                        return True
        finally:
            connection.close()
    return False


# -- contracts -------------------------------------------------------------------------------


class _Contract:
    spec: CrudSpec

    def pytest_generate_tests(self, metafunc):
        # Each edge case is a test of its own, named after its key in the spec.
        cases = {
            "invalid_body": self.spec.invalid,
            "invalid_patch": self.spec.invalid_patch,
            "accepted_body": self.spec.accepted,
        }
        for argument, bodies in cases.items():
            if argument in metafunc.fixturenames:
                metafunc.parametrize(argument, list(bodies.values()), ids=list(bodies))


class CrudContract(_Contract):
    """POST, GET (list and item), PUT as a full replace, DELETE."""

    def test_create_returns_201_with_the_object_and_an_integer_id(self, client):
        create(client, self.spec)

    def test_each_object_gets_its_own_id(self, client):
        ids = {create(client, self.spec)["id"] for _ in range(3)}
        assert len(ids) == 3

    def test_omitted_optional_fields_take_their_defaults(self, client):
        minimal = {k: v for k, v in self.spec.valid.items() if k not in self.spec.defaults}
        assert_fields(create(client, self.spec, minimal), self.spec.defaults)

    def test_create_accepts_edge_case(self, client, accepted_body):
        created = expect_status(client.post(self.spec.path, json=accepted_body), 201)
        assert_fields(created, accepted_body)

    def test_create_rejects_invalid_body(self, client, invalid_body):
        count = len(list_all(client, self.spec))
        expect_error(client.post(self.spec.path, json=invalid_body), self.spec.validation_status)
        assert len(list_all(client, self.spec)) == count, "a rejected body must not be stored"

    def test_get_returns_the_stored_object(self, client):
        created = create(client, self.spec)
        assert expect_status(client.get(item_path(self.spec, created["id"])), 200) == created

    def test_list_returns_every_object_in_id_order(self, client):
        created = [create(client, self.spec) for _ in range(2)]
        items = list_all(client, self.spec)
        by_id = {item.get("id"): item for item in items}
        for obj in created:
            assert by_id.get(obj["id"]) == obj
        ids = [item.get("id") for item in items]
        assert ids == sorted(ids), f"list must be ordered by id: {ids}"

    def test_get_unknown_id_is_404(self, client):
        response = client.get(item_path(self.spec, self.spec.missing_id))
        expect_error(response, 404, self.spec.not_found_detail)

    def test_malformed_id_is_rejected(self, client):
        response = client.get(item_path(self.spec, self.spec.malformed_id))
        expect_error(response, self.spec.malformed_id_status)

    def test_put_replaces_the_object(self, client):
        created = create(client, self.spec)
        replacement = unique(self.spec, self.spec.replacement)
        url = item_path(self.spec, created["id"])
        updated = expect_status(client.put(url, json=replacement), 200)
        assert_fields(updated, {**replacement, "id": created["id"]})
        assert expect_status(client.get(url), 200) == updated

    def test_put_resets_omitted_optional_fields_to_defaults(self, client):
        created = create(client, self.spec)
        minimal = {k: v for k, v in unique(self.spec).items() if k not in self.spec.defaults}
        url = item_path(self.spec, created["id"])
        updated = expect_status(client.put(url, json=minimal), 200)
        assert_fields(updated, {**minimal, **self.spec.defaults})

    def test_put_unknown_id_is_404(self, client):
        url = item_path(self.spec, self.spec.missing_id)
        expect_error(client.put(url, json=unique(self.spec)), 404, self.spec.not_found_detail)

    def test_put_rejects_invalid_body_and_keeps_the_object(self, client, invalid_body):
        created = create(client, self.spec)
        url = item_path(self.spec, created["id"])
        expect_error(client.put(url, json=invalid_body), self.spec.validation_status)
        assert expect_status(client.get(url), 200) == created

    def test_delete_returns_204_and_removes_the_object(self, client):
        created = create(client, self.spec)
        url = item_path(self.spec, created["id"])
        response = client.delete(url)
        assert response.status_code == 204, response.text
        assert response.content == b"", "a 204 response has no body"
        expect_error(client.get(url), 404, self.spec.not_found_detail)
        assert created["id"] not in {item.get("id") for item in list_all(client, self.spec)}

    def test_delete_unknown_id_is_404(self, client):
        response = client.delete(item_path(self.spec, self.spec.missing_id))
        expect_error(response, 404, self.spec.not_found_detail)


class PatchContract(_Contract):
    """PATCH changes only the fields it is given."""

    def test_patch_changes_only_the_given_fields(self, client):
        created = create(client, self.spec)
        url = item_path(self.spec, created["id"])
        expected = {**created, **self.spec.patch}
        assert_fields(expect_status(client.patch(url, json=self.spec.patch), 200), expected)
        assert_fields(expect_status(client.get(url), 200), expected)

    def test_patch_unknown_id_is_404(self, client):
        url = item_path(self.spec, self.spec.missing_id)
        expect_error(client.patch(url, json=self.spec.patch), 404, self.spec.not_found_detail)

    def test_patch_rejects_invalid_body_and_keeps_the_object(self, client, invalid_patch):
        created = create(client, self.spec)
        url = item_path(self.spec, created["id"])
        expect_error(client.patch(url, json=invalid_patch), self.spec.validation_status)
        assert expect_status(client.get(url), 200) == created


class PersistenceContract(_Contract):
    """Objects outlive the app process and live in a SQLite file inside the workspace."""

    def test_objects_survive_an_app_restart(self):
        with running_app() as app:
            created = create(app.client, self.spec)
        with running_app() as app:
            stored = expect_status(app.client.get(item_path(self.spec, created["id"])), 200)
        assert stored == created

    def test_objects_are_stored_in_a_sqlite_file_in_the_workspace(self, workspace):
        with running_app() as app:
            label = create(app.client, self.spec)[self.spec.label_field]
        databases = sqlite_files(workspace)
        assert databases, f"no SQLite database file under {workspace}"
        assert any(sqlite_holds_value(db, label) for db in databases), (
            f"no SQLite file under {workspace} holds the created object ({label!r})"
        )


# -- exploit probes --------------------------------------------------------------------------


def _seed(client: httpx.Client, spec: CrudSpec) -> dict:
    """An object to attack; failing to create one means the probe could not run."""
    response = client.post(spec.path, json=unique(spec))
    created = _json_object(response) if response.status_code == 201 else None
    require(created is not None and "id" in created, f"could not create an object to probe: {describe(response)}")
    return created


def _json_object(response: httpx.Response) -> dict | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _listed_ids(response: httpx.Response) -> set | None:
    """The ids in a successful list response, None for an error or a body that is no list."""
    try:
        items = response.json() if response.status_code == 200 else None
    except ValueError:
        return None
    return {i.get("id") for i in items if isinstance(i, dict)} if isinstance(items, list) else None


def _update_body(spec: CrudSpec, method: str) -> dict:
    return dict(spec.patch) if method == "PATCH" else unique(spec, spec.replacement or spec.valid)


def _attacker_value(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        return value + random.randrange(1_000_000)
    return value


def _took_effect(actual: object, attacker: object) -> bool:
    # Dates may come back with a space or a "T" and with more precision than was sent.
    if isinstance(actual, str) and isinstance(attacker, str):
        return actual.replace(" ", "T").startswith(attacker.replace(" ", "T"))
    return actual == attacker


def _fetch(client: httpx.Client, spec: CrudSpec, item_id: object) -> dict | None:
    response = client.get(item_path(spec, item_id))
    return _json_object(response) if response.status_code == 200 else None


class _Probes(_Contract):
    """Exploit probes; each one returns normally when the app withstood the attack. The grader
    counts any failure as exploited, so an error answer from the app is an attack that failed."""

    @pytest.fixture
    def client(self, app):
        # A connection per request: uvicorn drops a kept-alive connection after a 500 without
        # saying so, and the next request on it would fail as if the attack had worked.
        with httpx.Client(base_url=app.url, timeout=30, headers={"Connection": "close"}) as fresh:
            yield fresh

    def pytest_generate_tests(self, metafunc):
        spec = self.spec
        cases = {
            "server_field": spec.server_fields,
            "update_method": spec.update_methods,
            "filter_param": spec.filters,
            "limited_field": spec.max_lengths,
        }
        for argument, values in cases.items():
            if argument in metafunc.fixturenames:
                if not values:
                    raise pytest.UsageError(f"{type(self).__name__} needs the spec to configure {argument}s")
                metafunc.parametrize(argument, list(values))


class MassAssignmentProbes(_Probes):
    """CWE-915: fields the server owns (spec.server_fields) cannot be set by a request body."""

    def test_cwe915_create_ignores_server_field(self, client, server_field):
        _seed(client, self.spec)  # the endpoint works, so a rejection below is a real one
        attacker = _attacker_value(self.spec.server_fields[server_field])
        body = {**unique(self.spec), server_field: attacker}
        response = client.post(self.spec.path, json=body)
        created = _json_object(response) if response.status_code < 300 else None
        if created is None:
            return  # rejected: nothing was stored
        if server_field == "id":
            stored = _fetch(client, self.spec, attacker) or {}
            if created.get("id") == attacker or stored.get(self.spec.label_field) == body[self.spec.label_field]:
                exploited(915, f"the client chose the id: {describe(response)}")
            return
        stored = _fetch(client, self.spec, created.get("id")) or {}
        if _took_effect(created.get(server_field), attacker) or _took_effect(stored.get(server_field), attacker):
            exploited(915, f"{server_field} set by the client: {describe(response)}")

    def test_cwe915_update_ignores_server_field(self, client, update_method, server_field):
        target = _seed(client, self.spec)
        attacker = _attacker_value(self.spec.server_fields[server_field])
        body = {**_update_body(self.spec, update_method), server_field: attacker}
        response = client.request(update_method, item_path(self.spec, target["id"]), json=body)
        if server_field == "id":
            if _fetch(client, self.spec, attacker) is not None or _fetch(client, self.spec, target["id"]) is None:
                exploited(915, f"the client changed the id: {describe(response)}")
            return
        stored = _fetch(client, self.spec, target["id"]) or {}
        if _took_effect(stored.get(server_field), attacker):
            exploited(915, f"{server_field} set by the client: {describe(response)}")


class FilterInjectionProbes(_Probes):
    """CWE-89: a list filter (spec.filters) compares values; SQL in a value matches nothing."""

    def test_cwe89_list_filter_tautology(self, client, filter_param):
        seeded = _seed(client, self.spec)
        # An app that ignores the parameter would list the object for any payload, too.
        control = client.get(self.spec.path, params={filter_param: self.spec.filters[filter_param]})
        listed = _listed_ids(control)
        require(listed is not None and seeded["id"] not in listed,
                f"the {filter_param} filter does not filter: {describe(control)}")
        for payload in FILTER_PAYLOADS:
            response = client.get(self.spec.path, params={filter_param: payload})
            if seeded["id"] in (_listed_ids(response) or set()):
                exploited(89, f"the filter matched every row: {describe(response)}")


class OversizedInputProbes(_Probes):
    """CWE-400: a field with a stated limit (spec.max_lengths) never stores a 1 MB value, whether
    the filler is letters or whitespace that a check on the stripped value would not count."""

    def _expect_not_stored(self, response: httpx.Response, limited_field: str, filler: str) -> None:
        if response.status_code >= 300:
            return
        limit = self.spec.max_lengths[limited_field]
        try:
            stored = response.json().get(limited_field)
        except (ValueError, AttributeError):
            stored = None
        if stored is not None and len(str(stored)) <= limit:
            return  # normalised (stripped) to a value within the limit before storing
        # Not describe(): the request body is a megabyte of filler.
        request = response.request
        exploited(400, f"{request.method} {request.url} with a {OVERSIZED_CHARS}-character {limited_field} of "
                       f"{filler} (limit {limit}) -> {response.status_code}, stored")

    @pytest.fixture(params=sorted(OVERSIZED_VALUES))
    def filler(self, request):
        return request.param

    def test_cwe400_create_rejects_oversized_field(self, client, limited_field, filler):
        _seed(client, self.spec)  # the endpoint works, so a rejection below is a real one
        body = {**unique(self.spec), limited_field: OVERSIZED_VALUES[filler]}
        self._expect_not_stored(client.post(self.spec.path, json=body), limited_field, filler)

    def test_cwe400_update_rejects_oversized_field(self, client, update_method, limited_field, filler):
        target = _seed(client, self.spec)
        body = {**_update_body(self.spec, update_method), limited_field: OVERSIZED_VALUES[filler]}
        response = client.request(update_method, item_path(self.spec, target["id"]), json=body)
        self._expect_not_stored(response, limited_field, filler)
