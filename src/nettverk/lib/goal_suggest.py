"""A sharper rewrite of a goal sentence that lacks a segment, a target or a period.

Follows the source text's example: "Meet new customers" becomes "Get introduced to 2 new CFOs or
other decision-makers in finance and accounting every week next quarter". The rewrite keeps the
user's measure, count, cadence, period, segment words and why clause, fills each gap with a
concrete proposal (2 a week, next quarter, decision-makers in finance), is written in the
sentence's language, and is checked to parse with nothing missing; the first candidate that
does is returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from nettverk.lib.goal_types import Draft, Segment

DEFAULT_TARGET = 2

# Per language; "{new}" agrees with the count (Norwegian "1 ny", "2 nye").
_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {"introductions": "Get introduced to {n} new {who}", "new_contacts":
           "Get to know {n} new {who}", "meetings": "Have {n} meetings with {who}",
           "interactions": "Keep in touch with {n} {who}"},
    "nb": {"introductions": "Få introduksjon til {n} {new} {who}", "new_contacts":
           "Bli kjent med {n} {new} {who}", "meetings": "Ha {n} møter med {who}",
           "interactions": "Hold kontakten med {n} {who}"},
    "sv": {"introductions": "Bli introducerad till {n} {new} {who}", "new_contacts":
           "Lär känna {n} {new} {who}", "meetings": "Ha {n} möten med {who}",
           "interactions": "Håll kontakten med {n} {who}"},
}
_NEW = {"en": ("new", "new"), "nb": ("nye", "ny"), "sv": ("nya", "ny")}
_CADENCES: dict[str, dict[str, str]] = {
    "en": {"week": "every week", "month": "every month", "quarter": "every quarter"},
    "nb": {"week": "hver uke", "month": "hver måned", "quarter": "hvert kvartal"},
    "sv": {"week": "varje vecka", "month": "varje månad", "quarter": "varje kvartal"},
}
# A quarterly cadence needs a longer window than the default next quarter.
_PERIODS = {"en": ("next quarter", "next year"), "nb": ("neste kvartal", "neste år"),
            "sv": ("nästa kvartal", "nästa år")}
# (plural, singular) noun phrases.
_BUYERS = {
    "en": ("CFOs or other decision-makers in finance and accounting",
           "CFO or other decision-maker in finance and accounting"),
    "nb": ("økonomidirektører eller andre beslutningstakere innenfor økonomi og regnskap",
           "økonomidirektør eller annen beslutningstaker innenfor økonomi og regnskap"),
    "sv": ("ekonomichefer eller andra beslutsfattare inom ekonomi och redovisning",
           "ekonomichef eller annan beslutsfattare inom ekonomi och redovisning"),
}
_ROLES = {"en": ("developers", "developer"), "nb": ("utviklere", "utvikler"),
          "sv": ("utvecklare", "utvecklare")}
_EXECUTIVES = {"en": ("CEOs", "CEO"), "nb": ("daglige ledere", "daglig leder"),
               "sv": ("vd:ar", "vd")}
_DECIDERS = {"en": ("decision-makers in", "decision-maker in"),
             "nb": ("beslutningstakere innenfor", "beslutningstaker innenfor"),
             "sv": ("beslutsfattare inom", "beslutsfattare inom")}
_PEOPLE_IN = {"en": ("people in", "person in"), "nb": ("folk innenfor", "person innenfor"),
              "sv": ("personer inom", "person inom")}
_FUNCTION_NAMES: dict[str, dict[str, str]] = {
    "en": {"finance": "finance", "hr": "HR", "it": "IT", "sales": "sales",
           "marketing": "marketing", "operations": "operations", "legal": "legal",
           "procurement": "procurement", "communications": "communications",
           "product": "product", "research": "research"},
    "nb": {"finance": "økonomi", "hr": "HR", "it": "IT", "sales": "salg",
           "marketing": "markedsføring", "operations": "drift", "legal": "juss",
           "procurement": "innkjøp", "communications": "kommunikasjon", "product": "produkt",
           "research": "forskning"},
    "sv": {"finance": "ekonomi", "hr": "HR", "it": "IT", "sales": "försäljning",
           "marketing": "marknadsföring", "operations": "drift", "legal": "juridik",
           "procurement": "inköp", "communications": "kommunikation", "product": "produkt",
           "research": "forskning"},
}
_AND = {"en": "and", "nb": "og", "sv": "och"}


def suggest(draft: Draft, complete: Callable[[str, str], bool]) -> str:
    """The first rewrite that `complete(sentence, language)` accepts; "" when nothing lacks."""
    if not draft.goal.missing:
        return ""
    for who, purpose in _candidates(draft):
        sentence = _sentence(draft, who, purpose)
        if complete(sentence, draft.goal.language):
            return sentence
    return _sentence(draft, _BUYERS[draft.goal.language][_one(draft)], "")


def _one(draft: Draft) -> int:
    """1 for a singular noun phrase ("1 ny økonomidirektør"), else 0."""
    return int(draft.goal.target == 1)


def _candidates(draft: Draft) -> Iterator[tuple[str, str]]:
    lang, one = draft.goal.language, _one(draft)
    fallback = (_ROLES if draft.recruiting else _BUYERS)[lang][one]
    for who in (draft.segment_text, _segment_words(draft.goal.segment, lang, one), fallback):
        if who:
            if draft.purpose_text:
                yield who, draft.purpose_text
            yield who, ""


def _sentence(draft: Draft, who: str, purpose: str) -> str:
    goal, lang = draft.goal, draft.goal.language
    template = _TEMPLATES[lang][goal.measure]
    count = goal.target or DEFAULT_TARGET
    parts = [template.format(n=count, new=_NEW[lang][_one(draft)], who=who)]
    cadence = goal.cadence if goal.cadence != "period" or goal.target else "week"
    if cadence != "period":
        parts.append(_CADENCES[lang][cadence])
    parts.append(draft.period_text if goal.start else _PERIODS[lang][cadence == "quarter"])
    if purpose:
        parts.append(purpose)
    return " ".join(parts)


def _segment_words(segment: Segment, lang: str, one: int) -> str:
    """The segment said again from its codes: "decision-makers in finance and HR"."""
    names = [_FUNCTION_NAMES[lang][f] for f in segment.functions if f in _FUNCTION_NAMES[lang]]
    if not names:
        return _EXECUTIVES[lang][one] if "executive" in segment.functions else ""
    joined = f" {_AND[lang]} ".join(names)
    lead = (_DECIDERS if segment.decision_maker else _PEOPLE_IN)[lang][one]
    return f"{lead} {joined}"
