"""Latency meter, run in the grader container: python3 -I measure_latency.py CONFIG.json

Starts the app as the harness does, sends the fixture's setup requests once, warms up, then
times each operation a bounded number of times on 127.0.0.1 and prints the timings as JSON.
"""

from __future__ import annotations

import json
import sys
import time

import httpx

from app_runner import AppStartError, start_app


def send(client: httpx.Client, request: dict, captured: dict | None = None) -> httpx.Response:
    # {name} in a header is a value captured from a setup response (a login's token).
    headers = {key: value.format_map(captured or {}) for key, value in (request.get("headers") or {}).items()}
    return client.request(request["method"], request["path"], json=request.get("json"),
                          data=request.get("data"), headers=headers)


def measure(config: dict) -> dict:
    try:
        app = start_app()
    except AppStartError as err:
        return {"error": str(err)}
    try:
        client = httpx.Client(base_url=app.url, timeout=config["timeout_s"])
        captured: dict[str, str] = {}
        setup_errors = [error for r in config["setup"] if (error := setup_error(client, r, captured))]
        operations = []
        for kind in ("simple", "complex"):
            for request in config[kind]:
                operations.append({"kind": kind, **time_operation(client, request, config, captured)})
        return {"setup_errors": setup_errors, "operations": operations}
    finally:
        app.stop()


def setup_error(client: httpx.Client, request: dict, captured: dict) -> str | None:
    label = f"{request['method']} {request['path']}"
    try:
        response = send(client, request, captured)
    except (httpx.HTTPError, KeyError) as err:
        return f"{label} -> {type(err).__name__} {err}"
    if response.status_code >= 400:
        return f"{label} -> HTTP {response.status_code}"
    for name, field in (request.get("capture") or {}).items():
        try:
            captured[name] = str(response.json()[field])
        except (ValueError, KeyError, TypeError):
            return f"{label} -> no '{field}' in the response to capture as {{{name}}}"
    return None


def time_operation(client: httpx.Client, request: dict, config: dict, captured: dict) -> dict:
    label = f"{request['method']} {request['path']}"
    errors: list[str] = []
    timings_ms: list[float] = []
    for round_number in range(config["warmup"] + config["requests"]):
        start = time.perf_counter()
        try:
            status = send(client, request, captured).status_code
        except (httpx.HTTPError, KeyError) as err:
            status, error = None, f"{type(err).__name__}"
        elapsed_ms = (time.perf_counter() - start) * 1000
        if status is None or status >= 400:
            errors.append(error if status is None else f"HTTP {status}")
        elif round_number >= config["warmup"]:
            timings_ms.append(round(elapsed_ms, 3))
    return {"label": label, "timings_ms": timings_ms, "errors": errors[:5], "error_count": len(errors)}


if __name__ == "__main__":
    with open(sys.argv[1]) as handle:
        print(json.dumps(measure(json.load(handle))))
