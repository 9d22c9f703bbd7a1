"""How `nettverk goal` shows goals in a terminal: tables and bars; --json bypasses all this."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from nettverk.cli.runtime import console
from nettverk.lib.goal_types import ParsedGoal

MISSING_ADVICE = {
    "segment": "whom to meet (a role, a function, an industry)",
    "target": "how many (a number)",
    "period": "by when (a period, e.g. next quarter)",
}
PACE_STYLE = {"on_track": "green", "met": "green", "behind": "yellow", "at_risk": "red",
              "missed": "red"}
BAR_WIDTH = 30


def print_parsed(parsed: ParsedGoal) -> None:
    data = parsed.as_json()
    fields = Table.grid(padding=(0, 2))
    for key in ("measure", "target", "cadence", "start", "end", "purpose", "language"):
        fields.add_row(f"[dim]{key}[/]", str(data[key]) if data[key] is not None else "—")
    fields.add_row("[dim]segment[/]", _segment_text(parsed.segment.as_json()))
    console.print(fields)
    warn_unclear(console, data)


def _segment_text(segment: dict[str, Any]) -> str:
    parts = [f"{key.replace('_', ' ')}: {', '.join(map(str, value))}"
             for key, value in segment.items() if isinstance(value, list) and value]
    if segment.get("decision_maker") is not None:
        parts.append(f"decision-maker: {'yes' if segment['decision_maker'] else 'no'}")
    return "; ".join(parts) or "— (anyone)"


def warn_unclear(target: Console, data: dict[str, Any]) -> None:
    """The clarity check: what the goal lacks and a sharper way to write it."""
    missing = data.get("missing") or []
    if not missing:
        target.print("[green]Clear goal:[/] specific, quantified and time-bound.")
        return
    lacks = "; ".join(f"{part}: {MISSING_ADVICE[part]}" for part in missing)
    target.print(f"[yellow]Not yet clear:[/] it lacks {lacks}.", highlight=False)
    if data.get("suggestion"):
        target.print(f"[bold]Sharper:[/] {data['suggestion']}", highlight=False)


def print_added(data: dict[str, Any]) -> None:
    console.print(f"Added goal [bold]#{data['id']}[/]: {data['sentence']}", highlight=False)
    buddy = data.get("buddy")
    if buddy:
        console.print(f"Buddy: {next(iter(buddy.values()))}", highlight=False)


def print_list(rows: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    if not rows:
        console.print("No goals yet. Write one: nettverk goal add \"SENTENCE\"")
        return
    table = Table("#", "Status", "Pace", "So far", "Goal")
    for goal, progress in rows:
        planned = progress["period_target"]
        table.add_row(str(goal["id"]), goal["status"], _pace(progress["pace"]),
                      f"{progress['total']}" + (f"/{planned}" if planned else ""),
                      goal["sentence"])
    console.print(table)


def _pace(code: str) -> str:
    style = PACE_STYLE.get(code)
    label = code.replace("_", " ")
    return f"[{style}]{label}[/]" if style else label


def print_goal(data: dict[str, Any]) -> None:
    progress = data["progress"]
    console.print(f"[bold]#{data['id']}[/] {data['sentence']}", highlight=False)
    console.print(f"{data['measure'].replace('_', ' ')}, target {data['target'] or '—'} "
                  f"per {data['cadence']}, {progress['start']} to {progress['end'] or 'open'}, "
                  f"status {data['status']}", highlight=False)
    if data["missing"]:
        warn_unclear(console, data)
    console.print(_windows_table(progress["windows"]))
    console.print(f"Pace {_pace(progress['pace'])} · {progress['total']} so far, "
                  f"{progress['expected']} expected · streak {progress['streak']} · forecast "
                  f"{progress['forecast'] if progress['forecast'] is not None else '—'}"
                  f" of {progress['period_target'] or '—'}", highlight=False)
    _print_arenas(data["arenas"])


def _windows_table(windows: list[dict[str, Any]]) -> Table:
    table = Table("Window", "Count", "Target", "", title="Per window")
    tallest = max([w["count"] for w in windows] + [w["target"] or 0 for w in windows] + [1])
    for w in windows:
        bar = "█" * round(BAR_WIDTH * w["count"] / tallest)
        mark = {True: "[green]✓[/]", False: "[red]✗[/]"}.get(w["met"], "")
        style = "dim" if w["state"] == "future" else ""
        table.add_row(f"{w['start']} to {w['end']}", str(w["count"]),
                      str(w["target"] if w["target"] is not None else "—"), f"{bar} {mark}",
                      style=style)
    return table


def _print_arenas(arenas: dict[str, Any]) -> None:
    if not arenas["yields"]:
        return
    table = Table("Arena", "Contacts", "Hours", "Money", "Per hour", "Per 1,000 kr",
                  title=f"Arenas {arenas['since']} to {arenas['until']}")
    for y in arenas["yields"]:
        per_thousand = y["per_krone"] * 1000 if y["per_krone"] is not None else None
        table.add_row(y["arena"], str(y["contacts"]), f"{y['hours']:g}", f"{y['money']:,.0f}",
                      _number(y["per_hour"]), _number(per_thousand))
    console.print(table)
    if arenas["recommended"]:
        console.print(f"Go back to: {', '.join(arenas['recommended'])}", highlight=False)
    if arenas["consider_dropping"]:
        console.print(f"[yellow]Consider dropping[/] (no goal contacts for a quarter): "
                      f"{', '.join(arenas['consider_dropping'])}", highlight=False)


def _number(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "—"
