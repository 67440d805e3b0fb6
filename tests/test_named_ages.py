"""Tests for pipeline/claims/named_ages.py (whose age an "N-year-old" is)."""
from __future__ import annotations

import pytest

from pipeline.claims.named_ages import person_of_age
from pipeline.nlp import make_doc


def _age_tokens(doc, written):
    start = doc.text.index(written)
    span = doc.char_span(start, start + len(written), alignment_mode="expand")
    return span[0], span[-1]


@pytest.mark.parametrize("text,age,name", [
    ("Priya Sharma, a 31-year-old nurse from Luton, was arrested.", "31-year-old", "Priya Sharma"),
    ("Detectives charged 19-year-old Connor Walsh with burglary.", "19-year-old", "Connor Walsh"),
    ("A 43-year-old man from Croydon was arrested.", "43-year-old", None),
    ("Officers spoke to a 27-year-old woman, Jane Doe's neighbour.", "27-year-old", None),
])
def test_person_of_age(nlp, text, age, name):
    doc = nlp(make_doc(nlp, text))
    person = person_of_age(*_age_tokens(doc, age))
    assert (person.text if person is not None else None) == name
