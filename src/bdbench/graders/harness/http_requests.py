"""Requests described in task.yaml, sent from inside the grader container.

Shared by the latency meter and the generic attack suites: a request is a dict with method,
path, optional json / data (a form) / headers, and `capture` on setup requests. `{name}` in a
path, a header or a form value is a value captured earlier (a login's token, a created row's
id, a form's CSRF token).
"""

from __future__ import annotations

import re

import httpx

REGEX_CAPTURE = "re:"  # capture by the first group of a pattern over the response text


def fill(template: str, captured: dict) -> str:
    return template.format_map(captured) if "{" in template else template


def concrete(request: dict, captured: dict) -> dict:
    """The request with its captured values filled in, ready to send or to mutate."""
    data = request.get("data")
    return {
        "method": request["method"],
        "path": fill(request["path"], captured),
        "json": request.get("json"),
        "data": None if data is None else {key: fill(str(value), captured) for key, value in data.items()},
        "headers": {key: fill(value, captured) for key, value in (request.get("headers") or {}).items()},
    }


def deliver(client: httpx.Client, request: dict, **options) -> httpx.Response:
    """Send a concrete request as it is (no placeholders are filled)."""
    return client.request(request["method"], request["path"], json=request.get("json"),
                          data=request.get("data"), headers=request.get("headers"), **options)


def send(client: httpx.Client, request: dict, captured: dict | None = None, **options) -> httpx.Response:
    return deliver(client, concrete(request, captured or {}), **options)


def setup_error(client: httpx.Client, request: dict, captured: dict) -> str | None:
    """Send one setup request and keep its captures; why it failed, or None."""
    label = f"{request['method']} {request['path']}"
    try:
        response = send(client, request, captured)
    except (httpx.HTTPError, KeyError) as err:
        return f"{label} -> {type(err).__name__} {err}"
    if response.status_code >= 400:
        return f"{label} -> HTTP {response.status_code}"
    for name, source in (request.get("capture") or {}).items():
        value = captured_value(response, source)
        if value is None:
            return f"{label} -> nothing at '{source}' in the response to capture as {{{name}}}"
        captured[name] = value
    return None


def captured_value(response: httpx.Response, source: str) -> str | None:
    if source.startswith(REGEX_CAPTURE):
        match = re.search(source[len(REGEX_CAPTURE):], response.text)
        return match.group(1) if match else None
    try:
        return str(response.json()[source])
    except (ValueError, KeyError, TypeError):
        return None
