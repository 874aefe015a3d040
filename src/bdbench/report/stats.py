"""Statistics for small benchmarks, after "Adding Error Bars to Evals" (Miller, 2024).

Tasks that share a scenario are not independent evidence, so uncertainty is clustered by
scenario: a cluster bootstrap for confidence intervals and a clustered standard error. McNemar's
exact test judges paired pass/fail outcomes, and pass@k uses the unbiased estimator from
Chen et al. (2021).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_RESAMPLES = 10_000
DEFAULT_SEED = 20241101  # fixed, so every report of the same logs gives the same interval
DEFAULT_LEVEL = 0.95


@dataclass(frozen=True)
class Estimate:
    """A mean with its clustered uncertainty. lo/hi are NaN when fewer than two clusters."""

    mean: float
    lo: float
    hi: float
    se: float
    n: int
    clusters: int

    @property
    def excludes_zero(self) -> bool:
        return self.lo > 0 or self.hi < 0

    def as_dict(self) -> dict:
        return {"mean": _clean(self.mean), "ci_low": _clean(self.lo), "ci_high": _clean(self.hi),
                "stderr": _clean(self.se), "n": self.n, "clusters": self.clusters}


def _clean(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def _valid(values: Sequence[float], clusters: Sequence) -> tuple[np.ndarray, list]:
    if len(values) != len(clusters):
        raise ValueError(f"{len(values)} values but {len(clusters)} cluster ids")
    keep = [i for i, v in enumerate(values) if v is not None and not math.isnan(v)]
    return np.array([float(values[i]) for i in keep]), [clusters[i] for i in keep]


def _cluster_totals(values: np.ndarray, clusters: list) -> tuple[np.ndarray, np.ndarray]:
    """Per-cluster sum and count, clusters in first-seen order."""
    order: dict = {}
    for cluster in clusters:
        order.setdefault(cluster, len(order))
    index = np.array([order[c] for c in clusters], dtype=int)
    sums = np.bincount(index, weights=values, minlength=len(order))
    counts = np.bincount(index, minlength=len(order)).astype(float)
    return sums, counts


def clustered_stderr(values: Sequence[float], clusters: Sequence) -> float:
    """Standard error of the mean with cluster-robust variance and the C/(C-1) finite-cluster
    correction, the same estimator inspect's stderr(cluster=...) uses, so numbers agree."""
    data, ids = _valid(values, clusters)
    sums, counts = _cluster_totals(data, ids)
    n_clusters = len(sums)
    if n_clusters < 2:
        return float("nan")
    mean = data.mean()
    deviations = sums - counts * mean  # per cluster: sum of (x - mean)
    variance = float((deviations ** 2).sum()) * n_clusters / (n_clusters - 1)
    return math.sqrt(variance) / len(data)


def cluster_bootstrap_ci(values: Sequence[float], clusters: Sequence, level: float = DEFAULT_LEVEL,
                         resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> tuple[float, float]:
    """Percentile interval of the mean when whole clusters are resampled with replacement.

    Each resample draws as many clusters as there are; the statistic is the mean over every
    unit in the drawn clusters, so large clusters weigh as much as their tasks do."""
    data, ids = _valid(values, clusters)
    sums, counts = _cluster_totals(data, ids)
    n_clusters = len(sums)
    if n_clusters < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    # How often each cluster is drawn in each resample: a multinomial row per resample.
    draws = rng.multinomial(n_clusters, np.full(n_clusters, 1.0 / n_clusters), size=resamples)
    means = (draws @ sums) / (draws @ counts)
    alpha = 1.0 - level
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)


def estimate(values: Sequence[float], clusters: Sequence, level: float = DEFAULT_LEVEL,
             resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> Estimate:
    data, ids = _valid(values, clusters)
    if len(data) == 0:
        return Estimate(float("nan"), float("nan"), float("nan"), float("nan"), 0, 0)
    lo, hi = cluster_bootstrap_ci(data, ids, level, resamples, seed)
    return Estimate(float(data.mean()), lo, hi, clustered_stderr(data, ids), len(data), len(set(ids)))


def mcnemar_exact(base_only: int, candidate_only: int) -> float:
    """Two-sided exact McNemar p-value from the discordant pairs: under no difference, each
    discordant pair is equally likely to favour either side, a Binomial(n, 1/2)."""
    n = base_only + candidate_only
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(base_only, candidate_only) + 1))
    return min(1.0, 2 * tail / 2 ** n)


def pass_at_k(n: int, c: int, k: int) -> float:
    """Chance that at least one of k attempts drawn from n (c of them correct) is correct."""
    if not 0 < k <= n or not 0 <= c <= n:
        raise ValueError(f"pass@k needs 0 < k <= n and 0 <= c <= n (n={n}, c={c}, k={k})")
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


@dataclass(frozen=True)
class Routed:
    """One run's routing decisions, one per unit: right or not, and the class it counts under."""

    right: Sequence[float]
    labels: Sequence[str]
    sign: float = 1.0  # -1 for the base of a difference


def _class_tables(part: Routed, cluster_index: np.ndarray, n_clusters: int) -> tuple[np.ndarray, np.ndarray]:
    """Per cluster and class: decisions right, and decisions."""
    classes = {label: k for k, label in enumerate(dict.fromkeys(part.labels))}
    cells = cluster_index * len(classes) + np.array([classes[label] for label in part.labels], dtype=int)
    size = n_clusters * len(classes)
    right = np.bincount(cells, weights=np.asarray(part.right, dtype=float), minlength=size)
    count = np.bincount(cells, minlength=size).astype(float)
    return right.reshape(n_clusters, -1), count.reshape(n_clusters, -1)


def _balanced(right: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Mean recall over the classes present, per row (a row per resample)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.nanmean(np.where(count > 0, right / count, np.nan), axis=-1)


def balanced_accuracy(part: Routed) -> float:
    """The point value: mean recall over the classes present."""
    right, count = _class_tables(part, np.zeros(len(part.labels), dtype=int), 1)
    return float(_balanced(right[0], count[0])) if len(part.labels) else float("nan")


def balanced_estimate(parts: Sequence[Routed], clusters: Sequence, level: float = DEFAULT_LEVEL,
                      resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> Estimate:
    """Balanced accuracy (or, with signs, a difference of two) with a cluster-bootstrap interval
    that recomputes each class's recall in every resample, so the bounds stay within the
    statistic's range. The standard error is the bootstrap's."""
    order: dict = {}
    for cluster in clusters:
        order.setdefault(cluster, len(order))
    if not order:
        return Estimate(float("nan"), float("nan"), float("nan"), float("nan"), 0, 0)
    index = np.array([order[c] for c in clusters], dtype=int)
    tables = [(part.sign, *_class_tables(part, index, len(order))) for part in parts]
    mean = float(sum(sign * _balanced(right.sum(0), count.sum(0)) for sign, right, count in tables))
    if len(order) < 2:
        return Estimate(mean, float("nan"), float("nan"), float("nan"), len(clusters), len(order))
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(order), np.full(len(order), 1.0 / len(order)), size=resamples)
    stats = sum(sign * _balanced(draws @ right, draws @ count) for sign, right, count in tables)
    alpha = 1.0 - level
    lo, hi = np.nanquantile(stats, [alpha / 2, 1 - alpha / 2])
    return Estimate(mean, float(lo), float(hi), float(np.nanstd(stats, ddof=1)), len(clusters), len(order))
