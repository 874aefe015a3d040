"""inspect_ai entry point: importing this registers bdbench's model providers and sandbox."""

from . import engine_sandbox, local_sandbox, providers  # noqa: F401
