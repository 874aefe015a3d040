import pytest

from bdbench.fixtures import FixtureError, load_fixture, load_fixtures
from conftest import REPO, valid_task_yaml, write_fixture


def test_valid_fixture_loads_with_defaults(tasks_dir):
    fixture = load_fixture(write_fixture(tasks_dir, valid_task_yaml()))
    assert fixture.id == "hello-api"
    assert fixture.spec.app.port == 8000
    assert fixture.spec.grading.test_timeout == 180
    assert fixture.spec.grading.resolved_requires == []
    assert set(fixture.workspace_files()) == {"app.py"}
    assert set(fixture.test_files()) == {"test_hello.py"}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"difficulty": "trivial"}, "difficulty"),
        ({"app": {"start": "x", "port": "eighty"}}, "app.port"),
        ({"grading": {"test_timeout": -1}}, "grading.test_timeout"),
        ({"route": "Rails Expert"}, "route"),
        ({"surprise": 1}, "surprise"),
        ({"canary": "short"}, "canary"),
    ],
)
def test_malformed_field_gives_one_line_naming_file_and_field(tasks_dir, overrides, field):
    root = write_fixture(tasks_dir, valid_task_yaml(**overrides))
    with pytest.raises(FixtureError) as err:
        load_fixture(root)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(str(root / "task.yaml")) or "hello-api/task.yaml" in message
    assert f"field '{field}'" in message


def test_missing_required_field_is_named(tasks_dir):
    spec = valid_task_yaml()
    del spec["scenario"]
    with pytest.raises(FixtureError, match=r"task.yaml: field 'scenario': Field required"):
        load_fixture(write_fixture(tasks_dir, spec))


def test_invalid_yaml_names_file_and_line(tasks_dir):
    root = write_fixture(tasks_dir, {"id": "broken"})
    (root / "task.yaml").write_text("id: broken\ntitle: [unclosed\n")
    with pytest.raises(FixtureError, match=r"broken/task.yaml: line \d+"):
        load_fixture(root)


def test_id_must_match_folder(tasks_dir):
    root = write_fixture(tasks_dir, valid_task_yaml())
    root.rename(tasks_dir / "other-name")
    with pytest.raises(FixtureError, match="field 'id': 'hello-api' must match the folder name 'other-name'"):
        load_fixture(tasks_dir / "other-name")


def test_fixture_without_hidden_tests_is_rejected(tasks_dir):
    root = write_fixture(tasks_dir, valid_task_yaml(), with_tests=False)
    with pytest.raises(FixtureError, match="tests: no hidden tests"):
        load_fixture(root)


def test_duplicate_instructions_are_rejected(tasks_dir):
    write_fixture(tasks_dir, valid_task_yaml("task-a", instruction="Same words for two different tasks."))
    write_fixture(tasks_dir, valid_task_yaml("task-b", instruction="Same words for two different tasks."))
    with pytest.raises(FixtureError, match="field 'instruction': same text as task 'task-a'"):
        load_fixtures(tasks_dir)


def test_selection_by_glob_and_unknown_selection(tasks_dir):
    write_fixture(tasks_dir, valid_task_yaml("crud-one"))
    write_fixture(tasks_dir, valid_task_yaml("route-two"))
    assert [f.id for f in load_fixtures(tasks_dir, ["crud-*"])] == ["crud-one"]
    with pytest.raises(FixtureError, match="no task matches nothing-*"):
        load_fixtures(tasks_dir, ["nothing-*"])


def test_shipped_fixtures_all_validate():
    fixtures = load_fixtures(REPO / "tasks")
    assert len(fixtures) >= 8
    categories = {f.spec.category for f in fixtures}
    assert {"crud", "migration", "security", "routing"} <= categories
    for fixture in fixtures:
        # A routing case without hidden tests has no work to reference: keeping it or
        # delegating it is the whole answer.
        assert fixture.solution_files() or fixture.routing_only, f"{fixture.id} has no reference solution"
        assert fixture.spec.canary not in fixture.spec.instruction


def _routing_case(tasks_dir, **overrides):
    spec = valid_task_yaml("route-case", category="routing", criterion="Legacy system integration")
    spec.pop("app")
    spec.update(overrides)
    spec = {key: value for key, value in spec.items() if value is not None}
    root = write_fixture(tasks_dir, spec, with_tests=False)
    (root / "solution" / "app.py").unlink()
    return root


