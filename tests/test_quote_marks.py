"""Tests for pipeline/claims/quote_marks.py (where quoted runs open and close in a paragraph)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import load_data
from pipeline.claims.quote_marks import QuoteMarks, paragraphs


@pytest.fixture(scope="module")
def marks():
    return QuoteMarks(load_data("patterns/quotes_words.json"))


def runs(marks, text):
    return [(text[s.start:s.end], s.close is not None, s.at_para_start) for s in marks.segments(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("“We will find them,” said Jo Roe.", [("We will find them,", True, True)]),
    ('Jo Roe said: "We will find them."', [("We will find them.", True, False)]),
    ("Jo Roe said: ‘We will find them.’", [("We will find them.", True, False)]),
    ("Jo Roe said: 'We will find them.'", [("We will find them.", True, False)]),
])
def test_each_kind_of_mark_opens_and_closes_a_run(marks, text, expected):
    assert runs(marks, text) == expected


def test_apostrophes_inside_and_after_words_are_no_marks(marks):
    text = "The Met’s officers’ work isn’t over, it’s said."
    assert runs(marks, text) == []


def test_a_short_quote_inside_an_open_quote_is_nested(marks):
    text = "“It was not “banter” – it was abuse,” she said."
    assert runs(marks, text) == [("It was not “banter” – it was abuse,", True, True)]


def test_a_quote_still_open_at_the_paragraph_end_has_no_close(marks):
    text = "“We have closed five drug lines this month."
    assert runs(marks, text) == [("We have closed five drug lines this month.", False, True)]


def test_a_bullet_before_the_mark_still_opens_the_paragraph(marks):
    assert runs(marks, "• “Call us on 101.”") == [("Call us on 101.", True, True)]


def test_paragraphs_skip_blank_lines():
    text = "One.\n\n  \nTwo."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two."]
