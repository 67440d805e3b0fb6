"""Tests for pipeline/claims/person_merge.py (from mentions to one claim per person), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


def by_name(claims):
    return {c["name"]: c for c in claims}


# ---- merging later mentions --------------------------------------------------------------

def test_surname_mentions_merge_into_first_full_mention(nlp):
    text = ("Nathan Price appeared at Leeds Crown Court on Thursday. Price admitted the offences. "
            "Mr Price will be sentenced next month.")
    doc, claims = people(nlp, text)
    assert [c["name"] for c in claims] == ["Nathan Price"]
    assert doc.text[claims[0]["start"]:claims[0]["end"]] == "Nathan Price"


def test_later_mention_supplies_the_role(nlp):
    text = "Officers spoke to Leah Grant about the scheme. Inspector Grant said it had cut thefts by a third."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"]) == ("Leah Grant", "Inspector")


def test_same_surname_different_people(nlp):
    text = ("Nathan Price appeared in court. Detective Constable Sarah Price, no relation, led the enquiry. "
            "DC Price said the victims were brave.")
    got = by_name(people(nlp, text)[1])
    assert set(got) == {"Nathan Price", "Sarah Price"}
    assert got["Sarah Price"]["role"] == "Detective Constable"


def test_title_with_surname_only(nlp):
    _, claims = people(nlp, "DCI Thompson said the family had been informed.")
    assert [(c["name"], c["role"]) for c in claims] == [("Thompson", "DCI")]


def test_one_claim_per_person_per_release(nlp):
    text = ("Chief Superintendent Mark Ellis said the operation was a success.\n\n"
            "Ellis, who has served for 20 years, thanked the public. Chief Superintendent Ellis retires next month.")
    assert len(people(nlp, text)[1]) == 1


@pytest.mark.parametrize("text, name", [
    ("State Councilor Guo Shengkun met the delegation. Councilor Guo said the visit was useful.", "Guo Shengkun"),
    ("Police named the victim as Nguyen Van An, 45. Mr Nguyen was a chef.", "Nguyen Van An"),
    ("Detective Sergeant Kim Min-jun led the inquiry. DS Kim thanked the witnesses.", "Kim Min-jun"),
])
def test_a_family_name_written_first_merges_into_the_full_name(nlp, text, name):
    assert [c["name"] for c in people(nlp, text)[1]] == [name]


def test_a_titled_word_that_opens_two_full_names_stays_a_person(nlp):
    text = "Officers arrested Guo Wei and Guo Ming. Detective Guo, no relation, led the case."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Guo Wei", "Guo Ming", "Guo"]


def test_initial_and_possessive_mention_merge_into_the_full_name(nlp):
    text = "Officers arrested Harold W. Pike in May. W. Pikes van was seized and Pike was charged."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Harold W. Pike"]


# ---- mentions that go --------------------------------------------------------------------

def test_dateline_glued_to_a_name(nlp):
    doc, claims = people(nlp, "WASHINGTONMarcus Reid and Ellen Fox of Baton Rouge, La., pleaded guilty today.")
    assert [c["name"] for c in claims] == ["Marcus Reid", "Ellen Fox"]
    assert doc.text[claims[0]["start"]:claims[0]["end"]] == "Marcus Reid"


@pytest.mark.parametrize("text, expected", [
    ("Albuquerque Man Sentenced to 97 Months for Laundering Proceeds of Romance Scams\nMay 13, 2025\n"
     "An Albuquerque man was sentenced today.", []),
    ("Gwent Officer Tom Baines Praised For Rescue At River Usk\nTom Baines, 32, pulled a man from the water.",
     ["Tom Baines"]),
    ("Chief Constable Praises Officers After Storm\nChief Constable Amy Reed thanked officers.", ["Amy Reed"]),
])
def test_headline_words_are_names_only_where_the_release_repeats_them(nlp, text, expected):
    assert [c["name"] for c in people(nlp, text)[1]] == expected


def test_an_alias_is_not_another_person(nlp):
    _, claims = people(nlp, "Jerry Mitchell, aka Tre da Great, age 24, of Indianapolis, was charged.")
    assert [c["name"] for c in claims] == ["Jerry Mitchell"]


def test_an_alias_age_goes_to_the_person(nlp):
    _, claims = people(nlp, "Ronald Lee Prince, aka Big Show, 44, of Dallas, pleaded guilty.")
    assert [(c["name"], c.get("age")) for c in claims] == [("Ronald Lee Prince", 44)]


def test_a_force_name_that_opens_a_unit_name_is_not_a_person(nlp):
    text = ("Surrey RCMP seize 14 kg of drugs; three people charged\n2025-03-06\n\n"
            "Staff Sergeant Colleen Abernathy of the Surrey RCMP Drug Enforcement Unit said the inquiry began.")
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("organisation")) for c in claims] == [
        ("Colleen Abernathy", "Surrey RCMP Drug Enforcement Unit")]



def test_a_product_name_run_into_the_next_sentences_surname_is_no_person(nlp):
    text = ("Victor Anselm Radulescu, 38, of Worcester, was sentenced to 97 months in prison. He forfeited "
            "$850,000 and a 2023 Tesla Model Y. Radulescu was indicted in October 2024.")
    assert [c["name"] for c in people(nlp, text)[1]] == ["Victor Anselm Radulescu"]


def test_a_relative_with_a_middle_initial_and_the_same_surname_stays(nlp):
    text = "Victor Radulescu, 38, was jailed. His wife, Maria T. Radulescu, 36, was cleared."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Victor Radulescu", "Maria T. Radulescu"]


def test_a_titled_name_with_a_middle_initial_stays_beside_a_namesake(nlp):
    text = "Thomas Stockman, 40, testified. A jury convicted former Representative Stephen E. Stockman of fraud."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Thomas Stockman", "Stephen E. Stockman"]


@pytest.mark.parametrize("text, names", [
    ("Winnipeg Police Service releases report\n\nNEWS RELEASE\nJune 16, 2026\n\nChief Ann Roe said so.", ["Ann Roe"]),
    ("One rider was recorded at 112mph near Tow Law at 10.30pm. Inspector Jo Bell said so.", ["Jo Bell"]),
])
def test_headings_and_places_are_no_people(nlp, text, names):
    assert [c["name"] for c in people(nlp, text)[1]] == names


@pytest.mark.parametrize("text", [
    "Officers from the Broads Beat team checked 40 moorings.",
    "The Broads Beat, a partnership between Norfolk Constabulary and the Broads Authority, carried out 96 patrols.",
    "Patrols by the Harbour Watch volunteers resumed on Friday.",
])
def test_a_name_right_after_the_article_is_no_person(nlp, text):
    assert people(nlp, text)[1] == []


@pytest.mark.parametrize("text, name", [
    ("Tributes were paid to the late Harriet Moss, who founded the charity.", "Harriet Moss"),
    ("The Chief Constable, Jane Smith, said the plan works.", "Jane Smith"),
    ("The victim, Carys Morgan, was treated in hospital.", "Carys Morgan"),
])
def test_a_title_or_late_between_the_article_and_the_name_keeps_the_person(nlp, text, name):
    assert [c["name"] for c in people(nlp, text)[1]] == [name]

