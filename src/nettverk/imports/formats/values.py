"""Small normalisers shared by every format: labels, links, tags, addresses, names."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import unquote

from nettverk.imports.formats.records import ContactRecord, Labeled

# Labels that programs define; they are lower-cased, a user's own labels are kept as written.
_PROGRAM_LABELS = frozenset(
    {
        "home", "work", "mobile", "cell", "other", "main", "fax", "pager", "iphone", "car",
        "school", "homepage", "blog", "profile", "personal", "business", "assistant", "callback",
        "company", "isdn", "radio", "telex", "tty", "text", "video", "voice", "internet", "pref",
        "ftp", "workfax", "homefax", "otherfax", "google voice", "grand_central", "custom",
        "anniversary", "birthday", "spouse", "child", "mother", "father", "parent", "brother",
        "sister", "friend", "relative", "manager", "partner", "referred_by", "domestic_partner",
    }
)  # fmt: skip

# Groups that say where a contact is stored, not who they are (Google, Android).
_SYSTEM_GROUPS = frozenset({"mycontacts", "othercontacts"})


@lru_cache(maxsize=4096)
def label(raw: str) -> str:
    """Normalise a source's label: "* Work" → "work", "_$!<HomePage>!$_" → "homepage"."""
    text = raw.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        return text[4:-4].strip().lower()
    if text.startswith("*"):
        return text[1:].strip().lower()
    lower = text.lower()
    return lower if lower in _PROGRAM_LABELS else text


def is_linkedin_profile(url: str) -> bool:
    """True for a LinkedIn member profile URL (linkedin.com/in/… or /pub/…), even %-encoded."""
    lower = url.lower()
    if "linkedin" not in lower:
        return False
    if "%" in lower:
        lower = unquote(lower)
    return "linkedin.com/in/" in lower or "linkedin.com/pub/" in lower


def add_link(record: ContactRecord, url: str, kind: str = "") -> None:
    """Append a link; a LinkedIn profile is always labelled "linkedin"."""
    url = url.strip()
    if url:
        record.links.append(Labeled(url, "linkedin" if is_linkedin_profile(url) else kind))


def add_tags(record: ContactRecord, names: Iterable[str]) -> None:
    """Append tags, without "* " prefixes, duplicates or system groups such as "* myContacts"."""
    tags = record.tags
    for raw in names:
        tag = _tag(raw)
        if tag and tag not in tags:
            tags.append(tag)


@lru_cache(maxsize=4096)
def _tag(raw: str) -> str:
    tag = raw.strip()
    if tag.startswith("* "):
        tag = tag[2:].strip()
    return "" if tag.lower().replace(" ", "") in _SYSTEM_GROUPS else tag


def one_line_address(*parts: str) -> str:
    """Join address parts (street first, country last) on one line, skipping empty parts."""
    text = ", ".join([part for part in parts if part])
    if "\n" in text or ",," in text or text[:1] in (",", " ") or text[-1:] in (",", " "):
        return _tidy_address(parts)
    return text


def _tidy_address(parts: tuple[str, ...]) -> str:
    kept = []
    for part in parts:
        if "\n" in part:
            part = ", ".join(line.strip(" ,") for line in part.splitlines() if line.strip(" ,"))
        part = part.strip(" ,")
        if part:
            kept.append(part)
    return ", ".join(kept)


def join_words(*words: str) -> str:
    """Join non-empty words with single spaces."""
    return " ".join(word.strip() for word in words if word and word.strip())


def fallback_name(record: ContactRecord) -> str:
    """A display name for a record without one: given/family name, organization, else email."""
    built = join_words(record.given_name, record.extra.get("middle name", ""), record.family_name)
    if built:
        return built
    if record.organization:
        return record.organization
    return record.emails[0].value if record.emails else ""
