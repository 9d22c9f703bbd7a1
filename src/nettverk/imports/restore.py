"""Restoring a nettverk JSON backup (see `exports.backup`) into one owner's network.

Into an empty home it recreates the document exactly: exporting again gives the same document.
Into a network that already holds some of it, it behaves as any import: contacts are matched by
uid, email or LinkedIn URL and merged under the same rules (`store_existing`); organizations,
arenas and tags by name; any other row (an interaction, a goal) is skipped when an identical one
exists. Restoring the same backup twice therefore changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.dedupe.models import DuplicateDismissal
from nettverk.exports.backup import AFTER_CONTACTS, BEFORE_CONTACTS, VERSION, installed, user_refs
from nettverk.exports.rows import Reader, Refs
from nettverk.imports.backup_text import Backup, NotLaidOut, read_backup
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
SECTIONS = frozenset([*(s.name for s in BEFORE_CONTACTS + AFTER_CONTACTS), "contacts",
                      "dismissed_duplicates"])


@dataclass
class Restore:
    stored: Stored
    warnings: list[str] = field(default_factory=list)
    # Run after strength is recomputed, which resets a snooze it sees as outdated.
    finish: Callable[[], None] = lambda: None


def restore_backup(owner: User, text: str, *, file: str,
                   progress: Progress | None = None) -> Restore:
    """Read row by row (`backup_text`); a text laid out otherwise, found out only at the row
    where it differs, is restored again from the top, parsed whole."""
    try:
        with transaction.atomic():
            return _restore(owner, load_backup(text, file), file, progress)
    except NotLaidOut:
        return _restore(owner, load_backup(text, file, by_line=False), file, progress)


def _restore(owner: User, backup: Backup, file: str, progress: Progress | None) -> Restore:
    refs = user_refs()
    reader = Reader(file, refs)
    for section, model in installed(BEFORE_CONTACTS):
        restore_rows(owner, section, model, backup.rows(section.name, file), reader, backup.line)
    items = _contacts(backup.rows("contacts", file), backup, reader)
    stored = store(owner, items, progress)
    for pk, uid in Contact.objects.owned_by(owner).values_list("pk", "uid"):
        refs.add(Contact, pk, str(uid))
    finish = _contact_extras(owner, stored, refs)
    for section, model in installed(AFTER_CONTACTS):
        restore_rows(owner, section, model, backup.rows(section.name, file), reader, backup.line)
    _dismissals(owner, backup, refs, file)
    return Restore(stored, finish=finish)


def load_backup(text: str, file: str, *, by_line: bool = True) -> Backup:
    backup = read_backup(text, file, sections=SECTIONS, by_line=by_line)
    if not isinstance(backup.meta, dict):
        raise FormatError(file, 1, "nettverk", _("not a nettverk backup"))
    version = backup.meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        message = _("backup version %(found)r; this nettverk reads version %(known)d") % {
            "found": version, "known": VERSION}
        raise FormatError(file, 1, "nettverk.version", message)
    return backup


def _contacts(raws: Sequence[Any], backup: Backup, reader: Reader) -> list[Incoming]:
    """Every contact read and checked, a big backup's second part on the other core. A backup
    parsed whole lets each parsed contact go once read: 100,000 of them take more room than
    what is made of them, and holding both went past 1 GiB."""
    def read(indexes: Sequence[int]) -> list[Incoming]:
        found = []
        for i in indexes:
            found.append(contact_incoming(raws[i], i, backup.line("contacts", i), reader))
            if isinstance(raws, list):
                raws[i] = None
        return found
    parts = in_halves(read, range(len(raws)), share=CONTACTS_SHARE)
    return [item for part in parts for item in part]


def _contact_extras(owner: User, stored: Stored, refs: Refs) -> Callable[[], None]:
    """What needs every contact in place: who introduced whom, kept import values, and the
    relationship choices; returns what to redo after strength is recomputed. Each contact's
    `restored` part is let go once used: a third of what 100,000 of them hold, and the strength
    and ask index that follow need the room."""
    introductions: list[tuple[int, int]] = []
    conflicts = RowBuilder(ImportConflict)
    relationships = RowBuilder(Relationship, with_id=True)
    conflict_rows, relationship_rows, choices = [], [], {}
    for item, pk in _restored(stored):
        restored, item.restored = item.restored, None
        assert restored is not None
        introducer = refs.pk(Contact, restored.introduced_by)
        if introducer is not None:
            introductions.append((pk, introducer))
        conflict_rows += [conflicts.row({**row, "contact_id": pk}) for row in restored.conflicts]
        if restored.relationship:
            choices[pk] = restored.relationship
            relationship_rows.append(relationships.row(
                {**restored.relationship, "contact_id": pk, "owner_id": owner.pk}))
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


def _dismissals(owner: User, backup: Backup, refs: Refs, file: str) -> None:
    wanted = set()
    for i, pair in enumerate(backup.rows("dismissed_duplicates", file)):
        ids = [refs.pk(Contact, uid) for uid in pair] if isinstance(pair, list) else []
        if len(ids) != 2 or None in ids or ids[0] == ids[1]:
            message = _("expected two different contact uids of this backup")
            raise FormatError(file, backup.line("dismissed_duplicates", i), "dismissed_duplicates",
                              message)
        wanted.add((min(ids), max(ids)))
    have = set(DuplicateDismissal.objects.owned_by(owner).values_list("first_id", "second_id"))
    DuplicateDismissal.objects.bulk_create([DuplicateDismissal(owner=owner, first_id=a, second_id=b)
                                            for a, b in sorted(wanted - have)])
