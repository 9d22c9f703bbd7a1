"""`nettverk import` and `nettverk export` through the real entry point, in a temporary home."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli

from .helpers import fixture_text
from .pipeline import write


def test_it_prints_a_summary_line_per_file(cli: Cli, tmp_path: Path) -> None:
    connections = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    result = cli("import", str(connections))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "linkedin Connections.csv: 9 new, 0 updated, 0 suspected duplicates, 0 unchanged\n")
    again = cli("import", str(connections), "--json")
    (summary,) = json.loads(again.stdout)["files"]
    assert (summary["new"], summary["unchanged"], summary["format"]) == (0, 9, "linkedin")


def test_a_dry_run_stores_nothing(cli: Cli, tmp_path: Path) -> None:
    connections = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    result = cli("import", str(connections), "--dry-run", "--json")
    assert json.loads(result.stdout)["files"][0]["new"] == 9
    assert json.loads(cli("contacts", "--json").stdout) == []


def test_the_format_can_be_forced(cli: Cli, tmp_path: Path) -> None:
    connections = write(tmp_path, "contacts.txt", fixture_text("linkedin/Connections.csv"))
    result = cli("import", str(connections), "--format", "vcard")
    assert result.returncode == 1
    assert result.stderr.startswith("nettverk: contacts.txt:1: ")


def test_it_exports_each_format_to_a_file(cli: Cli, tmp_path: Path) -> None:
    connections = write(tmp_path, "Connections.csv", fixture_text("linkedin/Connections.csv"))
    cli("import", str(connections))
    for fmt, start in (("vcard", b"BEGIN:VCARD\r\nVERSION:4.0\r\n"), ("csv", b"\xef\xbb\xbfuid,"),
                       ("json", b'{"nettverk": {')):
        target = tmp_path / f"out.{fmt}"
        result = cli("export", "--format", fmt, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.read_bytes().startswith(start)
    assert b"VERSION:3.0" in (cli("export", "--format", "vcard", "--vcard-version", "3.0")
                              .stdout.encode())
