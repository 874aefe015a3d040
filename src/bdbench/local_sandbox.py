"""The unsafe development sandbox: `default` and `grader` as two temporary folders on the host.

Nothing isolates the agent from the machine or from the grader here; it exists so fixture
authors can iterate without Docker. Every run that uses it says so loudly.
"""

from __future__ import annotations

import logging

from inspect_ai.util import SandboxEnvironment, sandboxenv
from inspect_ai.util._sandbox.local import LocalSandboxEnvironment

from .sandbox import GRADER, UNSAFE_LOCAL_WARNING

logger = logging.getLogger(__name__)


@sandboxenv(name="bdbench-local")
class UnsafeLocalSandbox(LocalSandboxEnvironment):
    @classmethod
    async def sample_init(cls, task_name, config, metadata) -> dict[str, SandboxEnvironment]:
        logger.warning(UNSAFE_LOCAL_WARNING)
        return {"default": cls(), GRADER: cls()}
