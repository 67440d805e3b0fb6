"""Tests for pipeline/claims/agency_names.py: which names are government agencies that can commit."""
from __future__ import annotations

import pytest
import spacy

from pipeline.claims.agency_names import AgencyNames


@pytest.fixture(scope="module")
def names():
    return AgencyNames()


def head_of(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("The Civil Rights Division will review the findings.", "Division", True),
    ("The Environmental Protection Agency will fund the clean-up.", "Agency", True),
    ("The EPA will fund the clean-up.", "EPA", True),                       # a known acronym
    ("The Kingsley Police Service (KPS) will act. The KPS said so.", "KPS", True),  # spelled out in the text
    ("Acme Health Services will review the findings.", "Services", False),   # a company, not an agency
    ("The division will review the findings.", "division", False),          # lower case: no name
    ("The ABC said the plan will go ahead.", "ABC", False),                  # an acronym nobody spells out
])
def test_is_agency(nlp, names, text, word, expected):
    assert names.is_agency(head_of(nlp(text), word)) is expected


@pytest.mark.parametrize("text, acronym, expected", [
    ("the Office on Violence Against Women (OVW) said", "OVW", True),
    ("the Winnipeg Police Service said the WPS will act", "WPS", True),      # initials of a name in the text
    ("the Winnipeg Jets Club said the WJC will act", "WJC", False),          # no agency word
    ("nothing here spells OVW", "OVW", False),
])
def test_spelled_out_agency(names, text, acronym, expected):
    assert names.spelled_out_agency(spacy.blank("en")(text), acronym) is expected
