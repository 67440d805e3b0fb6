"""Tests for ``claims_quotes``: quoted runs, one claim per quoted paragraph, and their speakers."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise


def quotes(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return [(doc.text[c["start"]:c["end"]], c.get("speaker")) for c in claims_of(doc, "quote")]


# ---- attribution positions --------------------------------------------------------

def test_speaker_line_before_quote(nlp):
    text = "Detective Inspector Amy Rowe said: “We have charged two men and our enquiries continue.”"
    assert quotes(nlp, text) == [("We have charged two men and our enquiries continue.", "Amy Rowe")]


def test_attribution_after_quote(nlp):
    text = "“Fraud against older people will not be tolerated,” said U.S. Attorney Rachel Stone."
    assert quotes(nlp, text) == [("Fraud against older people will not be tolerated,", "Rachel Stone")]


def test_name_then_verb_after_quote(nlp):
    text = ("Jane Morrow, Chief Executive of Safer Streets Now, welcomed the charges. "
            "“This is a day for the victims,” Ms Morrow said. “They showed real courage.”")
    assert quotes(nlp, text) == [("This is a day for the victims,", "Jane Morrow"),
                                 ("They showed real courage.", "Jane Morrow")]


def test_quote_split_by_attribution_with_straight_marks(nlp):
    text = ('"We take every threat to public safety seriously," commented Insp. Omar Haddad, '
            'Officer in Charge of the Toronto unit. "Hoaxes waste time that could be spent on real emergencies."')
    got = quotes(nlp, text)
    assert [s for _, s in got] == ["Omar Haddad", "Omar Haddad"]
    assert got[1][0] == "Hoaxes waste time that could be spent on real emergencies."


def test_family_name_written_first_names_the_speaker(nlp):
    text = ('State Councilor Guo Shengkun visited the force. "This is good work," Councilor Guo said.')
    assert quotes(nlp, text) == [("This is good work,", "Guo Shengkun")]


def test_pronoun_refers_to_last_speaker(nlp):
    text = ("Chief Superintendent Mark Ellis said the operation had gone well.\n\n"
            "“Anyone with footage should get in touch,” he said.")
    assert quotes(nlp, text) == [("Anyone with footage should get in touch,", "Mark Ellis")]


def test_surname_attribution(nlp):
    text = ("Special Agent in Charge Laura Kim led the investigation.\n\n"
            "Kim added: “I want to thank our partners at the county sheriff's office.”")
    assert quotes(nlp, text) == [("I want to thank our partners at the county sheriff's office.", "Laura Kim")]


def test_told_before_quote(nlp):
    text = "The defendant, Marcus Lee Tran, 52, told investigators “I never meant to hurt anyone.”"
    assert quotes(nlp, text) == [("I never meant to hurt anyone.", "Marcus Lee Tran")]


def test_unnamed_speaker_is_null(nlp):
    text = "A police spokesperson said: “Officers remain at the scene and a cordon is in place.”"
    assert quotes(nlp, text) == [("Officers remain at the scene and a cordon is in place.", None)]


def test_two_speakers_in_turn(nlp):
    text = ("“Shootings are at a record low across the city,” said Police Commissioner Ray Donnelly.\n"
            "“This shows that neighbourhood policing works,” said Mayor Henry Walsh.")
    assert [s for _, s in quotes(nlp, text)] == ["Ray Donnelly", "Henry Walsh"]


# ---- quotes over several paragraphs ---------------------------------------------------

def test_multi_paragraph_quote_one_claim_per_paragraph(nlp):
    text = ("Assistant Chief Constable Rory Bain said: “Online blackmail is a crime and victims should not pay.\n\n"
            "“We want people to know they will be treated with respect.\n\n"
            "“There is help available on our website.”\n\n"
            "Anyone with information should call 101.")
    got = quotes(nlp, text)
    assert [t for t, _ in got] == ["Online blackmail is a crime and victims should not pay.",
                                   "We want people to know they will be treated with respect.",
                                   "There is help available on our website."]
    assert {s for _, s in got} == {"Rory Bain"}


def test_speaker_line_then_quoted_block(nlp):
    text = ("Deputy Chief Constable Nia Powell, who leads on firearms for the region, says:\n\n"
            "“Our armed officers train constantly to keep the public safe.\n\n"
            "“We will keep that training under review.”")
    got = quotes(nlp, text)
    assert [s for _, s in got] == ["Nia Powell", "Nia Powell"]


def test_quoted_block_after_paragraph_naming_the_speaker(nlp):
    text = ("Detective Superintendent Colin Reid has praised the teams involved.\n\n"
            "“This week of action has taken dangerous drugs off our streets and disrupted organised crime.”")
    assert quotes(nlp, text) == [("This week of action has taken dangerous drugs off our streets and disrupted organised crime.",
                                  "Colin Reid")]


def test_nested_scare_quote_inside_quote(nlp):
    text = ("Superintendent Kate Lyle said: “This was not “banter” – it was a serious offence and it will be treated as such.”")
    got = quotes(nlp, text)
    assert len(got) == 1
    assert got[0][0].startswith("This was not “banter” – it was") and got[0][1] == "Kate Lyle"


def test_stray_opening_mark_at_paragraph_end_closes(nlp):
    text = "Commander Ian Hobbs said: “We have listened carefully and we will act on what we heard. “"
    assert quotes(nlp, text) == [("We have listened carefully and we will act on what we heard.", "Ian Hobbs")]


def test_single_quote_marks(nlp):
    text = ("'This sentence sends a clear message to anyone who preys on the vulnerable,' said "
            "Chief Superintendent Mark Ellis. 'We will find you.'")
    got = quotes(nlp, text)
    assert [s for _, s in got] == ["Mark Ellis", "Mark Ellis"]
    assert got[1][0] == "We will find you."


# ---- what is not a quote -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The officer described the attack as “cowardly” and “senseless”.",
    "He was jailed under the so-called \"three strikes\" rule.",
    "Officers were at the forefront of a regional ‘Safer Streets Action Week’ in October.",
    "Anyone with information can use the ‘Report It Online’ page of our website.",
    "Detectives targeted ‘phone runners’ who deliver for the gangs.",
    "It's the Met's busiest week and officers' leave has been cancelled.",
    "In interview he insisted it had been “harmless fun”.",
])
def test_not_quotes(nlp, text):
    assert quotes(nlp, text) == []


def test_apostrophes_inside_quote_do_not_end_it(nlp):
    text = "Sergeant Ben Ward said: “It's clear the Met's officers didn't give up.”"
    assert quotes(nlp, text) == [("It's clear the Met's officers didn't give up.", "Ben Ward")]


# ---- the canonical seed release ---------------------------------------------------------

def test_seed_release_quotes(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    doc = nlp(make_doc(nlp, text, published="2023-12-15"))
    qs = claims_of(doc, "quote")
    assert len(qs) >= 5
    assert {q.get("speaker") for q in qs} == {"Helen Millichap"}
    # one claim per quoted paragraph: each claim lies inside one paragraph
    assert all("\n" not in doc.text[q["start"]:q["end"]] for q in qs)
    paragraphs = {doc.text.rfind("\n", 0, q["start"]) for q in qs}
    assert len(paragraphs) == len(qs)
    # every paragraph holding an opening mark gives exactly one claim
    assert len(qs) == sum(1 for line in doc.text.split("\n") if "“" in line)


def test_reported_speech_after_a_closed_quote_is_not_its_attribution(nlp):
    text = ("Inspector Rob Kerr, of the Roads Policing Unit, said: “We will find you.” "
            "Police said the driver was later arrested and remains in custody.")
    assert quotes(nlp, text) == [("We will find you.", "Rob Kerr")]


def test_short_attributed_quote_is_kept(nlp):
    text = "Inspector Rob Kerr spoke to drivers.\n\n“Slow down,” he added."
    assert quotes(nlp, text) == [("Slow down,", "Rob Kerr")]


def test_bare_block_is_not_pinned_on_a_suspect(nlp):
    text = ("Kieran Blake, 29, of Thornton Heath, was charged with burglary on Friday.\n\n"
            "“We would like to thank the public for their help with this investigation.”")
    assert quotes(nlp, text) == [("We would like to thank the public for their help with this investigation.", None)]


def test_quoted_phrase_opening_a_sentence_is_not_a_block(nlp):
    text = ("Detective Superintendent Colin Reid has praised the teams involved.\n\n"
            "“Stay safe online” is the message from officers this winter.")
    assert quotes(nlp, text) == []


def test_speaker_is_the_subject_of_the_speech_verb(nlp):
    text = ("Speaking after Detective Inspector Omar Reid gave evidence, Julia Stone, the victim's sister, said: "
            "“Our family can finally begin to grieve.”")
    assert quotes(nlp, text) == [("Our family can finally begin to grieve.", "Julia Stone")]


def test_partial_quote_after_said(nlp):
    text = "Chief Constable Fiona Barr said the force was “determined to root out anyone who abuses their position”."
    assert quotes(nlp, text) == [("determined to root out anyone who abuses their position", "Fiona Barr")]


def test_she_added_refers_to_the_speaker_just_quoted(nlp):
    text = ("Chief Constable Joanne Roe said: “We are proud of the officers involved.” "
            "She added: “Thank you to everyone who came forward.”")
    assert [s for _, s in quotes(nlp, text)] == ["Joanne Roe", "Joanne Roe"]


def test_attribution_in_the_middle_of_a_sentence(nlp):
    text = "“We are delighted with the verdict,” said Inspector Joanne Roe, “and we thank the jury.”"
    got = quotes(nlp, text)
    assert got == [("We are delighted with the verdict,", "Joanne Roe"), ("and we thank the jury.", "Joanne Roe")]


def test_bulleted_quote_paragraphs(nlp):
    text = ("Superintendent Kate Lyle said:\n• “Knife crime ruins lives and families.\n"
            "• “We will keep searching for weapons in our parks.”")
    assert [s for _, s in quotes(nlp, text)] == ["Kate Lyle", "Kate Lyle"]


def test_pronoun_prefers_the_official_just_named(nlp):
    text = ("Lieutenant Marco Diaz said deputies found the truck. “Call us if you saw it,” Diaz said.\n\n"
            "Councillor Ann Fisher welcomed the arrest. “Our town centre is safer today,” she said.")
    assert [s for _, s in quotes(nlp, text)] == ["Marco Diaz", "Ann Fisher"]


def test_pronoun_after_a_sentence_about_a_member_of_the_public(nlp):
    # the subject of the sentence just before the quote, in its paragraph, beats the last speaker
    text = ("Sergeant Paul Keane said: “Speed kills.”\n\n"
            "Maria Lopez, whose brother died on the A6 in 2021, joined officers at the launch. "
            "“Nobody should get that phone call,” she said.")
    assert [s for _, s in quotes(nlp, text)] == ["Paul Keane", "Maria Lopez"]


@pytest.mark.parametrize("sentence", [
    "Officers arrested Tom Reid, 31, at the scene.",       # not the subject
    "Tom Reid, 31, was jailed for four years.",            # a passive subject
    "Tom Reid admitted assault at Leeds Crown Court.",     # a defendant's verb
])
def test_pronoun_does_not_take_a_defendant_named_just_before(nlp, sentence):
    text = (f"Inspector Leah Grant said: “We were called at 2am.”\n\n"
            f"{sentence} “It was a dangerous night,” she said.")
    assert [s for _, s in quotes(nlp, text)] == ["Leah Grant", "Leah Grant"]


def test_pronoun_ignores_names_inside_the_quote(nlp):
    text = ("Inspector Leah Grant said: “We thank Councillor Ann Fisher for her support.”\n\n"
            "“We could not have done it without local people,” she added.")
    assert [s for _, s in quotes(nlp, text)] == ["Leah Grant", "Leah Grant"]


def test_shared_surname_goes_to_the_person_named_last(nlp):
    text = ("Nathan Price appeared in court on Monday. Detective Constable Sarah Price led the enquiry.\n\n"
            "“The victims showed great courage,” DC Price said.")
    assert quotes(nlp, text) == [("The victims showed great courage,", "Sarah Price")]


def test_quote_after_a_sentence_about_the_speaker(nlp):
    text = ("Chief of Police Ken Morrow thanked residents for their tips. "
            "\"People called us, and that made all the difference.\"")
    assert quotes(nlp, text) == [("People called us, and that made all the difference.", "Ken Morrow")]


def test_speaker_named_with_title_and_description_before_said(nlp):
    text = ('"We saw people driving at speeds that are simply indefensible," Assistant Commissioner Daniela Kovac, '
            'Commander of the Traffic and Highway Patrol Command, said.')
    doc = nlp(make_doc(nlp, text))
    assert [c["speaker"] for c in claims_of(doc, "quote")] == ["Daniela Kovac"]


def test_slashed_rank_abbreviation_does_not_end_the_attribution(nlp):
    text = ("Staff Sergeant Colleen Abernathy of the drug unit said the inquiry began in October.\n\n"
            "“Fentanyl continues to kill people in our community every week,” said S/Sgt. Abernathy.")
    doc = nlp(make_doc(nlp, text))
    assert [c["speaker"] for c in claims_of(doc, "quote")] == ["Colleen Abernathy"]


@pytest.mark.parametrize("text, speaker", [
    ('"This was not a random act," Detective Sergeant Mireille Okonkwo-Bastien of the Homicide Squad said '
     'at a news conference on Sunday.', "Mireille Okonkwo-Bastien"),
    ("His mother, Celeste Ashworth, read a statement on behalf of the family:\n\n"
     '"Jamal was a son, a brother and an uncle. He was three months from finishing his apprenticeship."',
     "Celeste Ashworth"),
    ("Special Agent in Charge Rashida Kincaid of the FBI said the case showed what "
     '"sustained, patient work by our task force officers" could achieve.', "Rashida Kincaid"),
])
def test_more_ways_of_naming_the_speaker(nlp, text, speaker):
    doc = nlp(make_doc(nlp, text))
    assert [c["speaker"] for c in claims_of(doc, "quote")] == [speaker]


def test_a_scare_quote_in_a_reported_clause_is_not_a_quote(nlp):
    text = ('Two other members, Walter Chinchilla-Linar, 24, and Cesar Alvarado, 20, pleaded guilty. Chinchilla-Linar '
            'and Alvarado each admitted to being part of a group of gang members who went "hunting," or looking for, '
            'rival gang members.')
    doc = nlp(make_doc(nlp, text))
    assert claims_of(doc, "quote") == []


def test_pronoun_takes_the_person_who_last_spoke_outside_quotes(nlp):
    text = ('"The mentors are the glue in this," Mr Tautahi-Rowe said.\n\n'
            "Sunil Prasad, who owns the Hornby dairy that was ram-raided in March, said he had noticed the difference.\n\n"
            '"For a while I was sleeping in the back room," he said. "Now I sleep at home."')
    assert [s for _, s in quotes(nlp, text)] == ["Tautahi-Rowe", "Sunil Prasad", "Sunil Prasad"]


def test_hyphens_do_not_count_towards_a_names_length(nlp):
    text = ('"Most people did the right thing," said Deputy Commissioner Marie-Claude Tessier-Bouchard, '
            'Provincial Commander. "Speed was a factor."')
    assert [s for _, s in quotes(nlp, text)] == ["Marie-Claude Tessier-Bouchard"] * 2


def test_a_reported_quote_whose_sentence_goes_on_takes_the_subject_before_it(nlp):
    text = ('"Every collision is preventable," said Insp. Noreen Fougere. "A driver turning left is looking for a gap."\n\n'
            'She said drivers should "treat every crosswalk as if someone is about to step into it," and asked '
            "pedestrians to wear something reflective.")
    assert [s for _, s in quotes(nlp, text)] == ["Noreen Fougere"] * 3


@pytest.mark.parametrize("text, speaker", [
    ("Europol supported it. Its head of operations, Pieter van Elst, said servers were seized.\n\n"
     '"Criminals like to think borders protect them," he said.', "Pieter van Elst"),
    ("Mariah Okonkwo, 34, a clinical social worker who has ridden with officers since 2021, said shifts are long.\n\n"
     '"Some nights it\'s a man who hasn\'t slept," she said.', "Mariah Okonkwo"),
    ('"We have spent $1.6 million," said Coun. Bernard Leblanc-Mosher, chair of the committee. "It is not enough."',
     "Bernard Leblanc-Mosher"),
])
def test_pronoun_and_abbreviated_title_speakers(nlp, text, speaker):
    assert {s for _, s in quotes(nlp, text)} == {speaker}


def test_she_said_after_an_unnamed_speaker_is_null(nlp):
    text = ('"We will act," said Commissioner Jon Ellery.\n\nA 34-year-old woman from Telford, who left an abusive '
            'relationship, said the early call back had made the difference. "I had rung 999 twice before and '
            'nothing changed," she said.')
    assert [s for _, s in quotes(nlp, text)] == ["Jon Ellery", None]


# ---- whom a pronoun stands for, across a paragraph break ------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Detective Inspector Tom Clarke said the thefts were organised. "These cars were shipped abroad," he said.\n\n'
     "Harjit Sandhu, whose Lexus was stolen from the driveway of his Brampton home last November, was among the "
     'owners contacted by investigators last week.\n\n"I\'d given up on it," he said. "It was a relief to hear."',
     "Harjit Sandhu"),
    ('Sergeant Ann Vale said: "We will keep patrolling."\n\nJane Doe, whose son was killed in 2019, now volunteers '
     'with the charity.\n\n"I do it for him," she said.', "Jane Doe"),
    ('Sergeant Ann Vale said: "We will keep patrolling."\n\nThe officer in charge, Detective Inspector Jo Roe, '
     'said the inquiry continues.\n\n"We need witnesses," she said.', "Jo Roe"),
])
def test_a_pronoun_takes_the_subject_of_the_paragraph_before(nlp, text, speaker):
    assert [s for _, s in quotes(nlp, text)][-1] == speaker


@pytest.mark.parametrize("sentence", [
    "John Smith, 34, of Leeds, was jailed for six years at Leeds Crown Court.",    # a defendant's verb
    "Smith, who had 14 previous convictions, was described by the judge as dangerous.",  # a passive subject
    "Officers arrested Tom Reid, 31, at the scene.",                               # not the subject
])
def test_a_pronoun_across_a_paragraph_break_does_not_take_a_defendant(nlp, sentence):
    text = f'Detective Inspector Jo Roe said: "We will not stop."\n\n{sentence}\n\n"He showed no remorse," she said.'
    assert [s for _, s in quotes(nlp, text)] == ["Jo Roe", "Jo Roe"]


@pytest.mark.parametrize("text", [
    ('Detective Sergeant Priya Shah said: "These people prey on the elderly."\n\n'
     "The son of a retired teacher from Hitchin who was targeted in the spring said his father had handed over "
     "almost £9,000 in cash over three visits.\n\n"
     '"Dad is as sharp as anything, but they wore him down," he said. "He was too embarrassed to tell us until '
     'the bank rang."'),
    ('Acting Inspector Ray Cole said arson was rare. "We will find those responsible," he said.\n\n'
     "A Sunshine West shop owner whose store was firebombed in April said the attack had left her family afraid "
     'to open.\n\n"We lost everything in the front of the shop in about 10 minutes," she said.'),
    ('Sergeant Ann Vale said: "We will keep patrolling."\n\nA spokesperson for the charity said the figures were '
     'worrying.\n\n"We need more help than we are getting," she said.'),
    ('Sergeant Ann Vale said: "We will keep patrolling."\n\nA 29-year-old Hoppers Crossing mother of two said the '
     'patrols had helped. "I feel safer walking home now," she said.'),              # (the same paragraph)
])
def test_quotes_after_an_unnamed_speaker_across_a_paragraph_have_no_speaker(nlp, text):
    got = [s for _, s in quotes(nlp, text)]
    assert got[0] is not None and set(got[1:]) == {None}


@pytest.mark.parametrize("lead", [
    "The Broads Beat team said patrols would continue all summer.",   # a team, not a person
    "The family of the victim said they were grateful.",              # "of" ends the words that describe
])
def test_an_opening_noun_that_is_no_unnamed_person_keeps_the_referent(nlp, lead):
    text = f'Sergeant Ann Vale said: "We will keep patrolling."\n\n{lead}\n\n"We will be out every weekend," she said.'
    assert [s for _, s in quotes(nlp, text)] == ["Ann Vale", "Ann Vale"]

