"""Print the timing figures of bdbench runs: suite wall time, per-sample overhead and the time
each grader adds, as medians over the samples of each run (quote ratios, not single times:
these machines are shared and noisy).

    .venv/bin/bdbench tasks validate --log-dir results/logs/bench
    .venv/bin/python scripts/benchmark.py results/logs/bench
"""

from __future__ import annotations

import statistics
import sys
from datetime import datetime

from bdbench.summary import SCORER, read_logs


def _seconds(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def main(paths: list[str]) -> None:
    for log in read_logs(paths):
        samples = log.samples or []
        if not samples:
            continue
        wall = _seconds(log.stats.started_at, log.stats.completed_at)
        totals = [s.total_time for s in samples if s.total_time is not None]
        grading: dict[str, list[float]] = {}
        grading_total: list[float] = []
        for sample in samples:
            score = (sample.scores or {}).get(SCORER)
            seconds = ((score.metadata or {}).get("grading_seconds") or {}) if score else {}
            for name, value in seconds.items():
                grading.setdefault(name, []).append(value)
            if seconds:
                grading_total.append(sum(seconds.values()))
        print(f"{log.eval.model} · {log.eval.task}: {len(samples)} samples, wall {wall:.0f} s, "
              f"max_samples {log.eval.config.max_samples}")
        print(f"  per sample (median): total {statistics.median(totals):.1f} s"
              + (f", grading {statistics.median(grading_total):.1f} s" if grading_total else ""))
        for name, values in sorted(grading.items()):
            print(f"    {name:<10} median {statistics.median(values):6.2f} s  max {max(values):6.2f} s  (n={len(values)})")


if __name__ == "__main__":
    main(sys.argv[1:] or ["results/logs"])
