"""Tests for ``pipeline.claims.date_phrases``: which spans the date patterns find (glued
months, day ranges, financial years, holidays) and which they leave alone."""
from __future__ import annotations

import pytest

from pipeline.nlp import make_doc

from conftest import date_claims, date_values


def test_day_range_is_a_month(nlp):
    assert date_values(nlp, "It took place from 4-10 March.", "2024-03-15") == {"4-10 March": "2024-03"}


def test_month_with_relative_year(nlp):
    assert date_values(nlp, "Reports peaked in December last year.", "2024-03-07") == {"December last year": "2023-12"}


def test_year_to_date(nlp):
    assert date_values(nlp, "There were 12 fewer stabbings year-to-date.", "2019-10-02") == {"year-to-date": "2019"}


def test_for_the_month_of(nlp):
    assert date_values(nlp, "Burglaries fell for the month of May.", "2021-06-03") == {"for the month of May": "2021-05"}


def test_anchored_period_gives_the_year(nlp):
    assert date_values(nlp, "Charges rose in the first six months of 2022.", "2023-01-01") == {"2022": "2022"}


def test_year_spans_and_financial_years_are_null(nlp):
    found = date_values(nlp, "Knife crime fell in 2010-2011 and again in the last financial year.", "2023-01-01")
    assert found == {"2010-2011": None, "the last financial year": None}


@pytest.mark.parametrize("text", [
    "He was charged under the Firearms Act 1968.",
    "The force published its 2022-23 Annual Report.",
    "Arrests have risen in recent months and will continue over the coming weeks.",
    "He was jailed for three months and banned for six years.",
    "Officers were called at 11.45pm to reports of a fight.",
    "Call 101 quoting reference 2019 or Crimestoppers on 0800 555 111.",
    "Officers seized 2000 cannabis plants and 1999 rounds of ammunition.",
    "The force may march on, and this is the best of any July on record.",
    "Shoppers were warned ahead of Black Friday.",
    "Burglaries rose over the last year.",
])
def test_not_dates(nlp, text):
    assert date_claims(nlp, text, published="2024-03-07") == []


def test_holiday(nlp):
    assert date_values(nlp, "Incidents doubled on Christmas Day.", "2024-01-10") == {"Christmas Day": "2023-12-25"}


def test_month_of_this_year(nlp):
    assert date_values(nlp, "Since January of this year, 40 people have been charged.", "2017-10-03") == {
        "January of this year": "2017-01"}


def test_single_fiscal_year_is_null(nlp):
    assert date_values(nlp, "The unit recovered $4 million in fiscal year 2012.", "2012-12-01") == {"fiscal year 2012": None}


def test_us_day_range_is_a_month(nlp):
    assert date_values(nlp, "Troopers ran checkpoints on March 2-4, 2017 across the state.", "2017-03-21") == {
        "March 2-4, 2017": "2017-03"}


def test_bare_may_after_in(nlp):
    assert date_values(nlp, "Two men were arrested in May after a tractor was stolen.", "2024-07-09") == {"May": "2024-05"}


@pytest.mark.parametrize("text,span", [
    ("In FY 2019, the unit seized 40 firearms.", "FY 2019"),
    ("Grants awarded in FY2021 rose by a third.", "FY2021"),
    ("Drug seizures doubled between FY 2014-15 and the year before.", "FY 2014-15"),
    ("Recoveries reached $3m in fiscal year (FY) 2016 overall.", "fiscal year (FY) 2016"),
])
def test_fy_is_a_financial_year(nlp, text, span):
    assert date_values(nlp, text, "2022-03-01") == {span: None}


@pytest.mark.parametrize("text", [
    "The force's FY 2023 Budget Statement sets out its priorities.",   # a name, as with "the 2019 Annual Report"
    "The stolen van, registration FY19 KXP, was recovered.",
])
def test_fy_not_a_date(nlp, text):
    assert date_claims(nlp, text, "2024-03-01") == []


@pytest.mark.parametrize("text,span,value", [
    ("The defendant was convicted onMarch 14, 2016, of fraud.", "March 14, 2016", "2016-03-14"),
    ("Officers attended the address inJune 2021 after a call.", "June 2021", "2021-06"),
    ("He pleaded guilty on Dec.3, 2019, to two counts.", "Dec.3, 2019", "2019-12-03"),
    ("The attacks of Sept.11, 2001 changed policing.", "Sept.11, 2001", "2001-09-11"),
    ("The burglary was reported on Feb.9 by a neighbour.", "Feb.9", "2024-02-09"),
])
def test_glued_month_and_day(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, "2024-03-07")


