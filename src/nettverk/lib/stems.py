"""Keyword overlap between two short texts in English, Swedish or Norwegian, by word stems.

    >>> sorted(shared_words("Intros to fintech investors", "Vill träffa investorer inom fintech"))
    ['fintech', 'investorer']

A word's stems are its Snowball stems in all three languages: a text rarely says which language
it is in, and two words match when any of their stems agree ("investors" and "investorer" both
stem to "investor"). Stemming is cached per word because a network repeats the same few hundred.
"""

from __future__ import annotations

import re
from functools import cache

import snowballstemmer

_WORD = re.compile(r"[^\W\d_]+")
_STEMMERS = tuple(snowballstemmer.stemmer(lang) for lang in ("english", "swedish", "norwegian"))

# Words that say nothing about what someone needs or offers; without them "for" and "och"
# would match almost everything.
_STOP_TEXT = """
a an and are as at be but by can for from has have i in into is it its me my new of on or our
so some than that the their them they this to too us want wants was we what when who will with
would you your looking need needs help more about also just first good get make
och att av de den det dem där en ett för från har hos i inom jag kan med men mer mig min
nya när och om på samt sig sin som till under ut vi vill vår är än första bra
av de den der det du eller en er et for fra har hos i inn jeg kan med meg men mer min ny når
og om på seg sin skal som til ut vi vil vår ønsker trenger første god
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


@cache
def word_stems(word: str) -> frozenset[str]:
    """The word's stems in each language, lower-cased; empty for a stop word."""
    low = word.lower()
    if low in STOP_WORDS or len(low) < 2:
        return frozenset()
    return frozenset(stemmer.stemWord(low) for stemmer in _STEMMERS)


def words(text: str) -> list[str]:
    """The words of a text, in order, punctuation and numbers left out."""
    return _WORD.findall(text)


def text_stems(text: str) -> frozenset[str]:
    """Every stem of every word: what another text's words are matched against."""
    return frozenset().union(*(word_stems(w) for w in words(text)))


def shared_words(offer: str, other: str) -> set[str]:
    """The words of `other` (as written there) that share a stem with a word of `offer`."""
    wanted = text_stems(offer)
    return {w for w in words(other) if word_stems(w) & wanted}
