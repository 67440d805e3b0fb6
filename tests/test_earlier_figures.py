"""Tests for pipeline/claims/earlier_figures.py (the unit a bare number takes from the figures read
before it), calling its functions directly; the component-level cases are in test_elided_units.py."""
from __future__ import annotations

import pytest

from pipeline.claims.earlier_figures import header_count_unit, last_count_noun, range_start_unit, same_count
from pipeline.claims.numbers import NumberFinder


def last_number(text):
    return NumberFinder().find(text)[-1]


@pytest.mark.parametrize("text, earlier, unit", [
    ("cut the wait from 19 days to seven", {"start": 18, "end": 25, "unit": "days"}, "days"),
    ("coverage to 20 hours a day, up from 12", {"start": 12, "end": 20, "unit": "hours"}, "hours"),
    ("from £5m to 7", {"start": 5, "end": 8, "unit": "GBP"}, None),               # money names no counted thing
    ("20 hours later police found 12", {"start": 0, "end": 8, "unit": "hours"}, None),  # no range, no level left
])
def test_range_start_unit(text, earlier, unit):
    assert range_start_unit(text, last_number(text), [earlier]) == unit


def test_same_count_needs_a_determiner_and_the_same_value(nlp):
    doc = nlp("Five men were jailed. The five were sentenced. Police found five more.")
    five, more = NumberFinder().find(doc.text)[1:]
    claims = [{"start": 0, "value": 5.0, "unit": "men"}]
    first = doc.char_span(five.start, five.end)[0]
    assert same_count(doc, first, five, claims) == "men"
    assert same_count(doc, doc.char_span(more.start, more.end)[0], more, claims) is None


def test_last_count_noun_skips_a_multiplier():
    claims = [{"start": 0, "unit": "drivers"}, {"start": 20, "unit": "times"}]
    heads = {id(claims[0]): ("drivers", 1), id(claims[1]): ("times", 5)}
    assert last_count_noun(claims, heads, 0, 40) == "drivers"


def test_header_count_unit_reads_the_header_figure():
    text = "Troopers issued 9,874 tickets, including:\n\n- 3,120 for speeding"
    assert header_count_unit(text, text.index("3,120"), [{"start": 16, "end": 29, "unit": "tickets"}]) == "tickets"


def test_same_count_never_names_an_age_or_a_range_end_again():
    text = "Victims were aged between 19 and 27. There were 38, double the 19 received last year."
    from pipeline.nlp import shared

    doc = shared()(text)
    m = next(n for n in NumberFinder().find(text) if n.start > text.index("the 19"))
    first = next(t for t in doc if t.idx == m.start)
    age = {"start": text.index("between"), "value": 19.0, "value_max": 27.0, "unit": "years",
           "extractor": "claims_quantities:age_aged"}
    assert same_count(doc, first, m, [age]) is None
    count = {"start": 0, "value": 19.0, "unit": "reports", "extractor": "claims_quantities:count_noun"}
    assert same_count(doc, first, m, [count]) == "reports"
