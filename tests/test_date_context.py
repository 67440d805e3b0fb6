"""Tests for ``pipeline.claims.date_context``: what the words around a number or a month name
tell ``claims_dates`` (a year, a name, a count, an event day)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise

from conftest import date_claims, date_values


def test_bare_years(nlp):
    found = date_values(nlp, "From 2015 to 2018 the gang sold drugs. In 2019 Police arrested him; in late 2020 he fled.",
                        "2023-01-01")
    assert found == {"2015": "2015", "2018": "2018", "2019": "2019", "late 2020": "2020"}


def test_year_after_act_of_is_a_name(nlp):
    assert date_claims(nlp, "He was charged under the Violent Crime Control Act of 1994.", "2015-01-01") == []


@pytest.mark.parametrize("text,expected", [
    ("Under Operation Summer Shield 2026, officers will patrol the parks.", []),
    ("Project Vigilant 2025 ended in March 2025.", [("March 2025", "2025-03")]),
    ("Operation 2026 began in summer 2026.", [("2026", "2026")]),   # the second: a season and a year
    ("The operation ran in 2025.", [("2025", "2025")]),
])
def test_year_closing_an_operation_name_is_a_name(nlp, text, expected):
    assert date_claims(nlp, text, "2026-07-08") == expected


def test_context_does_not_cross_sentences(nlp):
    assert date_claims(nlp, "The rally ended in Leeds. March organisers thanked officers.", "2024-05-01") == []


def test_year_before_a_subject_noun(nlp):
    assert date_values(nlp, "In 2018 deputies recovered 312 stolen vehicles.", "2019-06-11") == {"2018": "2018"}


def quantities(nlp, text, published="2016-10-21"):
    doc = nlp(make_doc(nlp, normalise(text), published=published))
    return [doc.text[c["start"]:c["end"]] for c in claims_of(doc, "quantity")]


@pytest.mark.parametrize("text,span,value", [
    ("Detectives reopened the 2007 stabbing after new witnesses came forward.", "2007", "2007"),
    ("Her 2011 conviction for arson was quashed on appeal.", "2011", "2011"),
    ("The charges were brought in a 2014 indictment unsealed in Texas.", "2014", "2014"),
    ("He lied on a 2015 mortgage application to the bank.", "2015", "2015"),
    ("The 1998 fatal collision on the bypass was never solved.", "1998", "1998"),
    ("She ran the 2013 payroll fraud scheme with two colleagues.", "2013", "2013"),
    ("The company's 2012 audit missed the losses.", "2012", "2012"),
    ("Relatives attended the hearing into the 2016 officer-involved shooting.", "2016", "2016"),
    ("He admitted it during a 2010 interview with investigators.", "2010", "2010"),
    ("The force published the 2019 crime survey for the county.", "2019", "2019"),
])
def test_year_before_a_singular_noun_is_a_year(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, "2020-05-04")
    assert not any(span in q for q in quantities(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("He never filed his 2009 tax returns.", {"2009": "2009"}),
    ("She filed false 2008 and 2009 returns with the revenue service.", {"2008": "2008", "2009": "2009"}),
    ("The trust omitted income from its 2004, 2005 and 2007 accounts.",
     {"2004": "2004", "2005": "2005", "2007": "2007"}),
    ("Turnout fell in the 2010 local elections.", {"2010": "2010"}),
    ("Auditors reviewed his 2015-2016 returns.", {"2015-2016": None}),
    ("She also failed to file 2008 through 2011 corporate tax returns.", {"2008": "2008", "2011": "2011"}),
])
def test_year_before_a_plural_noun_that_years_name(nlp, text, expected):
    assert date_values(nlp, text, "2020-05-04") == expected


@pytest.mark.parametrize("text", [
    "The force deployed 2000 officers to the festival.",               # a count takes a plural noun
    "The 1900 officers who volunteered were thanked.",                 # a plural noun years do not name
    "More than 1,500 officers were on duty.",                          # a thousands comma is a count
    "Police were called to the 1900 block of Elm Street.",             # an address
    "The plane carried a 2000 pound bomb.",                            # a unit
    "He bought a Model 1911 pistol at a gun show.",                    # a model number
    "He admitted Section 1956 money laundering offences.",             # a statute section
    "He was charged under 18 U.S.C. 1343 wire fraud provisions.",      # a statute section
    "He was charged under 18 U.S.C. § 2113 bank robbery provisions.",
    "Agents seized Form 1099 tax records from the office.",            # a form number
    "The lorry overturned near Junction 2010 services.",               # a road reference
    "Crowds gathered for the 2012 Olympic torch relay.",               # a capitalised name
    "He appeared in the 2019 Rich List.",
    "Officers made about 2000 arrest attempts.",                       # a count word before it
])
def test_number_before_a_noun_that_is_not_a_year(nlp, text):
    assert not any(v and v[:2] in ("19", "20") and len(v) == 4 for _, v in date_claims(nlp, text, "2020-05-04"))


@pytest.mark.parametrize("text,span", [
    ("He helped plan the September 11 attacks from Hamburg.", "September 11"),
    ("Security tightened after the Sept. 11 terrorist attacks.", "Sept. 11"),
    ("Thousands died in the attacks of September 11th.", "September 11th"),
    ("Since 9/11, the unit has disrupted dozens of plots.", "9/11"),
    ("He said he was inspired by the 9/11 hijackers.", "9/11"),
])
def test_september_11_attacks_are_2001(nlp, text, span):
    assert (span, "2001-09-11") in date_claims(nlp, text, "2016-10-21")
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Claims to the September 11th Victim Compensation Fund rose.",   # a name
    "The 9/11 Commission made 41 recommendations.",
    "The post-9/11 GI Bill pays tuition.",
])
def test_september_11_in_a_name_is_not_a_date(nlp, text):
    assert date_claims(nlp, text, "2016-10-21") == []


def test_september_11_without_the_event_is_an_ordinary_date(nlp):
    assert date_values(nlp, "He was arrested on September 11 at his home.", "2016-10-21") == {
        "September 11": "2016-09-11"}
    assert date_values(nlp, "On 11 September the attack began at dawn.", "2016-10-21") == {
        "11 September": "2016-09-11"}


@pytest.mark.parametrize("text, expected", [
    ("Thefts by district:\n\nDistrict        2024    2025\nNorth             88      71\nSouth             54      60\n",
     {"2024": "2024", "2025": "2025"}),
    ("Arrests by season:\n\nCategory     2023/24   2024/25\nDisorder          19        12\n",
     {"2023/24": None, "2024/25": None}),
    # an indented header with no label, and a word column beside the years
    ("Call-outs:\n\n                 2022    2023    Change\nFloods             14      22        +8\n",
     {"2022": "2022", "2023": "2023"}),
])
def test_years_heading_the_columns_of_a_text_table_are_dates(nlp, text, expected):
    assert date_values(nlp, text, "2025-06-02") == expected


def test_year_like_cells_below_the_header_are_not_headers():
    from pipeline.claims.date_context import DateContext

    context = DateContext()
    text = "Seizures:\n\nItem        2023    2024\nRounds      1998    2031\nShells      2002      40\n"
    headers = [context.table_header(text, text.index(y), text.index(y) + 4) for y in ("2023", "2024", "1998", "2031", "2002")]
    assert headers == [True, True, False, False, False]


def test_a_line_of_years_with_no_table_below_is_no_header(nlp):
    text = "Cases were reviewed from 2023    2024\n\nOfficers thanked the public."
    from pipeline.claims.date_context import DateContext

    assert not DateContext().table_header(text, text.index("2024"), text.index("2024") + 4)


def test_reference_date_reads_the_serial_before_a_numeric_date():
    from pipeline.claims.date_context import DateContext

    context = DateContext()
    text = "Ring 101 and quote crime number 77 of 9/1/26. The shed was broken into on 9/1/26."
    assert context.reference_date(text, text.index("9/1/26"))
    assert not context.reference_date(text, text.rindex("9/1/26"))
