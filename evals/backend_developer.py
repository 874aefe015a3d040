"""inspect entry file: `inspect eval evals/backend_developer.py --model <model>` runs bdbench
without its CLI. Task options go through -T, e.g. -T agent=agents/my-variant.md -T tasks=crud-*"""

import os
from pathlib import Path

from inspect_ai import Task, task

from bdbench.task import backend_developer_task

ROOT = Path(__file__).resolve().parents[1]


@task
def backend_developer(agent: str = "agents/backend-developer.md", tasks: str | None = None,
                      sandbox: str = "docker") -> Task:
    """The agent file's prompt and tools, over the fixtures in tasks/, graded in Docker."""
    # Scripted agents (bdbench/oracle, bdbench/nop) read the fixtures from here.
    os.environ.setdefault("BDBENCH_TASKS_DIR", str(ROOT / "tasks"))
    agent_path = Path(agent) if Path(agent).is_absolute() or Path(agent).exists() else ROOT / agent
    return backend_developer_task(
        agent_file=agent_path,
        tasks_dir=ROOT / "tasks",
        sandboxes_dir=ROOT / "sandboxes",
        select=tasks.split(",") if tasks else None,
        sandbox_mode=sandbox,
    )
