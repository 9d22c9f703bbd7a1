"""Importing the shared sample files as a user would, and looking at the whole network after."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.exports.service import export_to
from nettverk.imports.pipeline import FileResult, import_data

__all__ = ["backup_text", "contact_named", "import_data", "import_sample", "import_text",
           "network", "sample_files", "write"]

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
