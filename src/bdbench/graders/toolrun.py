"""Run a stack profile's tool command in the grader container and collect its report file."""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from .context import GraderContext

TOOL_TIMEOUT = 300
# What the scanners skip: tests are not the app (a stack profile names its own conventions,
# `test_files` and `test_folders`; these are Python's), installed dependencies are not the
# agent's, and ignore files would let the agent hide code.
DEFAULT_TEST_FILES = ("test_*.py", "*_test.py", "conftest.py")
DEFAULT_TEST_FOLDERS = ("tests", "test")
_DEPENDENCY_FOLDERS = ("node_modules", ".venv", "venv")
_IGNORE_FILES = (".semgrepignore", ".bandit")


def _find_names(names) -> str:
    return " -o ".join(f"-name {shlex.quote(name)}" for name in names)


def _prune_command(scan: str, profile: dict) -> str:
    folders = [*profile.get("test_folders", DEFAULT_TEST_FOLDERS), *_DEPENDENCY_FOLDERS]
    files = [*profile.get("test_files", DEFAULT_TEST_FILES), *_IGNORE_FILES]
    return (f"find {scan} \\( {_find_names(folders)} \\) -type d -prune -exec rm -rf {{}} + ; "
            f"find {scan} \\( {_find_names(files)} \\) -type f -delete")


@dataclass
class ToolReport:
    text: str = ""
    error: str | None = None


async def scan_copy(ctx: GraderContext, profile: dict) -> str:
    """A root-only copy of the workspace without tests or ignore files, made once per sample."""
    scan = ctx.path("scan")
    if ctx.scan_ready:
        return scan
    quoted = shlex.quote(scan)
    command = f"rm -rf {quoted} && cp -a {shlex.quote(ctx.workspace)} {quoted} && " + _prune_command(quoted, profile)
    result = await ctx.env.exec(["sh", "-c", command], timeout=TOOL_TIMEOUT)
    if not result.success:
        raise RuntimeError(f"could not copy the workspace for scanning: {result.stderr.strip()[:300]}")
    ctx.scan_ready = True
    return scan


async def run_tool(ctx: GraderContext, tool: dict, **placeholders: str) -> ToolReport:
    report = ctx.path("out", f"{tool['name']}.json")
    values = {"report": report, "rules": ctx.path("rules"), **placeholders}
    command = f"mkdir -p {shlex.quote(ctx.path('out'))} && " + tool["command"].format(**values)
    try:
        run = await ctx.env.exec(["sh", "-c", command], cwd=ctx.grader_dir, timeout=TOOL_TIMEOUT)
    except TimeoutError:
        return ToolReport(error=f"timed out after {TOOL_TIMEOUT} s")
    try:
        return ToolReport(text=await ctx.env.read_file(report))
    except FileNotFoundError:
        return ToolReport(error=f"exit {run.returncode}, no report: {(run.stderr or run.stdout)[-500:]}")
