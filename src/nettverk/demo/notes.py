"""Notes a busy person writes about contacts and meetings, in the contact's language.

`{first}` is the contact's first name, `{topic}` something they talked about, `{other}` the
second person of an introduction.
"""

from __future__ import annotations

CONTACT_NOTES: dict[str, tuple[str, ...]] = {
    "sv": ("Har två barn och spelar padel på torsdagar",
           "Föredrar mejl framför telefon",
           "Flyttade hem från London förra året",
           "Springer Stockholm Marathon varje år",
           "Bra på att öppna dörrar i bankvärlden",
           "Tidigare kollega från konsulttiden",
           "Pratar gärna om segling och skärgården"),
    "nb": ("Har hytte på Hafjell og går mye på ski",
           "Foretrekker telefon fremfor e-post",
           "Flyttet fra Bergen til Oslo i fjor",
           "Veldig god på å koble folk",
           "Tidligere kollega fra konsulenttiden",
           "Sykler Styrkeprøven hvert år",
           "Har tre barn og trener fotballaget til eldstemann"),
    "en": ("Prefers email; in the London office on Tuesdays",
           "Big Manchester United fan",
           "Lived in Oslo for three years and speaks some Norwegian",
           "Great at opening doors in the City",
           "Former colleague from the consulting years",
           "Runs ultramarathons; ask about the next race",
           "Two kids; usually free for an early breakfast"),
}

TOPICS: dict[str, tuple[str, ...]] = {
    "sv": ("budgeten för nästa år", "rekryteringen av en ny ekonomichef", "GDPR-frågorna",
           "expansionen till Norge", "deras byte av affärssystem", "en möjlig pilot",
           "nyemissionen", "AI i ekonomifunktionen", "upphandlingen i höst"),
    "nb": ("budsjettet for neste år", "ansettelsen av ny økonomisjef", "personvern og GDPR",
           "ekspansjon til Sverige", "bytte av ERP-system", "et mulig pilotprosjekt",
           "kapitalinnhentingen", "KI i økonomifunksjonen", "anbudet til høsten"),
    "en": ("next year's budget", "hiring a new finance director", "GDPR questions",
           "expanding into the Nordics", "their ERP migration", "a possible pilot",
           "the funding round", "AI in the finance team", "the autumn tender"),
}

# Keyed by what happened and who took the step (`note_key`).
INTERACTION_NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "meeting": {
        "sv": ("Lunch med {first}; pratade om {topic}.", "Kaffe på stan, mest om {topic}.",
               "Möte på deras kontor om {topic}. Följ upp om en månad."),
        "nb": ("Lunsj med {first}; snakket om {topic}.", "Kaffe i byen, mest om {topic}.",
               "Møte på kontoret deres om {topic}. Følg opp om en måned."),
        "en": ("Lunch with {first}; talked about {topic}.", "Coffee in town, mostly {topic}.",
               "Meeting at their office about {topic}. Follow up in a month."),
    },
    "call_out": {
        "sv": ("Ringde {first} om {topic}.", "Kort samtal om {topic}."),
        "nb": ("Ringte {first} om {topic}.", "Kort samtale om {topic}."),
        "en": ("Called {first} about {topic}.", "Quick call about {topic}."),
    },
    "call_in": {
        "sv": ("{first} ringde om {topic}.", "{first} ringde för råd om {topic}."),
        "nb": ("{first} ringte om {topic}.", "{first} ringte for å få råd om {topic}."),
        "en": ("{first} called about {topic}.", "{first} rang for advice on {topic}."),
    },
    "write_out": {
        "sv": ("Skickade artikeln om {topic}.", "Grattis till nya jobbet!", "Tack för senast."),
        "nb": ("Sendte artikkelen om {topic}.", "Gratulerte med ny jobb!", "Takk for sist."),
        "en": ("Sent the article on {topic}.", "Congratulated {first} on the new role.",
               "Thanks for last time."),
    },
    "write_in": {
        "sv": ("{first} frågade om {topic}.", "{first} tipsade om ett seminarium om {topic}."),
        "nb": ("{first} spurte om {topic}.", "{first} tipset om et seminar om {topic}."),
        "en": ("{first} asked about {topic}.", "{first} flagged a seminar on {topic}."),
    },
    "event": {
        "sv": ("Träffades i pausen och pratade om {topic}.", "Satt bredvid {first} på middagen."),
        "nb": ("Møttes i pausen og snakket om {topic}.", "Satt ved siden av {first} på middagen."),
        "en": ("Met in the coffee break; talked about {topic}.", "Sat next to {first} at dinner."),
    },
    "intro_received": {
        "sv": ("{other} introducerade mig för {first} via mejl, om {topic}.",),
        "nb": ("{other} introduserte meg for {first} på e-post, om {topic}.",),
        "en": ("{other} introduced me to {first} by email, about {topic}.",),
    },
    "intro_made": {
        "sv": ("Kopplade ihop {first} och {other} om {topic}.",),
        "nb": ("Koblet sammen {first} og {other} om {topic}.",),
        "en": ("Introduced {first} to {other} about {topic}.",),
    },
    "help_given": {
        "sv": ("Läste igenom och kommenterade underlaget om {topic}.", "Gav råd om {topic}."),
        "nb": ("Leste gjennom og kommenterte utkastet om {topic}.", "Ga råd om {topic}."),
        "en": ("Reviewed the draft on {topic} and sent comments.", "Gave advice on {topic}."),
    },
    "help_received": {
        "sv": ("{first} hjälpte mig med {topic}.", "Fick bra råd om {topic}."),
        "nb": ("{first} hjalp meg med {topic}.", "Fikk gode råd om {topic}."),
        "en": ("{first} helped me with {topic}.", "Got good advice on {topic}."),
    },
    "group": {
        "sv": ("Workshop om {topic}.", "Styrgruppsmöte om {topic}."),
        "nb": ("Workshop om {topic}.", "Styringsgruppemøte om {topic}."),
        "en": ("Workshop on {topic}.", "Steering group on {topic}."),
    },
}

WRITTEN_KINDS = frozenset({"message", "email"})


def note_key(kind: str, direction: str, people: int) -> str:
    """Which notes fit: a call they made reads differently from one the user made."""
    if people > 2:
        return "group"
    if kind == "call" or kind in WRITTEN_KINDS:
        side = "in" if direction == "inbound" else "out"
        return f"{'call' if kind == 'call' else 'write'}_{side}"
    return kind
