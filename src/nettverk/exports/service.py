"""One entry point for every export, shared by `nettverk export` and the /export/ download."""

from __future__ import annotations

from typing import IO

from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.exports.backup import write_backup
from nettverk.exports.table import write_csv
from nettverk.exports.vcard import VERSIONS, write_vcards

FORMATS = ("vcard", "csv", "json")
CONTENT_TYPES = {"vcard": "text/vcard; charset=utf-8", "csv": "text/csv; charset=utf-8",
                 "json": "application/json"}
_SUFFIXES = {"vcard": "vcf", "csv": "csv", "json": "json"}


def export_to(owner: User, fmt: str, out: IO[str], *, vcard_version: str = "4.0") -> None:
    """Write `owner`'s network to `out` as `fmt`; ValueError for an unknown format or version."""
    if fmt == "vcard":
        if vcard_version not in VERSIONS:
            raise ValueError(f"vCard version {vcard_version!r}: use 4.0 or 3.0")
        write_vcards(owner, out, vcard_version)
    elif fmt == "csv":
        write_csv(owner, out)
    elif fmt == "json":
        write_backup(owner, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}: use vcard, csv or json")


def export_filename(fmt: str) -> str:
    stem = "nettverk-backup" if fmt == "json" else "nettverk-contacts"
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{_SUFFIXES[fmt]}"
