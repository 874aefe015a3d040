"""The engine-API sandbox keeps the contract of inspect's docker sandbox: exit codes, stdin,
cwd, env and user, the in-container timeout, the output limit, and file errors. Checked in a
real container of the Python stack image."""

from __future__ import annotations

import asyncio

import pytest
from inspect_ai.util import OutputLimitExceededError
from inspect_ai.util._sandbox.limits import SandboxEnvironmentLimits

from bdbench.engine_sandbox import EngineDockerSandbox
from bdbench.images import stacks
from bdbench.sandbox import AGENT, compose_file
from conftest import REPO

pytestmark = [pytest.mark.docker]


async def _checks() -> None:
    config = str(compose_file(stacks(REPO / "sandboxes")["python"], (AGENT,)))
    await EngineDockerSandbox.task_init("engine-test", config)
    environments = await EngineDockerSandbox.sample_init("engine-test", config, {})
    env = environments[AGENT]
    assert isinstance(env, EngineDockerSandbox)
    try:
        ran = await env.exec(["sh", "-c", "echo out; echo err >&2; exit 3"])
        assert (ran.success, ran.returncode, ran.stdout, ran.stderr) == (False, 3, "out\n", "err\n")
        ran = await env.exec(["sh", "-c", "pwd; echo $GREETING; id -u"], cwd="/tmp", env={"GREETING": "hi"}, user="app")
        assert ran.stdout.split() == ["/tmp", "hi", "1000"]
        assert (await env.exec(["cat"], input="from stdin\n")).stdout == "from stdin\n"
        big = "x" * 3_000_000  # more than a pipe holds: stdin and stdout must flow together
        assert (await env.exec(["cat"], input=big)).stdout == big

        with pytest.raises(TimeoutError):
            await env.exec(["sleep", "30"], timeout=1)
        left = await env.exec(["sh", "-c", "pgrep -x sleep || true"])
        assert left.stdout.strip() == "", "the timed-out command is still running"

        with pytest.raises(OutputLimitExceededError):
            await env.exec(["sh", "-c", f"head -c {SandboxEnvironmentLimits.MAX_EXEC_OUTPUT_SIZE + 10} /dev/zero"])

        await env.write_file("/tmp/deep/folder/file.bin", bytes(range(256)))
        assert await env.read_file("/tmp/deep/folder/file.bin", text=False) == bytes(range(256))
        await env.write_file("/tmp/run.sh", "#!/bin/sh\necho ok\n")
        await env.exec(["chmod", "755", "/tmp/run.sh"])
        await env.write_file("/tmp/run.sh", "#!/bin/sh\necho edited\n")  # an edit keeps the mode
        assert (await env.exec(["/tmp/run.sh"])).stdout == "edited\n"
        assert await env.read_file("/tmp/run.sh") == "#!/bin/sh\necho edited\n"
        with pytest.raises(FileNotFoundError):
            await env.read_file("/tmp/missing.txt")
        with pytest.raises(IsADirectoryError):
            await env.read_file("/tmp/deep")
        with pytest.raises(IsADirectoryError):
            await env.write_file("/tmp/deep", "x")
        with pytest.raises(PermissionError):
            await env.write_file("/etc/bdbench.txt", "read-only root")
    finally:
        await EngineDockerSandbox.sample_cleanup("engine-test", config, environments, False)


def test_engine_sandbox_keeps_inspects_exec_and_file_contract():
    asyncio.run(_checks())