@pytest.mark.parametrize("text", [
    "The Mayor 12 times praised the neighbourhood team.",
    "Marching 20 abreast, protesters reached Junction 4 of the M25.",
    "Officers seized 3 kg of cannabis at No.6 Mill Lane.",
])
def test_glued_rules_leave_non_dates_alone(nlp, text):
    assert date_claims(nlp, text, "2024-03-07") == []


@pytest.mark.parametrize("text", [
    "Crime fell over the last May Day weekend.",
    "It was the last March of the season.",
])
def test_last_after_a_determiner_is_not_a_pointer(nlp, text):
    assert all(span.lower().split()[0] != "last" for span, _ in date_claims(nlp, text, "2018-01-11"))


def test_last_month_with_day_keeps_the_full_date(nlp):
    assert ("May 5, 2016", "2016-05-05") in date_claims(nlp, "He was seen last May 5, 2016 in Leeds.", "2018-01-11")


@pytest.mark.parametrize("text,span,value", [
    ("The loans were approved between Jan. 4, 2011, and March31, 2015.", "March31, 2015", "2015-03-31"),
    ("The warrant was executed onJuly8, 2009, at the address.", "July8, 2009", "2009-07-08"),
    ("The dogs were seized onJune1 from a yard.", "June1", "2016-06-01"),
    ("He stole the money from April2008 to February2009.", "April2008", "2008-04"),
    ("She worked there since September1995 as a clerk.", "September1995", "1995-09"),
])
def test_month_glued_to_its_day_or_year(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, "2016-10-21")


@pytest.mark.parametrize("text,span", [
    ("Arrests rose sharply in FY17 across the region.", "FY17"),
    ("The unit's FY 18 budget was cut.", "FY 18"),
    ("Seizures doubled in FY17-18 compared with the year before.", "FY17-18"),
    ("Grants awarded in FY2017-18 rose by a tenth.", "FY2017-18"),
    ("The company's fiscal 2009 revenues were $4 billion.", "fiscal 2009"),
    ("He signed a false Fiscal Year 2003 Executive Branch disclosure form.", "Fiscal Year 2003"),
])
def test_short_and_glued_fiscal_years_are_null(nlp, text, span):
    assert (span, None) in date_claims(nlp, text, "2019-03-01")


def test_the_weekend_is_not_a_date(nlp):
    assert date_claims(nlp, "Shootings fell over the weekend and during the last weekend of May.", "2024-06-03") == [
        ("May", "2024-05")]


@pytest.mark.parametrize("text", [
    "Neighbours can't sleep on a Saturday night because of the noise.",
    "Posted Nov. 18, 2025 - 10:30 a.m.",  # no year span "2025 - 10"
])
def test_a_generic_weekday_or_a_clock_time_after_a_year_is_no_date(nlp, text):
    doc = nlp(make_doc(nlp, text, published="2025-11-18"))
    assert all(c["extractor"] not in ("claims_dates:weekday", "claims_dates:year_span")
               for c in doc._.claims if c["type"] == "date")


@pytest.mark.parametrize("text, expected", [
    ("Summer results\n\n06.09.2026\n\nOfficers made 40 arrests.", {"06.09.2026": "2026-09-06"}),
    ("The collision happened on 14.08.2026 at 3pm.", {"14.08.2026": "2026-08-14"}),
    ("Version 1.2.3 of the app was released.", {}),                  # no year: no date
])
def test_a_dotted_date_with_its_full_year(nlp, text, expected):
    assert date_values(nlp, text, "2026-09-06") == expected


