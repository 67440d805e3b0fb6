"""Tests for pipeline/claims/ages.py (ages read as quantities in years),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, quantities


def test_ages_of_unnamed_people_in_a_list(nlp):
    found = quantities(nlp, "Three men, aged 19, 23 and 31, were charged.")
    ages = [q["value"] for q in found if q["unit"] == "years"]
    assert ages == [19, 23, 31]


def test_ages_with_hedges_and_ranges(nlp):
    found = quantities(nlp, "The victims were aged over 75, and the suspects aged between 15 and 19.")
    assert [(q["value"], q.get("value_max"), q["unit"], q["qualifier"]) for q in found] == [
        (75, None, "years", "lower_bound"), (15, 19, "years", "range")]


@pytest.mark.parametrize("text, span, value, qualifier", [
    ("Residents over age 65 will be offered a home visit.", "over age 65", 65, "lower_bound"),
    ("Children under age 16 were removed from the address.", "under age 16", 16, "upper_bound"),
    ("Victims aged 60 and older lost the most.", "60 and older", 60, "lower_bound"),
    ("If you are age 60 or older, call the hotline.", "60 or older", 60, "lower_bound"),
    ("Children aged 12 and under travel free.", "12 and under", 12, "upper_bound"),
    ("He sent images to a child under the age of 13.", "under the age of 13", 13, "upper_bound"),
    ("The scheme is open to anyone over the age of 65.", "over the age of 65", 65, "lower_bound"),
    ("Victims were all below the age of five years.", "below the age of five years", 5, "upper_bound"),
    ("Residents older than 80 were contacted.", "older than 80", 80, "lower_bound"),
])
def test_an_age_bound_is_an_age_with_its_bound(nlp, text, span, value, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"], q["qualifier"]) == (value, "years", qualifier)


@pytest.mark.parametrize("text,span,value,value_max", [
    ("The boys, some as young as 14 or 15 years old, were recruited.", "14 or 15 years old", 14, 15),
    ("Pupils between 11 and 13 years old were given the talk.", "between 11 and 13 years old", 11, 13),
    ("The scheme is open to children aged 10 to 12 years.", "10 to 12 years", 10, 12),
    ("Officers spoke to 12-14-year-olds at the school.", "12-14-year-olds", 12, 14),
    ("The drivers arrested ranged in age from 18 to 71.", "18 to 71", 18, 71),  # a range opened by "from"
    ("Victims were aged from 14 to 17.", "14 to 17", 14, 17),
])
def test_ranges_of_ages_span_their_years_old(nlp, text, span, value, value_max):
    q = at_span(nlp, text, span)
    assert (q["value"], q["value_max"], q["unit"], q["qualifier"]) == (value, value_max, "years", "range")


@pytest.mark.parametrize("text, span, qualifier", [
    ("The survey interviewed adults 18 and older across the city.", "18 and older", "lower_bound"),
    ("The unit protects children 12 and under from exploitation.", "12 and under", "upper_bound"),
])
def test_a_bare_number_bounded_as_an_age_is_in_years(nlp, text, span, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"]) == ("years", qualifier)


def test_money_and_over_is_a_lower_bound_not_an_age(nlp):
    q = at_span(nlp, "Fines of £500 and over were issued.", "£500 and over")
    assert (q["unit"], q["qualifier"]) == ("GBP", "lower_bound")


def test_a_second_decade_shares_in_their(nlp):
    found = [(q["text"], q["value"], q["value_max"]) for q in quantities(nlp, "Most victims were in their 70s and late 80s.")]
    assert found == [("in their 70s", 70, 79), ("late 80s", 80, 89)]


@pytest.mark.parametrize("text, span", [
    ("The boy, who was 10, was unhurt.", "10"),
    ("The victim was 17.", "17"),
    ("The driver, who was 19 at the time, fled on foot.", "19"),
    ("The victims were 17 and 19.", "19"),
    ("More than 40 victims were under 18, compared with 63 last year.", "under 18"),
    ("Six of the drivers were over 70.", "over 70"),
    ("Nearly a quarter of shooting victims last year were under 18.", "under 18"),
])
def test_a_number_an_unnamed_person_is_said_to_be_is_an_age(nlp, text, span):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["extractor"]) == ("years", "claims_quantities:age_predicate")


@pytest.mark.parametrize("text", [
    "Their daughter Maria, who was 10, survived.",  # a named person's age is the person's
    "The total was 17.",
    "Two of the drivers were over the limit, and 14 were under 30 metres from the school.",
    "The budget was under 40 million.",
])
def test_a_number_said_of_a_named_person_or_a_thing_is_no_age(nlp, text):
    assert all(q.get("unit") != "years" for q in quantities(nlp, text))


@pytest.mark.parametrize("text, span, qualifier", [
    ("The youngest driver charged was 17 and the oldest was 74. More than a quarter were under 25.",
     "under 25", "upper_bound"),
    ("Of the 47 victims:\n- 14 were aged 80 or older\n- 12 were in their 60s\n- six were under 60",
     "under 60", "upper_bound"),
    ("The suspects were aged 18 to 30. Half were under 21.", "under 21", "upper_bound"),
])
def test_a_bound_said_of_a_counted_group_among_ages_is_an_age(nlp, text, span, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"], q["extractor"]) == ("years", qualifier, "claims_quantities:age_predicate")


@pytest.mark.parametrize("text", [
    "Officers stopped 40 drivers at the checkpoint. Six were over 80.",  # no age nearby: a reading, not an age
    "The victims were aged 20 to 60. Six were over the limit. Two were under 12.",  # the age is two sentences back
    "The youngest was 17. Six of the cars were over 20 years old.",
])
def test_a_counted_group_without_an_age_nearby_gets_no_age(nlp, text):
    assert all(q.get("extractor") != "claims_quantities:age_predicate" or q["value"] == 17
               for q in quantities(nlp, text))


def test_an_unnamed_persons_year_old_age_is_a_quantity(nlp):
    assert at_span(nlp, "Officers arrested a 19-year-old man, and a woman, 25, on Friday.", "19-year-old")["value"] == 19



def test_he_was_15_after_a_sentence_about_the_boy_is_his_age(nlp):
    text = "The boy who opened the door had been reported missing four times. He was 15. The men used him."
    assert at_span(nlp, text, "15")["unit"] == "years"


def test_he_was_after_a_named_person_is_no_quantity(nlp):
    assert [q["text"] for q in quantities(nlp, "John Smith was arrested on Friday. He was 34.")] == []


def test_the_oldest_was_74(nlp):
    assert at_span(nlp, "The youngest driver charged was 17 and the oldest was 74.", "74")["unit"] == "years"


@pytest.mark.parametrize("text, span, unit, qualifier", [
    # an age written after the count in the same sentence makes the bound an age
    ("Of those detained, 27 were under 16 and the oldest was 19.", "under 16", "years", "upper_bound"),
    ("Stores may not sell lighters to anyone under 18.", "under 18", "years", "upper_bound"),
    ("Licences are refused to someone over 80 without a medical.", "over 80", "years", "lower_bound"),
    ("The victims were between 18 and 34.", "between 18 and 34", "years", "range"),
    ("Nearly half of the drivers were between 25 and 40.", "between 25 and 40", "years", "range"),
])
def test_age_bounds_said_of_people(nlp, text, span, unit, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"]) == (unit, qualifier)


def test_a_count_after_an_age_range_is_no_age(nlp):
    found = {q["text"]: q["unit"] for q in quantities(nlp, "Most of the victims were between 18 and 34 and 11 were youths.")}
    assert found["11"] == "youths"
    assert found["between 18 and 34"] == "years"


def test_a_count_said_to_be_under_a_limit_without_ages_is_no_age(nlp):
    found = {q["text"]: q.get("unit") for q in quantities(nlp, "Of the 30 drivers, 12 were under the limit.")}
    assert found.get("12") == "drivers"
