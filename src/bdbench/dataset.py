"""The fixture suite as a Hugging Face `datasets` dataset, and back.

An export is a folder with one parquet file (one row per fixture) and a dataset card; it loads
with `datasets.load_dataset(DIR)` and pins a suite for publication. Each row holds the task's
metadata as columns, the exact task.yaml text, and every file of the fixture as a list of
{path, content, encoding, executable} per part (workspace, tests, solution, probes, variants).
`materialize_dataset` writes the rows back as a tasks folder that `load_fixtures` reads.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.parquet as pq

from .fixtures import FixtureError, files_under, load_fixtures

PARTS = ("workspace", "tests", "solution", "probes", "variants")
OTHER = "other_files"  # anything else beside task.yaml in the fixture folder, so nothing is lost
DATA_FILE = "data/test-00000-of-00001.parquet"
SPLIT = "test"
CACHE = Path.home() / ".cache" / "bdbench" / "datasets"
_COMPLETE = ".complete"


class DatasetError(FixtureError):
    """An export that cannot be read or would write outside its tasks folder."""


def _file_record(rel: str, path: Path) -> dict:
    data = path.read_bytes()
    try:
        content, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        content, encoding = base64.b64encode(data).decode("ascii"), "base64"
    return {"path": rel, "content": content, "encoding": encoding,
            "executable": bool(path.stat().st_mode & stat.S_IXUSR)}


def _other_files(root: Path) -> dict[str, Path]:
    return {rel: path for rel, path in files_under(root).items()
            if rel != "task.yaml" and PurePosixPath(rel).parts[0] not in PARTS}


def fixture_row(fixture) -> dict:
    spec = fixture.spec
    row = {"id": spec.id, "title": spec.title, "category": spec.category, "scenario": spec.scenario,
           "stack": spec.stack, "difficulty": spec.difficulty, "route": spec.route_label,
           "instruction": spec.instruction, "canary": spec.canary,
           "task_yaml": (fixture.root / "task.yaml").read_text(encoding="utf-8")}
    for part in PARTS:
        row[part] = [_file_record(rel, path) for rel, path in files_under(fixture.root / part).items()]
    row[OTHER] = [_file_record(rel, path) for rel, path in _other_files(fixture.root).items()]
    return row


_FILE = pa.struct([("path", pa.string()), ("content", pa.string()), ("encoding", pa.string()),
                   ("executable", pa.bool_())])
SCHEMA = pa.schema([(name, pa.string()) for name in (
    "id", "title", "category", "scenario", "stack", "difficulty", "route", "instruction", "canary", "task_yaml")]
    + [(part, pa.list_(_FILE)) for part in (*PARTS, OTHER)])


def export_dataset(tasks_dir: Path, out_dir: Path, select: list[str] | None = None) -> Path:
    """Write the fixtures as parquet plus a dataset card. Returns the parquet file."""
    fixtures = load_fixtures(Path(tasks_dir), select)
    rows = [fixture_row(f) for f in fixtures]
    out_dir = Path(out_dir)
    data = out_dir / DATA_FILE
    data.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), data)
    (out_dir / "README.md").write_text(dataset_card(rows, content_digest([data])), encoding="utf-8")
    return data


def dataset_card(rows: list[dict], sha256: str) -> str:
    from jinja2 import Environment, PackageLoader

    env = Environment(loader=PackageLoader("bdbench.report", "templates"), keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("dataset_card.md").render(rows=rows, parts=PARTS, other=OTHER, data_file=DATA_FILE,
                                                      split=SPLIT, sha256=sha256)


def _safe_relative(rel: str, where: str) -> PurePosixPath:
    # An export may come from anywhere: never let a row write outside its fixture folder.
    path = PurePosixPath(rel)
    if not rel or path.is_absolute() or ".." in path.parts or "\\" in rel:
        raise DatasetError(f"{where}: unsafe file path {rel!r}")
    return path


def _write_file(root: Path, record: dict, where: str) -> None:
    target = root.joinpath(*_safe_relative(record["path"], where).parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    if record["encoding"] == "base64":
        target.write_bytes(base64.b64decode(record["content"]))
    elif record["encoding"] == "utf-8":
        target.write_bytes(record["content"].encode("utf-8"))
    else:
        raise DatasetError(f"{where}: {record['path']}: unknown encoding {record['encoding']!r}")
    if record.get("executable"):
        target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def _parquet_files(export_dir: Path) -> list[Path]:
    files = sorted(Path(export_dir).glob("data/*.parquet")) or sorted(Path(export_dir).glob("*.parquet"))
    if not files:
        raise DatasetError(f"{export_dir}: no parquet files (expected {DATA_FILE})")
    return files


def _write_tasks(rows: list[dict], tasks_dir: Path) -> None:
    for row in rows:
        fixture_id = str(_safe_relative(row["id"], "id"))
        if "/" in fixture_id:
            raise DatasetError(f"row {row['id']!r}: an id is one folder name")
        root = tasks_dir / fixture_id
        (root).mkdir(parents=True)
        (root / "task.yaml").write_text(row["task_yaml"], encoding="utf-8")
        for part in PARTS:
            for record in row.get(part) or []:
                _write_file(root / part, record, f"{fixture_id}/{part}")
            # load_fixture requires workspace/, tests/ and solution/ even when empty
            if part in ("workspace", "tests", "solution"):
                (root / part).mkdir(exist_ok=True)
        for record in row.get(OTHER) or []:
            _write_file(root, record, fixture_id)


def materialize_dataset(export_dir: Path, dest: Path | None = None) -> Path:
    """Write an export's fixtures as a tasks folder and return it.

    Without `dest` the folder is cached by the parquet files' content hash, so running the same
    pinned export twice reuses one folder and a changed export never mixes with an old one."""
    files = _parquet_files(Path(export_dir))
    cached = dest is None
    if cached:
        dest = CACHE / content_digest(files)[:16] / "tasks"
        if (dest.parent / _COMPLETE).is_file():
            return dest
        shutil.rmtree(dest, ignore_errors=True)  # an interrupted earlier attempt
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise DatasetError(f"{dest}: folder exists and is not empty")
    rows = [row for file in files for row in pq.read_table(file).to_pylist()]
    # Write beside the destination, then move into place, so a crash leaves no half suite.
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".materialize-", dir=dest.parent))
    try:
        staging.chmod(0o755)
        _write_tasks(rows, staging)
        if dest.exists():
            dest.rmdir()
        os.replace(staging, dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    load_fixtures(dest)  # fail here, naming the file, rather than mid-run
    if cached:
        (dest.parent / _COMPLETE).touch()
    return dest


def content_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()
