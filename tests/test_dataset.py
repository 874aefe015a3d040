"""Fixtures as a Hugging Face dataset: export -> materialize -> load_fixtures is lossless."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bdbench import dataset
from bdbench.cli_report import main as report_main
from bdbench.dataset import DATA_FILE, DatasetError, export_dataset, materialize_dataset
from bdbench.fixtures import files_under, load_fixtures
from conftest import REPO, valid_task_yaml, write_fixture


def _assert_same_suite(original: Path, copy: Path) -> None:
    before, after = load_fixtures(original), load_fixtures(copy)
    assert [f.id for f in before] == [f.id for f in after]
    for a, b in zip(before, after):
        assert a.spec == b.spec, a.id
        assert {n: v.spec for n, v in a.variants().items()} == {n: v.spec for n, v in b.variants().items()}, a.id
        files_a, files_b = files_under(a.root), files_under(b.root)
        assert files_a.keys() == files_b.keys(), a.id
        for rel in files_a:
            assert files_a[rel].read_bytes() == files_b[rel].read_bytes(), f"{a.id}/{rel}"
            assert os.access(files_a[rel], os.X_OK) == os.access(files_b[rel], os.X_OK), f"{a.id}/{rel}"


def test_round_trip_of_the_shipped_suite(tmp_path):
    export_dataset(REPO / "tasks", tmp_path / "export")
    tasks = materialize_dataset(tmp_path / "export", tmp_path / "tasks")
    _assert_same_suite(REPO / "tasks", tasks)


@pytest.fixture
def odd_fixture(tasks_dir: Path) -> Path:
    """A fixture with every kind of file the format must keep."""
    root = write_fixture(tasks_dir, valid_task_yaml("odd-files"))
    (root / "task.yaml").write_text((root / "task.yaml").read_text() + "# a comment kept verbatim\n")
    (root / "workspace" / "data.bin").write_bytes(bytes(range(256)))
    (root / "workspace" / "empty.txt").write_bytes(b"")
    (root / "workspace" / "bin").mkdir()
    (root / "workspace" / "bin" / "run").write_text("#!/bin/sh\necho ünïcode ✓\n")
    (root / "workspace" / "bin" / "run").chmod(0o755)
    (root / "probes").mkdir()
    (root / "probes" / "exploit.py").write_text("print('probe')\n")
    (root / "variants").mkdir()
    (root / "variants" / "alt.patch").write_text("--- a/app/main.py\n+++ b/app/main.py\n@@ -1 +1 @@\n-x\n+y\n")
    (root / "variants" / "alt.yaml").write_text("description: drops validation\nflags: [functional]\n")
    (root / "NOTES.md").write_text("fixture author notes\n")
    return tasks_dir


def test_round_trip_keeps_binary_empty_executable_and_extra_files(odd_fixture, tmp_path):
    export_dataset(odd_fixture, tmp_path / "export")
    tasks = materialize_dataset(tmp_path / "export", tmp_path / "copy" / "tasks")
    _assert_same_suite(odd_fixture, tasks)
    assert (tasks / "odd-files" / "task.yaml").read_text().endswith("# a comment kept verbatim\n")
    row = pq.read_table(tmp_path / "export" / DATA_FILE).to_pylist()[0]
    by_path = {f["path"]: f for f in row["workspace"]}
    assert by_path["data.bin"]["encoding"] == "base64"
    assert by_path["bin/run"] == {"path": "bin/run", "content": "#!/bin/sh\necho ünïcode ✓\n",
                                  "encoding": "utf-8", "executable": True}
    assert [f["path"] for f in row["variants"]] == ["alt.patch", "alt.yaml"]
    assert [f["path"] for f in row["other_files"]] == ["NOTES.md"]
    assert (row["id"], row["category"], row["scenario"], row["route"]) == ("odd-files", "crud", "hello", "self")


def test_export_loads_with_hugging_face_datasets(odd_fixture, tmp_path):
    from datasets import load_dataset

    write_fixture(odd_fixture, valid_task_yaml("second-task", scenario="other"))
    export_dataset(odd_fixture, tmp_path / "export")
    loaded = load_dataset(str(tmp_path / "export"), split="test", cache_dir=str(tmp_path / "hf-cache"))
    assert loaded.num_rows == 2
    assert sorted(loaded["id"]) == ["odd-files", "second-task"]
    assert {"instruction", "task_yaml", "workspace", "tests", "solution", "probes", "variants"} <= set(loaded.column_names)


def test_dataset_card_lists_fixtures_and_pins_the_data(odd_fixture, tmp_path):
    data = export_dataset(odd_fixture, tmp_path / "export")
    card = (tmp_path / "export" / "README.md").read_text()
    assert card.startswith("---\n") and f"path: {DATA_FILE}" in card and "split: test" in card
    assert "| odd-files | crud | python | easy | self | hello |" in card
    assert hashlib.sha256(data.read_bytes()).hexdigest() in card
    assert "\n\n|" not in card.split("## Fixtures")[1].split("## Columns")[0].strip()  # one table


def test_materialize_without_a_destination_caches_by_content(odd_fixture, tmp_path, monkeypatch):
    monkeypatch.setattr(dataset, "CACHE", tmp_path / "cache")
    export_dataset(odd_fixture, tmp_path / "export")
    first = materialize_dataset(tmp_path / "export")
    (first / "odd-files" / "marker").write_text("reused")
    assert materialize_dataset(tmp_path / "export") == first
    assert (first / "odd-files" / "marker").is_file()
    assert first.is_relative_to(tmp_path / "cache")


def test_materialize_refuses_paths_that_escape(tmp_path):
    row = dict.fromkeys(dataset.SCHEMA.names, "x")
    row |= {"id": "evil", "task_yaml": "id: evil\n", **{part: [] for part in (*dataset.PARTS, dataset.OTHER)}}
    row["workspace"] = [{"path": "../../escaped.txt", "content": "boom", "encoding": "utf-8", "executable": False}]
    (tmp_path / "export" / "data").mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([row], schema=dataset.SCHEMA), tmp_path / "export" / DATA_FILE)
    with pytest.raises(DatasetError, match="unsafe file path '../../escaped.txt'"):
        materialize_dataset(tmp_path / "export", tmp_path / "out" / "tasks")
    assert not list(tmp_path.rglob("escaped.txt"))
    assert not (tmp_path / "out" / "tasks").exists()


def test_materialize_needs_parquet(tmp_path):
    with pytest.raises(DatasetError, match="no parquet files"):
        materialize_dataset(tmp_path)


def test_cli_exports(odd_fixture, tmp_path, capsys):
    code = report_main(["tasks", "export", "-o", str(tmp_path / "export"), "--tasks-dir", str(odd_fixture)])
    assert code == 0
    assert (tmp_path / "export" / DATA_FILE).is_file() and (tmp_path / "export" / "README.md").is_file()
    assert "dataset:" in capsys.readouterr().out