@pytest.mark.parametrize("text, expected", [
    ("Public Safety Warning\n\n23-Apr-2026\n\nOfficers made 40 arrests.", {"23-Apr-2026": "2026-04-23"}),
    ("MNPD Reports\n\n06-14-2026\n\nOfficers made arrests.", {"06-14-2026": "2026-06-14"}),
    ("Case 12-34-2026 was filed.", {}),                                   # no such month or day: no date
    ("It began on White Ribbon Day and ran until Human Rights Day.", {"White Ribbon Day": "2025-11-25",
                                                                      "Human Rights Day": "2025-12-10"}),
])
def test_dashed_dates_and_awareness_days(nlp, text, expected):
    assert date_values(nlp, text, "2026-04-23") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Summer results\n\n2026/06/23\n\nOfficers made 40 arrests.", "2026-06-23", {"2026/06/23": "2026-06-23"}),
    ("The checks ran until 2026/6/3 in the city.", "2026-06-23", {"2026/6/3": "2026-06-03"}),
    ("Summer results\n\n7.30.2026\n\nOfficers made 40 arrests.", "2026-07-30", {"7.30.2026": "2026-07-30"}),
    ("The crash happened on 12.31.2025 at 3pm.", "2026-01-02", {"12.31.2025": "2025-12-31"}),  # no 31st month
    ("The crash happened on 30.7.2026 at 3pm.", "2026-08-02", {"30.7.2026": "2026-07-30"}),
    ("The crash happened on 06.09.2026 at 3pm.", "2026-09-10", {"06.09.2026": "2026-09-06"}),  # ambiguous: day first
    ("Posted\n2026-07-20T14:05:00-04:00\nOfficers made 40 arrests.", "2026-07-20", {"2026-07-20": "2026-07-20"}),
    ("Updated 2026-07-20T09:30Z: two men were charged.", "2026-07-20", {"2026-07-20": "2026-07-20"}),
    ("Updated 2026-07-20T09:30:15.250+10:00 after the hearing.", "2026-07-20", {"2026-07-20": "2026-07-20"}),
])
def test_numeric_dates_year_first_us_dotted_and_timestamps(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize("text", [
    "Log 2026/13/45 was closed.",                 # no 13th month, no 45th day
    "The file 2026/06/23/001 was opened.",        # a path, not a date
    "Call 7.30.20266 for details.",               # not a year
    "Exhibit 13.13.2026 was produced.",           # neither part can be the month
    "Case 06-14-2026-0012 was filed.",            # a case number that opens like a date
])
def test_numeric_look_alikes_are_no_dates(nlp, text):
    assert date_values(nlp, text, "2026-06-23") == {}


@pytest.mark.parametrize("text, published, expected", [
    ("Officers will hold free vehicle security clinics at community centres across the region throughout March.",
     "2026-02-23", {"March": "2026-03"}),
    ("Extra patrols will run all through March in the city centre.", "2026-02-23", {"March": "2026-03"}),
    ("Extra patrols will run right through May.", "2026-02-23", {"May": "2026-05"}),
    ("Extra patrols will run across March and April.", "2026-02-23", {"March": "2026-03", "April": "2026-04"}),
    ("Extra patrols will run across June.", "2026-02-23", {"June": "2026-06"}),
    ("Officers patrolled the town centre throughout May.", "2026-09-23", {"May": "2026-05"}),
    ("From January through March, burglaries fell by a third.", "2026-09-23", {"January": "2026-01", "March": "2026-03"}),
    ("Officers will patrol the town centre during March.", "2026-02-23", {"March": "2026-03"}),
])
def test_a_month_after_a_preposition_of_duration(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize("text", [
    "He was arrested in May Street on a warrant.",
    "Officers were called to a house in June Road.",
    "Officers walked across June Street to the station.",
    "The crash happened in March town centre.",
    "Drivers travelling through March Road should expect delays.",
    "Officers may march through the town.",
    "The roads across the county may be busy.",
])
def test_a_month_name_in_a_place_name_or_a_lower_case_word_is_no_date(nlp, text):
    assert date_values(nlp, text, "2026-09-13") == {}


@pytest.mark.parametrize("text, published, expected", [
    ("Knife amnesty results\n\n2025.11.14\n\nOfficers collected 300 blades.", "2025-11-14", {"2025.11.14": "2025-11-14"}),
    ("The bins were emptied on 2025.3.2 by council staff.", "2025-03-10", {"2025.3.2": "2025-03-02"}),
    ("Knife amnesty results\n\n14.11.25\n\nOfficers collected 300 blades.", "2025-11-14", {"14.11.25": "2025-11-14"}),
    ("The van was found burnt out on 3.2.25 near the quarry.", "2025-02-10", {"3.2.25": "2025-02-03"}),
    # a release that writes its dates month first reads an ambiguous two-digit-year date the same way
    ("The van was found on 3.2.25 and the driver was charged on February 9.", "2025-03-10",
     {"3.2.25": "2025-03-02", "February 9": "2025-02-09"}),
])
def test_dotted_year_first_and_two_digit_year_dates(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize("text", [
    "Anyone with dashcam footage should call 101 quoting reference 562 of 21/03/26.",
    "The log number is 88 of 4.5.26, and officers are still reviewing footage.",
    "Please quote serial 1190 of 30/11/25 when you call.",
    "The app was updated to version 10.2.25 overnight.",
])
def test_a_numeric_date_inside_a_reference_is_no_date(nlp, text):
    assert date_values(nlp, text, "2026-05-20") == {}


def test_a_written_date_after_a_reference_serial_stays_a_date(nlp):
    text = "Call 101 quoting incident 406 of 2 March 2026. The car was stolen on 02/03/26."
    assert date_values(nlp, text, "2026-03-04") == {"2 March 2026": "2026-03-02", "02/03/26": "2026-03-02"}
