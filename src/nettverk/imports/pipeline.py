"""Importing one file for one owner: read, map, store, in one transaction.

    result = import_data(owner, path.read_bytes(), file=path.name)
    print(result.summary())  # "linkedin Connections.csv: 212 new, 3 updated, ..."

A file is stored whole or not at all: any `FormatError` (from the parsers, or a value too long
for its field) rolls the transaction back and comes back as `result.error`, one line naming file,
line and field. `dry_run` does all the work and rolls back, so the preview's counts and rows are
exactly what confirming will store; the dry runs of several files go inside `dry_runs_together()`
so that each file's counts also see what the files before it would store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nettverk.accounts.models import User
from nettverk.ask.index import new_documents
from nettverk.contacts.models import Contact
from nettverk.dedupe.candidates import (
    Person,
    dismissed_pairs,
    people_of,
    suspected,
)
from nettverk.imports import hooks, store_new
from nettverk.imports.bulk import indexes_after, larger_cache
from nettverk.imports.formats import FormatError, decode_bytes, detect_format, read, split
from nettverk.imports.incoming import Incoming
from nettverk.imports.mapping import RecordMapper
from nettverk.imports.new_texts import new_contact_texts
from nettverk.imports.preview import preview_rows
from nettverk.imports.restore import restore_backup
from nettverk.imports.store import Plan, Progress, Stored, plan, write
from nettverk.lib.collector import collector_paused
from nettverk.lib.two_cores import ENOUGH, Pending, in_background, in_halves

# The first half's share of a big vCard file's cards. Measured at 100,000 cards: reading takes
# 5.1 s at 0.5, 4.6 s at 0.55, 4.9 s at 0.6.
VCARD_SHARE = 0.55
# Set inside `dry_runs_together`: a dry run then keeps its savepoint for the files after it.
_together: ContextVar[bool] = ContextVar("import_dry_runs_together", default=False)


@dataclass
class FileResult:
    """What importing one file did, or the one-line error that stopped it."""

    file: str
    format: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    suspected: int = 0
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    contact_ids: list[int] = field(default_factory=list)
    preview: list[dict[str, Any]] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list, repr=False)
    updated_ids: list[int] = field(default_factory=list, repr=False)
    # A restore's last step, after strength is recomputed (see `restore.Restore.finish`).
    finish: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.error

    def summary(self) -> str:
        """One line for people: "linkedin Connections.csv: 212 new, 3 updated, …"."""
        if self.error:
            return self.error
        parts = [
            _("%(count)d new") % {"count": self.new},
            _("%(count)d updated") % {"count": self.updated},
            ngettext("%(count)d suspected duplicate", "%(count)d suspected duplicates",
                     self.suspected) % {"count": self.suspected},
            _("%(count)d unchanged") % {"count": self.unchanged},
        ]
        if self.conflicts:
            parts.append(ngettext("%(count)d value of yours kept", "%(count)d values of yours kept",
                                  self.conflicts) % {"count": self.conflicts})
        if self.warnings:
            parts.append(ngettext("%(count)d warning", "%(count)d warnings",
                                  len(self.warnings)) % {"count": len(self.warnings)})
        return f"{self.format} {self.file}: " + ", ".join(parts)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file, "format": self.format or None, "ok": self.ok,
            "new": self.new, "updated": self.updated, "unchanged": self.unchanged,
            "suspected_duplicates": self.suspected, "conflicts": self.conflicts,
            "warnings": self.warnings, "error": self.error or None,
        }
        if self.preview:
            data["preview"] = self.preview
        return data


def import_data(owner: User, data: bytes, *, file: str, fmt: str | None = None,
                dry_run: bool = False, progress: Progress | None = None,
                preview: int = 0) -> FileResult:
    """Import the bytes of one file; never raises for a bad file, see `FileResult.error`."""
    result = FileResult(file=file, format=fmt or "")
    try:
        text = decode_bytes(data, file=file)
        result.format = fmt or detect_format(text, file)
        with collector_paused(), larger_cache(), ExitStack() as background:
            with transaction.atomic():
                with indexes_after(*store_new.TABLES):
                    stored, later = _import_text(owner, text, result, progress, preview,
                                                 background, dry_run)
                if not dry_run:  # strength and the ask's index: only for what stays
                    _after(owner, result, stored, later)
                elif not _together.get():
                    transaction.set_rollback(True)
            # Counted from what was read before the write: the other core may still be at
            # it while this one commits.
            result.suspected = later.result(SUSPECTED)
    except FormatError as error:
        result.error = str(error)
        result.new = result.updated = result.unchanged = result.suspected = result.conflicts = 0
        result.contact_ids, result.preview = [], []
        result.new_ids, result.updated_ids, result.finish = [], [], None
    return result


@contextmanager
def dry_runs_together(dry_run: bool = True) -> Iterator[None]:
    """The dry runs of several files as one import that is rolled back at the end.

    A later file's counts then see the earlier files: a person in both a LinkedIn and a Google
    file is new in the first and updated in the second, as confirming will store them. Each file
    is still its own savepoint, so a broken one is refused alone. Does nothing for a real import.
    """
    if not dry_run:
        yield
        return
    token = _together.set(True)
    try:
        with transaction.atomic():
            yield
            transaction.set_rollback(True)
    finally:
        _together.reset(token)


def _import_text(owner: User, text: str, result: FileResult, progress: Progress | None,
                 preview: int, background: ExitStack, dry_run: bool) -> tuple[Stored, Later]:
    _refuse_nul(text, result.file)
    finish = None
    if result.format == "json":
        restored = restore_backup(owner, text, file=result.file, progress=progress)
        stored, result.warnings, finish = restored.stored, restored.warnings, restored.finish
        later = background.enter_context(_later(owner, stored, None, dry_run=dry_run))
    else:
        items, result.warnings = incoming_from_text(text, result.format, result.file)
        planned = plan(owner, items, progress)
        later = background.enter_context(_later(owner, planned.stored, planned,
                                                dry_run=dry_run))
        stored = write(owner, planned, progress, second_half=partial(later.result, ROWS))
    result.new, result.updated = len(stored.new_ids), len(stored.updated_ids)
    result.unchanged, result.conflicts = stored.unchanged, stored.conflicts
    result.contact_ids = [*stored.new_ids, *stored.updated_ids]
    if preview:
        result.preview = preview_rows(owner, result.contact_ids[:preview])
    result.new_ids, result.updated_ids = stored.new_ids, stored.updated_ids
    result.finish = finish
    return stored, later


# What `_later` makes, by index: half of the new contacts' rows (`store_new.ContactRows`;
# None for a restore), their ask documents (`ask.index.NewDocuments`; None: made after the
# write) and how many of them are suspected duplicates.
Later = Pending[Any]
ROWS, DOCUMENTS, SUSPECTED = 0, 1, 2


def _later(owner: User, stored: Stored, planned: Plan | None, *, dry_run: bool) -> Later:
    """Work on the people `stored` creates that needs no more of the database than what is
    read here, done on the other core when there are enough of them, while this one writes:
    for a file (`planned`), half of their contact rows, then their ask documents; for any
    import, last, the count of suspected duplicates. A restore has written its people before
    this starts, so this process makes their documents meanwhile (`_after`); a dry run makes
    none."""
    count = suspected_counter(owner, stored, written=planned is None)
    texts = None if planned is None or dry_run else new_contact_texts(stored)
    return in_background(
        planned.rows_of_second_half if planned else _nothing,
        partial(new_documents, owner, texts) if texts is not None else _nothing,
        count,
        fork=not dry_run and len(stored.new_ids) >= ENOUGH)


def _nothing() -> None:
    return None


def _after(owner: User, result: FileResult, stored: Stored, later: Later) -> None:
    documents = later.result(DOCUMENTS)
    if documents is None:  # a restore's: made here while the other core counts (see `_later`)
        documents = new_documents(owner, new_contact_texts(stored))
    hooks.after_import(owner, result.updated_ids, new=result.new_ids, new_documents=documents,
                       recompute_new=result.format == "json")
    if result.finish is not None:
        result.finish()


def incoming_from_text(text: str, fmt: str, file: str) -> tuple[list[Incoming], list[str]]:
    """The records of a contact file as `Incoming`s, and the warnings mapping them gave.

    A big file's second half is read and mapped on the other core (`nettverk.lib.two_cores`):
    a vCard file's cards, or a CSV's rows (its text cut at the end of a row, `formats.split`).
    Where either half of a CSV fails, the whole text is read again in one pass, so that the
    refusal names the file's first error (and a cut in the wrong place cannot matter)."""
    work = partial(_incoming, fmt=fmt, file=file)
    if fmt == "vcard":  # cards cost more to read than to send back: more even halves
        halves = in_halves(work, split(text, fmt, file=file), share=VCARD_SHARE)
    else:
        parts = split(text, fmt, file=file, halves=text.count("\n") >= ENOUGH)
        try:
            halves = in_halves(work, parts, enough=2)
        except FormatError:
            if len(parts) == 1:
                raise
            halves = [work([text])]
    return ([item for items, _warnings in halves for item in items],
            [warning for _items, warnings in halves for warning in warnings])


