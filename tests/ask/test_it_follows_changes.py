"""The index follows every change: edits, deletes, bulk writes, a rebuild."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.ask.index import rebuild_index, reindex_contacts
from nettverk.ask.models import AskDocument, AskTerm
from nettverk.ask.services import ask
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create, contact_delete, contact_update


def _names(owner: User, problem: str) -> list[str]:
    return [h.contact.name for h in ask(owner, problem).helpers]


def test_it_forgets_a_deleted_contact(alice: User, privacy_experts: dict[str, Contact]) -> None:
    contact_delete(privacy_experts["sven"])
    assert "Sven Lind" not in _names(alice, "GDPR compliance")
    assert not AskDocument.objects.filter(contact_id=privacy_experts["sven"].pk).exists()


def test_it_forgets_contacts_removed_in_bulk(
    alice: User, privacy_experts: dict[str, Contact]
) -> None:
    """A merge or an import deletes rows directly, then hands the ids to reindex_contacts."""
    gone = [privacy_experts["sven"].pk, privacy_experts["kari"].pk]
    Contact.objects.filter(pk__in=gone).delete()
    reindex_contacts(alice, gone)
    assert _names(alice, "GDPR compliance") == []


def test_it_sees_an_edit_at_once(alice: User, privacy_experts: dict[str, Contact]) -> None:
    contact_update(privacy_experts["ola"], expertise="Personvernombud i tre år.")
    assert "Ola Salg" in _names(alice, "data protection officer")
    contact_update(privacy_experts["ola"], expertise="", title="Selger")
    assert "Ola Salg" not in _names(alice, "data protection officer")


def test_it_keeps_document_counts_exact(alice: User, privacy_experts: dict[str, Contact]) -> None:
    contact_update(privacy_experts["kari"], tags=["GDPR"])
    contact_delete(privacy_experts["nina"])
    counts = dict(AskTerm.objects.filter(owner=alice).values_list("term", "df"))
    rebuild_index(alice)
    rebuilt = dict(AskTerm.objects.filter(owner=alice).values_list("term", "df"))
    assert rebuilt.pop("#version")
    assert {t: n for t, n in counts.items() if n} == rebuilt


def test_it_indexes_contacts_it_never_saw(alice: User) -> None:
    """Contacts written behind the services' back (an old database) are indexed on first ask."""
    contact = contact_create(owner=alice, name="Ove Old", title="Skatterådgivare")
    AskDocument.objects.all().delete()
    AskTerm.objects.all().delete()
    assert _names(alice, "tax advice") == [contact.name]


def test_a_word_too_long_for_a_term_is_left_out_and_the_rest_still_found(alice: User) -> None:
    """PostgreSQL refused the whole change when a field held a 121-letter "word"."""
    word = "x" * 130
    contact_create(owner=alice, name="Kari Moe", title=f"Personvernrådgiver {word}")
    contact_update(Contact.objects.get(name="Kari Moe"), expertise=f"GDPR {word}")
    assert "Kari Moe" in _names(alice, "GDPR compliance")
    assert not AskTerm.objects.filter(term__startswith="xxx").exists()
