"""The multilingual concept vocabulary of business expertise: plain data, no logic.

Each `Concept` names one kind of expertise an ordinary company may need ("GDPR", "bank loans",
"trade fairs", "Germany"), the business function of the people who have it, and its terms in
English, Swedish and Norwegian (Bokmål). Terms are written as people write them, in base form:
`nettverk.lib.concepts` stems them, so "loans", "lånet" and "lån" all match "lån"/"loan".

- A one-word term matches that word, also inside a Nordic compound ("dataskydd" in
  "Dataskyddsjurist").
- A phrase matches when all its words occur close together, in any order ("salg bedrift" in
  "kjøp og salg av bedrifter"). Phrases keep ambiguous words apart: "kraft" alone is not energy.
- `parents` are broader concepts: a VAT expert also counts, more weakly, for "tax".
- The first term in each language is the concept's label in that language.

Avoid one-word terms that mean something else in one of the three languages: the stemmed
words of all three are compared, so "entreprenør" (a Norwegian builder) is left out of startups.
"""

from __future__ import annotations

from typing import NamedTuple


class Concept(NamedTuple):
    id: str
    function: str
    en: tuple[str, ...]
    sv: tuple[str, ...]
    nb: tuple[str, ...]
    parents: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        """The concept's name in `language` (en, sv or nb; anything else reads as English)."""
        terms = {"sv": self.sv, "nb": self.nb}.get(language[:2], self.en)
        return (terms or self.en)[0]


def concept(
    id: str, function: str, *, en: str, sv: str, nb: str, parents: str = ""
) -> Concept:
    """A concept from comma-separated term lists, so the data reads like a glossary."""
    return Concept(id, function, _terms(en), _terms(sv), _terms(nb), tuple(parents.split()))


def _terms(text: str) -> tuple[str, ...]:
    return tuple(term.strip() for term in text.split(",") if term.strip())


def all_concepts() -> tuple[Concept, ...]:
    from nettverk.lib.vocabulary import finance, law, markets, operations, people, sectors, tech

    return (*law.CONCEPTS, *finance.CONCEPTS, *people.CONCEPTS, *markets.CONCEPTS,
            *tech.CONCEPTS, *operations.CONCEPTS, *sectors.CONCEPTS)
