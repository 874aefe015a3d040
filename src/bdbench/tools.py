"""The agent's tools, named as in Claude-Code agent files, acting in the sample's sandbox.

Paths the agent gives are relative to the workspace folder unless absolute. The workspace is a
relative path ("workspace") so the same tools work in the Docker sandbox (working dir "/") and
in the unsafe local sandbox (a temporary directory).
"""

from __future__ import annotations

import json
import posixpath
import shlex

from inspect_ai.tool import Tool, ToolError, tool
from inspect_ai.util import sandbox

WORKSPACE = "workspace"
MAX_OUTPUT_CHARS = 30_000


def _resolve(path: str) -> str:
    path = path.strip()
    return path if posixpath.isabs(path) else posixpath.normpath(posixpath.join(WORKSPACE, path))


def _clip(text: str) -> str:
    if len(text) <= MAX_OUTPUT_CHARS:
        return text
    return text[:MAX_OUTPUT_CHARS] + f"\n... [output cut at {MAX_OUTPUT_CHARS} characters]"


async def _read_text(path: str) -> str:
    try:
        return await sandbox().read_file(_resolve(path))
    except FileNotFoundError:
        raise ToolError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise ToolError(f"{path} is a directory") from None
    except UnicodeDecodeError:
        raise ToolError(f"{path} is not a text file") from None


@tool(name="Read")
def read_file_tool() -> Tool:
    async def execute(file_path: str, offset: int = 1, limit: int = 2000) -> str:
        """Read a text file, returning numbered lines.

        Args:
          file_path: Path of the file, relative to the repository root or absolute.
          offset: First line to return (1-based).
          limit: Largest number of lines to return.
        """
        lines = (await _read_text(file_path)).splitlines()
        start = max(offset, 1) - 1
        shown = lines[start : start + max(limit, 1)]
        return _clip("\n".join(f"{start + i + 1:6}\t{line}" for i, line in enumerate(shown)))

    return execute


@tool(name="Write")
def write_file_tool() -> Tool:
    async def execute(file_path: str, content: str) -> str:
        """Create or overwrite a file with the given content.

        Args:
          file_path: Path of the file, relative to the repository root or absolute.
          content: The whole new content of the file.
        """
        await sandbox().write_file(_resolve(file_path), content)
        return f"wrote {len(content)} characters to {file_path}"

    return execute


@tool(name="Edit")
def edit_file_tool() -> Tool:
    async def execute(file_path: str, old_string: str, new_string: str, replace_all: bool = False) -> str:
        """Replace an exact string in a file.

        Args:
          file_path: Path of the file, relative to the repository root or absolute.
          old_string: The exact text to replace; it must occur in the file.
          new_string: The replacement text.
          replace_all: Replace every occurrence; otherwise old_string must be unique.
        """
        text = await _read_text(file_path)
        count = text.count(old_string)
        if not old_string or count == 0:
            raise ToolError(f"old_string not found in {file_path}")
        if count > 1 and not replace_all:
            raise ToolError(f"old_string occurs {count} times in {file_path}; make it unique or set replace_all")
        updated = text.replace(old_string, new_string) if replace_all else text.replace(old_string, new_string, 1)
        await sandbox().write_file(_resolve(file_path), updated)
        return f"replaced {count if replace_all else 1} occurrence(s) in {file_path}"

    return execute


# Runs the command in a session of its own, with an in-container time limit, then ends every
# process left in that session (process groups are not enough: `timeout` and job control make
# new ones): nothing a command starts, a server left in the background or a fork bomb,
# outlives it. Leftovers are first stopped (a stopped process cannot fork, so a bomb stops
# growing), pass after pass until none runs, then killed, until none is left or the deadline
# passes. Only shell builtins run after the command, so this works even when no process can be
# forked. A process that leaves the session on purpose (setsid) escapes here; the agent's
# container is frozen before grading (sandbox.export_workspace), so it cannot outlive the agent.
_CONTAINED = r"""
limit=$1
setsid timeout -s KILL "$limit" bash -c "$2" & leader=$!
wait $leader; rc=$?
sweep() {  # signal every live process of the session; status 0 when one was found
  found=1
  for stat in /proc/[0-9]*/stat; do
    { read -r line < "$stat"; } 2>/dev/null || continue
    set -- ${line##*) }
    [ "$4" = "$leader" ] || continue
    case "$1" in Z|X) continue;; T) [ "$sig" = STOP ] && continue;; esac
    kill -"$sig" "${stat:6:-5}" 2>/dev/null; found=0
  done
  return $found
}
deadline=$((SECONDS + 20))
for sig in STOP KILL; do
  while sweep && [ $SECONDS -lt $deadline ]; do :; done
done
if [ $rc -eq 137 ]; then echo "[stopped: time limit of $limit s reached]" >&2; fi
exit $rc
"""
_EXEC_GRACE = 30


