"""A broken file is refused with one line naming file, line and field, and changes nothing.

Each case runs against a network that already holds contacts, and the whole network (as its
JSON backup shows it) must be the same afterwards, through the service and the real CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.utils import translation

from nettverk.accounts.models import User
from tests.conftest import Cli

from .helpers import fixture_text
from .pipeline import import_data, import_sample, network, write

LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
GOOD_ROW = "Alice,Berg,,alice@example.no,Fjord,CFO,09 Oct 2024\n"
BIG = "x" * (50 * 1024 * 1024)
# name: (file name, bytes, the line and field the message must name)
CASES: dict[str, tuple[str, bytes, str]] = {
    "card without END": (
        "phone.vcf", b"BEGIN:VCARD\nFN:Alice\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\nEMAIL:b@x.no\n",
        "phone.vcf:4: END:"),
    "unclosed quote": (
        "Connections.csv", f'{LINKEDIN}{GOOD_ROW}Bob,"Lund,,,Kyst,CTO,10 Oct 2024\n'.encode(),
        "Connections.csv:3: Last Name:"),
    "undecodable bytes": (
        "contacts.vcf", b"BEGIN:VCARD\nFN:Alice\nEND:VCARD\n\x81\x8d\x8f\x90\x9d\n",
        "contacts.vcf:4: encoding:"),
    "50 MB field": (
        "Connections.csv", f'{LINKEDIN}{GOOD_ROW}Bob,Lund,,,Kyst,"{BIG}",10 Oct 2024\n'.encode(),
        "Connections.csv:3: Position:"),
    "a date that does not exist": (
        "Connections.csv", f"{LINKEDIN}{GOOD_ROW}Bob,Lund,,,Kyst,CTO,2026-02-30\n".encode(),
        "Connections.csv:3: Connected On:"),
    "missing column": (
        "Connections.csv", b"First Name,Last Name,Company,Position\nAlice,Berg,Fjord,CFO\n",
        "Connections.csv:1: Connected On:"),
    "title too long to store": (
        "Connections.csv", f'{LINKEDIN}{GOOD_ROW}Bob,Lund,,,Kyst,"{"x" * 400}",10 Oct 2024\n'
        .encode(), "Connections.csv:3: title:"),
}


@pytest.mark.parametrize("case", CASES)
def test_it_refuses_and_changes_nothing(alice: User, case: str) -> None:
    import_sample(alice, "linkedin/Connections.csv")
    before = network(alice)
    name, data, where = CASES[case]
    result = import_data(alice, data, file=name, fmt="linkedin" if case == "missing column"
                         else None)
    assert not result.ok and result.error.startswith(where), result.error
    assert "\n" not in result.error
    assert (result.new, result.updated) == (0, 0)
    assert network(alice) == before


def test_it_rolls_back_a_file_that_fails_after_rows_were_stored(alice: User) -> None:
    """Rows before the bad one were already written in the transaction: none of them stay."""
    before = network(alice)
    text = LINKEDIN + GOOD_ROW * 3 + f'Bob,Lund,,,Kyst,"{"x" * 400}",10 Oct 2024\n'
    result = import_data(alice, text.encode(), file="Connections.csv")
    assert not result.ok
    assert network(alice) == before


def test_the_cli_refuses_each_with_one_line_and_exit_1(cli: Cli, tmp_path: Path) -> None:
    good = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    assert cli("import", str(good)).returncode == 0
    before = cli("export", "--format", "json").stdout
    for number, case in enumerate(["card without END", "unclosed quote", "50 MB field",
                                   "a date that does not exist", "undecodable bytes"]):
        name, data, where = CASES[case]
        bad = tmp_path / str(number) / name
        bad.parent.mkdir()
        bad.write_bytes(data)
        result = cli("import", str(bad))
        assert result.returncode == 1, case
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith(f"nettverk: {where}"), result.stderr
    assert _content(cli("export", "--format", "json").stdout) == _content(before)


def test_the_cli_imports_the_good_files_beside_a_bad_one(cli: Cli, tmp_path: Path) -> None:
    good = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    bad = write(tmp_path, "broken.vcf", "BEGIN:VCARD\nFN:Alice\n")
    result = cli("import", str(bad), str(good), "--json")
    assert result.returncode == 1
    files = json.loads(result.stdout)["files"]
    assert [(f["file"], f["ok"], f["new"]) for f in files] == [
        ("broken.vcf", False, 0), ("Connections.csv", True, 9)]
    assert files[0]["error"].startswith("broken.vcf:1: END:")
    assert len(json.loads(cli("contacts", "--json").stdout)) == 9


def _content(backup: str) -> dict[str, object]:
    document: dict[str, object] = json.loads(backup)
    document.pop("nettverk")
    return document


@pytest.mark.parametrize(("language", "case", "words"), [
    ("sv", "unclosed quote", "ett citattecken börjar här och avslutas aldrig"),
    ("nb", "card without END", "kortet som begynner her, har ingen END:VCARD"),
    ("sv", "undecodable bytes", "spara filen som UTF-8"),
    ("nb", "a date that does not exist", "det finnes ingen dato 2026-02-30"),
])
def test_it_says_what_is_wrong_in_the_users_language(alice: User, language: str, case: str,
                                                      words: str) -> None:
    name, data, where = CASES[case]
    with translation.override(language):
        result = import_data(alice, data, file=name)
    assert result.error.startswith(where) and words in result.error, result.error


def test_the_cli_speaks_its_users_language(cli: Cli, tmp_path: Path) -> None:
    """GIVEN bob, who reads Swedish WHEN he imports a broken file and then a good one THEN the
    refusal and the summary are in Swedish, while the JSON for scripts keeps its keys."""
    assert cli("user", "add", "bob", "--language", "sv").returncode == 0
    name, data, where = CASES["unclosed quote"]
    bad = tmp_path / name
    bad.write_bytes(data)
    refused = cli("--user", "bob", "import", str(bad))
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"nettverk: {where} ett citattecken"), refused.stderr
    (tmp_path / "good").mkdir()
    good = write(tmp_path / "good", "Connections.csv", fixture_text("linkedin/Connections.csv"))
    summary = cli("--user", "bob", "import", str(good)).stdout
    assert "nya: 9" in summary, summary
    assert json.loads(cli("--user", "bob", "import", str(good), "--json").stdout)["files"][0][
        "unchanged"] == 9
