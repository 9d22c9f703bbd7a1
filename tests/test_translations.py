"""Swedish and Norwegian ship complete: every string translated, compiled catalogs up to date."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "nettverk"
LANGUAGES = ("sv", "nb")


def _po(lang: str, root: Path = PACKAGE) -> Path:
    return root / "locale" / lang / "LC_MESSAGES" / "django.po"


def _catalog(path: Path):  # type: ignore[no-untyped-def]
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    untranslated = [m.id for m in _catalog(_po(lang)) if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalog_matches_the_source(lang: str) -> None:
    fresh = io.BytesIO()
    write_mo(fresh, _catalog(_po(lang)))
    fresh.seek(0)
    with (_po(lang).with_suffix(".mo")).open("rb") as shipped:
        compiled = read_mo(shipped)
    expected = read_mo(fresh)
    assert _messages(compiled) == _messages(expected)


def _messages(catalog) -> dict[object, object]:  # type: ignore[no-untyped-def]
    """Plural entries carry their forms as lists; tuples make them comparable keys."""
    def frozen(value: object) -> object:
        return tuple(value) if isinstance(value, list) else value

    return {frozen(m.id): frozen(m.string) for m in catalog if m.id}


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_every_string_in_the_code_is_in_the_catalogs(tmp_path: Path) -> None:
    copy = tmp_path / "nettverk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "sv", "--no-obsolete",
         "--ignore=migrations/*"],
        cwd=copy, check=True, capture_output=True,
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
    )
    wanted = {m.id for m in _catalog(_po("sv", copy)) if m.id}
    shipped = {m.id for m in _catalog(_po("sv")) if m.id}
    assert sorted(map(str, wanted - shipped)) == []
