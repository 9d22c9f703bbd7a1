"""The structured goal a sentence parses into; see `nettverk.lib.goal_sentences`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Segment:
    """Whom a goal is about: a filter over contacts. Empty means anyone."""

    functions: tuple[str, ...] = ()
    seniorities: tuple[str, ...] = ()
    decision_maker: bool | None = None
    industries: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        """Locations alone do not say whom to meet, so they do not make a segment."""
        named = self.functions or self.seniorities or self.industries or self.keywords
        return not named and self.decision_maker is None

    def as_json(self) -> dict[str, object]:
        return {
            "functions": list(self.functions),
            "seniorities": list(self.seniorities),
            "decision_maker": self.decision_maker,
            "industries": list(self.industries),
            "keywords": list(self.keywords),
            "locations": list(self.locations),
        }


@dataclass(frozen=True)
class ParsedGoal:
    """A goal sentence read into the `goal parse` contract of DESIGN.md."""

    text: str
    purpose: str
    measure: str
    target: int | None
    cadence: str
    start: date | None
    end: date | None
    segment: Segment
    missing: tuple[str, ...]
    suggestion: str
    language: str

    def as_json(self) -> dict[str, object]:
        return {
            "measure": self.measure,
            "target": self.target,
            "cadence": self.cadence,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "segment": self.segment.as_json(),
            "purpose": self.purpose,
            "missing": list(self.missing),
            "suggestion": self.suggestion,
            "language": self.language,
        }


@dataclass(frozen=True)
class Draft:
    """A parsed goal and the user's own words for its parts, for a sharper rewrite."""

    goal: ParsedGoal
    segment_text: str  # "" when no segment was named or its words cannot be reused
    period_text: str
    purpose_text: str  # a trailing why clause with its marker ("for å oppnå mersalg"), or ""
    recruiting: bool  # the sentence is about candidates: a rewrite proposes a role, not buyers
