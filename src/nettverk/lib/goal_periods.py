"""Time windows and cadences in goal sentences: "hele neste kvartal", "by end of June", "i veckan".

A period phrase is an optional prefix ("by", "before", "innen utgangen av", "during", "hele")
and a base window. How windows resolve against today:

- Named windows are whole calendar windows: "this quarter" on 3 May is 1 April to 30 June.
- Without a year, a window is the current one if it has not ended, else next year's ("in March"
  said in November is next March; "Q3" said in November is next year's Q3).
- "next X" is the first X that starts after today; "this X" is today's X.
- Deadlines start today: "by end of June", "before year end", "innan årsskiftet", "før nyttår",
  "the next 6 weeks" (today through the day before the same weekday six weeks on), "rest of the
  quarter". "Before June" ends on 31 May, "by June" on 30 June.
- A week number ("i uke 10", "vecka 12") is that ISO week, Monday to Sunday.
- Christmas ("jul") is the 24th of December: "before Christmas" ends on the 23rd. The summer
  holiday ("sommerferien", "fellesferien") is July: "før sommerferien" ends on 30 June.
- Easter ("påsk", "påske") is the Nordic holiday, Maundy Thursday to Easter Monday: "før påske"
  ends on the Wednesday before, "by Easter" on Easter Monday. Midsummer ("midsommar",
  "sankthans") is Midsummer Eve: Swedish "midsommar" falls on the Friday of 19-25 June, the
  Norwegian "sankthans" and the English "midsummer" on 23 June.
- Seasons follow the Nordic work year around the summer holiday: spring ("våren") is
  January to June, summer June to August, autumn ("hösten", "høsten") August to December;
  winter ("vinteren") is December to February, named by the year it ends in.
- Two windows joined by "to"/"til"/a dash ("from January to March") make one range.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from nettverk.lib.goal_text import Span, overlaps
from nettverk.lib.goal_words import ALL_NUMBERS, each, word_set

Dates = tuple[date, date]


@dataclass(frozen=True)
class Window:
    """A resolved period, the base window it came from, and where its phrase sits."""

    start: date
    end: date
    base: Dates
    span: Span


@dataclass(frozen=True)
class _Base:
    dates: Dates
    deadline: bool  # already runs from today ("before year end")
    span: Span


Resolver = Callable[[re.Match[str], date, str], "tuple[Dates, bool] | None"]

_MONTHS: dict[str, int] = {
    **dict.fromkeys(["january", "januar", "januari", "jan"], 1),
    **dict.fromkeys(["february", "februar", "februari", "feb"], 2),
    **dict.fromkeys(["march", "mars"], 3),
    **dict.fromkeys(["april", "apr"], 4),
    **dict.fromkeys(["may", "mai", "maj"], 5),
    **dict.fromkeys(["june", "juni"], 6),
    **dict.fromkeys(["july", "juli"], 7),
    **dict.fromkeys(["august", "augusti", "aug"], 8),
    **dict.fromkeys(["september", "sep", "sept"], 9),
    **dict.fromkeys(["october", "oktober", "oct", "okt"], 10),
    **dict.fromkeys(["november", "nov"], 11),
    **dict.fromkeys(["december", "desember", "dec", "des"], 12),
}
# English month names that are also common words count only when capitalised.
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it", "who"})
_MONTH_PREPOSITIONS = frozenset({"in", "by", "until", "before", "during", "of", "from", "through",
                                 "to", "end"})
_ORDINALS: dict[str, int] = {
    **dict.fromkeys(["first", "1st", "første", "förste", "första"], 1),
    **dict.fromkeys(["second", "2nd", "andre", "annet", "annen", "andra"], 2),
    **dict.fromkeys(["third", "3rd", "tredje"], 3),
    **dict.fromkeys(["fourth", "4th", "fjerde", "fjärde"], 4),
    **dict.fromkeys(["last", "latter", "siste", "sista", "senere", "senare"], 4),
}
_SEASONS: dict[str, str] = {
    **each("spring springtime våren vårhalvåret vårterminen vår", "spring"),
    **each("summer summertime sommeren sommaren sommar sommer", "summer"),
    **each("autumn fall hösten høsten hösthalvåret høsthalvåret höstterminen høst höst",
            "autumn"),
    **each("winter wintertime vinteren vintern vinter", "winter"),
}
_SHORT_SEASONS = frozenset({"vår", "fall", "sommar", "sommer", "høst", "höst", "vinter"})
# Words that may follow "i vår"/"i høst" when they mean this spring/autumn, not "in our".
_CLAUSE_FOLLOWERS = word_set(
    """og och and for för så slik hver varje every per ukentlig månedlig veckovis med to
    i innen inom"""
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NEXT = r"next|neste|nästa|kommende|kommande|nestkommende|following|upcoming|coming"
_THIS = (r"this|current|denne|dette|denna|detta|innevarande|innevärande|inneværende|"
         r"nåværende|nuvarande|pågående|den\s+här|det\s+här")
_MONTH = _alt(_MONTHS)
_NUM = rf"(?P<n>\d{{1,3}}|{_alt(ALL_NUMBERS)})"
_UNIT = (r"(?P<unit>days?|dager|dagene|dagar|dagarna|dygn|weeks?|uker|ukene|uke|uka|veckor|"
         r"veckorna|vecka|months?|måneder|månedene|måned|månader|månaderna|månad|mnd|years?|"
         r"år|årene|åren)")
_YEAR_REF = (
    r"(?:[\s/-]*(?:(?:of|in|i|av|for|på)\s+)?(?:(?P<year>(?:19|20)\d\d)\b|"
    rf"(?P<nexty>(?:the\s+)?(?:{_NEXT})\s+(?:year|år)(?:et)?\b)|"
    r"(?P<thisy>this\s+year|i\s+år|dette\s+året|detta\s+år|innevarande\s+år)\b))?"
)
_END_UNITS = {"year": "year", "året": "year", "årets": "year", "quarter": "quarter",
              "kvartalet": "quarter", "kvartalets": "quarter", "month": "month",
              "måneden": "month", "månaden": "month", "månedens": "month",
              "månadens": "month", "årsskiftet": "year", "nyttår": "year", "nyttåret": "year",
              "nyår": "year", "nyåret": "year"}

_BY = frozenset({"by", "innen", "inom", "senest", "senast", "no later than", "not later than",
                 "through", "t.o.m.", "tom", "up to and including"})
_BEFORE = frozenset({"before", "før", "före", "innan", "until", "till", "til", "fram til",
                     "fram till", "prior to", "up until", "up to"})
_END_OF = frozenset({"end of", "the end of", "utgangen av", "utgången av", "slutten av",
                     "slutet av"})
_DURING = word_set(
    """hele hela heile whole entire the all throughout during in i under for over within from
    fra från of on på det den de gjennom genom starting fom løpet loppet av"""
)
_PREFIX_RE = re.compile(
    rf"(?:^|(?<=[\s,(]))(?P<w>{_alt(_BY | _BEFORE | _END_OF | _DURING)})\s*$"
)
_RANGE_GAP_RE = re.compile(r"\s*(?:-|\u2013|\u2014|to|til|till|until|through|and|og|och)\s*")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> Dates:
    return date(year, month, 1), _month_end(year, month)


def _quarter(year: int, q: int) -> Dates:
    return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)


def _half(year: int, h: int) -> Dates:
    return date(year, 6 * h - 5, 1), _month_end(year, 6 * h)


def _season(year: int, season: str) -> Dates:
    if season == "winter":
        return date(year - 1, 12, 1), _month_end(year, 2)
    first, last = {"spring": (1, 6), "summer": (6, 8), "autumn": (8, 12)}[season]
    return date(year, first, 1), _month_end(year, last)


def _week(day: date) -> Dates:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _pick(make: Callable[[int], Dates], today: date, m: re.Match[str], rel: str = "") -> Dates:
    """The window in the year the phrase names, else the next or the current-or-next one."""
    groups = m.groupdict()
    if groups.get("year"):
        return make(int(groups["year"]))
    if groups.get("nexty"):
        return make(today.year + 1)
    if groups.get("thisy") or rel == "this":
        return make(today.year)
    years = (today.year, today.year + 1, today.year + 2)
    if rel == "next":
        return next(w for y in years if (w := make(y))[0] > today)
    return next(w for y in years if (w := make(y))[1] >= today)


def _relation(word: str | None) -> str:
    if not word:
        return ""
    return "next" if re.fullmatch(_NEXT, word) else "this"


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _ahead(today: date, count: int, unit: str) -> date:
    """The last day of `count` units starting today."""
    if unit[0] == "d":
        return today + timedelta(days=count - 1)
    if unit[0] in "wuv":
        return today + timedelta(weeks=count, days=-1)
    months = count * (12 if unit[0] in "yå" else 1)
    return _add_months(today, months) - timedelta(days=1)


def _iso_range(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    start, end = date.fromisoformat(m["d1"]), date.fromisoformat(m["d2"])
    return ((start, end), False) if start <= end else None


def _iso(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    day = date.fromisoformat(m["d"])
    return (day, day), False


def _next_n(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    if not (m["rel"] or m["prep"]):
        return None
    count = int(m["n"]) if m["n"].isdigit() else ALL_NUMBERS[m["n"]]
    if not 0 < count <= 520:
        return None
    return (today, _ahead(today, count, m["unit"])), True


def _q_number(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    q = int(m["q"]) if m.groupdict().get("q") else _ORDINALS[m["ord"]]
    return _pick(lambda y: _quarter(y, q), today, m), False


def _h_number(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    h = int(m["h"]) if m.groupdict().get("h") else min(_ORDINALS[m["ord"]], 2)
    return _pick(lambda y: _half(y, h), today, m), False


def _unit_end(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    word = next(g for g in m.groups() if g)
    unit = _END_UNITS[word]
    return (today, _current(unit, today)[1]), True


def _current(unit: str, day: date) -> Dates:
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if unit == "quarter":
        return _quarter(day.year, (day.month - 1) // 3 + 1)
    if unit == "month":
        return _month(day.year, day.month)
    if unit == "half":
        return _half(day.year, 1 if day.month <= 6 else 2)
    return _week(day)


def _unit_name(word: str) -> str:
    for unit, stems in (("half", ("half", "halv")), ("quarter", ("quar", "kvar")),
                        ("month", ("mon", "mån", "mnd")),
                        ("week", ("week", "uk", "veck")), ("year", ("year", "år"))):
        if word.startswith(stems):
            return unit
    return "year"


def _rel_unit(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    unit = _unit_name(m["unit"])
    if _relation(m["rel"]) == "this":
        return _current(unit, today), False
    span = _current(unit, today)
    return _current(unit, span[1] + timedelta(days=1)), False


def _this_unit(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    return _current(_unit_name(m["unit"]), today), False


def _season_of(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    word, rel = m["season"], m["rel"] or ""
    short = word in _SHORT_SEASONS
    if short and not (rel or m["year"] or m["nexty"] or m["thisy"]):
        return None
    if short and rel == "i" and not _clause_follows(text, m.end()):
        return None
    relation = _relation(rel) if rel not in ("i", "the", "in the") else ""
    return _pick(lambda y: _season(y, _SEASONS[word]), today, m, relation), False


def _clause_follows(text: str, pos: int) -> bool:
    rest = text[pos:].lstrip()
    word = re.match(r"\w*", rest.lower())
    return not rest or not rest[0].isalnum() or bool(word and word.group() in _CLAUSE_FOLLOWERS)


def _month_of(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    if not _real_month(m, text):
        return None
    month = _MONTHS[m["mon"]]
    if m.groupdict().get("day"):
        return _day_of(m, today, month)
    return _pick(lambda y: _month(y, month), today, m), False


def _day_of(m: re.Match[str], today: date, month: int) -> tuple[Dates, bool] | None:
    day = int(m["day"])

    def make(year: int) -> Dates:
        return date(year, month, day), date(year, month, day)

    return _pick(make, today, m), False


def _real_month(m: re.Match[str], text: str) -> bool:
    """ "May" and "March" are months after "in"/"by"/…, or capitalised and not after a pronoun."""
    if m["mon"] not in _AMBIGUOUS_MONTHS:
        return True
    start = m.start("mon")
    before = text[:start].lower().split()
    previous = before[-1] if before else ""
    return previous in _MONTH_PREPOSITIONS or (text[start].isupper() and previous not in _PRONOUNS)


def _iso_week(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    week = int(m["w"])

    def make(year: int) -> Dates:
        monday = date.fromisocalendar(year, week, 1)
        return monday, monday + timedelta(days=6)

    return _pick(make, today, m), False


def _christmas(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    eve = date(today.year, 12, 24)
    return (eve, eve), False


def _easter(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    def make(year: int) -> Dates:
        sunday = easter(year)
        return sunday - timedelta(days=3), sunday + timedelta(days=1)

    return _pick(make, today, m), False


def _midsummer(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    def make(year: int) -> Dates:
        eve = date(year, 6, 23)
        if m[0].startswith("midsommar"):  # the Friday of 19-25 June
            eve = date(year, 6, 19) + timedelta(days=(4 - date(year, 6, 19).weekday()) % 7)
        return eve, eve

    return _pick(make, today, m), False


def _summer_holiday(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    return _pick(lambda y: _month(y, 7), today, m), False


def _i_year(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    return _current("year", today), False


def _bare_year(m: re.Match[str], today: date, text: str) -> tuple[Dates, bool] | None:
    year = int(m["year"])
    return (date(year, 1, 1), date(year, 12, 31)), False


_PATTERNS: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern), resolver) for pattern, resolver in (
        (r"\b(?P<d1>\d{4}-\d\d-\d\d)\s*(?:-|\u2013|\u2014|to|til|till|until|through)\s*"
         r"(?P<d2>\d{4}-\d\d-\d\d)\b", _iso_range),
        (r"\b(?P<d>\d{4}-\d\d-\d\d)\b", _iso),
        (rf"\b(?:(?P<prep>within|innen|inom|in|over|på|for|i|under|during)\s+)?"
         rf"(?:(?:the|de|dei)\s+)?(?:(?P<rel>{_NEXT}|närmaste|nærmeste)\s+)?{_NUM}\s+{_UNIT}\b",
         _next_n),
        (rf"\bq(?P<q>[1-4])\b{_YEAR_REF}", _q_number),
        (r"\b(?P<year>20\d\d)\s*[-/]?\s*q(?P<q>[1-4])\b", _q_number),
        (rf"\b(?P<ord>{_alt(_ORDINALS)})\s+(?:quarter|kvartal(?:et)?)\b{_YEAR_REF}", _q_number),
        (rf"\b(?P<q>[1-4])\.\s*kvartal(?:et)?\b{_YEAR_REF}", _q_number),
        (rf"\bkv\.?\s*(?P<q>[1-4])\b{_YEAR_REF}", _q_number),
        (rf"\b(?P<ord>{_alt(_ORDINALS)})\s+(?:half|halvår|halvåret|halvdel|halvdelen)"
         rf"(?:\s+of\s+(?:the\s+)?year|\s+av\s+året)?\b{_YEAR_REF}", _h_number),
        (rf"\bh(?P<h>[12])\b{_YEAR_REF}", _h_number),
        (rf"\b(?P<h>[12])\.\s*halvår(?:et)?\b{_YEAR_REF}", _h_number),
        (r"\b(?P<year>20\d\d)\s*[-/]?\s*h(?P<h>[12])\b", _h_number),
        (r"\b(?:(?:the\s+)?(?:end|rest|remainder)\s+of\s+(?:the\s+|this\s+)?(year|quarter|month)"
         r"|(?:the\s+)?(year|quarter|month)[-\s]?end"
         r"|(?:utgangen|utgången|slutten|slutet|resten)\s+av\s+(året|kvartalet|måneden|månaden)"
         r"|(årets|kvartalets|månedens|månadens)\s+slutt?"
         r"|ut\s+(året|kvartalet|måneden|månaden)|(året|kvartalet|måneden|månaden)\s+ut"
         r"|(årsskiftet|nyttåret|nyttår|nyåret|nyår))\b", _unit_end),
        (rf"\b(?:the\s+|det\s+|den\s+)?(?P<rel>{_NEXT}|{_THIS})\s+(?P<unit>quarter|kvartalet|"
         r"kvartal|month|måneden|måned|månaden|månad|week|uken|uka|uke|veckan|vecka|year|"
         r"året|år|halvåret|halvår|half[-\s]year)\b", _rel_unit),
        (rf"\b(?:(?P<rel>{_NEXT}|{_THIS}|i|in\s+the|the)\s+)?(?P<season>{_alt(_SEASONS)})\b"
         rf"{_YEAR_REF}", _season_of),
        (rf"\b(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\b"
         r"(?:\s+(?P<year>20\d\d)\b)?", _month_of),
        (rf"\b(?P<mon>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
         r"(?:,?\s+(?P<year>20\d\d)\b)?", _month_of),
        (rf"\b(?P<mon>{_MONTH})\b\.?{_YEAR_REF}", _month_of),
        (rf"\b(?:uke|veke|vecka|week|wk)\s*(?P<w>[1-5]?\d)\b{_YEAR_REF}", _iso_week),
        (r"\b(?:christmas|xmas|julaften|julafton|julen|jul)\b", _christmas),
        (rf"\b(?:easter|påsk|påsken|påske|påskeferien|påsklovet|påskelovet)\b{_YEAR_REF}",
         _easter),
        (rf"\b(?:midsommar(?:afton)?|midsummer(?:'s)?(?:\s+eve)?|sankthans(?:aften)?|"
         rf"st\.?\s+hans)\b{_YEAR_REF}", _midsummer),
        (r"\b(?:sommerferien|sommarsemestern|sommarlovet|fellesferien|"
         r"(?:the\s+)?summer\s+(?:holidays?|break|vacation))\b", _summer_holiday),
        (r"\bi\s+år\b", _i_year),
        (r"\b(?:hele|hela|heile|the\s+whole|the\s+entire|all\s+of\s+the)\s+(?P<unit>quarter|"
         r"kvartalet|month|måneden|månaden|year|året)\b", _this_unit),
        (r"\b(?P<year>20\d\d)\b(?!\s*[-/]\s*\d)", _bare_year),
    )
)


def find_period(text: str, low: str, today: date) -> Window | None:
    """The first period phrase in the text (a range when two are joined by "to"), or None."""
    bases = _bases(text, low, today)
    if not bases:
        return None
    first = bases[0]
    start, kinds = _prefix(low, first.span[0])
    if len(bases) > 1 and _RANGE_GAP_RE.fullmatch(low[first.span[1]:bases[1].span[0]]):
        second = bases[1]
        if first.dates[0] <= second.dates[1]:
            dates = (first.dates[0], second.dates[1])
            return Window(dates[0], dates[1], dates, (start, second.span[1]))
    return _with_prefix(first, kinds, today, start)


def _bases(text: str, low: str, today: date) -> list[_Base]:
    """Every period phrase, the longest first where two overlap ("March next year" is one
    phrase, not "next year"), then in the order of `_PATTERNS`."""
    matches = [(m, resolver) for pattern, resolver in _PATTERNS for m in pattern.finditer(low)]
    matches.sort(key=lambda item: item[0].start() - item[0].end())  # stable: pattern order
    found: list[_Base] = []
    for m, resolver in matches:
        if overlaps(m.span(), [b.span for b in found]):
            continue
        try:
            resolved = resolver(m, today, text)
        except (ValueError, OverflowError, StopIteration):
            resolved = None
        if resolved:
            found.append(_Base(resolved[0], resolved[1], m.span()))
    return sorted(found, key=lambda b: b.span)


def _prefix(low: str, pos: int) -> tuple[int, set[str]]:
    """Where the prefix in front of a base starts, and its words ("by", "end of", "during")."""
    kinds: set[str] = set()
    for _ in range(6):
        m = _PREFIX_RE.search(low, 0, pos)
        if m is None:
            break
        word = re.sub(r"\s+", " ", m["w"])
        kinds.add("by" if word in _BY else "before" if word in _BEFORE
                  else "end of" if word.removeprefix("the ") in _END_OF else "during")
        pos = m.start()
    return pos, kinds


def _with_prefix(base: _Base, kinds: set[str], today: date, start: int) -> Window:
    first, last = base.dates
    span = (start, base.span[1])
    if base.deadline or kinds & {"by", "end of"}:
        window = (today, last)
    elif "before" in kinds:
        window = (today, first - timedelta(days=1))
    else:
        window = base.dates
    if window[1] < window[0]:
        window = base.dates
    return Window(window[0], window[1], base.dates, span)


@dataclass(frozen=True)
class Cadence:
    """A cadence code, how many of its windows one count covers, and where it is said."""

    code: str
    per: int  # "every two weeks" is counted per month, twice as many
    span: Span


_CADENCE_PATTERNS: tuple[tuple[str, int, re.Pattern[str]], ...] = tuple(
    (code, per, re.compile(pattern)) for code, per, pattern in (
        ("week", 1, r"(?:\b(?:every|each|a|an|per|pr\.?|hver|hvar|varje|om|i)\s+(?:single\s+|"
                    r"eneste\s+)?|/\s*)(?:week|wk|uke|uka|uken|veke|veka|vecka|veckan)\b"
                    r"|\b(?:weekly|ukentlig|ukentleg|vekentleg|veckovis|veckovisa)\b"),
        ("month", 2, r"\b(?:every\s+(?:two|2|other|second)\s+weeks?|bi-?weekly|fortnightly|"
                     r"every\s+fortnight|annenhver\s+uke|hver\s+(?:andre|annen)\s+uke|"
                     r"varannan\s+vecka|var\s+(?:fjortonde|14:e)\s+dag|hver\s+14\.?\s+dag)\b"),
        ("month", 1, r"(?:\b(?:every|each|a|an|per|pr\.?|hver|hvar|varje|om|i)\s+|/\s*)"
                     r"(?:month|mo|måned|måneden|mnd|månad|månaden|mån)\b"
                     r"|\b(?:monthly|månedlig|månedleg|månadsvis|månatligen|månatlig)\b"),
        ("quarter", 1, r"(?:\b(?:every|each|a|an|per|pr\.?|hvert|hver|varje|om|i)\s+|/\s*)"
                       r"(?:quarter|kvartal|kvartalet)\b|\b(?:quarterly|kvartalsvis)\b"),
    )
)


def find_cadence(low: str, taken: list[Span]) -> Cadence | None:
    """The first cadence phrase outside the period phrase, or None.

    "Every two weeks" has no code of its own: it is read as twice a month.
    """
    found = [Cadence(code, per, m.span())
             for code, per, pattern in _CADENCE_PATTERNS for m in pattern.finditer(low)
             if not overlaps(m.span(), taken)]
    return min(found, key=lambda c: (c.span[0], -c.span[1]), default=None)
