"""A networking goal written as a sentence (English, Swedish, Norwegian) → a structured goal."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nettverk.lib.goal_sentences import ParsedGoal, parse_goal

NOV22 = date(2026, 11, 22)


def eval_path() -> Path:
    beside = Path(__file__).resolve().parents[2].parent / "shared"
    shared = os.environ.get("NETTVERK_SHARED", beside)
    return Path(shared) / "eval" / "goals.json"


def score_field(goal: dict[str, Any], key: str, want: Any) -> bool:
    """One expected field, judged exactly as shared/eval/score.py judges `goal parse --json`."""
    seg = goal.get("segment") or {}
    if key == "functions":
        return set(want) <= set(seg.get("functions") or [])
    if key == "decision_maker":
        return seg.get("decision_maker") is want
    if key == "seniorities_include":
        return set(want) <= set(seg.get("seniorities") or [])
    if key == "keywords_include":
        return {w.lower() for w in want} <= {w.lower() for w in seg.get("keywords") or []}
    if key == "missing_include":
        return set(want) <= set(goal.get("missing") or [])
    if key == "missing_exclude":
        return not set(want) & set(goal.get("missing") or [])
    if isinstance(want, list):
        return goal.get(key) in want
    return bool(goal.get(key) == want)


def test_it_scores_the_public_eval_set() -> None:
    path = eval_path()
    if not path.exists():
        pytest.skip(f"no {path}")
    ok = total = 0
    misses = []
    for case in json.loads(path.read_text("utf-8")):
        got = parse_goal(case["text"], today=date.fromisoformat(case["today"])).as_json()
        got = json.loads(json.dumps(got))  # what the CLI prints
        for key, want in case["expect"].items():
            total += 1
            good = score_field(got, key, want)
            ok += good
            if not good:
                misses.append(f"{case['text'][:50]}: {key} want {want}, got {got}")
    assert ok / total >= 0.90, "\n".join(misses)


# Held-out sentences: (text, today, expected). Keys beyond score.py's:
# "functions_exact", "missing" (the exact set), "industries"/"locations" (⊆), "purpose", "language".
CASES: list[tuple[str, date, dict[str, Any]]] = [
    # periods, relative to today
    ("Meet 3 CFOs next quarter", NOV22,
     {"start": "2027-01-01", "end": "2027-03-31", "cadence": "period", "measure": "meetings"}),
    ("Meet 3 CFOs this quarter", date(2026, 3, 31), {"start": "2026-01-01", "end": "2026-03-31"}),
    ("Møte 3 økonomisjefer neste måned", date(2026, 12, 5),
     {"start": "2027-01-01", "end": "2027-01-31", "functions": ["finance"], "language": "nb"}),
    ("Träffa 3 ekonomichefer nästa kvartal", date(2026, 2, 10),
     {"start": "2026-04-01", "end": "2026-06-30", "language": "sv", "missing": []}),
    ("Bli kjent med 4 nye utviklere i desember", NOV22,
     {"start": "2026-12-01", "end": "2026-12-31", "measure": "new_contacts", "functions": ["it"]}),
    ("Get to know 4 new developers in March", NOV22, {"start": "2027-03-01", "end": "2027-03-31"}),
    ("Møte 2 daglige ledere i første halvår 2027", date(2026, 5, 1),
     {"start": "2027-01-01", "end": "2027-06-30", "functions": ["executive"],
      "decision_maker": True}),
    ("Lära känna 5 nya säljchefer under andra halvåret", date(2026, 3, 1),
     {"start": "2026-07-01", "end": "2026-12-31", "functions": ["sales"],
      "measure": "new_contacts"}),
    ("Meet 10 new founders next year", date(2026, 5, 5),
     {"start": "2027-01-01", "end": "2027-12-31", "target": 10}),
    ("Meet 10 new founders during 2027", date(2026, 5, 5),
     {"start": "2027-01-01", "end": "2027-12-31"}),
    ("Meet 2 HR managers before year end", date(2026, 10, 15),
     {"start": "2026-10-15", "end": "2026-12-31", "functions": ["hr"],
      "seniorities_include": ["manager"]}),
    ("Träffa 2 HR-chefer innan årsskiftet", date(2026, 10, 15),
     {"start": "2026-10-15", "end": "2026-12-31", "functions": ["hr"]}),
    ("Møte 2 HR-sjefer før nyttår", date(2026, 10, 15),
     {"start": "2026-10-15", "end": "2026-12-31", "functions": ["hr"]}),
    ("Meet 3 CTOs next month", date(2026, 1, 31), {"start": "2026-02-01", "end": "2026-02-28"}),
    ("Meet 3 CTOs this month", date(2026, 2, 14), {"start": "2026-02-01", "end": "2026-02-28"}),
    ("Connect with 6 new data engineers over the next 6 weeks", date(2026, 3, 2),
     {"start": "2026-03-02", "end": "2026-04-12", "measure": "new_contacts", "target": 6}),
    ("Meet 5 new CMOs by end of June", date(2026, 4, 10),
     {"start": "2026-04-10", "end": "2026-06-30", "functions": ["marketing"]}),
    ("Träffa 4 nya inköpschefer under våren", date(2026, 1, 10),
     {"start": "2026-01-01", "end": "2026-06-30", "functions": ["procurement"]}),
    ("Träffa 4 nya inköpschefer under hösten", date(2026, 3, 1),
     {"start": "2026-08-01", "end": "2026-12-31"}),
    ("Träffa 4 nya inköpschefer våren 2027", date(2026, 9, 1),
     {"start": "2027-01-01", "end": "2027-06-30"}),
    ("Meet 2 CFOs a month in Q3", date(2026, 2, 1),
     {"start": "2026-07-01", "end": "2026-09-30", "cadence": "month", "target": 2}),
    ("Meet 2 CFOs a month in Q1 2027", NOV22, {"start": "2027-01-01", "end": "2027-03-31"}),
    ("Hold kontakten med 8 styreledere hver måned hele neste kvartal", NOV22,
     {"start": "2027-01-01", "end": "2027-03-31", "cadence": "month", "measure": "interactions",
      "seniorities_include": ["board"], "decision_maker": True}),
    ("Meet 4 CFOs in Q3", NOV22, {"start": "2027-07-01", "end": "2027-09-30"}),
    ("Bli kjent med 3 nye advokater neste måned", date(2026, 12, 15),
     {"start": "2027-01-01", "end": "2027-01-31", "functions": ["legal"]}),
    ("Treffe 3 nye jurister i 2026", date(2025, 12, 1),
     {"start": "2026-01-01", "end": "2026-12-31", "measure": "new_contacts"}),
    # cadences
    ("Meet 2 CFOs each week this quarter", NOV22, {"cadence": "week", "start": "2026-10-01"}),
    ("Meet 2 CFOs weekly this quarter", NOV22, {"cadence": "week"}),
    ("Meet 2 CFOs per week this quarter", NOV22, {"cadence": "week", "target": 2}),
    ("Møte 2 økonomisjefer ukentlig dette kvartalet", NOV22,
     {"cadence": "week", "start": "2026-10-01", "end": "2026-12-31"}),
    ("Møte 2 økonomisjefer hver uke i desember", NOV22,
     {"cadence": "week", "start": "2026-12-01"}),
    ("Møte 2 økonomisjefer i uken neste kvartal", NOV22,
     {"cadence": "week", "start": "2027-01-01", "missing": []}),
    ("Møte 2 økonomisjefer per uke neste kvartal", NOV22, {"cadence": "week"}),
    ("Träffa 2 ekonomichefer varje vecka nästa kvartal", NOV22, {"cadence": "week"}),
    ("Träffa 2 ekonomichefer per vecka nästa kvartal", NOV22, {"cadence": "week"}),
    ("Träffa 2 ekonomichefer veckovis nästa kvartal", NOV22, {"cadence": "week"}),
    ("Träffa 2 ekonomichefer per månad nästa kvartal", NOV22, {"cadence": "month"}),
    ("Träffa 2 ekonomichefer varje månad i år", NOV22,
     {"cadence": "month", "start": "2026-01-01", "end": "2026-12-31"}),
    ("Møte 2 økonomisjefer i måneden neste år", NOV22,
     {"cadence": "month", "start": "2027-01-01", "end": "2027-12-31"}),
    ("Møte 2 økonomisjefer månedlig neste år", NOV22, {"cadence": "month"}),
    ("Meet 2 CFOs monthly next year", NOV22, {"cadence": "month", "start": "2027-01-01"}),
    ("Meet 6 CFOs per quarter in 2027", NOV22, {"cadence": "quarter", "start": "2027-01-01"}),
    ("Träffa 6 ekonomichefer kvartalsvis under 2027", NOV22,
     {"cadence": "quarter", "end": "2027-12-31"}),
    ("Have 2 meetings a week with procurement managers", NOV22,
     {"cadence": "week", "measure": "meetings", "target": 2, "functions": ["procurement"],
      "missing": ["period"]}),
    # numbers in words
    ("Get to know a couple of new CTOs next month", NOV22, {"target": 2, "functions": ["it"]}),
    ("Get to know a dozen new founders next year", NOV22, {"target": 12}),
    ("Get introduced to three new CFOs next quarter", NOV22,
     {"target": 3, "measure": "introductions"}),
    ("Get introduced to at least two CFOs next quarter", NOV22,
     {"target": 2, "measure": "introductions", "functions": ["finance"]}),
    ("Bli kjent med tolv nye gründere neste år", NOV22, {"target": 12, "language": "nb"}),
    ("Lär känna tjugo nya utvecklare inom Java nästa år", NOV22,
     {"target": 20, "functions": ["it"], "keywords_include": ["java"], "language": "sv"}),
    ("Få introduksjon til én ny HR-sjef i måneden neste kvartal", NOV22,
     {"target": 1, "functions": ["hr"], "cadence": "month", "measure": "introductions"}),
    ("Träffa minst fem nya marknadschefer i Stockholm nästa månad", NOV22,
     {"target": 5, "functions": ["marketing"], "locations": ["Stockholm"],
      "start": "2026-12-01"}),
    ("Møte minimum 7 nye selgere i Bergen neste måned", NOV22,
     {"target": 7, "functions": ["sales"], "locations": ["Bergen"]}),
    ("Bli kjent med seks nye utviklere innen Rust i høst", date(2026, 6, 1),
     {"target": 6, "functions": ["it"], "keywords_include": ["rust"], "start": "2026-08-01",
      "end": "2026-12-31"}),
    ("Connect with eleven new product managers next quarter", NOV22,
     {"target": 11, "functions": ["product"], "seniorities_include": ["manager"]}),
    # measures
    ("Keep in touch with 15 board members every quarter next year", NOV22,
     {"measure": "interactions", "cadence": "quarter", "seniorities_include": ["board"],
      "decision_maker": True}),
    ("Hålla kontakten med 10 kunder varje månad i år", NOV22,
     {"measure": "interactions", "missing": ["segment"]}),
    ("Holde kontakten med 5 nye kontakter i måneden", NOV22,
     {"measure": "new_contacts", "missing": ["segment", "period"], "cadence": "month"}),
    ("Find 8 new candidates for the sales team next month", NOV22,
     {"measure": "new_contacts", "functions": ["sales"], "target": 8}),
    ("Meet 3 new CISOs in Oslo next month", NOV22,
     {"measure": "new_contacts", "functions": ["it"], "locations": ["Oslo"]}),
    ("Meet 3 CISOs in Oslo next month", NOV22, {"measure": "meetings"}),
    ("Have 4 coffee meetings with investors this quarter", NOV22,
     {"measure": "meetings", "target": 4, "missing": []}),
    ("Bli introducerad till 2 nya VD:ar i byggbranschen nästa kvartal", NOV22,
     {"measure": "introductions", "functions": ["executive"], "industries": ["construction"],
      "decision_maker": True}),
    ("Få 3 introduksjoner til finansdirektører i bankene hver måned neste år", NOV22,
     {"measure": "introductions", "target": 3, "functions": ["finance"],
      "industries": ["banking"], "cadence": "month"}),
    # segments
    ("Get to know 3 new decision-makers in finance and accounting every week next quarter",
     NOV22, {"functions_exact": ["finance"], "decision_maker": True, "missing": []}),
    ("Bli kjent med 3 nye beslutningstakere innenfor økonomi og regnskap hver uke neste kvartal",
     NOV22, {"functions_exact": ["finance"], "decision_maker": True, "missing": []}),
    ("Lära känna 3 nya beslutsfattare inom HR varje vecka nästa kvartal", NOV22,
     {"functions_exact": ["hr"], "decision_maker": True}),
    ("Get to know 5 new developers within Python next quarter", NOV22,
     {"functions": ["it"], "keywords_include": ["python"]}),
    ("Meet 2 junior developers every week next month", NOV22,
     {"seniorities_include": ["entry"], "functions": ["it"]}),
    ("Meet 4 new people in the energy sector next quarter", NOV22,
     {"industries": ["energy"], "missing": []}),
    ("Møte 4 nye ledere i eiendomsbransjen neste kvartal", NOV22,
     {"industries": ["real estate"], "decision_maker": True}),
    ("Träffa 4 nya chefer inom offentlig sektor nästa kvartal", NOV22,
     {"industries": ["public sector"], "decision_maker": True}),
    ("Meet 5 new people next month", NOV22, {"missing": ["segment"]}),
    ("Bli kjent med flere folk", NOV22,
     {"missing": ["segment", "target", "period"], "language": "nb"}),
    ("Meet new customers", NOV22, {"missing": ["segment", "target", "period"], "language": "en"}),
    ("Get to know 3 new CFOs or other decision-makers in finance and accounting every week "
     "next quarter", NOV22, {"missing": [], "suggestion": "", "decision_maker": True}),
    # purpose
    ("Meet 3 CFOs every month next quarter to achieve upsell and cross-sell", NOV22,
     {"purpose": "to achieve upsell and cross-sell", "functions_exact": ["finance"]}),
    ("Møte 3 økonomisjefer hver måned neste kvartal for å oppnå mersalg", NOV22,
     {"purpose": "for å oppnå mersalg", "functions_exact": ["finance"]}),
    ("Träffa 3 ekonomichefer varje månad nästa kvartal så att vi kan sälja mer", NOV22,
     {"purpose": "så att vi kan sälja mer", "functions_exact": ["finance"]}),
    ("Meet 3 CFOs every month next quarter", NOV22,
     {"purpose": "Meet 3 CFOs every month next quarter"}),
    # found while probing unseen sentences
    ("I want to meet five new HR directors in Bergen before Christmas", NOV22,
     {"target": 5, "start": "2026-11-22", "end": "2026-12-23", "locations": ["Bergen"]}),
    ("I want to grow my network with 20 new CFOs next year", NOV22,
     {"target": 20, "functions": ["finance"], "missing": []}),
    ("Bli introdusert til 4 HR-direktører i uke 10", NOV22,
     {"start": "2027-03-08", "end": "2027-03-14", "cadence": "period"}),
    ("Introdusert for 5 nye markedsdirektører i løpet av vinteren", NOV22,
     {"start": "2026-12-01", "end": "2027-02-28"}),
    ("Ha kaffe med to investorer i uka resten av året", NOV22,
     {"language": "nb", "target": 2, "measure": "meetings", "end": "2026-12-31"}),
    ("Få kontakt med minst 10 nye IT-sjefer i kommunene før sommerferien", NOV22,
     {"end": "2027-06-30", "industries": ["public sector"], "functions": ["it"]}),
    ("Meet 5 new investors before Easter", NOV22, {"start": "2026-11-22", "end": "2027-03-24"}),
    ("Møte 4 nye investorer innen påske 2028", NOV22, {"end": "2028-04-17", "language": "nb"}),
    ("Träffa 3 nya ekonomichefer före midsommar", NOV22, {"end": "2027-06-24"}),
    ("Bli kjent med 5 nye HR-sjefer før sankthans", NOV22, {"end": "2027-06-22"}),
    ("Meet 3 CFOs by March next year", NOV22, {"start": "2026-11-22", "end": "2027-03-31"}),
    ("Träffa 3 nya controllers i Malmö senast 30 juni", NOV22,
     {"start": "2026-11-22", "end": "2027-06-30", "functions": ["finance"]}),
    ("Lära känna fem nya projektledare inom bygg och anläggning", NOV22,
     {"decision_maker": None, "industries": ["construction"]}),
    ("Connect with 25 alumni from BI every quarter this year", NOV22, {"missing": ["segment"]}),
    ("Få tre varme introduksjoner til styreledere i eiendomsbransjen neste halvår", NOV22,
     {"start": "2027-01-01", "end": "2027-06-30", "target": 3}),
    # language
    ("Treffe nye kunder", NOV22, {"language": "nb"}),
    ("Träffa fler kunder", NOV22, {"language": "sv"}),
]


def check(goal: ParsedGoal, key: str, want: Any) -> bool:
    data = json.loads(json.dumps(goal.as_json()))
    seg = data["segment"]
    if key == "functions_exact":
        return bool(seg["functions"] == want)
    if key == "missing":
        return set(data["missing"]) == set(want)
    if key in ("industries", "locations", "keywords"):
        return set(want) <= set(seg[key])
    if key == "seniorities_include":
        return set(want) <= set(seg["seniorities"])
    return score_field(data, key, want)


@pytest.mark.parametrize(("text", "today", "expect"), CASES, ids=[c[0][:60] for c in CASES])
def test_it_parses_held_out_goals(text: str, today: date, expect: dict[str, Any]) -> None:
    goal = parse_goal(text, today=today)
    wrong = {k: v for k, v in expect.items() if not check(goal, k, v)}
    assert not wrong, f"want {wrong}, got {goal.as_json()}"


@pytest.mark.parametrize(("text", "today", "expect"), CASES, ids=[c[0][:60] for c in CASES])
def test_it_suggests_a_goal_that_lacks_nothing(
    text: str, today: date, expect: dict[str, Any]
) -> None:
    goal = parse_goal(text, today=today)
    if not goal.missing:
        assert goal.suggestion == ""
        return
    better = parse_goal(goal.suggestion, today=today)
    assert better.missing == (), f"{goal.suggestion!r} still lacks {better.missing}"
    assert better.language == goal.language, goal.suggestion


def test_it_keeps_what_the_user_said_in_the_suggestion() -> None:
    goal = parse_goal("Få introduksjon til to nye økonomidirektører", today=NOV22)
    assert goal.missing == ("period",)
    assert "økonomidirektører" in goal.suggestion
    assert "neste kvartal" in goal.suggestion


def test_it_reads_the_why_before_a_so_clause() -> None:
    goal = parse_goal(
        "Jeg skal oppnå mersalg og kryssalg ved å involvere beslutningstakere innenfor økonomi "
        "og regnskap, så jeg skal oppnå kontakt med minst 2 slike ukentlig hele neste kvartal",
        today=NOV22,
    )
    assert goal.purpose.startswith("Jeg skal oppnå mersalg og kryssalg")
    assert goal.segment.functions == ("finance",)
    assert goal.segment.decision_maker is True


@pytest.mark.parametrize(
    "text",
    ["", "???", "x" * 10_000, "<script>alert(1)</script>", "Meet 2 CFOs by 2026-02-30", "Q9",
     "99999999999999999999999 CFOs", "İstanbul İİİ", "møte møte møte " * 500, "\x00\n\t",
     "1 2 3 4 5 6 7 8 9 next next next quarter quarter"],
)
def test_it_never_raises_on_garbage(text: str) -> None:
    goal = parse_goal(text, today=date(9999, 12, 31))
    assert goal.language in ("en", "sv", "nb")
    assert set(goal.missing) <= {"segment", "target", "period"}
    json.dumps(goal.as_json())
    parse_goal(text, today=date(1, 1, 1))


def test_it_gives_the_design_json_shape() -> None:
    data = parse_goal("Meet 4 new marketing directors every month this quarter",
                      today=date(2026, 5, 3)).as_json()
    assert set(data) == {"measure", "target", "cadence", "start", "end", "segment", "purpose",
                         "missing", "suggestion", "language"}
    assert set(data["segment"]) == {"functions", "seniorities", "decision_maker", "industries",
                                    "keywords", "locations"}
    assert data["start"] == "2026-04-01"
    assert data["end"] == "2026-06-30"
