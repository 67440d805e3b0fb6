"""Tests for pipeline/claims/figure_qualifiers.py (a quantity's qualifier and sign),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, quantities


def test_and_over_before_another_figure_is_no_bound(nlp):
    found = {q["text"]: q["qualifier"] for q in quantities(nlp, "The gang stole between 10 and over 20 cars.")}
    assert "10 and over" not in found and found.get("over 20 cars") == "lower_bound"


@pytest.mark.parametrize("text,span,qualifier", [
    ("Each count carries a sentence of no greater than 20 years in prison.", "no greater than 20 years", "upper_bound"),
    ("He faces a fine not exceeding £1,000.", "not exceeding £1,000", "upper_bound"),
    ("The offence carries a term of not more than five years.", "not more than five years", "upper_bound"),
    ("The minimum is not less than five years.", "not less than five years", "lower_bound"),
    ("A sentence not to exceed 10 years was imposed.", "not to exceed 10 years", "upper_bound"),
    ("He was questioned about the $25,000 payment.", "$25,000", "exact"),
    ("Judge Berman presided over the two-week trial.", "two-week", "exact"),
    ("Police will add 120 officers under a $48-million plan.", "$48-million", "exact"),  # "under a ... plan"
    ("Over a five-year period he stole from clients.", "five-year", "exact"),
    ("He moved $100,000 within a 12-month period.", "12-month", "exact"),
    ("The repairs cost under $400.", "under $400", "upper_bound"),                   # no article: a hedge
    ("Burglaries fell by more than a third.", "more than a third", "lower_bound"),   # a hedge may take the article
    ("Patrols will run for at least the next four weeks.", "at least the next four weeks", "lower_bound"),
    ("Officers have reviewed over 120 hours of CCTV footage.", "over 120 hours", "lower_bound"),  # an amount
    ("When it last ran, over three weeks in December, 40 people were arrested.", "three weeks", "exact"),  # a period
    ("Patrols ran over the last four weeks.", "four weeks", "exact"),
])
def test_negated_bounds_flip_and_prepositions_before_the_are_not_hedges(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


@pytest.mark.parametrize("text,span,qualifier,direction", [
    ("Officers seized 2kg (4.4lb) more cannabis than last year.", "4.4lb", "exact", "increase"),
    ("The stash weighed about 5kg (11lb).", "11lb", "approximate", None),
    ("Officers seized 2kg of cannabis (40 wraps).", "40 wraps", "exact", None),
])
def test_a_bracketed_conversion_restates_the_figure_before_it(nlp, text, span, qualifier, direction):
    q = at_span(nlp, text, span)
    assert (q["qualifier"], q.get("direction")) == (qualifier, direction)


@pytest.mark.parametrize("text,span,qualifier", [
    ("The EPA-estimated range of 200 miles, a 5-mile gain on last year.", "5-mile", "exact"),
    ("Police estimated that 500 people attended.", "500 people", "approximate"),
    ("The previous estimate was lower, and the final bill was £8,000.", "£8,000", "exact"),
    ("More than 1,000 customers including over than 60 firms were hit.", "over than 60 firms", "lower_bound"),
])
def test_an_estimate_word_hedges_only_its_own_clause(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


@pytest.mark.parametrize("text,span,qualifier", [
    ("According to police estimates, 500 people attended the march.", "500 people", "approximate"),
    ("He had an estimated blood alcohol concentration (BAC) of 144mg.", "144mg", "approximate"),
    ("At approximately 8:40pm, six additional officers arrived.", "six additional officers", "exact"),
])
def test_an_estimate_fronting_the_clause_still_hedges(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


def test_at_least_is_a_hedge_not_a_level(nlp):
    q = at_span(nlp, "The force will reduce its response time at least 20 minutes by 2027.", "at least 20 minutes")
    assert (q["qualifier"], q.get("direction")) == ("lower_bound", "decrease")


@pytest.mark.parametrize("text,span,value,unit", [
    ("The charity reported a net position of $-4,500 at year end.", "$-4,500", -4500, "USD"),
    ("The fund's balance fell to -£3.2m after the fraud.", "-£3.2m", -3_200_000, "GBP"),
    ("The victims lost about £2m, a figure reached after -- £225,000 was recovered.", "£225,000", 225_000, "GBP"),
])
def test_a_sign_before_or_after_the_currency_makes_money_negative(nlp, text, span, value, unit):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"]) == (value, unit)


def test_a_dash_before_money_is_punctuation_not_a_sign(nlp):
    q = at_span(nlp, "It will help our most vulnerable victims --$225 million in grants.", "$225 million")
    assert q["value"] == 225_000_000


def test_over_a_period_is_not_a_lower_bound(nlp):
    q = at_span(nlp, "The fraud cost victims $1.7 billion over a 20-year period.", "20-year")
    assert q["qualifier"] == "exact"


@pytest.mark.parametrize("text,span", [
    ("He faces a maximum potential sentence of 33 years.", "33 years"),
    ("The maximum penalty for this offence is 14 years in prison.", "14 years"),
    ("They face maximum statutory penalties of 10 years each.", "10 years"),
])
def test_a_statutory_maximum_named_before_the_figure_is_an_upper_bound(nlp, text, span):
    assert at_span(nlp, text, span)["qualifier"] == "upper_bound"


@pytest.mark.parametrize("text, span", [
    ("The money was moved overseas, usually within two days.", "within two days"),
    ("Officers arrived within 10 minutes of the call.", "within 10 minutes"),
])
def test_within_is_an_upper_bound(nlp, text, span):
    assert at_span(nlp, text, span)["qualifier"] == "upper_bound"


@pytest.mark.parametrize("text, span, qualifier", [
    ("The temperature inside the trailer exceeded 105 degrees.", "exceeded 105 degrees", "lower_bound"),
    ("Losses exceeded £2m last year.", "exceeded £2m", "lower_bound"),
])
def test_exceeded_is_a_lower_bound(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


@pytest.mark.parametrize("text, span, qualifier", [
    ("The force pledged to cut the wait to under five minutes.", "under five minutes", "upper_bound"),
    ("Most calls were answered in under 10 seconds.", "under 10 seconds", "upper_bound"),
    ("The thefts were spread over five years.", "five years", "exact"),
    ("The plan aims to bring the response time to urgent calls under 7 minutes by 2028.", "under 7 minutes",
     "upper_bound"),                                               # nothing is spread "under" a time
    ("Officers reached nine in 10 callers below 15 minutes.", "below 15 minutes", "upper_bound"),
])
def test_a_bound_on_a_duration_after_to_or_in(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


def test_a_hedge_on_a_height_covers_both_its_parts(nlp):
    found = quantities(nlp, "He is described as about 5ft 10in tall, and his friend as 6ft 2in.")
    assert [(q["text"], q["qualifier"]) for q in found] == [
        ("about 5ft", "approximate"), ("10in", "approximate"), ("6ft", "exact"), ("2in", "exact")]


def test_or_higher_and_or_lower_are_bounds(nlp):
    q = at_span(nlp, "Speeds of 30mph or lower were recorded.", "30mph or lower")
    assert q["qualifier"] == "upper_bound"


@pytest.mark.parametrize("text, span, qualifier", [
    ("Police to double teams under $6.2 million expansion", "$6.2 million", "exact"),   # the scheme is under it
    ("Projects under £2m road safety plan start in May.", "£2m", "exact"),
    ("He stole under $500 each time.", "under $500", "upper_bound"),
])
def test_a_preposition_before_money_that_names_a_scheme_is_no_hedge(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


def test_as_long_as_is_an_upper_bound(nlp):
    text = "Wait times averaged 10-15 minutes, down from as long as 40 minutes last year."
    assert at_span(nlp, text, "as long as 40 minutes")["qualifier"] == "upper_bound"


@pytest.mark.parametrize("text, span", [
    ("Some of these kids were offered as little as $1,000 to throw a petrol bomb.", "as little as $1,000"),
    ("As few as 12 officers were on duty.", "As few as 12 officers"),
])
def test_as_little_as_is_a_lower_bound(nlp, text, span):
    assert at_span(nlp, text, span)["qualifier"] == "lower_bound"


@pytest.mark.parametrize("text, span, qualifier", [
    ("The offence is punishable by up to five years in prison and a $10,000 fine.", "$10,000", "upper_bound"),
    ("It carries a maximum of two years in jail and a £5,000 fine.", "£5,000", "upper_bound"),
    ("He was jailed for up to five years and paid a £500 fine.", "£500", "exact"),     # a fine he paid: no cap
    ("He got up to five years; a £500 fine was also imposed.", "£500", "exact"),
])
def test_a_cap_covers_the_fine_joined_to_it(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier
