"""Restoring a nettverk JSON backup (see `exports.backup`) into one owner's network.

Into an empty home it recreates the document exactly: exporting again gives the same document.
Into a network that already holds some of it, it behaves as any import: contacts are matched by
uid, email or LinkedIn URL and merged under the same rules (`store_existing`); organizations,
arenas and tags by name; any other row (an interaction, a goal) is skipped when an identical one
exists. Restoring the same backup twice therefore changes nothing the second time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.dedupe.models import DuplicateDismissal
from nettverk.exports.backup import AFTER_CONTACTS, BEFORE_CONTACTS, VERSION, installed, user_refs
from nettverk.exports.rows import Reader, Refs
from nettverk.imports.formats import FormatError
from nettverk.imports.incoming import Incoming
from nettverk.imports.models import ImportConflict
from nettverk.imports.restore_contacts import contact_incoming
from nettverk.imports.restore_rows import restore_rows
from nettverk.imports.store import Progress, Stored, store
from nettverk.lib.row_builder import RowBuilder
from nettverk.lib.two_cores import in_halves
from nettverk.relationships.models import Relationship

# The part of a big backup's contacts read here; the other core's part costs more to send back.
CONTACTS_SHARE = 0.6
_SECTION_START = re.compile(r'^"(\w+)": \[', re.MULTILINE)


@dataclass
class Restore:
    stored: Stored
    warnings: list[str] = field(default_factory=list)
    # Run after strength is recomputed, which resets a snooze it sees as outdated.
    finish: Callable[[], None] = lambda: None


class Lines:
    """Where each row of a section starts: the backup writes one row per line."""

    def __init__(self, text: str) -> None:
        self.starts = {m[1]: text.count("\n", 0, m.start()) + 1
                       for m in _SECTION_START.finditer(text)}

    def of(self, section: str, index: int) -> int:
        start = self.starts.get(section)
        return 1 if start is None else start + 1 + index


def restore_backup(owner: User, text: str, *, file: str,
                   progress: Progress | None = None) -> Restore:
    document = load_backup(text, file)
    lines, refs = Lines(text), user_refs()
    reader = Reader(file, refs)
    for section, model in installed(BEFORE_CONTACTS):
        restore_rows(owner, section, model, _rows(document, section.name, file, lines), reader,
                     lines.of)
    items = _contacts(_rows(document, "contacts", file, lines), lines, reader)
    stored = store(owner, items, progress)
    for pk, uid in Contact.objects.owned_by(owner).values_list("pk", "uid"):
        refs.add(Contact, pk, str(uid))
    finish = _contact_extras(owner, stored, refs)
    for section, model in installed(AFTER_CONTACTS):
        restore_rows(owner, section, model, _rows(document, section.name, file, lines), reader,
                     lines.of)
    _dismissals(owner, document, refs, file, lines)
    return Restore(stored, finish=finish)


def load_backup(text: str, file: str) -> dict[str, Any]:
    try:
        document: dict[str, Any] = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(file, error.lineno, "json", error.msg) from None
    except RecursionError:
        raise FormatError(file, 1, "json", _("nested too deeply")) from None
    meta = document.get("nettverk") if isinstance(document, dict) else None
    if not isinstance(meta, dict):
        raise FormatError(file, 1, "nettverk", _("not a nettverk backup"))
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        message = _("backup version %(found)r; this nettverk reads version %(known)d") % {
            "found": version, "known": VERSION}
        raise FormatError(file, 1, "nettverk.version", message)
    return document


def _contacts(raws: list[Any], lines: Lines, reader: Reader) -> list[Incoming]:
    """Every contact read and checked, a big backup's second part on the other core. Each
    parsed contact is let go once read: 100,000 of them take more room than what is made of
    them, and holding both went past 1 GiB."""
    def read(indexes: Sequence[int]) -> list[Incoming]:
        found = []
        for i in indexes:
            found.append(contact_incoming(raws[i], i, lines.of("contacts", i), reader))
            raws[i] = None
        return found
    parts = in_halves(read, range(len(raws)), share=CONTACTS_SHARE)
    raws.clear()
    return [item for part in parts for item in part]


def _rows(document: dict[str, Any], name: str, file: str, lines: Lines) -> list[Any]:
    rows = document.get(name, [])
    if not isinstance(rows, list):
        raise FormatError(file, lines.of(name, -1), name, _("expected a list"))
    return rows


def _contact_extras(owner: User, stored: Stored, refs: Refs) -> Callable[[], None]:
    """What needs every contact in place: who introduced whom, kept import values, and the
    relationship choices; returns what to redo after strength is recomputed."""
    introductions: list[tuple[int, int]] = []
    conflicts = RowBuilder(ImportConflict)
    relationships = RowBuilder(Relationship, with_id=True)
    conflict_rows, relationship_rows, choices = [], [], {}
    for item, pk in _restored(stored):
        assert item.restored is not None
        introducer = refs.pk(Contact, item.restored.introduced_by)
        if introducer is not None:
            introductions.append((pk, introducer))
        conflict_rows += [conflicts.row({**row, "contact_id": pk})
                          for row in item.restored.conflicts]
        if item.restored.relationship:
            choices[pk] = item.restored.relationship
            relationship_rows.append(relationships.row(
                {**item.restored.relationship, "contact_id": pk, "owner_id": owner.pk}))
    for pk, introducer in introductions:
        Contact.objects.filter(pk=pk).update(introduced_by_id=introducer)
    conflicts.insert(conflict_rows)
    relationships.insert(relationship_rows)

    def finish() -> None:
        for pk, values in choices.items():
            Relationship.objects.filter(contact_id=pk).update(**values)
    return finish


def _restored(stored: Stored) -> list[tuple[Incoming, int]]:
    return [(item, pk) for item, pk in zip(stored.new_items, stored.new_ids, strict=True)
            if item.restored is not None]


def _dismissals(owner: User, document: dict[str, Any], refs: Refs, file: str,
                lines: Lines) -> None:
    wanted = set()
    for i, pair in enumerate(_rows(document, "dismissed_duplicates", file, lines)):
        ids = [refs.pk(Contact, uid) for uid in pair] if isinstance(pair, list) else []
        if len(ids) != 2 or None in ids or ids[0] == ids[1]:
            message = _("expected two different contact uids of this backup")
            raise FormatError(file, lines.of("dismissed_duplicates", i), "dismissed_duplicates",
                              message)
        wanted.add((min(ids), max(ids)))
    have = set(DuplicateDismissal.objects.owned_by(owner).values_list("first_id", "second_id"))
    DuplicateDismissal.objects.bulk_create([DuplicateDismissal(owner=owner, first_id=a, second_id=b)
                                            for a, b in sorted(wanted - have)])
