"""Tests for pipeline/claims/person_titles.py (titles before a name), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


# ---- titles before the name --------------------------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Detective Chief Inspector Rachel Moss said the investigation was ongoing.", "Rachel Moss", "Detective Chief Inspector"),
    ("Deputy Assistant Commissioner Owen Hale announced the new unit on Monday.", "Owen Hale", "Deputy Assistant Commissioner"),
    ("Chief Constable Fiona Barr thanked officers for their work.", "Fiona Barr", "Chief Constable"),
    ("PC Daniel Okafor was praised for his bravery.", "Daniel Okafor", "PC"),
    ("DCI Lena Shah is leading the inquiry.", "Lena Shah", "DCI"),
    ("Sheriff Dan Ortiz told reporters the road would reopen.", "Dan Ortiz", "Sheriff"),
    ("Police Commissioner Ray Donnelly unveiled the crime figures.", "Ray Donnelly", "Police Commissioner"),
    ("United States Attorney Carla M. Reyes announced the sentence.", "Carla M. Reyes", "United States Attorney"),
    ("Special Agent in Charge Laura Kim praised the task force.", "Laura Kim", "Special Agent in Charge"),
    ("Mayor Henry Walsh welcomed the fall in burglaries.", "Henry Walsh", "Mayor"),
    ("Acting Chief Constable Gareth Lowe said the review would be published.", "Gareth Lowe", "Acting Chief Constable"),
    ("The case is prosecuted by Trial Attorney Nadia Ruiz.", "Nadia Ruiz", "Trial Attorney"),
    ("Senior Trial Attorney Owen Pike is prosecuting the case.", "Owen Pike", "Senior Trial Attorney"),
    ("Special Assistant U.S. Attorney Ida Brook handled the appeal.", "Ida Brook", "Special Assistant U.S. Attorney"),
    ("Section Chief Paul Grady announced the charges.", "Paul Grady", "Section Chief"),
])
def test_title_before_name(nlp, text, name, role):
    _, claims = people(nlp, text)
    assert len(claims) == 1
    c = claims[0]
    assert c["name"] == name and c["role"] == role
    assert c["extractor"].startswith("claims_people")


def test_lower_case_title(nlp):
    _, claims = people(nlp, "The investigation was led by detective inspector Gwen Talbot.")
    assert [(c["name"], c["role"]) for c in claims] == [("Gwen Talbot", "detective inspector")]


def test_canadian_constable_abbreviation(nlp):
    _, claims = people(nlp, "Cst. Raj Patel of the Surrey RCMP detachment said the investigation is ongoing.")
    assert [(c["name"], c["role"]) for c in claims] == [("Raj Patel", "Cst.")]


def test_title_then_comma_then_name(nlp):
    _, claims = people(nlp, "The county's Chief Fire Officer, Tom Reilly, praised the crews.")
    assert [(c["name"], c["role"]) for c in claims] == [("Tom Reilly", "Chief Fire Officer")]


def test_secretary_of_state_is_one_title(nlp):
    _, claims = people(nlp, "Secretary of State Hartley said the talks would continue.")
    assert [(c["name"], c["role"]) for c in claims] == [("Hartley", "Secretary of State")]


@pytest.mark.parametrize("text, names, role", [
    ("Assistant U.S. Attorneys Karen Liu and Paul Okoro are prosecuting the case.", ["Karen Liu", "Paul Okoro"],
     "Assistant U.S. Attorneys"),
    ("Detective Constables Amy Hart, Ben Cole and Cy Day made the arrests.", ["Amy Hart", "Ben Cole", "Cy Day"],
     "Detective Constables"),
])
def test_a_plural_title_gives_every_listed_name_its_role(nlp, text, names, role):
    _, claims = people(nlp, text)
    assert [(c["name"], c["role"]) for c in claims] == [(n, role) for n in names]



@pytest.mark.parametrize("text, name, role", [
    ("The case is prosecuted by Counsel for National Security Aaron Petty of the unit.", "Aaron Petty", "Counsel"),
    ("Former goalkeeper David Seaman said the club would help.", "David Seaman", None),
    ("Patrolman Andrew Hopfensperger Jr. saved many lives.", "Andrew Hopfensperger", "Patrolman"),
    ('"People trust it," said Inspector in Charge Gregory T. Vasquez-Hale of the Atlanta Division.',
     "Gregory T. Vasquez-Hale", "Inspector in Charge"),
])
def test_ranks_and_posts_as_titles_and_surnames_that_look_like_them(nlp, text, name, role):
    found = {c["name"]: c for c in claims_of(nlp(make_doc(nlp, text)), "person")}
    assert name in found and found[name].get("role") == role
