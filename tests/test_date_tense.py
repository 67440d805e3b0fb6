"""Tests for ``pipeline.claims.date_tense``: which way the clause governing a date without a
year points (future cues, scheduling phrases, the past tense, recurring markers)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc

from conftest import date_claims, date_values


def test_recurring_month_is_unresolved(nlp):
    assert date_values(nlp, "Checks are carried out every year in November.", "2018-06-14") == {"November": None}


def test_month_without_year_is_in_the_past_unless_future(nlp):
    assert date_values(nlp, "Thefts have risen since February.", "2019-11-20") == {"February": "2019-02"}
    assert date_values(nlp, "The new unit will launch in February.", "2019-11-20") == {"February": "2020-02"}


def test_past_tense_places_a_holiday_before_publication(nlp):
    assert date_values(nlp, "The crash happened in the early hours of New Year's Day.", "2023-11-14") == {
        "New Year's Day": "2023-01-01"}


def test_bail_until_a_date_after_publication(nlp):
    found = date_values(nlp, "He was arrested on 5 October and released on bail until 2 January.", "2023-11-14")
    assert found == {"5 October": "2023-10-05", "2 January": "2024-01-02"}


@pytest.mark.parametrize("text,published,expected", [
    ("Since Jan. 1, officers have made 412 arrests.", "2026-11-16", {"Jan. 1": "2026-01-01"}),  # present perfect
    ("Since 3 December, 40 people have been charged.", "2026-11-30", {"3 December": "2025-12-03"}),
    ("Patrols will run from Nov. 27 through Jan. 3.", "2026-11-16", {"Nov. 27": "2026-11-27", "Jan. 3": "2027-01-03"}),
])
def test_since_points_behind_publication_whatever_the_tense(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected


def test_last_weekday_is_behind_publication_even_in_a_future_clause(nlp):
    text = "The funding, approved by the panel last Thursday, will pay for 40 officers."
    assert date_values(nlp, text, "2026-03-10") == {"last Thursday": "2026-03-05"}


def test_recurring_weekday_is_unresolved(nlp):
    assert date_values(nlp, "Drop-in surgeries are held every Monday.", "2023-11-14") == {"Monday": None}


def test_intention_points_to_the_future(nlp):
    assert date_values(nlp, "The force intends to open the new station by the end of June.", "2024-03-03") == {
        "June": "2024-06"}


def test_a_forecast_points_to_the_future(nlp):
    text = "With highs forecast to reach 40C through Saturday, officers are checking on elderly residents."
    assert date_values(nlp, text, "2024-08-14") == {"Saturday": "2024-08-17"}
    assert date_values(nlp, "Temperatures reached 40C on Saturday.", "2024-08-14") == {"Saturday": "2024-08-10"}


@pytest.mark.parametrize("text,span,value", [
    ("He pleaded guilty last month. Sentencing is set for Aug. 15.", "Aug. 15", "2024-08-15"),
    ("Smith admitted the offence and sentencing has been set for 8 August.", "8 August", "2024-08-08"),
    ("She was charged and her trial was set for June 27 at Leeds Crown Court.", "June 27", "2024-06-27"),
    ("The case was listed for trial on 14 June.", "14 June", "2024-06-14"),
])
def test_set_for_points_to_the_future(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, "2024-04-12")


def test_set_for_only_touches_the_date_it_governs(nlp):
    found = date_values(nlp, "He was arrested on 3 March and his trial was set for 9 August.", "2024-04-12")
    assert found == {"3 March": "2024-03-03", "9 August": "2024-08-09"}
    # without a scheduling phrase a past-tense date stays in the past
    assert date_values(nlp, "The car was set alight on 9 August.", "2024-04-12") == {"9 August": "2023-08-09"}


@pytest.mark.parametrize("text,published,span,value", [
    ("A co-defendant pleaded guilty in February and is scheduled to be sentenced on July 22, 2025.",
     "2025-05-13", "February", "2025-02"),
    ("Smith was arrested in March and will be sentenced in August.", "2025-05-22", "March", "2025-03"),
    ("Smith was arrested in March and will be sentenced in August.", "2025-05-22", "August", "2025-08"),
    ("The burglary occurred on 2 November, and the trial is due to start next spring.",
     "2024-02-01", "2 November", "2023-11-02"),
    ("The scheme, which will run until the end of the year, was launched in January.",
     "2024-03-10", "January", "2024-01"),
    ("He will be arrested and charged in June, officers said.", "2024-03-10", "June", "2024-06"),
    ("Jones was convicted in January and is due to be sentenced next month.", "2024-06-10", "January", "2024-01"),
    ("The station, which closed in December, will reopen in March.", "2024-11-10", "March", "2025-03"),
])
def test_a_future_cue_points_only_its_own_clause_forward(nlp, text, published, span, value):
    assert (span, value) in date_claims(nlp, text, published)


def test_a_future_cue_in_another_clause_leaves_a_weekday_in_the_past(nlp):
    text = "The victim was attacked on Saturday and the suspect will appear in court next month."
    assert ("Saturday", "2024-08-10") in date_claims(nlp, text, "2024-08-14")


def test_a_yearly_recurrence_still_leaves_holidays_null(nlp):
    assert date_values(nlp, "Every year between Memorial Day and Labor Day, officers patrol the beaches.",
                       "2025-05-22") == {"Memorial Day": None, "Labor Day": None}
    assert date_values(nlp, "Officers patrol each weekend in June.", "2025-05-22") == {"June": "2025-06"}
    assert date_values(nlp, "Surgeries are held each week on Tuesday.", "2025-05-22") == {"Tuesday": None}


def test_a_verb_without_its_own_tense_takes_the_tense_of_its_clause(nlp):
    text = "Williams agreed that he will receive 20 years in prison when sentenced on December 20."
    assert date_values(nlp, text, "2017-08-16") == {"December 20": "2017-12-20"}


@pytest.mark.parametrize("text,value", [
    ("The 10 deaths we saw in San Antonio this weekend were a tragedy.", "2017-W29"),
    ("Officers have made 12 arrests this weekend.", "2017-W29"),
    ("Officers will make more arrests this weekend.", "2017-W30"),
])
def test_this_weekend_told_in_the_past_is_the_weekend_just_gone(nlp, text, value):
    assert ("this weekend", value) in date_claims(nlp, text, "2017-07-25")


@pytest.mark.parametrize("text,published,span,value", [
    ("Sentencing for Murad is on Sept. 19 and Najor is scheduled to be sentenced on Nov. 17.",
     "2015-05-27", "Sept. 19", "2015-09-19"),
    ("Restitution will be ordered, and the court will determine the final amounts on June 28.",
     "2016-04-06", "June 28", "2016-06-28"),
])
def test_a_future_cue_elsewhere_still_counts_when_the_date_is_not_told_in_the_past(nlp, text, published, span, value):
    assert (span, value) in date_claims(nlp, text, published)


def test_a_present_perfect_clause_keeps_the_future_cue_of_its_sentence(nlp):
    text = ("The department plans to hire 200 officers by the end of 2025 and has cancelled days off "
            "for officers on the weekends of July 4 and Thanksgiving.")
    assert date_values(nlp, text, "2025-05-22") == {"2025": "2025", "July 4": "2025-07-04", "Thanksgiving": "2025-11-27"}


@pytest.mark.parametrize("text, expected", [
    ("Every officer will be required to review footage by the end of March.", [("March", "2026-03")]),
    ("Groups, which review footage every month, will hold their next meeting on Tuesday 10 February.",
     [("Tuesday 10 February", "2026-02-10")]),
    ("The fair is held every year in November.", [("November", None)]),
    ("Patrols run every Monday.", [("Monday", None)]),
])
def test_only_a_yearly_marker_makes_a_month_or_day_recurring(nlp, text, expected):
    doc = nlp(make_doc(nlp, text, published="2026-01-28"))
    assert [(doc.text[c["start"]:c["end"]], c.get("date_value")) for c in claims_of(doc, "date")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Recruitment for the unit opens Monday.", "2026-03-16"),  # a timetable in the present: the next Monday
    ("He appears in court Friday.", "2026-03-13"),
    ("He was arrested Monday.", "2026-03-09"),  # told in the past: the Monday before
])
def test_a_weekday_in_a_present_tense_timetable_is_ahead(nlp, text, expected):
    assert [value for _, value in date_claims(nlp, text, published="2026-03-12")] == [expected]


@pytest.mark.parametrize("text, value", [
    ("Mr Dunleavy said his office would publish quarterly updates on recruitment, starting in June.", "2026-06"),
    ("Smith told police he would return the car in June.", "2025-06"),   # a person's word in a case: the past
])
def test_a_reported_will_points_its_month_ahead(nlp, text, value):
    assert list(date_values(nlp, text, "2026-03-10").values()) == [value]


@pytest.mark.parametrize("text, expected", [
    ("Under the plan, the department will:\n\n- hire 120 civilian investigators;\n"
     "- give officers a 6.5% pay increase from January;\n- open a new precinct in March.",
     {"January": "2027-01", "March": "2027-03"}),
    ("By 2028 the force aims to:\n\n• open two stations, the first in February;", {"2028": "2028", "February": "2027-02"}),
    # a header told in the past leaves its items in the past
    ("Between June and August, deputies:\n\n- seized 40 guns in March;\n- made 12 arrests in May.",
     {"June": "2026-06", "August": "2026-08", "March": "2026-03", "May": "2026-05"}),
])
def test_items_under_a_header_that_promises_point_ahead(nlp, text, expected):
    assert date_values(nlp, text, "2026-10-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("He was remanded in custody to reappear on 14 August.", {"14 August": "2026-08-14"}),
    ("She was bailed until 2 July.", {"2 July": "2026-07-02"}),
])
def test_a_next_court_date_points_ahead_in_a_past_sentence(nlp, text, expected):
    assert date_values(nlp, text, "2026-06-08") == expected


@pytest.mark.parametrize("text, expected", [
    ("Seven of them have been remanded in custody to appear at Melbourne Magistrates' Court on 2 December.",
     {"2 December": "2026-12-02"}),                                   # present perfect, venue between
    ("He was charged and bailed to appear at Leeds Magistrates’ Court on 2 December.", {"2 December": "2026-12-02"}),
    ("Both men were remanded to appear in the Supreme Court of Victoria on 2 December.", {"2 December": "2026-12-02"}),
    ("She was due to appear before magistrates in Bristol on 2 December.", {"2 December": "2026-12-02"}),
    ("He was released and will next appear in court in December.", {"December": "2026-12"}),
    ("The pair were summonsed to appear in district court on December 2.", {"December 2": "2026-12-02"}),
    ("He was refused bail and is to reappear at the same court on 2 December.", {"2 December": "2026-12-02"}),
    ("They were remanded in custody to appear at a preliminary hearing on 2 December.", {"2 December": "2026-12-02"}),
])
def test_a_court_appearance_to_come_points_ahead_whatever_the_tense(nlp, text, expected):
    assert date_values(nlp, text, "2026-09-13") == expected


@pytest.mark.parametrize("text, expected", [
    ("He appeared at Melbourne Magistrates' Court on 2 December.", {"2 December": "2025-12-02"}),
    ("He failed to appear at court on 2 December and a warrant was issued.", {"2 December": "2025-12-02"}),
    ("He was arrested after failing to appear before magistrates on 2 December.", {"2 December": "2025-12-02"}),
    ("He refused to appear on 2 December.", {"2 December": "2025-12-02"}),
    ("Officers found him to appear at ease when stopped on 2 December.", {"2 December": "2025-12-02"}),  # no court
])
def test_a_past_or_missed_court_appearance_stays_behind(nlp, text, expected):
    assert date_values(nlp, text, "2026-09-13") == expected


def test_only_the_next_court_date_of_a_sentence_points_ahead(nlp):
    text = ("He appeared at Leeds Magistrates' Court on 1 December and was remanded in custody to appear "
            "at Leeds Crown Court on 29 December.")
    assert date_values(nlp, text, "2026-12-05") == {"1 December": "2026-12-01", "29 December": "2026-12-29"}


def test_a_court_date_just_gone_stays_in_the_publication_year(nlp):
    # published a week after the hearing: the nearest year, not the next one
    text = "He was remanded in custody to appear at Leeds Crown Court on 2 December."
    assert date_values(nlp, text, "2026-12-09") == {"2 December": "2026-12-02"}


def test_a_court_weekday_to_come_is_the_next_one(nlp):
    text = "He was charged on Monday and bailed to appear at Bromley Magistrates' Court on Thursday."
    # published on Wednesday 16 September 2026: charged on the Monday before, in court the day after
    assert date_values(nlp, text, "2026-09-16") == {"Monday": "2026-09-14", "Thursday": "2026-09-17"}


@pytest.mark.parametrize("text, expected", [
    ("He was remanded in custody to appear at Melbourne Magistrates' Court on 2 December.", True),
    ("He will appear at Highbury Corner Magistrates' Court on 2 December.", True),
    ("They were bailed to reappear on 2 December.", True),
    ("He is due to appear in the Ontario Court of Justice in Toronto on 2 December.", True),
    ("He appeared at court on 2 December.", False),
    ("He failed to appear at court on 2 December.", False),
    ("He will appear at court on 1 December, having been arrested on 2 December.", False),  # the arrest date
])
def test_court_date(text, expected):
    from pipeline.claims.date_tense import DateTense

    assert DateTense().court_date(text, text.rindex("2 December")) is expected


@pytest.mark.parametrize("text, published, expected", [
    # "every" counting a noun leaves the weekday one day
    ('"Every stolen bike ends up on a resale site," the inspector said on Thursday.', "2026-05-10",
     {"Thursday": "2026-05-07"}),
    ("Every household on the estate received a leaflet on Monday.", "2026-05-10", {"Monday": "2026-05-04"}),
    # "every" before a weekday or a period of the week makes it recurring
    ("Volunteers patrol the park every second Saturday.", "2026-05-10", {"Saturday": None}),
    ("The desk is staffed every night except Sunday.", "2026-05-10", {"Sunday": None}),
    ("Surgeries are held every Tuesday and Thursday.", "2026-05-10", {"Tuesday": None, "Thursday": None}),
])
def test_every_before_a_noun_does_not_make_a_weekday_recurring(nlp, text, published, expected):
    assert date_values(nlp, text, published) == expected
