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


def test_yearless_date_line_takes_a_year_from_the_text_else_this_year():
    assert parse_date_line("Updated: Apr 22", text_years=[2019, 2022], today=TODAY) == ("2022-04-22", "date_line_text_year")
    assert parse_date_line("Updated: Apr 22", today=TODAY) == ("2026-04-22", "date_line_current_year")


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
