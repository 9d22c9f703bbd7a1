"""Where the shared real-world sample files are, and reading them as the import would."""

from __future__ import annotations

import os
from pathlib import Path

from nettverk.imports.formats import ContactRecord, decode_bytes, detect_format, parse

REPO = Path(__file__).resolve().parents[2]


def fixtures_dir() -> Path:
    """../shared/fixtures beside the repository, or under $NETTVERK_SHARED."""
    return Path(os.environ.get("NETTVERK_SHARED", REPO.parent / "shared")) / "fixtures"


def fixture_text(relative: str) -> str:
    path = fixtures_dir() / relative
    return decode_bytes(path.read_bytes(), file=path.name)


def read_fixture(relative: str) -> list[ContactRecord]:
    """The records of a sample file, its format told from its content."""
    text = fixture_text(relative)
    name = Path(relative).name
    return parse(text, detect_format(text, name), file=name)
