"""Where grading happens: the pristine grader container, laid out once per sample.

The agent's finished workspace is unpacked into it as the unprivileged app user; the harness,
hidden tests, probes and rules go into a root-only folder beside it (never into the workspace).
"""

from __future__ import annotations

import posixpath
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ..archives import tar_bytes, unpack_command
from ..fixtures import Fixture
from ..tools import WORKSPACE

HARNESS_DIR = Path(__file__).parent / "harness"
RULES_DIR = Path(__file__).parent / "rules"
GENERIC_PROBES_DIR = HARNESS_DIR / "generic"
APP_USER = "app"


@dataclass
class GraderContext:
    env: object  # the grader's SandboxEnvironment
    fixture: Fixture
    workspace: str  # absolute path of the agent's workspace in the grader
    grader_dir: str  # absolute path of the root-only grading folder
    app_uid: str | None  # the unprivileged user the app and the agent's tests run as
    scan_ready: bool = False  # the scanners' copy of the workspace exists
    # Fresh random values for the app's declared secrets, one set per graded sample.
    secrets: dict[str, str] = field(default_factory=dict)

    def path(self, *parts: str) -> str:
        return posixpath.join(self.grader_dir, *parts)

    def as_app_user(self, command: str) -> list[str]:
        """A shell command run as the app user (as is, where the sandbox has none)."""
        if not self.app_uid:
            return ["sh", "-c", command]
        uid = self.app_uid
        return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "sh", "-c", command]

    def app_env(self) -> dict[str, str]:
        """How the harness finds the workspace, the app and the user to run it as."""
        env = {"BDBENCH_WORKSPACE": self.workspace, "PYTHONDONTWRITEBYTECODE": "1"}
        if self.app_uid:
            env |= {"BDBENCH_APP_UID": self.app_uid, "BDBENCH_APP_HOME": "/home/app"}
        app = self.fixture.spec.app
        if app:
            env |= {
                "BDBENCH_APP_START": app.start,
                "BDBENCH_APP_PORT": str(app.port),
                "BDBENCH_APP_READY_PATH": app.ready_path,
                "BDBENCH_APP_STARTUP_TIMEOUT": str(app.startup_timeout),
                "BDBENCH_APP_SECRETS": " ".join(self.secrets),
            }
            env |= {f"BDBENCH_SECRET_{name}": value for name, value in self.secrets.items()}
        return env


def grader_bundle(fixture: Fixture) -> bytes:
    """The harness, rules, hidden tests and probes as one tar archive: one write and one
    unpack per sample instead of one container round trip per file."""
    files: dict[str, bytes | Path] = {}
    for folder, target in ((HARNESS_DIR, ""), (RULES_DIR, "rules/")):
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix in (".py", ".ini", ".yaml"):
                files[target + path.name] = path
    for suite, suite_files in (("tests", fixture.test_files()), ("probes", fixture.probe_files())):
        for rel, path in sorted(suite_files.items()):
            files[f"{suite}/{rel}"] = path
    security = fixture.spec.grading.security
    if security and security.surfaces:
        # The generic attack suites join the fixture's probes, aimed by its surfaces.
        files["surfaces.json"] = security.surfaces.model_dump_json(by_alias=True).encode()
        for path in sorted(GENERIC_PROBES_DIR.glob("test_*.py")):
            files[f"probes/{path.name}"] = path
    return tar_bytes(files, mode=0o600)


async def prepare_grader(env, fixture: Fixture) -> GraderContext:
    """Find the layout, then unpack the grading bundle into the root-only folder."""
    probe = await env.exec(["sh", "-c", f"pwd -P; id -u {APP_USER} 2>/dev/null || true"])
    lines = probe.stdout.split()
    base, uid = lines[0], (lines[1] if len(lines) > 1 else None)
    ctx = GraderContext(env, fixture, posixpath.join(base, WORKSPACE), posixpath.join(base, "grader"), uid)
    if fixture.spec.app:
        ctx.secrets = {name: secrets.token_urlsafe(32) for name in fixture.spec.app.secrets}
    archive = ctx.path("bundle.tar")
    await env.write_file(archive, grader_bundle(fixture))
    unpack = f"{unpack_command(archive, ctx.grader_dir)} && mkdir -p {ctx.path('out')} && chmod -R go-rwx {ctx.grader_dir}"
    result = await env.exec(["sh", "-c", unpack])
    if not result.success:
        raise RuntimeError(f"could not unpack the grading bundle: {result.stderr.strip()[:300]}")
    return ctx

