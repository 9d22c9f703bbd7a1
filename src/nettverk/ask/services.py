"""Ask the network: "who can help me with this?" Views, the API and the CLI all call `ask`.

    result = ask(alice, "We need to make our customer database GDPR compliant", limit=5)
    result.helpers[0].contact.name, result.helpers[0].reasons, result.missing

Steps: read the question (`query`), find and score candidates by fit (`retrieval`), reorder the
best by reach (`reach`), explain them (`reasons`), and describe who is missing (`missing`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.ask import missing as missing_
from nettverk.ask import sql
from nettverk.ask.documents import ContactCard, ContactText, field_texts
from nettverk.ask.index import analysis_version, ensure_current
from nettverk.ask.models import SavedAsk
from nettverk.ask.query import Question, read_question
from nettverk.ask.reach import Tie, final_score, load_ties
from nettverk.ask.reasons import tie_reasons, topic_reasons
from nettverk.ask.retrieval import Fit, Stats, candidates, load_stats, score_candidates
from nettverk.goals.models import Goal

DEFAULT_LIMIT = 10
MAX_LIMIT = 100
MIN_RELATIVE = 0.15  # a helper scoring below this share of the best one is noise
MIN_COVERAGE = 0.12  # ... and so is one matching almost none of the question
GOOD_COVERAGE = 0.5  # without concepts, a good helper covers at least this much


@dataclass(frozen=True)
class Helper:
    contact: ContactCard
    score: float
    fit: float
    reasons: list[str]
    concepts: frozenset[str]  # the question's concepts this helper matched
    good: bool


@dataclass(frozen=True)
class AskResult:
    question: Question
    helpers: list[Helper]
    missing: list[dict[str, Any]]


def ask(owner: User, text: str, *, limit: int = DEFAULT_LIMIT,
        today: date | None = None) -> AskResult:
    """The owner's contacts who can help with `text`, best first, and who is missing."""
    if not text.strip():
        raise ValidationError({"q": _("Describe the problem in a few words.")})
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError({"limit": _("Give a limit from 1 to %d.") % MAX_LIMIT})
    today = today or timezone.localdate()
    question = read_question(text)
    stats = load_stats(owner, question)
    if stats.version != analysis_version():
        ensure_current(owner)
        stats = load_stats(owner, question)
    fits = _plausible(score_candidates(question, stats, candidates(owner, question, stats)))
    helpers = _rank(owner, question, stats, fits[: max(3 * limit, 30)], today, limit)
    return AskResult(question, helpers, _missing(owner, question, helpers))


def _plausible(fits: list[Fit]) -> list[Fit]:
    if not fits:
        return []
    floor = MIN_RELATIVE * fits[0].score
    return [f for f in fits if f.score >= floor and f.coverage >= MIN_COVERAGE]


def _rank(owner: User, question: Question, stats: Stats, fits: list[Fit],
          today: date, limit: int) -> list[Helper]:
    """The best `limit` of the fits after reach, with reasons (read for those only)."""
    ties = load_ties(owner.pk, [f.contact_id for f in fits], today)
    scored = [(final_score(f.score, ties[f.contact_id][1], today=today,
                           decides=question.decision and ties[f.contact_id][0].decision_maker),
               f) for f in fits if f.contact_id in ties]
    scored.sort(key=lambda item: (-item[0], item[1].contact_id))
    scored = scored[:limit]
    # Tags are read only for helpers whose tags matched: the one place a reason quotes them.
    tags = sql.tag_names([f.contact_id for _, f in scored if "tags" in f.matched.values()])
    weights = {g: g.weight * stats.idf(g) for g in question.groups}
    language = translation.get_language() or "en"  # once: each read costs ~15 µs
    helpers = []
    for score, fit in scored:
        card, tie = ties[fit.contact_id]
        text = card.text._replace(tags=tuple(tags.get(fit.contact_id, ())))
        helpers.append(_helper(card, text, score, fit, tie, question, weights, today, language))
    return helpers


def _helper(contact: ContactCard, text: ContactText, score: float, fit: Fit, tie: Tie,
            question: Question, weights: dict[Any, float], today: date,
            language: str) -> Helper:
    concepts = frozenset(g.label for g in fit.matched if g.kind == "concept")
    good = bool(concepts) if question.concepts else fit.coverage >= GOOD_COVERAGE
    texts = field_texts(text)
    reasons = [*topic_reasons(contact, fit.matched, texts, language, weights),
               *tie_reasons(contact, tie, question, today, language)]
    return Helper(contact, round(score, 3), round(fit.score, 3), reasons, concepts, good)


def _missing(owner: User, question: Question, helpers: list[Helper]) -> list[dict[str, Any]]:
    good = [h for h in helpers if h.good]
    covered = {c: sum(c in h.concepts for h in good) for c in question.concepts}
    language = translation.get_language() or "en"
    profiles = missing_.missing_profiles(question, covered, len(good), language)
    helper_ids = {h.contact.pk for h in helpers}
    return [missing_.describe(owner, question, p, helper_ids) for p in profiles]


def saved_ask_create(owner: User, text: str, result: dict[str, Any], *,
                     goal: Goal | None = None) -> SavedAsk:
    """Keep an ask, the problem and its answer as it is now, on one of the owner's goals or
    (without a goal) as a note."""
    if not text.strip():
        raise ValidationError({"text": _("Describe the problem in a few words.")})
    if goal is not None and goal.owner_id != owner.pk:
        # Said as for a goal that does not exist: another user's goals are not there for them.
        raise ValidationError({"goal": _("No such goal.")})
    return SavedAsk.objects.create(owner=owner, text=text.strip()[:2000], results=result,
                                   goal=goal)


def saved_asks(owner: User) -> QuerySet[SavedAsk]:
    return SavedAsk.objects.owned_by(owner).select_related("goal")


def saved_ask_delete(saved: SavedAsk) -> None:
    saved.delete()
