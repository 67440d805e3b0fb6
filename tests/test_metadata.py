"""Tests for pipeline.metadata: date lines, titles, bylines, input dates."""
from datetime import date

import pytest

from pipeline.metadata import normalise_published, parse_date_line, read_metadata

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("line, expected", [
    ("12 February 2024 17:00", ("2024-02-12", "date_line")),
    ("March 3, 2024", ("2024-03-03", "date_line")),
    ("Published: 4 July 2019", ("2019-07-04", "date_line")),
    ("Tuesday 9 January 2024, 10:15am", ("2024-01-09", "date_line")),
    ("Friday, 15 December", ("2023-12-15", "date_line_weekday_year")),
    ("Wednesday 1 October", ("2025-10-01", "date_line_weekday_year")),
])
def test_date_lines(line, expected):
    assert parse_date_line(line, today=TODAY) == expected


def test_yearless_date_line_without_weekday_is_not_guessed():
    # An archived page's "Updated: Apr 22" could be any year: null beats a wrong date.
    assert parse_date_line("Updated: Apr 22", today=TODAY) is None
    meta = read_metadata("Fraud boss jailed today\nUpdated: Apr 22\nA 2021 car was forfeited.", today=TODAY)
    assert meta.published is None and meta.title == "Fraud boss jailed today"


def test_clock_time_and_zone_on_date_line():
    assert parse_date_line("September 18, 2024 10:30 PT", today=TODAY) == ("2024-09-18", "date_line")


def test_markdown_heading_title():
    assert read_metadata("# Rural crime team recovers tractors\n\nPublished: 9 July 2024").title == "Rural crime team recovers tractors"


@pytest.mark.parametrize("line", [
    "Police arrested 12 people in May after a long investigation into the gang",
    "Call 101 quoting 24/12345",
    "May the force be with you",
    "Operation March",
])
def test_sentences_are_not_date_lines(line):
    assert parse_date_line(line, today=TODAY) is None


def test_read_metadata_title_date_and_byline():
    text = "News\nCounty lines gang jailed after raids\nBy Priya Shah\n3 May 2024 09:00\nThe gang supplied drugs."
    meta = read_metadata(text, today=TODAY)
    assert meta.title == "County lines gang jailed after raids"
    assert meta.published == "2024-05-03"
    assert meta.author == "Priya Shah"


def test_read_metadata_without_any():
    meta = read_metadata("officers were called.", today=TODAY)
    assert (meta.title, meta.published, meta.author) == (None, None, None)


def test_normalise_published_forms():
    assert normalise_published("2024-05-03T10:00:00+01:00") == "2024-05-03"
    assert normalise_published("2024-05") == "2024-05"
    assert normalise_published("3 May 2024") == "2024-05-03"
    assert normalise_published("") is None


@pytest.mark.parametrize("line, expected", [
    ("2026/06/23", "2026-06-23"),                       # year first, with slashes
    ("Published: 2026/06/23", "2026-06-23"),
    ("2026/6/3", "2026-06-03"),
    ("7.30.2026", "2026-07-30"),                        # no 30th month: month first
    ("Updated: 7.30.2026 14:05", "2026-07-30"),
    ("30.7.2026", "2026-07-30"),
    ("13.07.2026", "2026-07-13"),
    ("06.09.2026", "2026-09-06"),                       # either order: day first, as for other numeric dates
    ("06.09.2026 10.30", "2026-09-06"),                 # the clock after it is no part of the date
    ("2026-07-20T14:05:00-04:00", "2026-07-20"),        # an ISO timestamp
    ("Posted 2026-07-20T14:05:00Z", "2026-07-20"),
    ("2026-07-20T14:05", "2026-07-20"),
    ("23-Apr-2026", "2026-04-23"),
    ("06-14-2026", "2026-06-14"),
    ("2025.11.04", "2025-11-04"),                       # year first, dotted
    ("Released: 2025.4.9", "2025-04-09"),
    ("04.11.25", "2025-11-04"),                         # two-digit year, dotted: day first
    ("11.30.25", "2025-11-30"),                         # no 30th month: month first
])
def test_numeric_date_lines(line, expected):
    assert parse_date_line(line, today=TODAY) == (expected, "date_line")


@pytest.mark.parametrize("line", [
    "2026/13/01",          # no 13th month
    "2026.13.01",
    "Version 2.10.25",
    "13.13.2026",          # neither part is a month
    "2026/27",             # a financial year
    "Version 1.2.2026",
    "Call 101 quoting 2026/06/23",
    "2026-07-20T14:05:00-04:00 by officers at the scene of the crash",
])
def test_numeric_look_alikes_are_not_date_lines(line):
    assert parse_date_line(line, today=TODAY) is None


@pytest.mark.parametrize("text, published", [
    ("Free vehicle security clinics\n2026/06/23\nOfficers will hold clinics.", "2026-06-23"),
    ("Free vehicle security clinics\n\n7.30.2026\n\nOfficers will hold clinics.", "2026-07-30"),
    ("Free vehicle security clinics\n2026-07-20T14:05:00-04:00\nOfficers will hold clinics.", "2026-07-20"),
    ("Free vehicle security clinics\n06.09.2026\nOfficers will hold clinics.", "2026-09-06"),
    ("Free vehicle security clinics\n\n2026.09.06\n\nOfficers will hold clinics.", "2026-09-06"),
    ("Free vehicle security clinics\n\n6.9.26\n\nOfficers will hold clinics.", "2026-09-06"),
])
def test_read_metadata_numeric_date_line(text, published):
    meta = read_metadata(text, today=TODAY)
    assert (meta.title, meta.published, meta.published_source) == ("Free vehicle security clinics", published, "date_line")


@pytest.mark.parametrize("body, published", [
    # a release that writes "July 2" reads its ambiguous date line month first, as its date claims do
    ("Two men were arrested on Thursday, July 2, after a burglary on June 30.", "2026-07-03"),
    ("Two men were arrested on Thursday 2 July after a burglary on 30 June.", "2026-03-07"),
    ("Two men were arrested after a burglary.", "2026-03-07"),               # nothing to go by: day first
    ("Arrests on May 1, June 3 and 4 July.", "2026-07-03"),                  # more month-first dates
    ("The may 5 meeting moved.", "2026-03-07"),                              # lower-case "may": no date
])
def test_ambiguous_numeric_date_line_follows_the_release(body, published):
    meta = read_metadata(f"Burglars arrested in city\n\n07.03.2026\n\n{body}", today=TODAY)
    assert meta.published == published


@pytest.mark.parametrize("line, expected", [
    ("Friday 07.03.2026", "2026-07-03"),      # only month first makes 3 July 2026 a Friday
    ("Saturday, 07.03.2026", "2026-03-07"),
    ("Friday 2026/07/03", "2026-07-03"),
])
def test_weekday_decides_an_ambiguous_numeric_date_line(line, expected):
    assert parse_date_line(line, today=TODAY) == (expected, "date_line")
    assert parse_date_line(line, today=TODAY, order="MDY") == (expected, "date_line")


def test_release_order_does_not_touch_an_unambiguous_line():
    assert parse_date_line("13.07.2026", today=TODAY, order="MDY") == ("2026-07-13", "date_line")
    assert parse_date_line("7.30.2026", today=TODAY, order="DMY") == ("2026-07-30", "date_line")
