"""Tests for pipeline/claims/percentages.py (the ``claims_percentages`` component)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise


def percentages(nlp, text, published="2024-03-08"):
    doc = nlp(make_doc(nlp, text, published=published))
    return [dict(c, text=doc.text[c["start"]:c["end"]]) for c in claims_of(doc, "percentage")]


@pytest.mark.parametrize("text,span,value,qualifier,direction", [
    ("Knife crime fell by 14 per cent over the year.", "14 per cent", 14, "exact", "decrease"),
    ("Some 62% of victims were women.", "Some 62%", 62, "approximate", None),
    ("Reports of fraud rose 300 percent.", "300 percent", 300, "exact", "increase"),
    ("Charges were up 9 per-cent on the previous quarter.", "9 per-cent", 9, "exact", "increase"),
    ("Thefts of vehicles, -4.2%; robbery, +11.5%.", "-4.2%", 4.2, "exact", "decrease"),
    ("Thefts of vehicles, -4.2%; robbery, +11.5%.", "+11.5%", 11.5, "exact", "increase"),
    ("More than 70 per cent of calls came from mobiles.", "More than 70 per cent", 70, "lower_bound", None),
    ("Less than 5% of stops led to an arrest.", "Less than 5%", 5, "upper_bound", None),
    ("The force charged 28 per cent more suspects than last year.", "28 per cent", 28, "exact", "increase"),
    ("The scheme brought a 20 per cent reduction in burglary.", "20 per cent", 20, "exact", "decrease"),
    ("Ten per cent of the budget goes on training.", "Ten per cent", 10, "exact", None),
    ("The detection rate increased to 87.2% in March.", "87.2%", 87.2, "exact", None),
])
def test_percentage_fields(nlp, text, span, value, qualifier, direction):
    found = [p for p in percentages(nlp, text) if p["text"] == span]
    assert found, percentages(nlp, text)
    p = found[0]
    assert p["value"] == pytest.approx(value)
    assert p["unit"] == "percent"
    assert p["qualifier"] == qualifier
    assert p.get("direction") == direction
    assert p["extractor"].startswith("claims_percentages:")


def test_percentage_range(nlp):
    (p,) = percentages(nlp, "Between 10 and 15 per cent of offenders reoffend.")
    assert (p["value"], p["value_max"], p["qualifier"]) == (10, 15, "range")


def test_baseline_from_comparison(nlp):
    (p,) = percentages(nlp, "Robberies fell by 12% compared with last year.")
    assert p["baseline"] == "last year"


def test_bracketed_percentage_after_a_comparison(nlp):
    found = percentages(nlp, "Reports show an increase in fraud. There were 640 offences compared with 512 in "
                             "the same period last year (25%).")
    assert [(p["value"], p["direction"]) for p in found] == [(25, "increase")]


def test_percentages_are_not_quantities(nlp):
    doc = nlp(make_doc(nlp, "Burglary is down 41 per cent and robbery down 3%."))
    assert claims_of(doc, "quantity") == []
    assert [c["value"] for c in claims_of(doc, "percentage")] == [41, 3]


@pytest.mark.parametrize("text", [
    "PC 4417 and PC3 Jones attended 14 High Street.",
    "The percentage of solved cases is published every 3 months.",
    "Officers percent-checked 12 vans.",
])
def test_no_percentage_without_a_percent_word(nlp, text):
    assert percentages(nlp, text) == []


def test_seed_release(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    doc = nlp(make_doc(nlp, text, published="2023-12-15"))
    found = claims_of(doc, "percentage")
    first = next(p for p in found if p["value"] == 41)
    assert (first["direction"], first["baseline"]) == ("increase", "last year")
    assert doc.text[first["start"]:first["end"]] == "41 per cent"


# --- market-style trend verbs make a percentage a change
@pytest.mark.parametrize("text,span,direction", [
    ("Reports of shoplifting advanced 8% on the year.", "8%", "increase"),
    ("Burglary gained 4 per cent in the first quarter.", "4 per cent", "increase"),
    ("Vehicle crime slid 1.1% last month.", "1.1%", "decrease"),
    ("Anti-social behaviour edged down 2% compared with last year.", "2%", "decrease"),
    ("Hate crime edged up 3% in the city.", "3%", "increase"),
    ("Robberies dipped 3 per cent over the summer.", "3 per cent", "decrease"),
    ("Online fraud surged 12% during lockdown.", "12%", "increase"),
    ("Calls to 101 jumped 7% in December.", "7%", "increase"),
    ("Drink-driving arrests climbed 5 per cent.", "5 per cent", "increase"),
    ("The share price of the firm shed 12 pence, or 3%, after the raid.", "3%", "decrease"),
])
def test_trend_verbs(nlp, text, span, direction):
    found = [c for c in percentages(nlp, text) if c["text"] == span]
    assert len(found) == 1 and found[0]["direction"] == direction, percentages(nlp, text)


def test_lost_points_or_percent(nlp):
    c = percentages(nlp, "The index lost 190 points, or 0.6%, when the arrests were announced.")[0]
    assert (c["value"], c["direction"]) == (0.6, "decrease")


# --- explicit ranges with a percent sign on both ends
@pytest.mark.parametrize("text,span,low,high", [
    ("Between 5% and 6% of 999 calls were abandoned.", "Between 5% and 6%", 5, 6),
    ("Detection rates of 5% to 10% were recorded.", "5% to 10%", 5, 10),
    ("Officers estimate 20 per cent to 30 per cent of reports are false.", "20 per cent to 30 per cent", 20, 30),
    ("Repeat offending fell in 5%-10% of cases.", "5%-10%", 5, 10),
])
def test_marked_ranges(nlp, text, span, low, high):
    found = percentages(nlp, text)
    assert [(c["text"], c["value"], c.get("value_max"), c["qualifier"]) for c in found] == [
        (span, low, high, "range")]


@pytest.mark.parametrize("text", [
    "The detection rate fell 2% to 5%.",
    "Burglary rose from 3% to 4% this year.",
    "The clear-up rate increased by 2% to 9%.",
])
def test_change_then_level_is_not_a_range(nlp, text):
    found = percentages(nlp, text)
    assert len(found) == 2 and all(c.get("value_max") is None for c in found)


@pytest.mark.parametrize("text,direction", [
    ("The crime index closed down 1% at the end of the month.", "decrease"),
    ("Reports of scams are trending up 4% this spring.", "increase"),
])
def test_up_down_after_a_market_verb(nlp, text, direction):
    c = percentages(nlp, text)[0]
    assert c["direction"] == direction


def test_set_up_is_not_a_change(nlp):
    c = percentages(nlp, "The unit was set up 5 years ago and solves 40% of cases.")[0]
    assert c.get("direction") is None


@pytest.mark.parametrize("text,expected", [
    # a transition after a change verb: two percentages, the first sharing the second's "per cent"
    ("The detection rate fell from 52 to 31 per cent.", [(52, None), (31, None)]),
    ("Satisfaction rose from 4.8 to 6.1 percent this year.", [(4.8, None), (6.1, None)]),
    # a range is still a range
    ("Fees range from 5 to 7 per cent.", [(5, 7)]),
    ("Between 5% and 6% of calls were hoaxes.", [(5, 6)]),
    # two figures joined by "and" share the unit
    ("Rates of 22 and 24 per cent were recorded.", [(22, None), (24, None)]),
])
def test_first_figure_shares_the_per_cent(nlp, text, expected):
    got = [(p["value"], p.get("value_max")) for p in percentages(nlp, text)]
    assert got == [(pytest.approx(v), None if m is None else pytest.approx(m)) for v, m in expected]


def test_a_dash_between_listed_figures_is_not_a_shared_unit(nlp):
    found = percentages(nlp, "Index moves: Stoxx 50 -1.3% FTSE -0.6%.")
    assert [(p["value"], p.get("direction")) for p in found] == [(1.3, "decrease"), (0.6, "decrease")]


@pytest.mark.parametrize("text,span", [
    ("The force recruited 120 officers, up 15 officers, or 14 per cent, on last year.", "14 per cent"),
    ("There were 1,234 burglaries, 56 (4%) more than last year.", "4%"),
    ("There were 1,234 burglaries, 56 more than last year (4%).", "4%"),
])
def test_a_percentage_restating_a_count_takes_its_change(nlp, text, span):
    found = [c for c in percentages(nlp, text) if c["text"] == span]
    assert len(found) == 1 and found[0]["direction"] == "increase", percentages(nlp, text)
    assert found[0]["baseline"] == "last year"


def test_a_restated_percentage_needs_the_count_next_to_it(nlp):
    text = "Patrols rose by 40 in the city. In the county 12% of calls were answered late."
    assert [c.get("direction") for c in percentages(nlp, text)] == [None]


def test_a_restating_percentage_after_or_without_a_comma(nlp):
    text = "Recorded crime fell by 1,250 offences or 6 per cent compared with last year."
    found = [c for c in percentages(nlp, text) if c["text"] == "6 per cent"]
    assert len(found) == 1 and found[0]["direction"] == "decrease", percentages(nlp, text)


@pytest.mark.parametrize("text,span,value,value_max", [
    ("Calls could fall by a five per cent to 20 per cent margin.", "five per cent to 20 per cent", 5, 20),
    ("Between five per cent and 20 per cent of calls were hoaxes.", "Between five per cent and 20 per cent", 5, 20),
])
def test_a_range_whose_ends_are_written_differently(nlp, text, span, value, value_max):
    found = [p for p in percentages(nlp, text) if p["text"] == span]
    assert found and (found[0]["value"], found[0]["value_max"], found[0]["qualifier"]) == (value, value_max, "range")


def test_ends_written_differently_without_between_are_two_figures(nlp):
    assert [p["value"] for p in percentages(nlp, "One per cent and 10 per cent were hoaxes.")] == [1, 10]


@pytest.mark.parametrize("text, direction", [
    ("Key figures for 2024:\n• shoplifting up 21 per cent to 6,950 reports", "increase"),
    ("Key figures for 2024:\n• online fraud reports up 31%", "increase"),
    ("Key figures for 2024:\n• he picked up 5% of the vote", None),
])
def test_up_after_a_bulleted_noun_phrase_is_a_change(nlp, text, direction):
    doc = nlp(make_doc(nlp, text))
    assert [c.get("direction") for c in doc._.claims if c["type"] == "percentage"] == [direction]


@pytest.mark.parametrize("text, direction", [
    ("Burglary was down almost 6 per cent on last year.", "decrease"),
    ("Key figures:\n- Speeding offences: 18,940, down almost 6 per cent", "decrease"),
    ("Shoplifting was up about 19 per cent.", "increase"),
    ("He picked up about 5 per cent of the vote.", None),  # a phrasal verb, not a change
])
def test_up_or_down_before_a_hedged_figure_is_a_change(nlp, text, direction):
    (p,) = percentages(nlp, text)
    assert p.get("direction") == direction


def test_or_higher_after_a_percentage_is_a_lower_bound(nlp):
    found = percentages(nlp, "Seventeen drivers had a blood alcohol content of 0.18 percent or higher.")
    assert [(p["value"], p["qualifier"]) for p in found] == [(0.18, "lower_bound")]


def test_a_restated_percentage_takes_the_change_noun_after_it(nlp):
    text = "The budget includes a $569 million, or 29 percent, increase on last year."
    doc = nlp(make_doc(nlp, text))
    [pct] = [c for c in doc._.claims if c["type"] == "percentage"]
    assert (doc.text[pct["start"]:pct["end"]], pct["direction"]) == ("29 percent", "increase")


@pytest.mark.parametrize("text, direction, baseline", [
    ("Thefts in the first seven weeks of 2026 are down a further 9% year on year.", "decrease", "year on year"),
    ("So far there have been 27, compared with 30 at the same time last year, a drop of 10 per cent.", "decrease",
     "the same time last year"),
    ("Arrests are up a further 12% on last year.", "increase", "last year"),
])
def test_direction_and_baseline_of_a_further_change(nlp, text, direction, baseline):
    (p,) = percentages(nlp, text)
    assert (p["direction"], p["baseline"]) == (direction, baseline)
