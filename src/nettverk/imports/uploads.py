"""Uploaded files kept between the preview and the confirm step, in the data home's uploads/.

Files are stored under a random token (never the user's file name), listed in a
`PendingImport` row owned by the uploader, and deleted once imported or cancelled.
"""

from __future__ import annotations

import secrets
import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from nettverk.accounts.models import User
from nettverk.imports.models import PendingImport


@dataclass(frozen=True)
class Upload:
    name: str
    path: Path
    format: str | None


def uploads_dir() -> Path:
    return Path(settings.HOME) / "uploads"


def pending_create(owner: User, files: list[UploadedFile[Any]], fmt: str | None) -> PendingImport:
    pending_prune(owner)
    token = secrets.token_urlsafe(24)
    folder = uploads_dir() / token
    folder.mkdir(parents=True, mode=0o700)
    listed = []
    for number, upload in enumerate(files):
        stored = folder / f"{number}.upload"
        with stored.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        listed.append({"name": Path(upload.name or "upload").name[:200], "stored": stored.name,
                       "format": fmt})
    return PendingImport.objects.create(owner=owner, token=token, files=listed)


def pending_files(pending: PendingImport) -> list[Upload]:
    folder = uploads_dir() / pending.token
    return [Upload(item["name"], folder / item["stored"], item["format"])
            for item in pending.files]


def pending_delete(pending: PendingImport) -> None:
    shutil.rmtree(uploads_dir() / pending.token, ignore_errors=True)
    pending.delete()


def pending_prune(owner: User, older_than: timedelta = timedelta(days=1)) -> None:
    """Forget previews the user left without confirming or cancelling."""
    stale = PendingImport.objects.owned_by(owner).filter(
        created_at__lt=timezone.now() - older_than)
    for pending in stale:
        pending_delete(pending)
