"""Tests for pipeline/claims/person_names.py (which capitalised runs are names), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


# ---- name words --------------------------------------------------------------------------

def test_postnominals_dropped(nlp):
    _, claims = people(nlp, "A message from Chief Constable Alan Pryce QPM:\nWe stand together.")
    assert [c["name"] for c in claims] == ["Alan Pryce"]


def test_hyphenated_first_name(nlp):
    _, claims = people(nlp, "Anne-Marie Jones, 52, of Hove, was charged with fraud.")
    assert [(c["name"], c["age"]) for c in claims] == [("Anne-Marie Jones", 52)]


@pytest.mark.parametrize("text, name", [
    ("Lee Ji-hoon, 29, of Hackney, was jailed.", "Lee Ji-hoon"),
    ("Detective Sergeant Kim Min-jun led the inquiry.", "Kim Min-jun"),
])
def test_a_lower_case_syllable_after_a_hyphen_is_part_of_the_given_name(nlp, text, name):
    assert [c["name"] for c in people(nlp, text)[1]] == [name]


def test_a_compound_ending_after_a_hyphen_is_no_name_word(nlp):
    _, claims = people(nlp, "Inspector Amy Stone-led patrols found Kim Min-jun.")
    assert [c["name"] for c in claims] == ["Amy Stone", "Kim Min-jun"]


@pytest.mark.parametrize("text, name", [
    ('Commissioner Gareth Holroyd-Banks said: "Residents told me."', "Gareth Holroyd-Banks"),
    ("Officer Jane Banks said the plan works.", "Jane Banks"),
    ("Marcus Parks, 41, of Leeds, was charged.", "Marcus Parks"),
])
def test_surnames_like_the_plural_of_an_organisation_word(nlp, text, name):
    _, claims = people(nlp, text)
    assert [c["name"] for c in claims] == [name]


@pytest.mark.parametrize("text, name", [
    ("Gardaí are seeking Tomás Ó Floinn, who has been missing from Salthill since Friday.", "Tomás Ó Floinn"),
    ("Officers spoke to Siobhán Ní Bhriain, 34, of Galway.", "Siobhán Ní Bhriain"),
])
def test_irish_surname_particles(nlp, text, name):
    _, claims = people(nlp, text)
    assert [c["name"] for c in claims] == [name]
    assert claims[0].get("organisation") is None


@pytest.mark.parametrize("text, expected", [
    ("Yesterday, U.S. District Judge Carmen Villaseñor-Ruiz sentenced Héctor Ruelas Quintanar, 44, of Nogales.",
     [("Carmen Villaseñor-Ruiz", None), ("Héctor Ruelas Quintanar", 44)]),
    ('"Every one of these deaths was preventable," said Lt. Col. Ramona Achterhof, commander of the bureau.',
     [("Ramona Achterhof", None)]),
    ("On August 19, 2025, Border Patrol agents found 37 migrants.", []),
    ("A 38-year-old Canning Vale man has been charged.", []),
])
def test_accented_names_compound_ranks_and_place_words(nlp, text, expected):
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("age")) for c in claims] == expected


# ---- things that are not persons ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The charity worked with the Suzy Lamplugh Trust and the Ben Kinsella Trust on the campaign.",
    "Officers working on Operation Sceptre seized 40 knives at Victoria Station.",
    "The ceremony will be held at Abraham Lincoln Middle School on Friday.",
    "Detectives used the 'Silver Fox' approach to trace the money.",
    "Sex Trafficking cases rose again: sex trafficking is now a priority for the unit.",
    "Officers attended Larkspur Close in Hounslow after reports of a disturbance.",
    "The Chief Constable said the force would review the case.",
    "Anyone with information should call 101 quoting reference 1234 of 12 May.",
])
def test_not_persons(nlp, text):
    assert people(nlp, text)[1] == []


@pytest.mark.parametrize("text, names", [
    ("WASHINGTON Joshua Reed pleaded guilty today to wire fraud.", ["Joshua Reed"]),
    ("The stolen cars included a Zephyr GT and a Range Rover.", []),
    ("Harlan Voss Inc. agreed to pay $2 million. Harlan Voss admitted the overcharging.", []),
    ("United States District Judge S. Thomas Landry sentenced the man.", ["S. Thomas Landry"]),
])
def test_datelines_products_and_companies(nlp, text, names):
    assert [c["name"] for c in people(nlp, text)[1]] == names


@pytest.mark.parametrize("text", [
    "Officers visited the Lucky Dragon Saloon and the Golden Lion Hotel after the fight.",
    "The Okafor Plea Agreement was filed with the court on Tuesday.",
])
def test_businesses_and_documents_are_not_people(nlp, text):
    assert people(nlp, text)[1] == []


@pytest.mark.parametrize("text", [
    "Oil leaked into the bayous of Hartley Parish, La., last year.",
    "Runoff from farms is polluting Mercer Bay, officials said.",
    "The Tijuana Cartel moved tonnes of cocaine across the border.",
    "Taxpayers must report foreign accounts on Schedule B of their returns.",
    "Millbrook Fertilizer agreed to pay a $2 million penalty.",
    "The Advisory Committee met on Tuesday.",
    "Officers recovered the car near Calder River on Sunday.",
    "The victim was identified as Person A. He was 34.",
    "The case is United States v. Acme Ltd., No. 1:10-CV-504 (E.D. Tex.). The claims are allegations only.",
    "He ran a tax business in Montgomery, Ala. Jackson used it as a front.",
])
def test_place_and_organisation_nouns_are_not_people(nlp, text):
    assert people(nlp, text)[1] == []


# ---- place words as surnames -------------------------------------------------------------

def test_place_word_surname_after_title(nlp):
    _, claims = people(nlp, "According to Sgt. Ellen Park, the suspect fled on foot.")
    assert [(c["name"], c["role"]) for c in claims] == [("Ellen Park", "Sgt.")]


def test_place_noun_surname_after_a_title_is_a_person(nlp):
    _, claims = people(nlp, "Detective Sergeant Amy Bay said the gang had been dismantled.")
    assert [(c["name"], c.get("role")) for c in claims] == [("Amy Bay", "Detective Sergeant")]


# ---- middle initials and codes on the NER path -------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The court barred Martin J. Okafor and his company from trading.", "Martin J. Okafor"),
    ("The case against Luis F. Ortega was investigated by the FBI.", "Luis F. Ortega"),
    ("Magistrates heard that Gareth W. Llewellyn had sold the stolen phones.", "Gareth W. Llewellyn"),
    ("“We will find you,” said Peter A Morello, the head of the unit.", "Peter A Morello"),
    ("Victims included Rosa T.K. Alvarez and her son.", "Rosa T.K. Alvarez"),
])
def test_middle_initial_is_part_of_the_name(nlp, text, name):
    assert name in [c["name"] for c in people(nlp, text)[1]]


def test_entity_cut_at_an_undotted_initial_runs_on_to_the_surname(nlp):
    text = ("“Offshore accounts are no hiding place,” said Colin B Whitcombe, Acting Assistant Attorney "
            "General of the Tax Division. “Come forward now.”")
    doc, claims = people(nlp, text)
    assert [c["name"] for c in claims] == ["Colin B Whitcombe"]
    assert {q["speaker"] for q in claims_of(doc, "quote")} == {"Colin B Whitcombe"}


@pytest.mark.parametrize("text", [
    "The stolen cars included a Zephyr GT and a Range Rover.",
    "Officers seized a Corvette ZR1 and a Lotus Evora GTS from the garage.",
])
def test_model_codes_are_still_not_people(nlp, text):
    assert people(nlp, text)[1] == []


def test_capitals_inside_a_name_are_not_a_dateline(nlp):
    text = "Officers arrested Kevin McDONALD, 31, at his home. McDONALD was bailed."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Kevin McDONALD"]


@pytest.mark.parametrize("text", [
    "Please quote Taskforce Saltbush and reference 260913-0418.",
    "Officers from Taskforce Maxima arrested two men in Brisbane.",
    "Officers from Task Force Orion seized 2kg of cannabis.",
    "Operation Falcon detectives charged a man.",
])
def test_a_taskforce_or_operation_name_is_no_person(nlp, text):
    assert people(nlp, text)[1] == []