def test_a_routing_case_needs_no_tests_solution_or_app(tasks_dir):
    fixture = load_fixture(_routing_case(tasks_dir))
    assert fixture.routing_only and fixture.spec.routes == ("self",)
    assert fixture.spec.criteria == ("Legacy system integration",)


@pytest.mark.parametrize(("overrides", "message"), [
    ({"category": "crud"}, "tests: no hidden tests (only a routing case may have none)"),
    ({"app": {"start": "python app.py", "port": 8000}}, "field 'app': a routing case without hidden tests"),
    ({"criterion": None}, "field 'criterion': a routing case without hidden tests must cite"),
    ({"route": ["self", "rails-backend-expert"]}, "route: several acceptable agents need a 'rationale'"),
    ({"route": ["self", "self"]}, "field 'route': Value error, must be one agent or a list of distinct agents"),
    ({"route": ["self", "Rails"]}, "field 'route': Value error, must be lower-case kebab-case"),
])
def test_bad_routing_cases_name_the_file_and_field(tasks_dir, overrides, message):
    root = _routing_case(tasks_dir, **overrides)
    with pytest.raises(FixtureError) as err:
        load_fixture(root)
    assert "route-case/" in str(err.value) and message in str(err.value)


def test_a_conflicting_case_accepts_each_listed_route_with_its_reasoning(tasks_dir):
    root = _routing_case(tasks_dir, route=["self", "rails-backend-expert"],
                         rationale="Both bullets apply: the task is a migration, in a Rails app.")
    spec = load_fixture(root).spec
    assert spec.routes == ("self", "rails-backend-expert") and spec.route_label == "self|rails-backend-expert"


def _port(tasks_dir, shared_id="notes-api", **overrides):
    """A fixture with tests, probes and grading, and a port of it to another stack."""
    shared = write_fixture(tasks_dir, valid_task_yaml(shared_id, grading={
        "test_timeout": 90, "security": {"surfaces": {"requests": [{"method": "GET", "path": "/notes"}]}}}))
    (shared / "probes").mkdir()
    (shared / "probes" / "test_cwe89_probe.py").write_text("def test_probe(client):\n    pass\n")
    spec = valid_task_yaml("notes-api-node", stack="node", **{"tests_from": shared_id, **overrides},
                           app={"start": "node src/server.js", "port": 8000})
    port = write_fixture(tasks_dir, spec, with_tests=False)
    (port / "tests").rmdir()
    return shared, port


def test_a_port_takes_the_shared_fixtures_tests_probes_and_grading(tasks_dir):
    shared, port = _port(tasks_dir, grading={"test_timeout": 30})
    fixture = load_fixture(port)
    assert fixture.test_files() == load_fixture(shared).test_files() != {}
    assert list(fixture.probe_files()) == ["test_cwe89_probe.py"]
    assert fixture.spec.grading.security.surfaces.requests[0].path == "/notes"
    assert fixture.spec.grading.test_timeout == 30  # its own grading fields win
    assert fixture.spec.app.start == "node src/server.js" and fixture.solution_files()


@pytest.mark.parametrize("overrides,message", [
    ({"tests_from": "no-such-task"}, "field 'tests_from': no fixture 'no-such-task' beside this one"),
    ({"tests_from": "notes-api-node"}, "field 'tests_from': must name another fixture's folder"),
    ({"scenario": "other"}, "field 'scenario': 'other' differs from 'hello' of 'notes-api'"),
])
def test_a_bad_port_names_the_file_and_field(tasks_dir, overrides, message):
    _, port = _port(tasks_dir, **overrides)
    with pytest.raises(FixtureError, match="notes-api-node/task.yaml: " + message.replace("(", r"\(")):
        load_fixture(port)


def test_a_port_has_no_tests_of_its_own(tasks_dir):
    _, port = _port(tasks_dir)
    (port / "tests").mkdir()
    (port / "tests" / "test_own.py").write_text("def test_own():\n    pass\n")
    with pytest.raises(FixtureError, match="notes-api-node/tests: a task with tests_from uses the tests"):
        load_fixture(port)
