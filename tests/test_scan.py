"""pipeline.claims.scan: the speed-ups must give exactly what the plain scans give."""
from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import LEMMA, LOWER, ORTH

from pipeline.claims.scan import literal_hits, token_indices

ALPHABET = "ab A’'_-.,\n1é"


def regex_hits(text, word, not_before="’'", not_after=""):
    pattern = rf"(?<![\w{re.escape(not_before)}]){re.escape(word)}(?![\w{re.escape(not_after)}])"
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_literal_hits_equals_the_regex(text, word):
    assert literal_hits(text, word) == regex_hits(text, word)
    assert literal_hits(text, word, not_after="’'") == regex_hits(text, word, not_after="’'")


@pytest.mark.parametrize("text, word, expected", [
    ("Sgt Dale Hunt and Hunt’s van", "Hunt", [(9, 13), (18, 22)]),  # a possessive still counts (nothing barred after)
    ("O'Hunt met Hunter", "Hunt", []),  # inside other words
    ("aa aaa", "aa", [(0, 2)]),  # no overlapping hits, as re.finditer
    ("Smith_Jones Smith", "Smith", [(12, 17)]),
])
def test_literal_hits_examples(text, word, expected):
    assert literal_hits(text, word) == expected


def test_literal_hits_refuses_empty_word():
    with pytest.raises(ValueError):
        literal_hits("text", "")


def test_token_indices_matches_a_token_loop(nlp):
    doc = nlp("Burglaries doubled in Leeds. The force is committed to halving them and Mr Cole will report.")
    keep = {"doubled", "committed", "will"}.__contains__
    assert token_indices(doc, LOWER, keep) == [i for i, t in enumerate(doc) if keep(t.lower_)]
    upper = lambda s: s[:1].isupper()  # noqa: E731
    assert token_indices(doc, ORTH, upper) == [t.i for t in doc if upper(t.text)]
    lemma = lambda s: s.lower() in {"halve", "report"}  # noqa: E731
    assert token_indices(doc, LEMMA, lemma) == [t.i for t in doc if lemma(t.lemma_)]


def test_token_indices_empty_doc():
    assert token_indices(spacy.blank("en")(""), LOWER, bool) == []