async def _run(command: str, timeout: int) -> str:
    try:
        result = await sandbox().exec(["bash", "-c", _CONTAINED, "bash", str(timeout), command],
                                      cwd=WORKSPACE, timeout=timeout + _EXEC_GRACE)
    except TimeoutError:
        raise ToolError(f"command timed out after {timeout} s") from None
    output = result.stdout + (("\n" + result.stderr) if result.stderr else "")
    return _clip(f"{output}\n[exit code {result.returncode}]".lstrip())


@tool(name="Bash")
def bash_tool() -> Tool:
    async def execute(command: str, timeout: int = 180) -> str:
        """Run a bash command in the repository root and return its output and exit code.
        Processes the command starts are stopped when it returns.

        Args:
          command: The bash command to run.
          timeout: Seconds before the command is stopped (at most 600).
        """
        return await _run(command, min(max(timeout, 1), 600))

    return execute


@tool(name="Grep")
def grep_tool() -> Tool:
    async def execute(pattern: str, path: str = ".", glob: str = "") -> str:
        """Search file contents with an extended regular expression.

        Args:
          pattern: Extended regular expression (grep -E syntax).
          path: File or folder to search, relative to the repository root.
          glob: Only search files whose name matches this glob, e.g. "*.py".
        """
        include = f"--include={shlex.quote(glob)} " if glob else ""
        command = (f"grep -rnE --exclude-dir=.git {include}-e {shlex.quote(pattern)} "
                   f"{shlex.quote(path)} || test $? -eq 1")
        return await _run(command, 60)

    return execute


_GLOB_SCRIPT = (
    "import json,pathlib,sys;"
    "root=pathlib.Path(sys.argv[2]);"
    "print(json.dumps(sorted(str(p) for p in root.glob(sys.argv[1]) if '.git' not in p.parts)[:1000]))"
)


@tool(name="Glob")
def glob_tool() -> Tool:
    async def execute(pattern: str, path: str = ".") -> str:
        """Find files whose path matches a glob pattern such as "**/*.py".

        Args:
          pattern: Glob pattern, relative to path.
          path: Folder to search from, relative to the repository root.
        """
        output = await _run(shlex.join(["python3", "-c", _GLOB_SCRIPT, pattern, path]), 60)
        listing, _, _ = output.rpartition("\n[exit code")
        try:
            return "\n".join(json.loads(listing)) or "no files match"
        except json.JSONDecodeError:
            return output

    return execute


@tool(name="MultiEdit")
def multi_edit_tool() -> Tool:
    async def execute(file_path: str, edits: list[dict]) -> str:
        """Make several exact-string replacements in one file, in order, all or none.

        Args:
          file_path: Path of the file, relative to the repository root or absolute.
          edits: Replacements applied in order; each has old_string, new_string and optionally replace_all.
        """
        text = await _read_text(file_path)
        for i, edit in enumerate(edits, 1):
            old, new = edit.get("old_string", ""), edit.get("new_string", "")
            count = text.count(old) if old else 0
            if count == 0:
                raise ToolError(f"edit {i}: old_string not found in {file_path}; no edit was applied")
            if count > 1 and not edit.get("replace_all"):
                raise ToolError(f"edit {i}: old_string occurs {count} times in {file_path}; no edit was applied")
            text = text.replace(old, new) if edit.get("replace_all") else text.replace(old, new, 1)
        await sandbox().write_file(_resolve(file_path), text)
        return f"applied {len(edits)} edit(s) to {file_path}"

    return execute


TOOL_FACTORIES = {
    "Read": read_file_tool,
    "Write": write_file_tool,
    "Edit": edit_file_tool,
    "MultiEdit": multi_edit_tool,
    "Bash": bash_tool,
    "Grep": grep_tool,
    "Glob": glob_tool,
}
