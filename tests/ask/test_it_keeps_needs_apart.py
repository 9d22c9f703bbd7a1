"""What someone wants to learn is not what they know: needs never make a helper."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.ask.services import ask
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create


def test_it_never_ranks_a_contact_for_their_needs(
    alice: User, privacy_experts: dict[str, Contact]
) -> None:
    names = [h.contact.name for h in ask(alice, "Hvem kan personvern og GDPR?").helpers]
    assert "Nina Lær" not in names
    assert set(names) >= {"Sven Lind", "Kari Moe"}


def test_it_reads_a_note_that_asks_for_help_as_a_need(alice: User) -> None:
    contact_create(owner=alice, name="Baker Bo", title="Baker",
                   notes="Runs a café. Needs help with VAT and bookkeeping.")
    contact_create(owner=alice, name="Lena Learner", title="Student",
                   notes="Studies tax law; wants to learn about VAT.")
    contact_create(owner=alice, name="Mona Moms", title="Redovisningskonsult",
                   notes="Sköter moms och bokföring åt småföretag.")
    names = [h.contact.name for h in ask(alice, "Who can help us with VAT?").helpers]
    assert names == ["Mona Moms"]


def test_it_does_not_count_where_we_met_as_expertise(alice: User) -> None:
    contact_create(owner=alice, name="Frida Frisör", title="Frisör",
                   notes="Träffades på bokmässan.")
    contact_create(owner=alice, name="Märta Mässa", title="Eventansvarig",
                   notes="Planerar mässor och konferenser.")
    names = [h.contact.name for h in ask(alice, "We need a stand at a trade fair").helpers]
    assert names == ["Märta Mässa"]
