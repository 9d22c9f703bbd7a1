"""Geometry for the goal page's two inline SVG charts; whole numbers, so no locale mangles them.

- Per window: a bar per cadence window (its count) and a step line at each window's target.
- Cumulative: the running total against the plan (the running target), with the forecast as
  a dashed line from today to the end of the period.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from django.utils import dateformat

from nettverk.goals.progress import Progress, WindowCount

WIDTH, HEIGHT = 640, 220
TOP, BOTTOM, LEFT, RIGHT = 16, 28, 36, 12
MAX_LABELS = 14


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    label_x: int
    label: str
    window: WindowCount


@dataclass(frozen=True)
class WindowChart:
    width: int
    height: int
    left: int
    right: int
    baseline: int
    top: int
    peak: int
    bars: list[Bar]
    target_line: str  # SVG polyline points; "" without a target


@dataclass(frozen=True)
class CumulativeChart:
    width: int
    height: int
    left: int
    right: int
    baseline: int
    top: int
    peak: int
    plan: str
    actual: str
    forecast: str


def window_label(cadence: str, start: date) -> str:
    if cadence == "week":
        return str(start.isocalendar().week)
    if cadence == "month":
        return dateformat.format(start, "M")
    if cadence == "quarter":
        return f"Q{(start.month - 1) // 3 + 1}"
    return ""


def window_chart(progress: Progress, cadence: str) -> WindowChart:
    windows = progress.windows
    peak = max([w.count for w in windows] + [w.target or 0 for w in windows] + [1])
    slot = (WIDTH - LEFT - RIGHT) / max(len(windows), 1)
    every = math.ceil(len(windows) / MAX_LABELS) or 1
    bars, steps = [], []
    for i, window in enumerate(windows):
        x0, x1 = round(LEFT + i * slot), round(LEFT + (i + 1) * slot)
        gap = max(1, round(slot * 0.15))
        height = _scale(window.count, peak)
        bars.append(Bar(x=x0 + gap, y=_y(window.count, peak), width=max(1, x1 - x0 - 2 * gap),
                        height=height, label_x=(x0 + x1) // 2,
                        label=window_label(cadence, window.start) if i % every == 0 else "",
                        window=window))
        if window.target is not None:
            y = _y(window.target, peak)
            steps += [f"{x0},{y}", f"{x1},{y}"]
    return WindowChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP, peak, bars,
                       " ".join(steps))


def cumulative_chart(progress: Progress) -> CumulativeChart:
    windows = progress.windows
    plan_total = sum(w.target or 0 for w in windows)
    peak = max(plan_total, progress.total, progress.forecast or 0, 1)
    slot = (WIDTH - LEFT - RIGHT) / max(len(windows), 1)
    plan, actual = [(LEFT, 0)], [(LEFT, 0)]
    running_plan = running = 0
    for i, window in enumerate(windows):
        running_plan += window.target or 0
        plan.append((round(LEFT + (i + 1) * slot), running_plan))
        if window.state == "future":
            continue
        running += window.count
        share = 1.0 if window.state == "past" else _elapsed(window, progress.today)
        actual.append((round(LEFT + (i + share) * slot), running))
    forecast = ""
    if progress.forecast is not None and progress.end and progress.today <= progress.end:
        x, value = actual[-1]
        forecast = _points([(x, value), (WIDTH - RIGHT, progress.forecast)], peak)
    return CumulativeChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP, peak,
                           _points(plan, peak) if plan_total else "", _points(actual, peak),
                           forecast)


def _elapsed(window: WindowCount, today: date) -> float:
    return ((today - window.start).days + 1) / ((window.end - window.start).days + 1)


def _scale(value: float, peak: int) -> int:
    return round((HEIGHT - BOTTOM - TOP) * value / peak)


def _y(value: float, peak: int) -> int:
    return HEIGHT - BOTTOM - _scale(value, peak)


def _points(points: list[tuple[int, int]], peak: int) -> str:
    return " ".join(f"{x},{_y(value, peak)}" for x, value in points)
