"""Tests for ``pipeline.claims.date_resolution``: borrowed years, ranges that run forward,
relative words beside written dates, numeric dates and the dateparser cache."""
from __future__ import annotations

import pytest

from conftest import date_claims, date_values


def test_range_borrows_the_end_year(nlp):
    found = date_values(nlp, "The crackdown ran between 28 March and 10 April 2016.", "2016-06-01")
    assert found == {"28 March": "2016-03-28", "10 April 2016": "2016-04-10"}
    found = date_values(nlp, "From November 29 through December 3, 2018, troopers stopped 400 cars.", None)
    assert found == {"November 29": "2018-11-29", "December 3, 2018": "2018-12-03"}


def test_no_year_and_no_publication_is_null(nlp):
    assert date_claims(nlp, "He will be sentenced on 9 October.") == [("9 October", None)]


def test_relative_and_explicit_give_two_claims(nlp):
    found = date_claims(nlp, "The strategy is published today, Thursday, 7 March.", published="2024-03-07")
    assert found == [("today", "2024-03-07"), ("Thursday, 7 March", "2024-03-07")]


def test_relative_beside_full_date_without_publication(nlp):
    found = date_claims(nlp, "BOSTON, Jan. 5, 2021 - Today, the department announced charges.")
    assert found == [("Jan. 5, 2021", "2021-01-05"), ("Today", "2021-01-05")]


def test_relative_day_without_publication_is_null(nlp):
    assert date_claims(nlp, "The court heard the case today.") == [("today", None)]


def test_weekday_beside_relative_word(nlp):
    assert date_values(nlp, "Shortly after 9pm yesterday (Tuesday) officers attended.", "2024-05-15") == {
        "yesterday": "2024-05-14", "Tuesday": "2024-05-14"}


def test_lone_weekday_takes_the_full_date_on_that_weekday(nlp):
    text = "Cadets pass out Thursday\nThe new class will pass out on Thursday, May 9, 2019, at the academy."
    assert date_claims(nlp, text) == [("Thursday", "2019-05-09"), ("Thursday, May 9, 2019", "2019-05-09")]


def test_numeric_dates_follow_the_release_order(nlp):
    assert date_values(nlp, "The attack on 04/03/2022 was reported on 5 March 2022.", "2022-03-10")["04/03/2022"] == "2022-03-04"
    assert date_values(nlp, "The attack on 04/03/2022 was reported on April 5, 2022.", "2022-04-10")["04/03/2022"] == "2022-04-03"


def test_written_date_wins_beside_today(nlp):
    # published the day after the date the text gives for "today"
    assert date_values(nlp, "The report was published today, Friday, 15 December.", "2023-12-16") == {
        "today": "2023-12-15", "Friday, 15 December": "2023-12-15"}


def test_the_dateparser_cache_is_bounded(nlp, monkeypatch):
    import pipeline.claims.date_resolution as resolution_module
    monkeypatch.setattr(resolution_module, "DATEPARSER_CACHE_SIZE", 2)
    resolver = nlp.get_pipe("claims_dates").resolver
    resolver._dateparser_cache.clear()
    for raw in ("1 March 2024", "2 March 2024", "3 March 2024"):
        assert resolver._dateparse(raw, "DMY") is not None
    assert list(resolver._dateparser_cache) == [("2 March 2024", "DMY"), ("3 March 2024", "DMY")]


@pytest.mark.parametrize("text,expected", [
    ("On Oct. 16, 26 and 27, 2015, the crew dumped oil.", {"Oct. 16": "2015-10-16"}),
    ("He died in May or June 2013 in Syria.", {"May": "2013-05", "June 2013": "2013-06"}),
    ("Cash was handed over on 14 April, 27 April and 16 September 2010.",
     {"14 April": "2010-04-14", "27 April": "2010-04-27", "16 September 2010": "2010-09-16"}),
    ("Deals took place (April 14, June 9, and Sept. 16, 2010).",
     {"April 14": "2010-04-14", "June 9": "2010-06-09", "Sept. 16, 2010": "2010-09-16"}),
])
def test_year_later_in_the_phrase_is_borrowed(nlp, text, expected):
    found = date_values(nlp, text, "2016-10-21")
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,span,value", [
    # a year in a separate clause is not borrowed
    ("He was arrested on 3 June, and in 2014 he was jailed.", "3 June", "2016-06-03"),
    ("On Oct. 16, 26 people were arrested.", "Oct. 16", "2016-10-16"),
])
def test_year_is_not_borrowed_across_clauses(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, "2016-10-21")


@pytest.mark.parametrize("text,published,expected", [
    ("The strategy will put 1,400 officers on the street each weekend between Memorial Day and Labor Day.",
     "2025-05-22", {"Memorial Day": "2025-05-26", "Labor Day": "2025-09-01"}),
    ("Violence peaks in the summer between Memorial Day and Labor Day.",
     "2025-05-22", {"Memorial Day": "2025-05-26", "Labor Day": "2025-09-01"}),
    ("Officers made 40 arrests between Thanksgiving and New Year's Day.",
     "2025-03-02", {"Thanksgiving": "2024-11-28", "New Year's Day": "2025-01-01"}),
    ("Extra patrols will run every night from Good Friday to Easter Monday.",
     "2025-03-02", {"Good Friday": "2025-04-18", "Easter Monday": "2025-04-21"}),
])
def test_yearless_holidays_resolve_against_publication(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


def test_a_range_of_yearless_dates_runs_forward(nlp):
    assert date_values(nlp, "Officers arrested 40 people from December to March.", "2025-12-10") == {
        "December": "2024-12", "March": "2025-03"}
    assert date_values(nlp, "Patrols run from November through February.", "2025-05-22") == {
        "November": "2024-11", "February": "2025-02"}


@pytest.mark.parametrize("text,expected", [
    ("From June through August last year, officers seized 40 guns.",
     {"June": "2024-06", "August last year": "2024-08"}),
    ("Between March and May this year, 12 people were charged.",
     {"March": "2025-03", "May this year": "2025-05"}),
    ("From October to February last year, thefts rose.",
     {"October": "2023-10", "February last year": "2024-02"}),
])
def test_a_range_start_borrows_the_relative_year_of_its_end(nlp, text, expected):
    assert date_values(nlp, text, "2025-05-22") == expected
