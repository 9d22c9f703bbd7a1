"""Geometry for server-rendered SVG charts: whole numbers only, so no locale can mangle them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nettverk.relationships.quality import DEEP, SHALLOW


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    count: int
    label: str
    band: str
    label_x: int
    count_y: int


@dataclass(frozen=True)
class Histogram:
    width: int
    height: int
    baseline: int
    bars: list[Bar]


def strength_chart(counts: Sequence[int], *, width: int = 640, height: int = 240) -> Histogram:
    """Ten bars for strength 0-9 ... 90-100, coloured shallow, solid or deep."""
    top, bottom, gap = 24, 28, 6
    slot = width // len(counts)
    tallest = max(counts, default=0) or 1
    baseline = height - bottom
    bars = []
    for index, count in enumerate(counts):
        low = index * 10
        bar_height = round((baseline - top) * count / tallest)
        x = index * slot + gap // 2
        bars.append(Bar(
            x=x, y=baseline - bar_height, width=slot - gap, height=bar_height, count=count,
            label=f"{low}-{low + 9 if low < 90 else 100}", band=_band(low),
            label_x=x + (slot - gap) // 2, count_y=baseline - bar_height - 6,
        ))
    return Histogram(width, height, baseline, bars)


def _band(low: int) -> str:
    if low >= DEEP:
        return "deep"
    return "solid" if low >= SHALLOW else "shallow"
