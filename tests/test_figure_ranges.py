"""Tests for pipeline/claims/figure_ranges.py (ranges and proportions: two numbers read as one figure),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, one, quantities


def test_range_has_value_max(nlp):
    q = one(nlp, "Between 16 and 24 officers will be on duty.")
    assert (q["value"], q["value_max"], q["qualifier"]) == (16, 24, "range")


def test_from_to_gives_two_figures_not_a_range(nlp):
    found = quantities(nlp, "The number of people injured fell from 48 to 30.")
    assert [(q["value"], q.get("qualifier"), q.get("unit")) for q in found] == [
        (48, "exact", "people"), (30, "exact", "people")]


def test_proportions_are_fractions(nlp):
    q = one(nlp, "Around 1 in 4 women will experience domestic abuse.")
    assert (q["value"], q["unit"], q["qualifier"]) == (0.25, "fraction", "approximate")


def test_scale_word_shared_by_a_range(nlp):
    q = one(nlp, "Officials think between 1 and 2 million pounds was laundered.")
    assert (q["value"], q["value_max"], q["unit"]) == (1_000_000, 2_000_000, "GBP")


def test_word_range_of_years(nlp):
    c = one(nlp, "He was banned from driving for one to two years.")
    assert (c["text"], c["value"], c["value_max"], c["unit"], c["qualifier"]) == (
        "one to two years", 1, 2, "years", "range")


def test_change_by_then_new_level_is_two_figures(nlp):
    found = quantities(nlp, "The policing budget increased by $43.6 million to $419.2 million.")
    assert [(c["text"], c["value"], c.get("value_max")) for c in found] == [
        ("$43.6 million", 43_600_000, None), ("$419.2 million", 419_200_000, None)]


def test_by_a_bare_range(nlp):
    c = one(nlp, "Response times were cut by 2 to 3 minutes.")
    assert (c["value"], c["value_max"], c["qualifier"], c["direction"]) == (2, 3, "range", "decrease")


def test_rose_from_to_stays_two_figures(nlp):
    found = quantities(nlp, "The number of patrols rose from 3 to 12 officers.")
    assert [c["value"] for c in found] == [3, 12] and all(c.get("value_max") is None for c in found)


def test_transition_from_to_is_still_two_figures(nlp):
    found = quantities(nlp, "Burglaries rose from 2,100 to 2,450 after the closure.")
    assert [(q["value"], q.get("value_max")) for q in found] == [(2100, None), (2450, None)]


def test_a_joiner_after_the_range_is_not_a_repeated_unit(nlp):
    q = one(nlp, "Victims paid a fee, usually $20 to $30 to claim a prize.")
    assert (q["value"], q["value_max"], q["qualifier"]) == (20, 30, "range")


@pytest.mark.parametrize("text", [
    "The team grew from 5 up to 9 officers.",
    "Shares fell from 52 to 31 after the raid.",
])
def test_up_to_and_to_after_a_change_verb_are_not_ranges(nlp, text):
    assert all(q["qualifier"] != "range" for q in quantities(nlp, text))


@pytest.mark.parametrize("text,span,value,value_max,unit", [
    ("Two or three men attacked him in the car park.", "Two or three men", 2, 3, "men"),
    ("He was robbed of eight or nine euros.", "eight or nine euros", 8, 9, "EUR"),
    ("Each count carries five or 10 years in prison.", "five or 10 years", 5, 10, "years"),
    ("Witnesses described a group aged 15 or 16.", "15 or 16", 15, 16, "years"),
])
def test_two_numbers_joined_by_or_are_a_range(nlp, text, span, value, value_max, unit):
    q = at_span(nlp, text, span)
    assert (q["value"], q.get("value_max"), q.get("unit"), q["qualifier"]) == (value, value_max, unit, "range")


@pytest.mark.parametrize("text", [
    "Anyone with information should call 101 or 999.",
    "Fines rose by 25k or 40k in the north and south respectively.",
    "He faces a fine of $250,000 or three times the gross gain.",
])
def test_or_between_far_apart_or_respective_figures_is_not_a_range(nlp, text):
    assert all(q["qualifier"] != "range" for q in quantities(nlp, text))


def test_a_ratio_over_four_after_by_is_a_change_and_a_level(nlp):
    found = quantities(nlp, "Burglaries increased by 120 to 950 in the year.")
    assert [(q["value"], q.get("value_max")) for q in found] == [(120, None), (950, None)]
    assert at_span(nlp, "Arrests rose by 10 to 15 a week.", "10 to 15")["qualifier"] == "range"


@pytest.mark.parametrize("text,span,value,value_max", [
    ("The pills contained 10 mg, 15 mg or 30 mg of oxycodone.", "15 mg", 15, None),
    ("The pills contained 10 mg, 15 mg or 30 mg of oxycodone.", "30 mg", 30, None),
    ("Kia overstated the fuel economy by one to six miles per gallon.", "one to six miles per gallon", 1, 6),
])
def test_alternatives_in_a_list_stay_apart_and_small_ranges_after_by_stay_ranges(nlp, text, span, value, value_max):
    q = at_span(nlp, text, span)
    assert (q["value"], q.get("value_max")) == (value, value_max)


@pytest.mark.parametrize("text", [
    "The rule used a two or three-letter code for each country.",
    "Pupils attended for one or two 55-minute periods per day.",
    "He was director of 21 Celsius Inc., a Canadian corporation.",
])
def test_or_ranges_need_their_own_noun_and_company_names_are_not_measures(nlp, text):
    assert all(q.get("value_max") is None and q.get("unit") not in ("Celsius", "students")
               for q in quantities(nlp, text))
