"""Tests for ``claims_people``: one claim per named person, with role, organisation and age."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


def by_name(claims):
    return {c["name"]: c for c in claims}


# ---- titles before the name ---------------------------------------------------

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


def test_span_is_the_name_without_title_or_honorific(nlp):
    doc, claims = people(nlp, "Commissioner Sir Mark Rowden visited the station in Lewisham.")
    (c,) = claims
    assert doc.text[c["start"]:c["end"]] == "Mark Rowden" == c["name"]
    assert c["role"] == "Commissioner"


def test_postnominals_dropped(nlp):
    _, claims = people(nlp, "A message from Chief Constable Alan Pryce QPM:\nWe stand together.")
    assert [c["name"] for c in claims] == ["Alan Pryce"]


# ---- roles and organisations after the name -----------------------------------

def test_role_and_organisation_after_name(nlp):
    _, claims = people(nlp, "Jane Morrow, Chief Executive of Safer Streets Now, welcomed the charges.")
    (c,) = claims
    assert (c["role"], c["organisation"]) == ("Chief Executive", "Safer Streets Now")


def test_organisation_from_appositive(nlp):
    _, claims = people(nlp, "Detective Inspector Amy Rowe, of Kent Police, said the men had been bailed.")
    assert claims[0]["organisation"] == "Kent Police"


def test_organisation_after_possessive(nlp):
    _, claims = people(nlp, "Detective Sergeant Priya Nair, from the Met's South Area Command, led the raid.")
    assert claims[0]["organisation"] == "South Area Command"


def test_organisation_in_who_clause(nlp):
    text = "Superintendent Colin Reid, who leads on road safety in the Met, said speeding was falling."
    (c,) = people(nlp, text)[1]
    assert (c["role"], c["organisation"]) == ("Superintendent", "Met")


def test_head_of_role_after_name(nlp):
    _, claims = people(nlp, "Speaking afterwards, Amelia Hart, the force's head of public protection, said it was a fair result.")
    (c,) = claims
    assert c["name"] == "Amelia Hart" and c["role"] == "head of public protection"


def test_organisation_written_before_title(nlp):
    _, claims = people(nlp, "IOPC Regional Director Simon Akers said the report would follow.")
    (c,) = claims
    assert (c["role"], c["organisation"]) == ("Regional Director", "IOPC")


def test_next_persons_title_is_not_this_persons_role(nlp):
    text = ("The charges were announced by Attorney General Ruth Palmer, Special Agent in Charge "
            "Victor Lund of the FBI's Denver Field Office and Chief Ann Cole of the Aurora Police Department.")
    got = by_name(people(nlp, text)[1])
    assert got["Ruth Palmer"]["role"] == "Attorney General"
    assert got["Victor Lund"]["role"] == "Special Agent in Charge"
    assert got["Ann Cole"]["organisation"] == "Aurora Police Department"


# ---- ages -------------------------------------------------------------------

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


# ---- bylines ------------------------------------------------------------------

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


# ---- merging later mentions -----------------------------------------------------

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


def test_capitalised_surname_used_again(nlp):
    text = ("Police charged Darnell HOLT of Regina and Mabel FINCH of Moose Jaw with fraud. "
            "HOLT and FINCH will appear in court in March.")
    assert sorted(c["name"] for c in people(nlp, text)[1]) == ["Darnell HOLT", "Mabel FINCH"]


def test_title_with_surname_only(nlp):
    _, claims = people(nlp, "DCI Thompson said the family had been informed.")
    assert [(c["name"], c["role"]) for c in claims] == [("Thompson", "DCI")]


# ---- things that are not persons -------------------------------------------------

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


def test_one_claim_per_person_per_release(nlp):
    text = ("Chief Superintendent Mark Ellis said the operation was a success.\n\n"
            "Ellis, who has served for 20 years, thanked the public. Chief Superintendent Ellis retires next month.")
    assert len(people(nlp, text)[1]) == 1


# ---- the canonical seed release --------------------------------------------------

def test_seed_release_person(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    got = by_name(people(nlp, text, published="2023-12-15")[1])
    c = got["Helen Millichap"]
    assert c["role"] == "Deputy Assistant Commissioner"
    assert c["organisation"] == "Met"
    assert "Suzy Lamplugh" not in " ".join(got)


@pytest.mark.parametrize("text, names", [
    ("WASHINGTON Joshua Reed pleaded guilty today to wire fraud.", ["Joshua Reed"]),
    ("The stolen cars included a Zephyr GT and a Range Rover.", []),
    ("Harlan Voss Inc. agreed to pay $2 million. Harlan Voss admitted the overcharging.", []),
    ("United States District Judge S. Thomas Landry sentenced the man.", ["S. Thomas Landry"]),
])
def test_datelines_products_and_companies(nlp, text, names):
    assert [c["name"] for c in people(nlp, text)[1]] == names


def test_place_word_surname_after_title(nlp):
    _, claims = people(nlp, "According to Sgt. Ellen Park, the suspect fled on foot.")
    assert [(c["name"], c["role"]) for c in claims] == [("Ellen Park", "Sgt.")]


def test_title_then_comma_then_name(nlp):
    _, claims = people(nlp, "The county's Chief Fire Officer, Tom Reilly, praised the crews.")
    assert [(c["name"], c["role"]) for c in claims] == [("Tom Reilly", "Chief Fire Officer")]


def test_possessive_organisation_kept_whole_when_unit_is_one_word(nlp):
    _, claims = people(nlp, "Lieutenant Marco Diaz of the Harris County Sheriff's Office said the truck was found.")
    assert claims[0]["organisation"] == "Harris County Sheriff's Office"


def test_canadian_constable_abbreviation(nlp):
    _, claims = people(nlp, "Cst. Raj Patel of the Surrey RCMP detachment said the investigation is ongoing.")
    assert [(c["name"], c["role"]) for c in claims] == [("Raj Patel", "Cst.")]


def test_hyphenated_first_name(nlp):
    _, claims = people(nlp, "Anne-Marie Jones, 52, of Hove, was charged with fraud.")
    assert [(c["name"], c["age"]) for c in claims] == [("Anne-Marie Jones", 52)]


def test_honorific_with_surname_only_is_a_person(nlp):
    _, claims = people(nlp, "Mr Hollis, the shop owner, said he was relieved.")
    assert [(c["name"], c["role"]) for c in claims] == [("Hollis", "shop owner")]


def test_lower_case_title(nlp):
    _, claims = people(nlp, "The investigation was led by detective inspector Gwen Talbot.")
    assert [(c["name"], c["role"]) for c in claims] == [("Gwen Talbot", "detective inspector")]


def test_title_after_name_is_evidence(nlp):
    text = "“Fraud costs taxpayers dearly,” said Daniel North, Assistant Attorney General for the Civil Division."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"]) == ("Daniel North", "Assistant Attorney General")


def test_suffix_before_title_after_name(nlp):
    text = "The plea was announced by Walter P. Hume Jr., Acting U.S. Attorney for the District of Oregon."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"]) == ("Walter P. Hume", "Acting U.S. Attorney")


def test_home_town_is_not_an_organisation(nlp):
    _, claims = people(nlp, "Officers arrested Lucas De Villa of San Diego on Monday. De Villa was bailed.")
    assert [(c["name"], c.get("organisation")) for c in claims] == [("Lucas De Villa", None)]


@pytest.mark.parametrize("text", [
    "Officers visited the Lucky Dragon Saloon and the Golden Lion Hotel after the fight.",
    "The Okafor Plea Agreement was filed with the court on Tuesday.",
])
def test_businesses_and_documents_are_not_people(nlp, text):
    assert people(nlp, text)[1] == []


def test_agency_acronym_before_title_after_name(nlp):
    text = "“The scheme preyed on veterans,” said Dana K. Moss, FBI Special Agent in Charge."
    (c,) = people(nlp, text)[1]
    assert (c["name"], c["role"], c["organisation"]) == ("Dana K. Moss", "Special Agent in Charge", "FBI")


def test_sentence_initial_word_before_a_known_surname_is_not_a_first_name(nlp):
    text = "Inspector Amy Porter led the raid. Including Porter, six officers were hurt."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Amy Porter"]


@pytest.mark.parametrize("text, names, role", [
    ("Assistant U.S. Attorneys Karen Liu and Paul Okoro are prosecuting the case.", ["Karen Liu", "Paul Okoro"],
     "Assistant U.S. Attorneys"),
    ("Detective Constables Amy Hart, Ben Cole and Cy Day made the arrests.", ["Amy Hart", "Ben Cole", "Cy Day"],
     "Detective Constables"),
])
def test_a_plural_title_gives_every_listed_name_its_role(nlp, text, names, role):
    _, claims = people(nlp, text)
    assert [(c["name"], c["role"]) for c in claims] == [(n, role) for n in names]


def test_an_organisation_with_and_is_kept_whole_unless_a_title_follows(nlp):
    _, claims = people(nlp, "Trial Attorney Lauren Britt of the Child Exploitation and Obscenity Section "
                            "and Special Agent Bob Day of the FBI handled the case.")
    assert [(c["name"], c.get("organisation")) for c in claims] == [
        ("Lauren Britt", "Child Exploitation and Obscenity Section"), ("Bob Day", "FBI")]


# ---- middle initials on the NER path ----------------------------------------------

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


def test_quote_speaker_with_middle_initial_after_agency_title(nlp):
    text = "“Drugs destroy communities,” said DEA Acting Administrator Carol T. Mendez."
    doc, claims = people(nlp, text)
    assert [(c["name"], c.get("role"), c.get("organisation")) for c in claims] == [
        ("Carol T. Mendez", "Acting Administrator", "DEA")]
    assert [q["speaker"] for q in claims_of(doc, "quote")] == ["Carol T. Mendez"]


def test_initial_and_possessive_mention_merge_into_the_full_name(nlp):
    text = "Officers arrested Harold W. Pike in May. W. Pikes van was seized and Pike was charged."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Harold W. Pike"]


@pytest.mark.parametrize("text", [
    "The stolen cars included a Zephyr GT and a Range Rover.",
    "Officers seized a Corvette ZR1 and a Lotus Evora GTS from the garage.",
])
def test_model_codes_are_still_not_people(nlp, text):
    assert people(nlp, text)[1] == []


# ---- a title that names its unit before the name -----------------------------------

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


def test_secretary_of_state_is_one_title(nlp):
    _, claims = people(nlp, "Secretary of State Hartley said the talks would continue.")
    assert [(c["name"], c["role"]) for c in claims] == [("Hartley", "Secretary of State")]


# ---- datelines ----------------------------------------------------------------------

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


def test_dateline_glued_to_a_name(nlp):
    doc, claims = people(nlp, "WASHINGTONMarcus Reid and Ellen Fox of Baton Rouge, La., pleaded guilty today.")
    assert [c["name"] for c in claims] == ["Marcus Reid", "Ellen Fox"]
    assert doc.text[claims[0]["start"]:claims[0]["end"]] == "Marcus Reid"


def test_capitals_inside_a_name_are_not_a_dateline(nlp):
    text = "Officers arrested Kevin McDONALD, 31, at his home. McDONALD was bailed."
    assert [c["name"] for c in people(nlp, text)[1]] == ["Kevin McDONALD"]


# ---- a place after "of" is where someone lives ---------------------------------------

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


# ---- relative clauses and roles --------------------------------------------------------

@pytest.mark.parametrize("text, role, org", [
    ("Paul Kerr, who is the owner of Kerr Haulage, was fined.", "owner", "Kerr Haulage"),
    ("Ruth Nolan, who is currently on bail, denied the charges.", None, None),
    ("Ivan Petrov, who was charged in March 2019 with fraud, remains in custody.", None, None),
    ("Sandra Lee, a solicitor who practises in Leeds, was struck off.", "solicitor", None),
    ("Tom Hart, a retired police officer, was praised.", "retired police officer", None),
    ("Ben Cole, who leads the force's fraud team, said the scheme was exposed.", "leads the force's fraud team", None),
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


# ---- places, gangs, committees and labels are not people -------------------------------

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


def test_place_noun_surname_after_a_title_is_a_person(nlp):
    _, claims = people(nlp, "Detective Sergeant Amy Bay said the gang had been dismantled.")
    assert [(c["name"], c.get("role")) for c in claims] == [("Amy Bay", "Detective Sergeant")]


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


@pytest.mark.parametrize("text, name, role", [
    ("Deputy Mayor for Community Safety Renata Okoye said the city would pay for it. Okoye said jobs mattered.",
     "Renata Okoye", "Deputy Mayor"),
    ("Commissioner for Victims and Witnesses Lara Dunmore backed the scheme. Dunmore added that funding was secure.",
     "Lara Dunmore", "Commissioner"),
])
def test_a_title_with_its_remit_then_a_name_used_again_alone(nlp, text, name, role):
    _, claims = people(nlp, text)
    assert (name, role) in [(c["name"], c.get("role")) for c in claims]


@pytest.mark.parametrize("text, expected", [
    ("Albuquerque Man Sentenced to 97 Months for Laundering Proceeds of Romance Scams\nMay 13, 2025\n"
     "An Albuquerque man was sentenced today.", []),
    ("Gwent Officer Tom Baines Praised For Rescue At River Usk\nTom Baines, 32, pulled a man from the water.",
     ["Tom Baines"]),
    ("Chief Constable Praises Officers After Storm\nChief Constable Amy Reed thanked officers.", ["Amy Reed"]),
])
def test_headline_words_are_names_only_where_the_release_repeats_them(nlp, text, expected):
    assert [c["name"] for c in people(nlp, text)[1]] == expected


def test_age_written_with_age_after_the_name(nlp):
    _, claims = people(nlp, "Charged were John Smith, age 24, and Amy Lee, age 26, both of Gary, Ind.")
    assert [(c["name"], c.get("age")) for c in claims] == [("John Smith", 24), ("Amy Lee", 26)]


def test_an_alias_is_not_another_person(nlp):
    _, claims = people(nlp, "Jerry Mitchell, aka Tre da Great, age 24, of Indianapolis, was charged.")
    assert [c["name"] for c in claims] == ["Jerry Mitchell"]


def test_an_alias_age_goes_to_the_person(nlp):
    _, claims = people(nlp, "Ronald Lee Prince, aka Big Show, 44, of Dallas, pleaded guilty.")
    assert [(c["name"], c.get("age")) for c in claims] == [("Ronald Lee Prince", 44)]


def test_an_age_before_a_name_spacy_calls_a_facility(nlp):
    text = "Kimble was charged over the shooting of 17-year-old Tyrese Holloway at a basketball court."
    _, claims = people(nlp, text)
    assert ("Tyrese Holloway", 17) in [(c["name"], c.get("age")) for c in claims]


def test_a_force_name_that_opens_a_unit_name_is_not_a_person(nlp):
    text = ("Surrey RCMP seize 14 kg of drugs; three people charged\n2025-03-06\n\n"
            "Staff Sergeant Colleen Abernathy of the Surrey RCMP Drug Enforcement Unit said the inquiry began.")
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("organisation")) for c in claims] == [
        ("Colleen Abernathy", "Surrey RCMP Drug Enforcement Unit")]


@pytest.mark.parametrize("text, name", [
    ("Gardaí are seeking Tomás Ó Floinn, who has been missing from Salthill since Friday.", "Tomás Ó Floinn"),
    ("Officers spoke to Siobhán Ní Bhriain, 34, of Galway.", "Siobhán Ní Bhriain"),
])
def test_irish_surname_particles(nlp, text, name):
    _, claims = people(nlp, text)
    assert [c["name"] for c in claims] == [name]
    assert claims[0].get("organisation") is None


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


@pytest.mark.parametrize("text, name", [
    ("Meth ring dismantled\nRelease Date: 04/14/2026\nPublic Information Officer: Lt. Dana Prewitt\n\n"
     "CANTON, Ga. - A four-month investigation ended.", "Dana Prewitt"),
    ("Deputies seize 40,000 pills\nJune 10, 2024\n\nSgt. Maria Alvarez\nPublic Information Officer\n\n"
     "Detectives seized pills on Tuesday.", "Maria Alvarez"),
])
def test_a_byline_with_a_rank_or_a_label_is_the_author(nlp, text, name):
    _, claims = people(nlp, text)
    assert [(c["name"], c.get("role")) for c in claims] == [(name, "author")]


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
