"""Tests for pipeline/claims/person_mentions.py (the evidence that a name is a person), through the ``claims_people`` component."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


# ---- bylines -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Burglary gang jailed\nBy Tom Archer\n\nThree men were jailed on Friday.",
    "Burglary gang jailed\nAuthor: Tom Archer\nPublished 3 March 2023\n\nThree men were jailed on Friday.",
    "• Tom Archer\n\nBurglary gang jailed\n\nThree men were jailed on Friday.",
    "Burglary gang jailed\nBy Tom Archer, Crime Correspondent\n\nThree men were jailed on Friday.",
])
def test_byline_author(nlp, text):
    _, claims = people(nlp, text)
    assert [(c["name"], c["role"]) for c in claims] == [("Tom Archer", "author")]


def test_header_lines_are_not_bylines(nlp):
    text = "Burglar Jailed\nGreater Manchester Police\nPress Office\nBy Staff Reporter\n\nA burglar was jailed on Friday."
    assert people(nlp, text)[1] == []


@pytest.mark.parametrize("text, name", [
    ("Meth ring dismantled\nRelease Date: 04/14/2026\nPublic Information Officer: Lt. Dana Prewitt\n\n"
     "CANTON, Ga. - A four-month investigation ended.", "Dana Prewitt"),
    ("Deputies seize 40,000 pills\nJune 10, 2024\n\nSgt. Maria Alvarez\nPublic Information Officer\n\n"
     "Detectives seized pills on Tuesday.", "Maria Alvarez"),
])
def test_a_byline_with_a_rank_or_a_label_is_the_author(nlp, text, name):
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("role")) for c in claims] == [(name, "author")]


# ---- other evidence ----------------------------------------------------------------------

def test_capitalised_surname_used_again(nlp):
    text = ("Police charged Darnell HOLT of Regina and Mabel FINCH of Moose Jaw with fraud. "
            "HOLT and FINCH will appear in court in March.")
    assert sorted(c["name"] for c in people(nlp, text)[1]) == ["Darnell HOLT", "Mabel FINCH"]


def test_honorific_with_surname_only_is_a_person(nlp):
    _, claims = people(nlp, "Mr Hollis, the shop owner, said he was relieved.")
    assert [(c["name"], c["role"]) for c in claims] == [("Hollis", "shop owner")]


def test_sentence_initial_word_before_a_known_surname_is_not_a_first_name(nlp):
    text = "Inspector Amy Porter led the raid. Including Porter, six officers were hurt."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Amy Porter"]


@pytest.mark.parametrize("text, name, role", [
    ("His mother, Celeste Ashworth, read a statement on behalf of the family.", "Celeste Ashworth", "mother"),
    ("The victim's brother, Sam Roe, said he was devastated.", "Sam Roe", "brother"),
])
def test_a_family_role_before_the_name(nlp, text, name, role):
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("role")) for c in claims] == [(name, role)]


def test_a_title_after_the_name_outweighs_a_product_label(nlp):
    text = ("Harjit Sandhu-Cole, the Police and Crime Commissioner for the West Midlands, said:\n"
            "“Every blade in one of these bins is a blade that cannot be carried onto our streets.”")
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("role")) for c in claims] == [("Harjit Sandhu-Cole", "Police and Crime Commissioner")]


def test_a_nickname_in_quote_marks_inside_the_name(nlp):
    text = 'The indictment charges Lucas "Moe" Hartsough, 34, of Columbus. Hartsough faces 20 years.'
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("age"), text[c["start"]:c["end"]]) for c in claims] == [
        ("Lucas Hartsough", 34, 'Lucas "Moe" Hartsough')]



# ---- entities spaCy cut short or that name a place -----------------------------------------

def test_a_first_name_the_entity_left_out_at_a_sentence_start_is_kept(nlp):
    doc = nlp("Rosalind Okafor-Briggs lost her brother in 2024. Officers spoke to her.")
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"] + [doc.char_span(9, 22, label="PERSON")]
    finder = nlp.get_pipe("claims_people").finder
    assert [m.tokens for m in finder.entity_mentions(doc)] == [["Rosalind", "Okafor-Briggs"]]


def test_a_title_before_the_entity_is_not_a_first_name(nlp):
    doc = nlp("Detective Ama Boateng led the search.")
    doc.ents = [doc.char_span(10, 21, label="PERSON")]
    finder = nlp.get_pipe("claims_people").finder
    assert [m.tokens for m in finder.entity_mentions(doc)] == [["Ama", "Boateng"]]


@pytest.mark.parametrize("text", [
    "Officers searched the riverbank and Craig Phadrig woodland on Tuesday.",
    "The car was found near Loch Garten forest late on Sunday.",
    "Volunteers walked the Tarka Trail footpath and Saunton Sands beach.",
])
def test_a_name_before_a_word_for_land_is_a_place(nlp, text):
    assert people(nlp, text)[1] == []


@pytest.mark.parametrize("text", [
    "Officers and Cyngor Gwynedd staff issued tickets at Ogwen and Rhyd Ddu.",           # Welsh place words
    "He admitted thefts from cars at Ogwen and Llyn Padarn.",
    "The park authority will run the Sherpa'r Wyddfa bus every 15 minutes.",           # the Welsh article run on
    "Five men ran a drugs line from Leicester into Melton Mowbray.",                    # after "into"
])
def test_places_read_as_names_are_not_people(nlp, text):
    assert people(nlp, text)[1] == []


def test_a_place_before_man_is_where_he_is_from(nlp):
    doc, claims = people(nlp, "AFP officers arrested a 29-year-old Point Cook man on Tuesday.")
    assert claims == [] and [c["value"] for c in doc._.claims if c["type"] == "quantity"] == [29]


@pytest.mark.parametrize("text", [
    "A 29-year-old Hoppers Crossing mother of two said the patrols had helped.",
    "A 71-year-old Point Cook grandfather was targeted by the scammers.",
    "Officers spoke to a 19-year-old Werribee student on Friday.",
])
def test_a_place_before_a_word_for_a_person_is_where_they_are_from(nlp, text):
    assert people(nlp, text)[1] == []


@pytest.mark.parametrize("text, name", [
    ('"It was busy," said Inspector Gethin ap Dafydd of North Wales Police.', "Gethin ap Dafydd"),   # a Welsh particle
    ("AFP Commander Cyber Command Helena Marsh-Whitby said the platform was a product.", "Helena Marsh-Whitby"),
])
def test_names_with_a_particle_or_after_an_organisation_word(nlp, text, name):
    assert [c["name"] for c in people(nlp, text)[1]] == [name]


def test_neighbourhood_names_are_places(nlp):
    text = "Councilmember Adrian Solis, whose district includes Taylor Yard and Lincoln Heights, said residents were tired."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Adrian Solis"]


# ---- a relative pronoun said of people ---------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Harjit Sandhu, whose Lexus was stolen from the driveway of his Brampton home last November, was among the "
     "owners contacted by investigators last week.", "Harjit Sandhu"),              # spaCy misses the name
    ("Officers later spoke to Priyanka Raghunathan, who had reported the theft.", "Priyanka Raghunathan"),
    ("Bronwen Teague, whom officers visited twice, declined to comment.", "Bronwen Teague"),
])
def test_a_name_before_who_or_whose_is_a_person(nlp, text, name):
    assert [c["name"] for c in people(nlp, text)[1]] == [name]


@pytest.mark.parametrize("text", [
    "The case was referred by Kent Police, who arrested two men.",
    "Norfolk Constabulary, whose officers patrol the Broads, thanked boat owners.",
    "Leeds, where the raids took place, has seen a fall in burglary.",
    "Officers thanked Cleveland Mountain Rescue, who carried the man down.",
    "Tesco Express, whose staff called police, was targeted twice.",
    "The van was found in Sunshine West, whose residents had reported it.",
    "We thank the men and women of Customs and Border Protection, who served as our hosts today.",
])
def test_an_organisation_or_a_place_before_who_is_no_person(nlp, text):
    assert people(nlp, text)[1] == []


def test_an_address_before_who_is_no_second_person(nlp):
    text = "Demi Kershaw, 28, of Melton Mowbray, who let the gang use her flat, was given a suspended sentence."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Demi Kershaw"]

