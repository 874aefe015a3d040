"""Claude Code tools that touch nothing in the workspace: the todo list, kept in the sample's
store (and so in the transcript), and the web tools, which answer as behind a blocked network:
the sandbox has none, and an agent should meet that as it would in a locked-down CI job."""

from __future__ import annotations

from inspect_ai.tool import Tool, ToolError, tool
from inspect_ai.util import store

TODOS_KEY = "bdbench:todos"
NO_NETWORK = "no network in this sandbox"


@tool(name="TodoWrite")
def todo_write_tool() -> Tool:
    async def execute(todos: list[dict]) -> str:
        """Replace your task list for this work, to plan and track progress.

        Args:
          todos: The whole list; each item has content, status (pending, in_progress or completed) and optionally activeForm.
        """
        store().set(TODOS_KEY, todos)
        marks = {"completed": "[x]", "in_progress": "[~]"}
        lines = [f"{marks.get(str(t.get('status')), '[ ]')} {t.get('content', '')}" for t in todos]
        return "todo list updated:\n" + ("\n".join(lines) or "(empty)")

    return execute


@tool(name="WebFetch")
def web_fetch_tool() -> Tool:
    async def execute(url: str, prompt: str = "") -> str:
        """Fetch a URL and answer a question about its content.

        Args:
          url: The URL to fetch.
          prompt: What to extract from the page.
        """
        raise ToolError(f"cannot fetch {url}: {NO_NETWORK}")

    return execute


@tool(name="WebSearch")
def web_search_tool() -> Tool:
    async def execute(query: str) -> str:
        """Search the web.

        Args:
          query: The search query.
        """
        raise ToolError(f"cannot search for {query!r}: {NO_NETWORK}")

    return execute


OFFLINE_FACTORIES = {"TodoWrite": todo_write_tool, "WebFetch": web_fetch_tool, "WebSearch": web_search_tool}
