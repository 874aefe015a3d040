import pytest
import yaml

from bdbench.fixtures import FixtureError, load_fixture
from bdbench.workspaces import materialize
from conftest import valid_task_yaml, write_fixture


def _with_variant(tasks_dir, flags=("security",), **grading):
    spec = valid_task_yaml(grading={"security": {"static": True}, **grading})
    root = write_fixture(tasks_dir, spec)
    (root / "probes").mkdir()
    (root / "probes" / "test_cwe89.py").write_text("def test_cwe89_x(client):\n    assert client\n")
    (root / "solution" / "tests").mkdir()
    (root / "solution" / "tests" / "test_mine.py").write_text("def test_mine():\n    assert 1\n")
    variant = root / "variants" / "injectable"
    variant.mkdir(parents=True)
    (variant / "app.py").write_text("# injectable\n")
    (variant / "variant.yaml").write_text(yaml.safe_dump(
        {"description": "formats SQL", "remove": ["tests/test_mine.py"], "flags": list(flags)}))
    return root


def test_materialize_reference_and_variant(tasks_dir, tmp_path):
    fixture = load_fixture(_with_variant(tasks_dir))
    reference = materialize(fixture, tmp_path / "ref")
    assert (reference / "app.py").read_text() == "# reference solution\n"
    assert (reference / "tests" / "test_mine.py").exists()
    variant = materialize(fixture, tmp_path / "bad", "injectable")
    assert (variant / "app.py").read_text() == "# injectable\n"
    assert not (variant / "tests" / "test_mine.py").exists()
    assert not (variant / "variant.yaml").exists()
    with pytest.raises(FileNotFoundError, match="no such variant"):
        materialize(fixture, tmp_path / "x", "missing")


def test_variant_flag_for_an_ungraded_criterion_is_rejected(tasks_dir):
    root = _with_variant(tasks_dir, flags=("latency",))
    with pytest.raises(FixtureError, match=r"injectable/variant.yaml: field 'flags': 'latency' is not graded"):
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
