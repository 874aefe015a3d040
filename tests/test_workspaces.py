import pytest
import yaml

from bdbench.fixtures import FixtureError, files_under, load_fixture, load_fixtures
from bdbench.workspaces import PatchError, materialize, variant_patch
from conftest import REPO, valid_task_yaml, write_fixture


def _with_variant(tasks_dir, tmp_path, flags=("security",), **grading):
    """A fixture whose variant rewrites app.py, adds a file and deletes the agent's test."""
    spec = valid_task_yaml(grading={"security": {"static": True}, **grading})
    root = write_fixture(tasks_dir, spec)
    (root / "probes").mkdir()
    (root / "probes" / "test_cwe89.py").write_text("def test_cwe89_x(client):\n    assert client\n")
    (root / "solution" / "tests").mkdir()
    (root / "solution" / "tests" / "test_mine.py").write_text("def test_mine():\n    assert 1\n")
    edited = materialize(load_fixture(root), tmp_path / "edited")
    (edited / "app.py").write_text("# injectable\n")
    (edited / "queries.sql").write_text("select 1;\n")
    (edited / "tests" / "test_mine.py").unlink()
    patch = variant_patch(load_fixture(root), edited)
    (root / "variants").mkdir()
    (root / "variants" / "injectable.patch").write_bytes(patch)
    (root / "variants" / "injectable.yaml").write_text(yaml.safe_dump({"description": "formats SQL",
                                                                       "flags": list(flags)}))
    return root


def test_materialize_reference_and_variant(tasks_dir, tmp_path):
    fixture = load_fixture(_with_variant(tasks_dir, tmp_path))
    reference = materialize(fixture, tmp_path / "ref")
    assert (reference / "app.py").read_text() == "# reference solution\n"
    assert (reference / "tests" / "test_mine.py").exists()
    variant = materialize(fixture, tmp_path / "bad", "injectable")
    assert (variant / "app.py").read_text() == "# injectable\n"
    assert (variant / "queries.sql").read_text() == "select 1;\n"
    assert not (variant / "tests" / "test_mine.py").exists()
    with pytest.raises(FileNotFoundError, match="no such variant"):
        materialize(fixture, tmp_path / "x", "missing")


def test_a_patch_that_no_longer_applies_names_its_file(tasks_dir, tmp_path):
    root = _with_variant(tasks_dir, tmp_path)
    (root / "solution" / "app.py").write_text("# the reference changed since\n")
    with pytest.raises(PatchError, match=r"injectable.patch: does not apply"):
        materialize(load_fixture(root), tmp_path / "bad", "injectable")


def test_a_variant_needs_both_its_files(tasks_dir, tmp_path):
    root = _with_variant(tasks_dir, tmp_path)
    (root / "variants" / "injectable.yaml").unlink()
    with pytest.raises(FixtureError, match=r"injectable.yaml: file is missing"):
        load_fixture(root)
    (root / "variants" / "notes.txt").write_text("stray")
    with pytest.raises(FixtureError, match=r"notes.txt: a variant is <name>.yaml and <name>.patch"):
        load_fixture(root)


def test_every_shipped_variant_applies_and_changes_the_reference(tmp_path):
    for fixture in load_fixtures(REPO / "tasks"):
        reference = files_under(materialize(fixture, tmp_path / fixture.id / "reference"))
        for name in fixture.variants():
            variant = files_under(materialize(fixture, tmp_path / fixture.id / name, name))
            changed = reference.keys() != variant.keys() or any(
                reference[rel].read_bytes() != variant[rel].read_bytes() for rel in reference)
            assert changed, f"{fixture.id}/{name}: the patch changes nothing"


def test_variant_flag_for_an_ungraded_criterion_is_rejected(tasks_dir, tmp_path):
    root = _with_variant(tasks_dir, tmp_path, flags=("latency",))
    with pytest.raises(FixtureError, match=r"injectable.yaml: field 'flags': 'latency' is not graded"):
        load_fixture(root)


def test_security_grading_needs_probes_and_an_app(tasks_dir):
    spec = valid_task_yaml(grading={"security": {"static": True}})
    root = write_fixture(tasks_dir, spec)
    with pytest.raises(FixtureError, match="probes: grading.security is set but there are no probes"):
        load_fixture(root)
    spec = valid_task_yaml("no-app", grading={"latency": {"simple": [{"path": "/"}]}})
    del spec["app"]
    with pytest.raises(FixtureError, match="field 'app': latency and security grading need an app"):
        load_fixture(write_fixture(tasks_dir, spec))


def test_a_refused_freeze_is_asked_again_then_given_up():
    import docker

    from bdbench import sandbox

    class Container:
        status = "running"

        def __init__(self, refusals):
            self.refusals, self.calls = refusals, 0

        def reload(self):
            pass

        def pause(self):
            self.calls += 1
            if self.calls <= self.refusals:
                raise docker.errors.APIError("OCI runtime pause failed: unable to freeze")
            self.status = "paused"

    flaky = Container(refusals=2)
    sandbox._pause(flaky, attempts=3)
    assert (flaky.calls, flaky.status) == (3, "paused")
    stuck = Container(refusals=10)
    with pytest.raises(docker.errors.APIError, match="unable to freeze"):
        sandbox._pause(stuck, attempts=2)
