"""Tests for pipeline/claims/figure_context.py (hedges, change words and baselines around a figure)."""
from __future__ import annotations

import pytest

from pipeline.claims.figure_context import FigureContext


@pytest.mark.parametrize("prefix, expected", [
    ("Officers seized more than ", "lower_bound"),
    ("The law allows no more than ", "upper_bound"),   # the longer hedge wins
    ("The blade was just under ", "upper_bound"),
    ("It weighed ~", "approximate"),                   # hedge marks
    ("It weighed ≈ ", "approximate"),
    ("Groups of >", "lower_bound"),
    ("There were ", None),
])
def test_qualifier_before(prefix, expected):
    found = FigureContext().qualifier_before(prefix)
    assert (found[0] if found else None) == expected


def test_trend_verbs_only_when_asked():
    assert "lose" not in FigureContext().change_verbs           # "lost £500" is not a trend
    assert FigureContext(trend=True).change_verbs.get("lose") == "decrease"  # "lost 190 points" is


@pytest.mark.parametrize("prefix,expected", [
    ("a fine not exceeding ", ("upper_bound", "not exceeding ")),
    ("a sentence of no greater than ", ("upper_bound", "no greater than ")),
    ("a term of not less than ", ("lower_bound", "not less than ")),
    ("there were not about ", ("approximate", "about ")),
])
def test_a_negated_bound_flips(prefix, expected):
    assert FigureContext().qualifier_before(prefix) == expected


def test_an_estimate_stops_at_a_clause_break():
    import spacy
    doc = spacy.blank("en")("The EPA-estimated range, a 5-mile gain, and estimates of 64,900 units.")
    ctx = FigureContext()
    assert not ctx.estimated(doc[:], doc.text.index("5-mile"))
    assert ctx.estimated(doc[:], doc.text.index("64,900"))


def test_a_word_that_adds_continues_a_decrease_before_it():
    ctx = FigureContext()
    assert ctx.change_word_before("thefts are down a further ") == ("decrease", "a further ")
    assert ctx.change_word_before("calls fell by another ") == ("decrease", "another ")
    assert ctx.change_word_before("we will recruit a further ") == ("increase", "a further ")
