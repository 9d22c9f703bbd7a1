"""CSV export: one row per contact, the columns the README documents, lists in one cell."""

from __future__ import annotations

import csv
import io
import re

from nettverk.accounts.models import User
from nettverk.contacts.services import contact_create
from nettverk.exports.service import export_to

from .helpers import REPO
from .pipeline import import_sample


def _csv(owner: User) -> str:
    out = io.StringIO()
    export_to(owner, "csv", out)
    return out.getvalue()


def _documented_columns() -> list[str]:
    """The column names in the README's CSV table, in order."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| column | holds |", 1)[1].split("\n\n", 1)[0]
    return [name for row in table.splitlines()[2:]
            for name in re.findall(r"`(\w+)`", row.split("|")[1])]


def test_the_header_is_the_documented_columns(alice: User) -> None:
    text = _csv(alice)
    assert text.startswith("\ufeff")  # so that Excel reads the letters right
    header = next(csv.reader(io.StringIO(text[1:])))
    assert header == _documented_columns()


def test_each_contact_is_one_row_with_lists_in_one_cell(alice: User) -> None:
    import_sample(alice, "linkedin/Connections.csv")
    contact_create(owner=alice, name="Åsa Wikström", title="VD", organization="Wikström & Co",
                   emails=["asa@example.se", "asa.w@home.example"], tags=["golf", "styrelse"],
                   birthday="--02-29", notes="Line one\nLine two")
    rows = list(csv.DictReader(io.StringIO(_csv(alice)[1:])))
    assert len(rows) == 10
    (asa,) = [row for row in rows if row["name"] == "Åsa Wikström"]
    assert asa["emails"] == "asa@example.se ::: asa.w@home.example"
    assert asa["tags"] == "golf ::: styrelse"
    assert (asa["organization"], asa["title"]) == ("Wikström & Co", "VD")
    assert (asa["function"], asa["seniority"], asa["decision_maker"]) == (
        "executive", "c_level", "yes")
    assert (asa["birthday"], asa["notes"]) == ("--02-29", "Line one\nLine two")
    (lars,) = [row for row in rows if row["name"] == "Lars Bergström"]
    assert (lars["first_met"], lars["arena"], lars["source"]) == (
        "2025-01-21", "LinkedIn", "linkedin")


def test_bob_gets_only_a_header(alice: User, bob: User) -> None:
    contact_create(owner=alice, name="Ingrid Berg")
    assert _csv(bob).count("\r\n") == 1


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(alice: User) -> None:
    contact_create(owner=alice, name="=HYPERLINK(\"http://evil.example\",\"Click\")",
                   title="@SUM(A1:A9)", notes="-2+3", phones=["+47 22 33 44 55"])
    [row] = list(csv.DictReader(io.StringIO(_csv(alice)[1:])))
    assert row["name"] == "'=HYPERLINK(\"http://evil.example\",\"Click\")"
    assert row["title"] == "'@SUM(A1:A9)"
    assert row["notes"] == "'-2+3"
    assert row["phones"] == "+4722334455"  # a phone number stays as it is
