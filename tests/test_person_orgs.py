"""Tests for pipeline/claims/person_orgs.py (the organisation beside a name), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


def by_name(claims):
    return {c["name"]: c for c in claims}


# ---- organisations after the name or before the title ------------------------------------

def test_organisation_from_appositive(nlp):
    _, claims = people(nlp, "Detective Inspector Amy Rowe, of Kent Police, said the men had been bailed.")
    assert claims[0]["organisation"] == "Kent Police"


def test_organisation_after_possessive(nlp):
    _, claims = people(nlp, "Detective Sergeant Priya Nair, from the Met's South Area Command, led the raid.")
    assert claims[0]["organisation"] == "South Area Command"


def test_organisation_written_before_title(nlp):
    _, claims = people(nlp, "IOPC Regional Director Simon Akers said the report would follow.")
    (c,) = claims
    assert (c["role"], c["organisation"]) == ("Regional Director", "IOPC")


def test_possessive_organisation_kept_whole_when_unit_is_one_word(nlp):
    _, claims = people(nlp, "Lieutenant Marco Diaz of the Harris County Sheriff's Office said the truck was found.")
    assert claims[0]["organisation"] == "Harris County Sheriff's Office"


def test_an_organisation_with_and_is_kept_whole_unless_a_title_follows(nlp):
    _, claims = people(nlp, "Trial Attorney Lauren Britt of the Child Exploitation and Obscenity Section "
                            "and Special Agent Bob Day of the FBI handled the case.")
    assert [(c["name"], c.get("organisation")) for c in claims] == [
        ("Lauren Britt", "Child Exploitation and Obscenity Section"), ("Bob Day", "FBI")]


def test_quote_speaker_with_middle_initial_after_agency_title(nlp):
    text = "“Drugs destroy communities,” said DEA Acting Administrator Carol T. Mendez."
    doc, claims = people(nlp, text)
    assert [(c["name"], c.get("role"), c.get("organisation")) for c in claims] == [
        ("Carol T. Mendez", "Acting Administrator", "DEA")]
    assert [q["speaker"] for q in claims_of(doc, "quote")] == ["Carol T. Mendez"]


# ---- a title that names its unit before the name -----------------------------------------

@pytest.mark.parametrize("text, name, role, org", [
    ("The arrest was announced by Special Agent in Charge of the Boston Field Office Harold Ngata.",
     "Harold Ngata", "Special Agent in Charge", "Boston Field Office"),
    ("Assistant Special Agent in Charge of the Miami Field Office Karen Obi thanked the partners.",
     "Karen Obi", "Assistant Special Agent in Charge", "Miami Field Office"),
    ("The charges were announced by U.S. Attorney for the Eastern District of Ohio Maria Lopez.",
     "Maria Lopez", "U.S. Attorney", "Eastern District of Ohio"),
    ("Present were U.S. Attorney for the Western District of North Carolina Gretchen C.F. Shappert and others.",
     "Gretchen C.F. Shappert", "U.S. Attorney", "Western District of North Carolina"),
])
def test_title_then_unit_then_name(nlp, text, name, role, org):
    got = by_name(people(nlp, text)[1])
    assert (got[name].get("role"), got[name].get("organisation")) == (role, org)


def test_several_titled_names_with_units_in_one_list(nlp):
    text = ("The charges were announced by U.S. Attorney for the Western District of Texas Maria Lopez, "
            "Acting Special Agent in Charge of the FBI Austin Field Office Dean K. Holt, and Chief Al Green.")
    got = [(c["name"], c.get("role"), c.get("organisation")) for c in people(nlp, text)[1]]
    assert got == [("Maria Lopez", "U.S. Attorney", "Western District of Texas"),
                   ("Dean K. Holt", "Acting Special Agent in Charge", "FBI Austin Field Office"),
                   ("Al Green", "Chief", None)]


def test_own_title_between_unit_and_name_wins(nlp):
    _, claims = people(nlp, "Officer in Charge of the Marine Unit Inspector Sam Reed said the boat was recovered.")
    assert [(c["name"], c.get("role")) for c in claims] == [("Sam Reed", "Inspector")]


def test_one_word_unit_is_part_of_the_title(nlp):
    _, claims = people(nlp, "Chief of Department Tomas Rivera said transit crime had fallen.")
    assert [(c["name"], c.get("role"), c.get("organisation")) for c in claims] == [
        ("Tomas Rivera", "Chief of Department", None)]


def test_surname_alone_after_a_unit(nlp):
    doc, claims = people(nlp, 'Secretary of Homeland Security Johnson said: "The border operation was a success."')
    assert [(c["name"], c["role"], c.get("organisation")) for c in claims] == [("Johnson", "Secretary", "Homeland Security")]
    assert [q["speaker"] for q in claims_of(doc, "quote")] == ["Johnson"]


@pytest.mark.parametrize("text, name, role", [
    ("Deputy Mayor for Community Safety Renata Okoye said the city would pay for it. Okoye said jobs mattered.",
     "Renata Okoye", "Deputy Mayor"),
    ("Commissioner for Victims and Witnesses Lara Dunmore backed the scheme. Dunmore added that funding was secure.",
     "Lara Dunmore", "Commissioner"),
])
def test_a_title_with_its_remit_then_a_name_used_again_alone(nlp, text, name, role):
    _, claims = people(nlp, text)
    assert (name, role) in [(c["name"], c.get("role")) for c in claims]


# ---- datelines ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("WASHINGTON Attorney General Ruth Palmer announced the charges today.", "Ruth Palmer", "Attorney General"),
    ("HOUSTON Deputy Attorney General Paul Rowe announced the results.", "Paul Rowe", "Deputy Attorney General"),
    ("NEW YORK Chief Judge Amy Stone sentenced the man.", "Amy Stone", "Chief Judge"),
    ("Burglars jailed\n\nLONDON -- Detective Superintendent Ian Gray said the gang had been stopped.",
     "Ian Gray", "Detective Superintendent"),
])
def test_dateline_is_not_an_organisation(nlp, text, name, role):
    (c,) = people(nlp, text)[1]
    assert (c["name"], c.get("role"), c.get("organisation")) == (name, role, None)


@pytest.mark.parametrize("text, org", [
    ("IOPC Regional Director Simon Akers said the report would follow.", "IOPC"),
    ("The NYPD Deputy Commissioner Ann Kirk said the arrests followed a long inquiry.", "NYPD"),
])
def test_acronym_before_a_title_is_still_an_organisation(nlp, text, org):
    assert people(nlp, text)[1][0].get("organisation") == org


# ---- a place after "of" is where someone lives -------------------------------------------

def test_home_town_is_not_an_organisation(nlp):
    _, claims = people(nlp, "Officers arrested Lucas De Villa of San Diego on Monday. De Villa was bailed.")
    assert [(c["name"], c.get("organisation")) for c in claims] == [("Lucas De Villa", None)]


@pytest.mark.parametrize("text", [
    "A tax preparer in Dalton, Ga., was sued today. The complaint says Martin Oakes of Dalton filed false returns.",
    "Officers arrested Dean Fry of Saddle Brook, N.J. on Tuesday.",
    "Priya Shah, of Manchester, was fined £500.",
    "Callum Reid of Sheffield was banned from driving for three years.",
])
def test_place_of_residence_is_not_an_organisation(nlp, text):
    assert [c.get("organisation") for c in people(nlp, text)[1]] == [None]


@pytest.mark.parametrize("text, org", [
    ("Carl Ince of Thames Valley Police said the van was stolen.", "Thames Valley Police"),
    ("Detective Sergeant Priya Nair, from the Met's South Area Command, led the raid.", "South Area Command"),
    ("Special Agent in Charge Paul Ward of the FBIs Tampa, Florida, Field Office spoke.", "FBIs Tampa"),
])
def test_organisations_beside_place_names_are_kept(nlp, text, org):
    assert people(nlp, text)[1][0].get("organisation") == org

