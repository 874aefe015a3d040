"""Inline SVG plots with error bars: no plotting library, no network, no scripts.

A plot is a row of panels (one per metric) sharing the run labels on the left, so a run's
scores read across one line and runs compare down each panel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

BAR_HEIGHT = 16
ROW_HEIGHT = 26
PANEL_WIDTH = 170
PANEL_GAP = 44
CHAR_WIDTH = 6.6  # average width of a 12px sans-serif character, to size the label column
TICKS = (0.0, 0.5, 1.0)


@dataclass(frozen=True)
class Bar:
    mean: float
    lo: float
    hi: float


@dataclass(frozen=True)
class Panel:
    metric: str
    title: str
    bars: list[Bar]  # one per label, in label order


def _finite(value: float | None) -> bool:
    return value is not None and not math.isnan(value)


def _panel(panel: Panel, left: float, top: int, labels: list[str]) -> list[str]:
    def x(value: float) -> float:
        return round(left + max(0.0, min(1.0, value)) * PANEL_WIDTH, 1)

    bottom = top + ROW_HEIGHT * len(labels)
    parts = [f'<g class="panel" data-metric={quoteattr(panel.metric)}>',
             f'<text x="{left}" y="{top - 12}" font-weight="600">{escape(panel.title)}</text>']
    for tick in TICKS:
        parts.append(f'<line x1="{x(tick)}" y1="{top - 4}" x2="{x(tick)}" y2="{bottom}" stroke="#ddd"/>')
        parts.append(f'<text x="{x(tick)}" y="{bottom + 14}" text-anchor="middle" fill="#555">{tick:g}</text>')
    parts.append(f'<line x1="{left}" y1="{top - 4}" x2="{left}" y2="{bottom}" stroke="#888"/>')
    for i, (label, bar) in enumerate(zip(labels, panel.bars)):
        y = top + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        mid = y + BAR_HEIGHT / 2
        if not _finite(bar.mean):
            parts.append(f'<text class="missing" x="{left + 4}" y="{mid + 4}" fill="#888">not scored</text>')
            continue
        interval = f" [{bar.lo:.2f}, {bar.hi:.2f}]" if _finite(bar.lo) and _finite(bar.hi) else ""
        parts.append(f'<g class="bar" data-run={quoteattr(label)} data-mean="{bar.mean:.4f}">'
                     f'<title>{escape(label)}: {bar.mean:.3f}{interval}</title>'
                     f'<rect x="{left}" y="{y}" width="{x(bar.mean) - left}" height="{BAR_HEIGHT}" fill="#4c78a8"/>')
        end = bar.mean
        if interval:
            end = max(end, bar.hi)
            parts.append(f'<g class="errorbar" stroke="#222" stroke-width="1.5">'
                         f'<line x1="{x(bar.lo)}" y1="{mid}" x2="{x(bar.hi)}" y2="{mid}"/>'
                         f'<line x1="{x(bar.lo)}" y1="{mid - 5}" x2="{x(bar.lo)}" y2="{mid + 5}"/>'
                         f'<line x1="{x(bar.hi)}" y1="{mid - 5}" x2="{x(bar.hi)}" y2="{mid + 5}"/></g>')
        parts.append(f'<text x="{x(end) + 5}" y="{mid + 4}" font-size="11">{bar.mean:.2f}</text></g>')
    parts.append("</g>")
    return parts


def score_plot(title: str, labels: list[str], panels: list[Panel]) -> str:
    """One SVG: a label column, then a 0..1 panel per metric with each run's bar and interval."""
    label_width = int(max([len(label) for label in labels] + [10]) * CHAR_WIDTH) + 14
    top = 48
    width = label_width + len(panels) * (PANEL_WIDTH + PANEL_GAP)
    height = top + ROW_HEIGHT * len(labels) + 22
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12">',
             f"<title>{escape(title)}</title>",
             f'<text x="0" y="14" font-size="14" font-weight="600">{escape(title)}</text>']
    for i, label in enumerate(labels):
        mid = top + i * ROW_HEIGHT + ROW_HEIGHT / 2
        parts.append(f'<text class="label" x="{label_width - 10}" y="{mid + 4}" text-anchor="end">{escape(label)}</text>')
    for n, panel in enumerate(panels):
        parts += _panel(panel, label_width + n * (PANEL_WIDTH + PANEL_GAP), top, labels)
    parts.append("</svg>")
    return "\n".join(parts)
