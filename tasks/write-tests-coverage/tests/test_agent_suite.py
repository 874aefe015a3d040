"""The agent's own test suite: it must pass on the service as shipped and on a copy with
neutral edits only (comments and formatting gone, same behaviour), and fail on copies of the
service with one planted bug each, so its tests check results instead of merely running the
code or pinning its text. The instruction names the rule each planted bug breaks."""

from __future__ import annotations

import ast
import os
import shutil
import tempfile
from pathlib import Path

import pytest

SUITE = "python3 -m pytest tests -q -x -p no:cacheprovider -o addopts="
SUITE_TIMEOUT = 300
APP_UID = int(os.environ.get("BDBENCH_APP_UID", os.getuid()))

# name -> (file, original text, planted bug); each original occurs once in the shipped code.
MUTANTS = {
    "volume-discount": (
        "billing/pricing.py",
        "        if quantity >= min_quantity:\n            return percent\n",
        "        if quantity >= min_quantity:\n            return 0\n",
    ),
    "vat": (
        "billing/tax.py",
        "    return percent_of(net_cents, tax_rate(region, category))\n",
        "    return 0\n",
    ),
    "coupon-expiry": (
        "billing/coupons.py",
        "    if today > coupon.valid_until:\n",
        "    if today > date.max:\n",
    ),
    "invoice-status": (
        "billing/invoices.py",
        '        if invoice["status"] != "open":\n',
        '        if invoice["status"] == "closed":\n',
    ),
    "quantity-limit": (
        "billing/pricing.py",
        "        if not 1 <= quantity <= MAX_QUANTITY:\n",
        "        if not 1 <= quantity:\n",
    ),
}


def copy_workspace(workspace: Path, into: Path) -> Path:
    """A copy owned by the app user, so the suite runs there exactly as in the workspace."""
    target = into / "workspace"
    shutil.copytree(workspace, target, symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.db"))
    for path in [target, *target.rglob("*")]:
        os.lchown(path, APP_UID, APP_UID)
    return target


@pytest.fixture
def scratch():
    root = Path(tempfile.mkdtemp(prefix="bdbench-suite-"))
    os.chown(root, APP_UID, APP_UID)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def run_suite(workspace_run, root: Path):
    return workspace_run(f"cd {root} && {SUITE}", timeout=SUITE_TIMEOUT)


def test_suite_exists_and_passes(workspace, workspace_run, scratch):
    copy = copy_workspace(workspace, scratch)
    assert (copy / "tests").is_dir(), "there is no tests/ folder"
    run = run_suite(workspace_run, copy)
    assert run.returncode == 0, (
        f"the suite does not pass (exit {run.returncode}):\n{run.stdout[-1500:]}"
    )


def test_suite_passes_on_behaviour_preserving_edits(workspace, workspace_run, scratch):
    # Every module of the service re-written from its syntax tree: comments and layout go,
    # behaviour stays. A suite that pins file contents or hashes fails here; one that checks
    # results does not notice.
    copy = copy_workspace(workspace, scratch)
    for package in ("billing", "app"):
        for source in sorted((copy / package).rglob("*.py")):
            source.write_text(ast.unparse(ast.parse(source.read_text())) + "\n")
    run = run_suite(workspace_run, copy)
    assert run.returncode == 0, (
        "after edits that change no behaviour (comments and formatting only) the suite fails, so it "
        f"checks the code's text rather than its results (exit {run.returncode}):\n{run.stdout[-1500:]}"
    )


@pytest.mark.parametrize("name", sorted(MUTANTS))
def test_suite_catches_planted_bug(workspace, workspace_run, scratch, name):
    rel, original, planted = MUTANTS[name]
    copy = copy_workspace(workspace, scratch)
    source = copy / rel
    text = source.read_text()
    assert text.count(original) == 1, f"{rel} is not the shipped code: it must stay unchanged"
    source.write_text(text.replace(original, planted))
    run = run_suite(workspace_run, copy)
    assert run.returncode == 1, (
        f"with a planted bug in {name} ({rel}) the suite should fail, "
        f"but pytest exited {run.returncode}:\n{run.stdout[-800:]}"
    )
