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
from http_requests import send, setup_error


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