def _incoming(parts: Sequence[Any], fmt: str, file: str) -> tuple[list[Incoming], list[str]]:
    mapper = RecordMapper(file, fmt)
    items = [item for record in read(parts, fmt, file=file)
             if (item := mapper.incoming(record)) is not None]
    return items, mapper.warnings


def suspected_counter(owner: User, stored: Stored, *, written: bool) -> Callable[[], int]:
    """How many of the new contacts look like another contact (listed by `dedupe`): what it
    needs from the database is read now, the counting (pure work) is returned for later.
    `written`: whether the new contacts are in the database yet."""
    if not stored.new_ids:
        return lambda: 0
    new = set(stored.new_ids)
    # The new ones from memory; the database only for those who were there before.
    others = Contact.objects.owned_by(owner).count() > (len(new) if written else 0)
    before = people_of(owner, exclude=new) if others else []
    return partial(_suspected_count, before, stored, dismissed_pairs(owner))


def _suspected_count(before: list[Person], stored: Stored,
                     dismissed: set[tuple[int, int]]) -> int:
    people = before + [person_of(pk, item)
                       for pk, item in zip(stored.new_ids, stored.new_items, strict=True)]
    return len(suspected(people, set(stored.new_ids), dismissed))


def person_of(pk: int, item: Incoming) -> Person:
    fields = item.fields
    # One for each new contact; most LinkedIn rows have neither email nor phone to copy.
    return Person(pk, item.name, str(fields.get("organization", "")),
                  tuple([address for address, _label in item.emails]) if item.emails else (),
                  tuple([number for number, _label in item.phones]) if item.phones else (),
                  str(fields.get("given_name", "")), str(fields.get("family_name", "")))


def _refuse_nul(text: str, file: str) -> None:
    # Text decoded from UTF-16 or UTF-32 may hold NUL, which PostgreSQL cannot store.
    at = text.find("\x00")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise FormatError(file, line, "encoding", _("a NUL character: this is not a text file"))
