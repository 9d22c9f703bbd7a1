"""Importing the shared sample files as a user would, and looking at the whole network after."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path
from typing import Any

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.exports.service import export_to
from nettverk.imports.pipeline import FileResult, import_data

__all__ = ["backup_text", "contact_named", "import_data", "import_sample", "import_text",
           "network", "sample_files", "small_backup", "write"]

from .helpers import fixtures_dir

SAMPLE_FOLDERS = ("vcard", "linkedin", "csv")


def sample_files() -> list[str]:
    """Every sample contact file, as "folder/name"."""
    return [f"{folder}/{path.name}" for folder in SAMPLE_FOLDERS
            for path in sorted((fixtures_dir() / folder).iterdir())
            if path.suffix in (".vcf", ".csv")]


def import_sample(owner: User, relative: str, **options: Any) -> FileResult:
    path = fixtures_dir() / relative
    return import_data(owner, path.read_bytes(), file=path.name, **options)


def import_text(owner: User, text: str, file: str = "upload.vcf", **options: Any) -> FileResult:
    return import_data(owner, text.encode("utf-8"), file=file, **options)


def backup_text(owner: User) -> str:
    out = io.StringIO()
    export_to(owner, "json", out)
    return out.getvalue()


def network(owner: User) -> dict[str, Any]:
    """Everything `owner` has, as the JSON backup says it, without the export's own header."""
    document: dict[str, Any] = json.loads(backup_text(owner))
    document.pop("nettverk")
    return document


def contact_named(owner: User, name: str) -> Contact:
    return Contact.objects.owned_by(owner).get(name=name)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@cache
def small_backup() -> str:
    """A backup as nettverk writes it (one row per line): an organization, a tag, a contact,
    a goal and an interaction."""
    return (
        '{"nettverk": {"version": 1, "exported_at": "2026-01-01T00:00:00+00:00"},\n'
        '"organizations": [\n{"industry": "", "location": "", "name": "Fjord AS", "size": "", '
        '"website": ""}\n],\n"tags": [\n{"name": "golf"}\n],\n"contacts": [\n{"uid": '
        '"1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "name": "Ingrid Berg", "organization": '
        '"Fjord AS", "title": "CFO", "emails": [{"address": "ingrid@fjord.no", "label": "work"}], '
        '"tags": ["golf"], "birthday": "1604-03-22", "field_sources": {"title": "manual"}, '
        '"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}\n'
        '],\n"goals": [\n{"key": "goal-1", "sentence": "Meet 5 CFOs", "functions": ["finance"], '
        '"contacts": ["1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"], "target": 5, '
        '"created_at": "2026-01-01T00:00:00+00:00"}\n'
        '],\n"interactions": [\n{"key": "interaction-1", "kind": "meeting", "direction": '
        '"outbound", "occurred_on": "2026-01-02", "note": "Lunch", "goal": "goal-1", "contacts": '
        '["1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"], "created_at": "2026-01-02T00:00:00+00:00"}\n'
        ']\n}\n'
    )
