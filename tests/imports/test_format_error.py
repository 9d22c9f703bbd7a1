"""FormatError: one line for the user, the parts for the program."""

from __future__ import annotations

import pickle

from nettverk.imports.formats import FormatError


def test_it_reads_as_one_line_naming_file_line_and_field() -> None:
    error = FormatError("alice.vcf", 12, "NOTE", "the NOTE value is over 1 MB")
    assert str(error) == "alice.vcf:12: NOTE: the NOTE value is over 1 MB"
    assert (error.file, error.line, error.field) == ("alice.vcf", 12, "NOTE")
    assert isinstance(error, ValueError)


def test_it_stays_on_one_line_whatever_the_parts_hold() -> None:
    error = FormatError("two\nlines.csv", 3, "Notes\r\n", "one\u2028two")
    assert len(str(error).splitlines()) == 1


def test_it_names_text_without_a_file() -> None:
    assert str(FormatError("", 1, "format", "cannot tell")) == "<input>:1: format: cannot tell"


def test_it_survives_pickling_for_worker_processes() -> None:
    error = pickle.loads(pickle.dumps(FormatError("a.csv", 2, "Birthday", "no such date")))
    assert (error.file, error.line, error.field, error.message) == (
        "a.csv",
        2,
        "Birthday",
        "no such date",
    )
