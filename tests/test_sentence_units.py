"""Tests for pipeline/claims/sentence_units.py: the unit a bare figure's own sentence names,
called on parsed tokens directly (the component-level cases are in test_elided_units.py)."""
from __future__ import annotations

import pytest

from pipeline.claims.sentence_units import (existential, figure_start, number_of, of_phrase, predicate_noun,
                                            previous_plural_subject, subject_unit)


def token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize("text, word, expected", [
    ("Of those stopped, 38 were drivers and 9 were cyclists.", "38", "drivers"),
    ("Of those stopped, 38 were drivers and 9 were cyclists.", "9", "cyclists"),
    ("Of the 40 arrested, 31 were young men.", "31", "young men"),
    ("Three of the six were motorcyclists.", "six", None),       # the whole a partitive counts from
    ("In total 38 were being questioned.", "38", None),           # no noun after the verb
    ("Of the 40, 31 were over the limit.", "31", None),           # an adjective phrase, no plural noun
])
def test_predicate_noun(nlp, text, word, expected):
    assert predicate_noun(token(nlp(text), word)) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("Officers seized 12 of the 30 e-scooters stopped.", "12", "e-scooters"),
    ("Detectives interviewed 14 of their former co-workers.", "14", "their former co-workers"),
    ("About 230 of them were later released.", "230", None),
    ("Nine of the 16-year-old boys were cautioned.", "Nine", "16-year-old boys"),
])
def test_of_phrase(nlp, text, word, expected):
    doc = nlp(text)
    tok = token(doc, word)
    assert of_phrase(doc, tok, tok.sent) == expected


@pytest.mark.parametrize("text, word, plural, expected", [
    ("Burglaries fell by 30 to 400 in July.", "30", True, "Burglaries"),
    ("Calls for service reached 241,300 last year.", "241,300", False, "Calls for service"),
    ("The number rose by 120.", "120", True, None),                # not a plural noun
    ("The number rose by 120.", "120", False, "number"),
])
def test_subject_unit(nlp, text, word, plural, expected):
    assert subject_unit(token(nlp(text), word), plural=plural) == expected


def test_number_of_takes_the_nearest_before(nlp):
    doc = nlp("The number of stolen bikes fell, while the number of thefts from cars rose to 212.")
    assert number_of(doc[:], token(doc, "212").i) == "thefts"
    assert number_of(doc[:], token(doc, "fell").i) == "stolen bikes"
    assert number_of(nlp("Police made 212 arrests.")[:], None) is None


def test_existential_and_the_subject_before(nlp):
    doc = nlp("Catalytic converter thefts have doubled. There were 412 in 2025.")
    tok = token(doc, "412")
    assert existential(tok)
    assert previous_plural_subject(tok) == "Catalytic converter thefts"
    assert not existential(token(nlp("Officers arrested 412 in 2025."), "412"))
    assert previous_plural_subject(token(nlp("There were 412 in 2025."), "412")) is None


def test_figure_start_spans_a_scaled_number(nlp):
    doc = nlp("The fraud cost 2.5 million last year.")
    assert figure_start(token(doc, "million")) == token(doc, "2.5").i
    assert figure_start(token(doc, "million"), floor=token(doc, "million").i) == token(doc, "million").i
