"""Classify a job title; needs no database.

    nettverk title "Økonomisjef" --json
"""

from __future__ import annotations

import click

from nettverk.cli.runtime import console, print_json


@click.command("title")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(text: str, as_json: bool) -> None:
    """Classify TEXT into function, seniority and decision-maker."""
    from nettverk.lib.titles import classify_title

    result = classify_title(text)
    data = {
        "function": result.function,
        "seniority": result.seniority,
        "decision_maker": result.decision_maker,
        "reasons": list(result.reasons),
    }
    if as_json:
        print_json(data)
        return
    console.print(f"[bold]{result.function}[/] · {result.seniority}"
                  + (" · decision-maker" if result.decision_maker else ""))
    for reason in result.reasons:
        console.print(f"  [dim]{reason}[/]", highlight=False)
