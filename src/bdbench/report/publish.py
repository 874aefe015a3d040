"""Keep local paths out of anything published, and bundle transcripts for a static server.

Logs record where things were on the machine that ran them (compose files under the home
folder, the working directory, the log folder). A published site must not leak those, so
every log is rewritten with public placeholders before `inspect view bundle` copies it, and
the finished site is scanned for any prefix left.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from inspect_ai.log import EvalLog, read_eval_log, write_eval_log

Prefixes = list[tuple[str, str]]  # (absolute local prefix, public replacement), longest first

# A prefix only counts when the path name ends there: /root must not match /root.html.
_END = r"(?![\w.-])"
# Shared roots are never "local": container paths in transcripts (/tmp/..., /usr/bin) use them too.
_SHARED_ROOTS = {"/", "/tmp", "/var", "/usr", "/opt", "/home", "/srv", "/mnt", "/etc", "/workspace"}


class PublishError(RuntimeError):
    pass


def local_prefixes(extra: dict[Path, str] | None = None) -> Prefixes:
    """This machine's paths worth hiding, mapped to placeholders."""
    mapping = {Path.cwd(): ".", Path.home(): "~"}
    checkout = Path(__file__).resolve().parents[3]  # src/bdbench/report/publish.py -> the checkout
    if (checkout / "pyproject.toml").is_file():
        mapping.setdefault(checkout, "<bdbench>")
    for key, placeholder in (("stdlib", "<python-stdlib>"), ("purelib", "<site-packages>")):
        mapping[Path(sysconfig.get_paths()[key])] = placeholder
    mapping[Path(sys.prefix)] = "<python>"
    mapping.update(extra or {})
    prefixes = {}
    for path, placeholder in mapping.items():
        for variant in {str(path), str(Path(path).resolve())}:
            if variant not in _SHARED_ROOTS:
                prefixes[variant] = placeholder
    return sorted(prefixes.items(), key=lambda item: len(item[0]), reverse=True)


def scrub(text: str, prefixes: Prefixes) -> str:
    for prefix, placeholder in prefixes:
        text = re.sub(re.escape(prefix) + _END, lambda _: placeholder, text)
    return text


def scrub_log(source: Path, dest: Path, prefixes: Prefixes) -> Path:
    """A copy of the log with every local prefix replaced."""
    log = read_eval_log(str(source))
    clean = EvalLog.model_validate_json(scrub(log.model_dump_json(), prefixes))
    dest.parent.mkdir(parents=True, exist_ok=True)
    write_eval_log(clean, str(dest))
    return dest


def _readable_text(path: Path) -> str:
    if path.suffix == ".eval":
        return read_eval_log(str(path)).model_dump_json()  # compressed: look inside
    return path.read_bytes().decode("utf-8", errors="ignore")


def find_local_paths(root: Path, prefixes: Prefixes) -> list[str]:
    """'file: prefix' for every local prefix still present under root."""
    found = []
    patterns = [(prefix, re.compile(re.escape(prefix) + _END)) for prefix, _ in prefixes]
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        text = _readable_text(path)
        found += [f"{path.relative_to(root)}: {prefix}" for prefix, pattern in patterns if pattern.search(text)]
    return found


def _relative_log_dir(index: Path) -> None:
    # The bundle's index.html records the absolute log folder it was built from; the viewer
    # only needs the relative one.
    html = index.read_text(encoding="utf-8")
    element = re.compile(r'(<script id="log_dir_context" type="application/json">)(.*?)(</script>)', re.S)
    match = element.search(html)
    if match is None:
        return
    context = json.loads(match.group(2))
    context["abs_log_dir"] = context.get("log_dir", "logs")
    index.write_text(html[:match.start(2)] + json.dumps(context) + html[match.end(2):], encoding="utf-8")


def bundle_transcripts(log_files: list[Path], output_dir: Path, prefixes: Prefixes) -> Path:
    """An `inspect view bundle` of these logs (scrubbed copies) in output_dir; its index.html."""
    with tempfile.TemporaryDirectory(prefix="bdbench-bundle-") as tmp:
        log_dir = Path(tmp) / "logs"
        for file in log_files:
            scrub_log(file, log_dir / Path(file).name, prefixes)
        command = [sys.executable, "-m", "inspect_ai", "view", "bundle", "--log-dir", str(log_dir),
                   "--output-dir", str(output_dir), "--overwrite"]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise PublishError(f"inspect view bundle failed: {(result.stderr or result.stdout).strip()[-500:]}")
    index = Path(output_dir) / "index.html"
    _relative_log_dir(index)
    return index
