"""Request parameters the code reads, whether or not the task's spec names them.

An undocumented `?folder=` or `?owner_id=` is as reachable as a documented one: attackers read
code and guess names. Found by the shapes request values are read with in common web stacks
(`request.args.get("x")`, `req.query.x`, `params[:x]`, a route handler's own arguments).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from code_secrets import SKIPPED_FOLDERS

MAX_NAMES = 24
NAME = r"([A-Za-z_][\w-]{0,40})"
READS = [
    # Flask/Django/Starlette style: args.get("x"), query_params["x"], GET.get("x"), form.getlist("x")
    re.compile(r"\b(?:args|query|query_params|form|values|GET|POST|params|queries)\s*"
               r"(?:\.(?:get|getlist|get_all|getAll|get_one)\s*\(\s*|\[\s*:?)[\"']?" + NAME),
    # Express/Koa style: req.query.x, ctx.query.x, request.query.x
    re.compile(r"\b(?:req|ctx|request)\.(?:query|params|body)\.([A-Za-z_]\w{0,40})"),
    # Go: r.URL.Query().Get("x"), c.Query("x"), c.DefaultQuery("x", ...)
    re.compile(r"\b(?:Query\(\)\.Get|Query|DefaultQuery|PostForm|FormValue)\(\s*\"" + NAME),
]
ROUTE_DECORATORS = {"get", "post", "put", "patch", "delete", "route", "api_route"}
NOT_PARAMETERS = {"self", "request", "req", "response", "session", "db", "background_tasks", "current_user", "user"}


def query_names(workspace: Path) -> list[str]:
    """Names of request parameters read anywhere in the workspace's code, most frequent first."""
    counts: dict[str, int] = {}
    for path in sorted(workspace.rglob("*")):
        rel = path.relative_to(workspace)
        if not path.is_file() or SKIPPED_FOLDERS.intersection(rel.parts) or "test" in path.name.lower():
            continue
        if path.suffix not in {".py", ".js", ".mjs", ".ts", ".rb", ".go", ".php", ".java"}:
            continue
        text = path.read_text(errors="replace")
        names = [m.group(1) for pattern in READS for m in pattern.finditer(text)]
        if path.suffix == ".py":
            names += _handler_arguments(text)
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted((n for n in counts if n not in NOT_PARAMETERS), key=lambda n: (-counts[n], n))
    return ranked[:MAX_NAMES]


def _handler_arguments(text: str) -> list[str]:
    """Arguments of functions behind a route decorator (FastAPI reads query parameters so)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return []
    names = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                _decorator_name(d) in ROUTE_DECORATORS for d in node.decorator_list):
            names += [a.arg for a in node.args.args + node.args.kwonlyargs]
    return names


def _decorator_name(decorator: ast.expr) -> str | None:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return target.attr if isinstance(target, ast.Attribute) else None
