"""A number that could be a year is read as a count or as a year, never both and never neither."""
from __future__ import annotations

import pytest

from pipeline.claims.year_counts import YearLikeCounts

from conftest import date_values, quantities


@pytest.mark.parametrize("text,number", [
    ("Officers seized 2000 cannabis plants.", "2000"),                 # after a verb
    ("Police recovered 1900 stolen phones over the summer.", "1900"),  # through an adjective
    ("A total of 1850 officers were deployed.", "1850"),               # "a total of"
    ("Police said 1900 officers and 2000 staff were deployed.", "2000"),  # joined to a figure; a collective noun
    ("They seized 300 knives and 1999 rounds of ammunition.", "1999"),
])
def test_counts(nlp, text, number):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == number)
    assert YearLikeCounts()(tok)
    assert [q["value"] for q in quantities(nlp, text) if q["text"].startswith(number)] == [float(number)]
    assert number not in date_values(nlp, text, "2024-03-08")


@pytest.mark.parametrize("text,year", [
    ("In 2019 officers seized 12 guns.", "2019"),                # after a preposition: a year
    ("Since 2019 officers have seized 12 guns.", "2019"),
    ("He never filed his 2009 tax returns.", "2009"),            # a noun that years name
    ("The IRS interviewed taxpayers whose 2016 returns were false.", "2016"),
])
def test_years(nlp, text, year):
    tok = next(t for t in nlp(text) if t.text == year)
    assert not YearLikeCounts()(tok)
    assert date_values(nlp, text, "2024-03-08").get(year) == year
    assert not any(q["text"].startswith(year) for q in quantities(nlp, text))


@pytest.mark.parametrize("text", [
    "2000 officers were deployed.",          # opening a sentence: neither reading is safe
    "He stole 2023 Ford trucks.",            # a capitalised word after it: a model year
    "The 2024 arrests were up.",             # after a determiner
])
def test_not_counts(nlp, text):
    tok = next(t for t in nlp(text) if t.like_num)
    assert not YearLikeCounts()(tok)
