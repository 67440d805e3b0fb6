"""Tests for pipeline/claims/person_roles.py (the role written after a name), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


def by_name(claims):
    return {c["name"]: c for c in claims}


# ---- roles after the name ----------------------------------------------------------------

def test_role_and_organisation_after_name(nlp):
    _, claims = people(nlp, "Jane Morrow, Chief Executive of Safer Streets Now, welcomed the charges.")
    (c,) = claims
    assert (c["role"], c["organisation"]) == ("Chief Executive", "Safer Streets Now")


def test_organisation_in_who_clause(nlp):
    text = "Superintendent Colin Reid, who leads on road safety in the Met, said speeding was falling."
    (c,) = people(nlp, text)[1]
    assert (c["role"], c["organisation"]) == ("Superintendent", "Met")


def test_head_of_role_after_name(nlp):
    _, claims = people(nlp, "Speaking afterwards, Amelia Hart, the force's head of public protection, said it was a fair result.")
    (c,) = claims
    assert c["name"] == "Amelia Hart" and c["role"] == "head of public protection"


def test_next_persons_title_is_not_this_persons_role(nlp):
    text = ("The charges were announced by Attorney General Ruth Palmer, Special Agent in Charge "
            "Victor Lund of the FBI's Denver Field Office and Chief Ann Cole of the Aurora Police Department.")
    got = by_name(people(nlp, text)[1])
    assert got["Ruth Palmer"]["role"] == "Attorney General"
    assert got["Victor Lund"]["role"] == "Special Agent in Charge"
    assert got["Ann Cole"]["organisation"] == "Aurora Police Department"


# ---- a title after the name --------------------------------------------------------------

def test_title_after_name_is_evidence(nlp):
    text = "“Fraud costs taxpayers dearly,” said Daniel North, Assistant Attorney General for the Civil Division."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"]) == ("Daniel North", "Assistant Attorney General")


def test_suffix_before_title_after_name(nlp):
    text = "The plea was announced by Walter P. Hume Jr., Acting U.S. Attorney for the District of Oregon."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"]) == ("Walter P. Hume", "Acting U.S. Attorney")


def test_agency_acronym_before_title_after_name(nlp):
    text = "“The scheme preyed on veterans,” said Dana K. Moss, FBI Special Agent in Charge."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"], c["organisation"]) == ("Dana K. Moss", "Special Agent in Charge", "FBI")


@pytest.mark.parametrize("text, role, org", [
    ("“This was a complex case,” said Harold Ngata, Special Agent in Charge of the FBI Boston Division.",
     "Special Agent in Charge", "FBI Boston Division"),
    ("“This was a complex case,” said Harold Ngata, FBI Special Agent in Charge of the Leeds Field Office.",
     "Special Agent in Charge", "Leeds Field Office"),
    ("“This was a complex case,” said Harold Ngata, Special Agent-in-Charge of the FBI Boston Division.",
     "Special Agent-in-Charge", "FBI Boston Division"),
    ("The case was announced by Commander Ruth Ellis, Officer in Charge of the Roads Policing Unit.",
     "Commander", "Roads Policing Unit"),
])
def test_organisation_is_after_a_title_with_in_or_of(nlp, text, role, org):
    (c,) = people(nlp, text)[1]
    assert (c.get("role"), c.get("organisation")) == (role, org)


# ---- relative clauses and descriptions ---------------------------------------------------

@pytest.mark.parametrize("text, role, org", [
    ("Paul Kerr, who is the owner of Kerr Haulage, was fined.", "owner", "Kerr Haulage"),
    ("Ruth Nolan, who is currently on bail, denied the charges.", None, None),
    ("Ivan Petrov, who was charged in March 2019 with fraud, remains in custody.", None, None),
    ("Sandra Lee, a solicitor who practises in Leeds, was struck off.", "solicitor", None),
    ("Tom Hart, a retired police officer, was praised.", "retired police officer", None),
    ("Ben Cole, who leads the force's fraud team, said the scheme was exposed.", None, None),  # a verb phrase
    ("The Executive Director, Matthew G. Olsen, will lead the review.", "Executive Director", None),
    ("The claim was brought by Helen Marsh, a cardiac nurse and Tom Rees, an accountant.", "cardiac nurse", None),
    ("Dan Ruiz, a tax return preparer from Tomball, Texas, was indicted.", "tax return preparer", None),
    ("Jack Dunn, a commercial fisherman licensed in Maryland, admitted the offence.", "commercial fisherman", None),
])
def test_role_from_a_description_or_relative_clause(nlp, text, role, org):
    c = people(nlp, text)[1][0]
    assert (c.get("role"), c.get("organisation")) == (role, org)


def test_next_persons_title_is_not_a_described_role(nlp):
    text = ("The jury convicted former prison officers Cordell J. White and Chris W. Bonnet, "
            "current Sergeant Obe D. Lambert, and former inmate Larry T. Williams.")
    assert by_name(people(nlp, text)[1])["Chris W. Bonnet"].get("role") is None


@pytest.mark.parametrize("text, name, role, org", [
    ("Grace Obi, the head of the Serious Crime Unit, said the arrests were significant.",
     "Grace Obi", "head", "Serious Crime Unit"),
    ("Kwame Mensah, the chair of Riverside Neighbourhood Watch, said residents felt safer.",
     "Kwame Mensah", "chair", "Riverside Neighbourhood Watch"),
])
def test_a_described_name_that_speaks_is_a_person(nlp, text, name, role, org):
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("role"), c.get("organisation")) for c in claims] == [(name, role, org)]


def test_a_place_described_between_commas_is_not_a_speaker(nlp):
    text = "Hartley Parish, the largest parish in the state, said it would review its budget."
    assert people(nlp, text)[1] == []



@pytest.mark.parametrize("text, role, org", [
    ("The Police and Crime Commissioner for Lancashire, Gareth Holroyd, said the plan works.",
     "Police and Crime Commissioner for Lancashire", None),              # "for" a place: part of the role
    ("The Chief Constable of Kent Police, Jane Smith, said the plan works.", "Chief Constable", "Kent Police"),
    ("The Police and Crime Commissioner for Hampshire and the Isle of Wight, Rupert Shaw, said the plan works.",
     "Police and Crime Commissioner for Hampshire and the Isle of Wight", None),
    ("The Chief Constable, Jane Smith, said the plan works.", "Chief Constable", None),
])
def test_title_before_a_comma_with_its_place_or_body(nlp, text, role, org):
    _, claims = people(nlp, text)
    assert [(c.get("role"), c.get("organisation")) for c in claims] == [(role, org)]


# ---- roles before the name ---------------------------------------------------------------

@pytest.mark.parametrize("text, name, role, org", [
    ("The murder of west Belfast taxi driver Colm Devenney, 47, shocked the city.", "Colm Devenney", "taxi driver", None),
    ("Oranga Tamariki regional manager Hemi Tautahi-Rowe said the agency would help.",
     "Hemi Tautahi-Rowe", "regional manager", "Oranga Tamariki"),
    ("Phoenix Police Association president Derek Lindqvist, a 22-year veteran patrol sergeant, said members agreed.",
     "Derek Lindqvist", "president", "Phoenix Police Association"),     # a post in a named body beats a description
    ("A former U.S. Postal Service city carrier, Keandra Mims-Holloway, 27, of Lithonia, admitted theft.",
     "Keandra Mims-Holloway", "city carrier", "U.S. Postal Service"),
    ("Officers visited shop owner Priya Natarajan, 52, on Tuesday.", "Priya Natarajan", "shop owner", None),
])
def test_role_written_before_the_name(nlp, text, name, role, org):
    found = by_name(people(nlp, text)[1])[name]
    assert (found.get("role"), found.get("organisation")) == (role, org)


@pytest.mark.parametrize("text, name", [
    ("Investigators believe the driver, Tyler Brandvold, 19, of Grand Ledge, was speeding.", "Tyler Brandvold"),
    ("Police are trying to trace missing Inverness man Ewan Carmichael-Rae, 58.", "Ewan Carmichael-Rae"),
    ("The family of 17-year-old Tyrese Holloway thanked officers.", "Tyrese Holloway"),
])
def test_no_role_from_a_part_played_or_a_description(nlp, text, name):
    assert by_name(people(nlp, text)[1])[name].get("role") is None


def test_a_name_described_by_a_who_clause_that_speaks_is_a_person(nlp):
    text = "Sunil Prasad, who owns the Hornby dairy that was ram-raided in March, said the bollards helped."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Sunil Prasad"]


@pytest.mark.parametrize("text, name, role", [
    ("Europol supported the operation. Its head of operations, Pieter van Elst, said servers were seized.",
     "Pieter van Elst", "head of operations"),
    ("Dr. Priya Natarajan-Cole, Denver Health's director of behavioral health services, said hiring starts soon.",
     "Priya Natarajan-Cole", "director of behavioral health services"),
    ("Mariah Okonkwo, 34, a clinical social worker who has ridden with officers since 2021, said shifts are long.",
     "Mariah Okonkwo", "clinical social worker"),
    ('"We have spent $1.6 million," said Coun. Bernard Leblanc-Mosher, chair of the committee.',
     "Bernard Leblanc-Mosher", "Coun."),
])
def test_roles_owned_described_after_an_age_or_abbreviated(nlp, text, name, role):
    assert by_name(people(nlp, text)[1])[name].get("role") == role


@pytest.mark.parametrize("text, name, role", [
    ('Farmer Richard Atkinson, 58, who lost sheep to dogs, said: "Keep dogs on leads."', "Richard Atkinson", "farmer"),
    ("Marcus Elledge, president of the Cumberland Sound Festival, thanked officers for their work.",
     "Marcus Elledge", "president"),
])
def test_an_occupation_opening_the_sentence_and_a_described_name_that_acts(nlp, text, name, role):
    assert by_name(people(nlp, text)[1])[name].get("role") == role


# ---- a relative clause: a verb phrase is never a role; "who is/was/has been ROLE of ORG" is ------------

@pytest.mark.parametrize("text", [
    "Mark Dunstan, who runs a hire fleet of 22 cruisers from a yard in Wroxham, lost two engines.",
    "Rhys Llewellyn, who manages the farm with his brother, lost 40 ewes.",
    "Ada Nkemelu, who chairs the residents group, said it had helped.",
    "Owen Pryce, 61, who oversees the allotments, found the damage.",
])
def test_a_verb_phrase_after_who_is_no_role(nlp, text):
    (c,) = people(nlp, text)[1]
    assert c.get("role") is None


@pytest.mark.parametrize("text, name, role, org", [
    ("Gwilym Parry, 74, who has been secretary of Capel Tabor near Llangeitho for 31 years, said the chapel was "
     "targeted.", "Gwilym Parry", "secretary", "Capel Tabor"),
    ("Nadia Rahman, who is chair of Oakfield Residents Association, said the patrols had helped.",
     "Nadia Rahman", "chair", "Oakfield Residents Association"),
    ("Tom Irving, 52, who was a manager at Dales Haulage, was jailed for three years.",
     "Tom Irving", "manager", "Dales Haulage"),
    ("Lena Fischer, who is now head of safeguarding at Westfield Academy, gave evidence.",
     "Lena Fischer", "head of safeguarding", "Westfield Academy"),
    ("Paul Kerr, who has served as treasurer of Bude Rowing Club for a decade, reported the theft.",
     "Paul Kerr", "treasurer", "Bude Rowing Club"),
    ("Lewis Grant, who has been lead investigator since 2019, gave evidence.", "Lewis Grant", "lead investigator", None),
    ("Ann Moss, who has been a volunteer for 20 years, found the van.", "Ann Moss", "volunteer", None),
])
def test_a_role_linked_by_who_is_was_or_has_been(nlp, text, name, role, org):
    found = by_name(people(nlp, text)[1])[name]
    assert (found.get("role"), found.get("organisation")) == (role, org)


@pytest.mark.parametrize("text", [
    "Terrell Jackson, 26, who is accused of firing shots, was charged.",   # a state, not a post
    "Amelia Watts, who was 19, died at the scene.",
    "Dylan Rees, who has been on bail since March, denied the charge.",
    "Lewis Grant, who was head-butted by a man, needed stitches.",          # "head" inside a verb
])
def test_a_state_linked_by_who_is_no_role(nlp, text):
    (c,) = people(nlp, text)[1]
    assert c.get("role") is None
