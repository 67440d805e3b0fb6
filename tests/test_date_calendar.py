"""Tests for ``pipeline.claims.date_calendar``: the calendar arithmetic, directly and as the
``claims_dates`` component applies it (nearest year, relative phrases, weekdays, holidays)."""
from __future__ import annotations

import pytest

from pipeline.claims.date_calendar import parse_published

from conftest import date_claims, date_values


def test_year_from_weekday_and_publication(nlp):
    # published on a Friday; "Monday, April 4th" is the Monday before, not next year's
    assert date_values(nlp, "The plan was released on Monday, April 4th.", "2022-04-22") == {
        "Monday, April 4th": "2022-04-04"}


def test_date_without_year_goes_to_the_nearest_year(nlp):
    assert date_values(nlp, "The burglary happened on 28 December.", "2024-01-05") == {"28 December": "2023-12-28"}
    assert date_values(nlp, "He will be sentenced on 14 February.", "2024-01-05") == {"14 February": "2024-02-14"}


def test_weekday_must_agree_with_inferred_year(nlp):
    # 2 January was a Saturday in 2021 and a Sunday in 2022
    assert date_values(nlp, "The fire started on Sunday, 2 January.", "2021-12-30") == {"Sunday, 2 January": "2022-01-02"}


@pytest.mark.parametrize("phrase,value", [
    ("last year", "2023"), ("this year", "2024"), ("next year", "2025"),
    ("last month", "2024-02"), ("this month", "2024-03"),
    ("last week", "2024-W09"), ("this week", "2024-W10"),
    ("yesterday", "2024-03-06"), ("today", "2024-03-07"), ("tomorrow", "2024-03-08"),
])
def test_relative_granularity(nlp, phrase, value):
    assert date_values(nlp, f"Officers said arrests rose {phrase}.", "2024-03-07") == {phrase: value}


def test_relative_with_month_only_publication(nlp):
    assert date_values(nlp, "Shootings fell last year and this month.", "2016-08") == {
        "last year": "2015", "this month": "2016-08"}


def test_weekday_alone_past_and_future(nlp):
    # published on a Wednesday
    assert date_values(nlp, "A man was stabbed on Saturday.", "2024-05-15") == {"Saturday": "2024-05-11"}
    assert date_values(nlp, "She will appear in court on Friday.", "2024-05-15") == {"Friday": "2024-05-17"}


def test_parse_published():
    assert parse_published("2022-04") == (None, 2022, 4)


@pytest.mark.parametrize("text,span,value", [
    ("Shootings fell over the Memorial Day weekend.", "Memorial Day", "2024-05-27"),
    ("The summer plan runs until Labor Day.", "Labor Day", "2024-09-02"),
    ("The shop was burgled on Good Friday.", "Good Friday", "2024-03-29"),
])
def test_movable_holidays(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, published="2024-05-28")


@pytest.mark.parametrize("text,span,value", [
    ("He pleaded guilty to the charge last February.", "last February", "2017-02"),
    ("Last January, detectives launched an appeal.", "Last January", "2017-01"),
    ("The unit was set up last December.", "last December", "2017-12"),
    ("The scheme will be extended next March.", "next March", "2018-03"),
])
def test_last_month_name_is_before_publication(nlp, text, span, value):
    assert date_values(nlp, text, "2018-01-11") == {span: value}


def test_last_month_name_same_month_is_a_year_earlier(nlp):
    assert date_values(nlp, "She was jailed last June.", "2018-06-20") == {"last June": "2017-06"}


@pytest.mark.parametrize("text,published,span,value", [
    ("Three people were shot last weekend.", "2025-05-22", "last weekend", "2025-W20"),
    ("Three people were shot last weekend.", "2025-05-25", "last weekend", "2025-W20"),
    ("Patrols will be stepped up this weekend.", "2025-05-22", "this weekend", "2025-W21"),
    ("The festival takes place next weekend.", "2024-12-30", "next weekend", "2025-W02"),
    ("Officers responded to 12 calls this past weekend.", "2024-06-03", "this past weekend", "2024-W22"),
])
def test_relative_weekends_are_iso_weeks(nlp, text, published, span, value):
    assert (span, value) in date_claims(nlp, text, published)
