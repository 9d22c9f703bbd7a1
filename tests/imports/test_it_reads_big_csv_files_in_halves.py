"""A big CSV export is cut at the end of a row and its second part read in a forked child: the
records, warnings and errors are exactly those of one pass, wherever the cut falls, for every
sample export and for files made to trip the cut (quoted line breaks, doubled and stray quotes,
CRLF, preambles, a byte-order mark)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nettverk.imports import pipeline
from nettverk.imports.formats import FormatError, detect, detect_format, parse
from nettverk.imports.formats.csv_halves import csv_halves
from nettverk.imports.formats.linkedin import is_linkedin_header
from nettverk.imports.pipeline import incoming_from_text
from nettverk.lib import two_cores

from .helpers import fixture_text

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = "Notes:\r\n\"When exporting your connection data, you may notice...\"\r\n\r\n"
SHARES = [i / 20 for i in range(1, 20)]


def _rows(count: int, newline: str = "\n") -> str:
    rows = []
    for i in range(count):
        title = ['CFO', '"Head of ""Sales"""', '"Styreleder,\nOslo"', "Utvikler"][i % 4]
        email = f"kari{i}@example.no" if i % 3 else "not an address"
        rows.append(f"Kari,Nordmann {i},https://www.linkedin.com/in/kari-{i},{email},"
                    f"Equinor,{title},05 Jan 2026")
    return newline.join(rows) + newline


EXPORTS = {
    "plain": f"{HEADER}\n{_rows(40)}",
    "preamble, CRLF, BOM": f"\ufeff{PREAMBLE}{HEADER}\r\n{_rows(40, chr(13) + chr(10))}",
    "ghost rows": f"{HEADER}\n{_rows(10)},,,,,,01 Feb 2026\n\n{_rows(10)}",
}


def _one_pass(monkeypatch: pytest.MonkeyPatch, text: str, fmt: str) -> object:
    monkeypatch.setattr(pipeline, "ENOUGH", 10**9)
    return _outcome(text, fmt)


def _in_halves(monkeypatch: pytest.MonkeyPatch, text: str, fmt: str, share: float) -> object:
    monkeypatch.setattr(pipeline, "ENOUGH", 2)
    monkeypatch.setattr(detect, "CSV_SHARE", share)
    return _outcome(text, fmt)


def _outcome(text: str, fmt: str) -> object:
    try:
        return incoming_from_text(text, fmt, "Connections.csv")
    except FormatError as error:
        return str(error)


@pytest.fixture(autouse=True)
def forks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(two_cores, "_can_fork", lambda: True)  # the live server's thread


@pytest.mark.parametrize("name", EXPORTS)
def test_every_cut_reads_as_one_pass(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    text = EXPORTS[name]
    whole = _one_pass(monkeypatch, text, "linkedin")
    assert not isinstance(whole, str) and len(whole[0]) >= 20 and whole[1]  # warnings too
    for share in SHARES:
        assert _in_halves(monkeypatch, text, "linkedin", share) == whole, share


@pytest.mark.parametrize("sample", ["linkedin/Connections.csv",
                                    "linkedin/Connections-excel-resaved.csv",
                                    "csv/google-contacts.csv", "csv/outlook-com.csv"])
def test_every_sample_export_reads_as_one_pass(monkeypatch: pytest.MonkeyPatch,
                                               sample: str) -> None:
    text = fixture_text(sample)
    fmt = detect_format(text, sample)
    whole = _one_pass(monkeypatch, text, fmt)
    for share in SHARES:
        assert _in_halves(monkeypatch, text, fmt, share) == whole, share


def test_the_second_part_names_the_files_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its text repeats the header, then stands in empty lines for the first part's."""
    text = EXPORTS["plain"]
    first, second = csv_halves(text, is_linkedin_header, share=0.5)
    assert first + second[len(text[:text.index("\n") + 1]):].lstrip("\n") == text
    lines = [record.line for record in parse(first, "linkedin") + parse(second, "linkedin")]
    assert lines == [record.line for record in parse(text, "linkedin")]


@pytest.mark.parametrize("broken", [10, 35])
def test_an_error_in_either_part_is_the_files_first(monkeypatch: pytest.MonkeyPatch,
                                                    broken: int) -> None:
    plain = EXPORTS["plain"]
    at = plain.index(f"Kari,Nordmann {broken},")
    text = plain[:at] + plain[at:].replace(f"Nordmann {broken}", f'"Nordmann {broken}', 1)
    where = f"Connections.csv:{plain.count(chr(10), 0, at) + 1}: Last Name:"
    whole = _one_pass(monkeypatch, text, "linkedin")
    assert isinstance(whole, str) and whole.startswith(where), whole
    for share in SHARES:
        assert _in_halves(monkeypatch, text, "linkedin", share) == whole, share


def test_a_stray_quote_that_fools_the_cut_changes_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An unquoted field with one quote (the reader takes it as it is) makes every later line
    break look like one inside a quoted field; the file still reads as in one pass."""
    text = f'{HEADER}\nPer,Berg,,,Fjord,6" Pipe Specialist,05 Jan 2026\n{_rows(40)}'
    whole = _one_pass(monkeypatch, text, "linkedin")
    assert not isinstance(whole, str) and len(whole[0]) == 41
    for share in SHARES:
        assert _in_halves(monkeypatch, text, "linkedin", share) == whole, share


def test_lone_carriage_returns_are_not_cut() -> None:
    text = EXPORTS["plain"].replace("\n", "\r")
    assert csv_halves(text, is_linkedin_header) == [text]


CELLS = st.sampled_from(["Kari", "Berg", '"', '""', '"a,b"', '"x\ny"', "", " ", "CFO",
                         "05 Jan 2026", "x@y.no", "https://www.linkedin.com/in/k", "\r", "ø"])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELLS, min_size=1, max_size=8), min_size=1, max_size=30),
       share=st.sampled_from(SHARES))
def test_any_text_reads_as_in_one_pass(monkeypatch: pytest.MonkeyPatch,
                                       rows: list[list[str]], share: float) -> None:
    text = HEADER + "\n" + "".join(",".join(row) + "\n" for row in rows)
    assert _in_halves(monkeypatch, text, "linkedin", share) == _one_pass(
        monkeypatch, text, "linkedin")
