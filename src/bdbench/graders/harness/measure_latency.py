"""Latency meter, run in the grader container: python3 -I measure_latency.py CONFIG.json

Starts the app as the harness does, sends the fixture's setup requests once, warms up, then
times each operation a bounded number of times on 127.0.0.1 and prints the timings as JSON.
Once so many of a kind's requests have reached its bound that its p95 cannot end below it, the
rest of that kind is skipped: the verdict is known, and a slow app would otherwise hold the
grader for every remaining request.
"""

from __future__ import annotations

import json
import math
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
            budget = OverBound(config[f"{kind}_p95_ms"], len(config[kind]) * config["requests"])
            for request in config[kind]:
                operations.append({"kind": kind, **time_operation(client, request, config, captured, budget)})
        return {"setup_errors": setup_errors, "operations": operations}
    finally:
        app.stop()


class OverBound:
    """Counts a kind's timed requests at or over its bound. The nearest-rank p95 of `planned`
    values stays under the bound only while at most planned - ceil(0.95 * planned) are over."""

    def __init__(self, bound_ms: float, planned: int):
        self.bound_ms, self.allowed, self.over = bound_ms, planned - math.ceil(0.95 * planned), 0

    def add(self, elapsed_ms: float) -> None:
        self.over += elapsed_ms >= self.bound_ms

    @property
    def decided(self) -> bool:
        return self.over > self.allowed


def time_operation(client: httpx.Client, request: dict, config: dict, captured: dict, budget: OverBound) -> dict:
    label = f"{request['method']} {request['path']}"
    errors: list[str] = []
    timings_ms: list[float] = []
    for round_number in range(config["warmup"] + config["requests"]):
        if budget.decided:
            return {"label": label, "timings_ms": timings_ms, "errors": errors[:5], "error_count": len(errors),
                    "stopped": f"p95 already over {budget.bound_ms:g} ms"}
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
            budget.add(elapsed_ms)
    return {"label": label, "timings_ms": timings_ms, "errors": errors[:5], "error_count": len(errors)}


if __name__ == "__main__":
    with open(sys.argv[1]) as handle:
        print(json.dumps(measure(json.load(handle))))
