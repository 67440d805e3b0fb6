"""Tests for pipeline/claims/person_ages.py (a named person's age), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


# ---- ages --------------------------------------------------------------------------------

def test_age_after_name(nlp):
    _, claims = people(nlp, "Kieran Blake, 29, of Thornton Heath, was charged with six counts of burglary.")
    assert [(c["name"], c["age"]) for c in claims] == [("Kieran Blake", 29)]


def test_age_before_name(nlp):
    _, claims = people(nlp, "Officers arrested 45-year-old Joseph Clark at an address in Leeds.")
    assert [(c["name"], c["age"]) for c in claims] == [("Joseph Clark", 45)]


def test_age_in_brackets(nlp):
    _, claims = people(nlp, "Chloe Sutton (22) was sentenced at Bristol Crown Court.")
    assert [(c["name"], c["age"]) for c in claims] == [("Chloe Sutton", 22)]


def test_address_after_age_is_not_a_person(nlp):
    _, claims = people(nlp, "Aaron Pike, 31, of Forest Hill, and Marcus Webb, 27, of Peckham, were remanded.")
    assert sorted(c["name"] for c in claims) == ["Aaron Pike", "Marcus Webb"]


def test_age_written_with_age_after_the_name(nlp):
    _, claims = people(nlp, "Charged were John Smith, age 24, and Amy Lee, age 26, both of Gary, Ind.")
    assert [(c["name"], c.get("age")) for c in claims] == [("John Smith", 24), ("Amy Lee", 26)]


@pytest.mark.parametrize("text,name,age", [
    ("Ilya Brodsky, a 25-year-old resident of Leeds, pleaded guilty.", "Ilya Brodsky", 25),
    ("The court jailed convicted 32-year-old Kevin Asher for six years.", "Kevin Asher", 32),
    ("Priya Sharma, a thirty-one-year-old nurse from Luton, was arrested.", "Priya Sharma", 31),
])
def test_a_year_old_age_beside_the_name_is_the_persons_age(nlp, text, name, age):
    doc = nlp(make_doc(nlp, text))
    people = {c["name"]: c.get("age") for c in doc._.claims if c["type"] == "person"}
    assert people.get(name) == age, people


@pytest.mark.parametrize("text, name, age", [
    ("Michael Bay, 45, of Keswick, was jailed for two years.", "Michael Bay", 45),
    ("Officers arrested Ellen Park, 29, of Salford, on Tuesday.", "Ellen Park", 29),
])
def test_an_age_after_the_name_vouches_for_a_place_noun_surname(nlp, text, name, age):
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("age")) for c in claims] == [(name, age)]


def test_an_age_before_a_name_spacy_calls_a_facility(nlp):
    text = "Kimble was charged over the shooting of 17-year-old Tyrese Holloway at a basketball court."
    _, claims = people(nlp, text)
    assert ("Tyrese Holloway", 17) in [(c["name"], c.get("age")) for c in claims]



def test_age_after_an_alias_in_brackets_in_a_list(nlp):
    doc = nlp(make_doc(nlp, "Four defendants, Luis De Leon Perez (De Leon), 41; and Rafael Reiter Munoz (Reiter), 39, "
                            "were arrested in Spain."))
    assert [(c["name"], c.get("age")) for c in claims_of(doc, "person")] == [
        ("Luis De Leon Perez", 41), ("Rafael Reiter Munoz", 39)]
    assert [c["value"] for c in claims_of(doc, "quantity")] == [4.0]
