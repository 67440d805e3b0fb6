"""Tests for ``pipeline.claims.holiday_calendars``: a movable holiday's date where the release is from."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pipeline.claims.holiday_calendars import HolidayCalendar

from conftest import date_values


@pytest.fixture(scope="module")
def calendar():
    return HolidayCalendar()


@pytest.mark.parametrize("text,locale", [
    ("SAPOL officers in Adelaide tested 9,000 drivers.", ("AU", "SA")),
    ("Victoria Police officers in Melbourne and Geelong tested drivers.", ("AU", "VIC")),
    ("NZ Police stopped 300 drivers in Waikato.", ("NZ", None)),
    ("RCMP officers in Surrey, British Columbia, seized $5,000.", ("CA", "BC")),
    ("Canadian police seized drugs.", ("CA", "ON")),                 # no province: the default
    ("The U.S. Attorney's Office in Texas charged two men.", ("US", None)),
    ("Officers in Leeds arrested two men.", None),                   # nothing says which country
    ("Police Scotland officers in Inverness arrested two men.", ("GB", "SCT")),
    ("PSNI officers in Belfast seized £20,000 of cannabis.", ("GB", "NIR")),
    ("Detectives at New Scotland Yard charged two men.", None),      # a London building, not Scotland
])
def test_locale_of_a_release(calendar, text, locale):
    assert calendar.locale(spacy.blank("en")(text)) == locale


@pytest.mark.parametrize("name,locale,date", [
    ("Labour Day", ("AU", "SA"), dt.date(2026, 10, 5)),
    ("Labour Day", ("AU", "VIC"), dt.date(2026, 3, 9)),
    ("Labour Day", ("NZ", None), dt.date(2026, 10, 26)),
    ("Labor Day", ("US", None), dt.date(2026, 9, 7)),
    ("Thanksgiving", ("CA", "ON"), dt.date(2026, 10, 12)),
    ("Thanksgiving Day", ("US", None), dt.date(2026, 11, 26)),
    ("Presidents Day", ("US", None), None),                         # the calendar calls it otherwise
    ("Labour Day", None, None),
    ("August bank holiday", ("GB", "SCT"), dt.date(2026, 8, 3)),     # the first Monday in Scotland
    ("August bank holiday", ("GB", "NIR"), dt.date(2026, 8, 31)),    # the last elsewhere
    ("Early May bank holiday", ("GB", "WLS"), dt.date(2026, 5, 4)),
])
def test_holiday_date_by_locale(calendar, name, locale, date):
    assert calendar.date(name, 2026, locale) == date


@pytest.mark.parametrize("text,published,value", [
    ("One person died on South Australian roads over the Labour Day long weekend.", "2026-10-06", "2026-10-05"),
    ("Ontario Provincial Police laid 300 charges over the Thanksgiving weekend.", "2026-10-14", "2026-10-12"),
    ("Police in Chicago made 40 arrests over the Labor Day weekend.", "2026-09-09", "2026-09-07"),
    ("Police made 40 arrests over the Labour Day weekend.", "2026-09-09", "2026-09-07"),   # no locale: the table
])
def test_holiday_claims_resolve_where_the_release_is_from(nlp, text, published, value):
    assert list(date_values(nlp, text, published).values()) == [value]


@pytest.mark.parametrize("text, published, expected", [
    # "last" before a holiday: the one before this year's where the release also speaks of this year's
    ("Police caught 47 drink drivers over Easter Monday, up from 31 last Easter Monday.", "2026-04-08",
     {"Easter Monday": "2026-04-06", "last Easter Monday": "2025-04-21"}),
    ("Officers made 12 arrests last Christmas Day.", "2026-01-05", {"last Christmas Day": "2025-12-25"}),
    # a year with the holiday
    ("Arrests fell from 40 on Easter Monday 2024.", "2026-04-08", {"Easter Monday 2024": "2024-04-01"}),
    ("Nine people died over the Memorial Day weekend in 2025.", "2026-05-28", {"Memorial Day": "2025-05-26",
                                                                              "2025": "2025"}),
    # a holiday only the locale dates: none where the release names no country
    ("Police in Hobart made arrests over the King's Birthday long weekend.", "2026-04-08",
     {"King's Birthday": "2025-06-09"}),
    ("Officers made arrests over the King's Birthday long weekend.", "2026-04-08", {"King's Birthday": None}),
    ("Winnipeg police were busy on Canada Day.", "2026-07-03", {"Canada Day": "2026-07-01"}),
    ("Police in Darwin made 63 arrests on Territory Day.", "2026-07-03", {"Territory Day": "2026-07-01"}),
    ("NT Police will patrol over the Picnic Day long weekend.", "2026-07-03", {"Picnic Day": "2026-08-03"}),
    ("Police will patrol over the Picnic Day long weekend.", "2026-07-03", {"Picnic Day": None}),  # no locale
    ("Perth police made arrests on Western Australia Day.", "2026-06-05", {"Western Australia Day": "2026-06-01"}),
    # the bank holidays of England and Wales
    ("Officers made 40 arrests over the August bank holiday weekend.", "2026-09-04", {"August bank holiday": "2026-08-31"}),
    ("Patrols ran over the early May bank holiday.", "2026-05-12", {"early May bank holiday": "2026-05-04"}),
    # ... and of Scotland, where the August one is the first Monday
    ("Police Scotland made 40 arrests in Glasgow over the August bank holiday weekend.", "2026-08-07",
     {"August bank holiday": "2026-08-03"}),
    # "last year", "this year", "next year" after a holiday: that year's holiday, one claim
    ("Police in Darwin made 63 arrests, up from 51 on Territory Day last year.", "2026-07-03",
     {"Territory Day last year": "2025-07-01"}),
    ("Christmas Day last year was busy.", "2026-02-10", {"Christmas Day last year": "2025-12-25"}),
    ("Victoria Police will patrol on Labour Day next year.", "2026-05-10", {"Labour Day next year": "2027-03-08"}),
])
def test_holiday_phrases(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Halifax Regional Police will patrol through the Heritage Day long weekend.", "2026-02-12",
     {"Heritage Day": "2026-02-16"}),
    ("Winnipeg police will patrol over Louis Riel Day.", "2026-02-10", {"Louis Riel Day": "2026-02-16"}),
    ("Officers will patrol over the Heritage Day weekend.", "2026-02-12", {"Heritage Day": None}),   # no locale
])
def test_canadian_provincial_holidays(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the bare name points ahead, so "last" is the one just gone
    ("Extra officers will patrol on Christmas Eve. Last Christmas Eve, police made 31 arrests.", "2026-12-20",
     {"Christmas Eve": "2026-12-24", "Last Christmas Eve": "2025-12-24"}),
    # the bare name is the one just gone, so "last" is the year before
    ("Police made 31 arrests on Christmas Eve, down from 40 last Christmas Eve.", "2026-12-28",
     {"Christmas Eve": "2026-12-24", "last Christmas Eve": "2025-12-24"}),
    # a written year does not count as the bare name
    ("Last Halloween, 12 cars were damaged; on Halloween 2024 there were 20.", "2026-03-02",
     {"Last Halloween": "2025-10-31", "Halloween 2024": "2024-10-31"}),
])
def test_last_holiday_is_the_one_before_the_bare_mention_only_where_that_is_past(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected
