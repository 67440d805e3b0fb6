"""Tests for ``pipeline.claims.dates`` (the ``claims_dates`` component)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.claims.dates import DateClaims, parse_published
from pipeline.nlp import make_doc
from pipeline.normalise import normalise


def dates(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return [(doc.text[c["start"]:c["end"]], c.get("date_value")) for c in claims_of(doc, "date")]


def values(nlp, text, published=None):
    return dict(dates(nlp, text, published))


# ---------------------------------------------------------------- explicit dates
@pytest.mark.parametrize("text,span,value", [
    ("The operation ran on Tuesday, 7 March 2023 across the borough.", "Tuesday, 7 March 2023", "2023-03-07"),
    ("Officers were called at 2am on 3rd June 2021.", "3rd June 2021", "2021-06-03"),
    ("The suspect was arrested on January 22, 2019 in Ohio.", "January 22, 2019", "2019-01-22"),
    ("DENVER, Feb. 9, 2020 - Deputies responded to a call.", "Feb. 9, 2020", "2020-02-09"),
    ("Published 4th Nov 2022\nA man has been charged.", "4th Nov 2022", "2022-11-04"),
    ("The scheme began in September 2019 in Leeds.", "September 2019", "2019-09"),
    ("Figures have been recorded since April 2020.", "April 2020", "2020-04"),
])
def test_explicit_dates(nlp, text, span, value):
    assert (span, value) in dates(nlp, text, published="2024-01-10")


def test_weekday_is_part_of_the_span(nlp):
    found = dates(nlp, "The victim was found on Sunday 12 May 2024.", published="2024-05-13")
    assert found == [("Sunday 12 May 2024", "2024-05-12")]


def test_clock_time_is_not_part_of_a_date(nlp):
    found = dates(nlp, "Jun 3, 2019 07:15 BST\nPolice made arrests.", published="2019-06-03")
    assert found == [("Jun 3, 2019", "2019-06-03")]


# ------------------------------------------------------------------ year inference
def test_year_from_weekday_and_publication(nlp):
    # published on a Friday; "Monday, April 4th" is the Monday before, not next year's
    assert values(nlp, "The plan was released on Monday, April 4th.", "2022-04-22") == {
        "Monday, April 4th": "2022-04-04"}


def test_date_without_year_goes_to_the_nearest_year(nlp):
    assert values(nlp, "The burglary happened on 28 December.", "2024-01-05") == {"28 December": "2023-12-28"}
    assert values(nlp, "He will be sentenced on 14 February.", "2024-01-05") == {"14 February": "2024-02-14"}


def test_weekday_must_agree_with_inferred_year(nlp):
    # 2 January was a Saturday in 2021 and a Sunday in 2022
    assert values(nlp, "The fire started on Sunday, 2 January.", "2021-12-30") == {"Sunday, 2 January": "2022-01-02"}


def test_range_borrows_the_end_year(nlp):
    found = values(nlp, "The crackdown ran between 28 March and 10 April 2016.", "2016-06-01")
    assert found == {"28 March": "2016-03-28", "10 April 2016": "2016-04-10"}
    found = values(nlp, "From November 29 through December 3, 2018, troopers stopped 400 cars.", None)
    assert found == {"November 29": "2018-11-29", "December 3, 2018": "2018-12-03"}


def test_day_range_is_a_month(nlp):
    assert values(nlp, "It took place from 4-10 March.", "2024-03-15") == {"4-10 March": "2024-03"}


def test_no_year_and_no_publication_is_null(nlp):
    assert dates(nlp, "He will be sentenced on 9 October.") == [("9 October", None)]


# -------------------------------------------------------------------- relative words
def test_relative_and_explicit_give_two_claims(nlp):
    found = dates(nlp, "The strategy is published today, Thursday, 7 March.", published="2024-03-07")
    assert found == [("today", "2024-03-07"), ("Thursday, 7 March", "2024-03-07")]


def test_relative_beside_full_date_without_publication(nlp):
    found = dates(nlp, "BOSTON, Jan. 5, 2021 - Today, the department announced charges.")
    assert found == [("Jan. 5, 2021", "2021-01-05"), ("Today", "2021-01-05")]


@pytest.mark.parametrize("phrase,value", [
    ("last year", "2023"), ("this year", "2024"), ("next year", "2025"),
    ("last month", "2024-02"), ("this month", "2024-03"),
    ("last week", "2024-W09"), ("this week", "2024-W10"),
    ("yesterday", "2024-03-06"), ("today", "2024-03-07"), ("tomorrow", "2024-03-08"),
])
def test_relative_granularity(nlp, phrase, value):
    assert values(nlp, f"Officers said arrests rose {phrase}.", "2024-03-07") == {phrase: value}


def test_relative_with_month_only_publication(nlp):
    assert values(nlp, "Shootings fell last year and this month.", "2016-08") == {
        "last year": "2015", "this month": "2016-08"}


def test_relative_day_without_publication_is_null(nlp):
    assert dates(nlp, "The court heard the case today.") == [("today", None)]


def test_month_with_relative_year(nlp):
    assert values(nlp, "Reports peaked in December last year.", "2024-03-07") == {"December last year": "2023-12"}


def test_year_to_date(nlp):
    assert values(nlp, "There were 12 fewer stabbings year-to-date.", "2019-10-02") == {"year-to-date": "2019"}


def test_for_the_month_of(nlp):
    assert values(nlp, "Burglaries fell for the month of May.", "2021-06-03") == {"for the month of May": "2021-05"}


def test_weekday_alone_past_and_future(nlp):
    # published on a Wednesday
    assert values(nlp, "A man was stabbed on Saturday.", "2024-05-15") == {"Saturday": "2024-05-11"}
    assert values(nlp, "She will appear in court on Friday.", "2024-05-15") == {"Friday": "2024-05-17"}


def test_weekday_beside_relative_word(nlp):
    assert values(nlp, "Shortly after 9pm yesterday (Tuesday) officers attended.", "2024-05-15") == {
        "yesterday": "2024-05-14", "Tuesday": "2024-05-14"}


def test_lone_weekday_takes_the_full_date_on_that_weekday(nlp):
    text = "Cadets pass out Thursday\nThe new class will pass out on Thursday, May 9, 2019, at the academy."
    assert dates(nlp, text) == [("Thursday", "2019-05-09"), ("Thursday, May 9, 2019", "2019-05-09")]


# ------------------------------------------------------------------------- years
def test_bare_years(nlp):
    found = values(nlp, "From 2015 to 2018 the gang sold drugs. In 2019 Police arrested him; in late 2020 he fled.",
                   "2023-01-01")
    assert found == {"2015": "2015", "2018": "2018", "2019": "2019", "late 2020": "2020"}


def test_anchored_period_gives_the_year(nlp):
    assert values(nlp, "Charges rose in the first six months of 2022.", "2023-01-01") == {"2022": "2022"}


def test_year_spans_and_financial_years_are_null(nlp):
    found = values(nlp, "Knife crime fell in 2010-2011 and again in the last financial year.", "2023-01-01")
    assert found == {"2010-2011": None, "the last financial year": None}


# ------------------------------------------------------------------- not dates
@pytest.mark.parametrize("text", [
    "He was charged under the Firearms Act 1968.",
    "The force published its 2022-23 Annual Report.",
    "Arrests have risen in recent months and will continue over the coming weeks.",
    "He was jailed for three months and banned for six years.",
    "Officers were called at 11.45pm to reports of a fight.",
    "Call 101 quoting reference 2019 or Crimestoppers on 0800 555 111.",
    "In 2000 cases officers made an arrest.",
    "The force may march on, and this is the best of any July on record.",
    "Shoppers were warned ahead of Black Friday.",
    "Burglaries rose over the last year.",
])
def test_not_dates(nlp, text):
    assert dates(nlp, text, published="2024-03-07") == []


def test_recurring_month_is_unresolved(nlp):
    assert values(nlp, "Checks are carried out every year in November.", "2018-06-14") == {"November": None}


def test_holiday(nlp):
    assert values(nlp, "Incidents doubled on Christmas Day.", "2024-01-10") == {"Christmas Day": "2023-12-25"}


def test_numeric_dates_follow_the_release_order(nlp):
    assert values(nlp, "The attack on 04/03/2022 was reported on 5 March 2022.", "2022-03-10")["04/03/2022"] == "2022-03-04"
    assert values(nlp, "The attack on 04/03/2022 was reported on April 5, 2022.", "2022-04-10")["04/03/2022"] == "2022-04-03"


def test_parse_published():
    assert parse_published("2022-04") == (None, 2022, 4)


def test_component_is_configurable(nlp):
    assert isinstance(nlp.get_pipe("claims_dates"), DateClaims)
    assert nlp.pipe_names.index("claims_dates") < nlp.pipe_names.index("claims_quantities")


# --------------------------------------------------------------------- seeds
def test_seed_000(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    found = dates(nlp, text, published="2023-12-15")
    assert ("today", "2023-12-15") in found
    assert ("Friday, 15 December", "2023-12-15") in found
    assert ("last year", "2022") in found


def test_seed_003(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "003_045f0130e513505c.txt").read_text(encoding="utf-8"))
    assert ("Monday, April 4th", "2022-04-04") in dates(nlp, text, published="2022-04-22")


def test_month_of_this_year(nlp):
    assert values(nlp, "Since January of this year, 40 people have been charged.", "2017-10-03") == {
        "January of this year": "2017-01"}


def test_month_without_year_is_in_the_past_unless_future(nlp):
    assert values(nlp, "Thefts have risen since February.", "2019-11-20") == {"February": "2019-02"}
    assert values(nlp, "The new unit will launch in February.", "2019-11-20") == {"February": "2020-02"}


def test_single_fiscal_year_is_null(nlp):
    assert values(nlp, "The unit recovered $4 million in fiscal year 2012.", "2012-12-01") == {"fiscal year 2012": None}


def test_year_after_act_of_is_a_name(nlp):
    assert dates(nlp, "He was charged under the Violent Crime Control Act of 1994.", "2015-01-01") == []


def test_us_day_range_is_a_month(nlp):
    assert values(nlp, "Troopers ran checkpoints on March 2-4, 2017 across the state.", "2017-03-21") == {
        "March 2-4, 2017": "2017-03"}


def test_context_does_not_cross_sentences(nlp):
    assert dates(nlp, "The rally ended in Leeds. March organisers thanked officers.", "2024-05-01") == []


def test_written_date_wins_beside_today(nlp):
    # published the day after the date the text gives for "today"
    assert values(nlp, "The report was published today, Friday, 15 December.", "2023-12-16") == {
        "today": "2023-12-15", "Friday, 15 December": "2023-12-15"}


def test_past_tense_places_a_holiday_before_publication(nlp):
    assert values(nlp, "The crash happened in the early hours of New Year's Day.", "2023-11-14") == {
        "New Year's Day": "2023-01-01"}


def test_bail_until_a_date_after_publication(nlp):
    found = values(nlp, "He was arrested on 5 October and released on bail until 2 January.", "2023-11-14")
    assert found == {"5 October": "2023-10-05", "2 January": "2024-01-02"}


def test_recurring_weekday_is_unresolved(nlp):
    assert values(nlp, "Drop-in surgeries are held every Monday.", "2023-11-14") == {"Monday": None}


def test_year_before_a_subject_noun(nlp):
    assert values(nlp, "In 2018 deputies recovered 312 stolen vehicles.", "2019-06-11") == {"2018": "2018"}


@pytest.mark.parametrize("text,span,value", [
    ("Shootings fell over the Memorial Day weekend.", "Memorial Day", "2024-05-27"),
    ("The summer plan runs until Labor Day.", "Labor Day", "2024-09-02"),
    ("The shop was burgled on Good Friday.", "Good Friday", "2024-03-29"),
])
def test_movable_holidays(nlp, text, span, value):
    assert (span, value) in dates(nlp, text, published="2024-05-28")


def test_intention_points_to_the_future(nlp):
    assert values(nlp, "The force intends to open the new station by the end of June.", "2024-03-03") == {
        "June": "2024-06"}


def test_bare_may_after_in(nlp):
    assert values(nlp, "Two men were arrested in May after a tractor was stolen.", "2024-07-09") == {"May": "2024-05"}


def test_weekday_date_without_year_or_publication_takes_the_latest_matching_year(nlp):
    # the same policy as pipeline.metadata for year-less date lines; "today" beside it sets the
    # reference for the other relative words
    doc = nlp(make_doc(nlp, "The plan is launched today, Friday, 15 December. Charges rose compared with last year."))
    dc = DateClaims(today=__import__("datetime").date(2026, 11, 21))
    doc.user_data.clear()
    dc(doc)
    found = [(doc.text[c["start"]:c["end"]], c.get("date_value")) for c in claims_of(doc, "date")]
    assert found == [("today", "2023-12-15"), ("Friday, 15 December", "2023-12-15"), ("last year", "2022")]


def test_a_forecast_points_to_the_future(nlp):
    text = "With highs forecast to reach 40C through Saturday, officers are checking on elderly residents."
    assert values(nlp, text, "2024-08-14") == {"Saturday": "2024-08-17"}
    assert values(nlp, "Temperatures reached 40C on Saturday.", "2024-08-14") == {"Saturday": "2024-08-10"}


def test_the_dateparser_cache_is_bounded(nlp, monkeypatch):
    import pipeline.claims.dates as dates_module
    monkeypatch.setattr(dates_module, "DATEPARSER_CACHE_SIZE", 2)
    component = nlp.get_pipe("claims_dates")
    component._dateparser_cache.clear()
    for raw in ("1 March 2024", "2 March 2024", "3 March 2024"):
        assert component._dateparse(raw, "DMY") is not None
    assert list(component._dateparser_cache) == [("2 March 2024", "DMY"), ("3 March 2024", "DMY")]


# ------------------------------------------------------- audit fixes (bulk DOJ releases)
@pytest.mark.parametrize("text,span", [
    ("In FY 2019, the unit seized 40 firearms.", "FY 2019"),
    ("Grants awarded in FY2021 rose by a third.", "FY2021"),
    ("Drug seizures doubled between FY 2014-15 and the year before.", "FY 2014-15"),
    ("Recoveries reached $3m in fiscal year (FY) 2016 overall.", "fiscal year (FY) 2016"),
])
def test_fy_is_a_financial_year(nlp, text, span):
    assert values(nlp, text, "2022-03-01") == {span: None}


@pytest.mark.parametrize("text", [
    "The force's FY 2023 Budget Statement sets out its priorities.",   # a name, as with "the 2019 Annual Report"
    "The stolen van, registration FY19 KXP, was recovered.",
])
def test_fy_not_a_date(nlp, text):
    assert dates(nlp, text, "2024-03-01") == []


@pytest.mark.parametrize("text,span,value", [
    ("The defendant was convicted onMarch 14, 2016, of fraud.", "March 14, 2016", "2016-03-14"),
    ("Officers attended the address inJune 2021 after a call.", "June 2021", "2021-06"),
    ("He pleaded guilty on Dec.3, 2019, to two counts.", "Dec.3, 2019", "2019-12-03"),
    ("The attacks of Sept.11, 2001 changed policing.", "Sept.11, 2001", "2001-09-11"),
    ("The burglary was reported on Feb.9 by a neighbour.", "Feb.9", "2024-02-09"),
])
def test_glued_month_and_day(nlp, text, span, value):
    assert (span, value) in dates(nlp, text, "2024-03-07")


@pytest.mark.parametrize("text", [
    "The Mayor 12 times praised the neighbourhood team.",
    "Marching 20 abreast, protesters reached Junction 4 of the M25.",
    "Officers seized 3 kg of cannabis at No.6 Mill Lane.",
])
def test_glued_rules_leave_non_dates_alone(nlp, text):
    assert dates(nlp, text, "2024-03-07") == []


@pytest.mark.parametrize("text,span,value", [
    ("He pleaded guilty last month. Sentencing is set for Aug. 15.", "Aug. 15", "2024-08-15"),
    ("Smith admitted the offence and sentencing has been set for 8 August.", "8 August", "2024-08-08"),
    ("She was charged and her trial was set for June 27 at Leeds Crown Court.", "June 27", "2024-06-27"),
    ("The case was listed for trial on 14 June.", "14 June", "2024-06-14"),
])
def test_set_for_points_to_the_future(nlp, text, span, value):
    assert (span, value) in dates(nlp, text, "2024-04-12")


def test_set_for_only_touches_the_date_it_governs(nlp):
    found = values(nlp, "He was arrested on 3 March and his trial was set for 9 August.", "2024-04-12")
    assert found == {"3 March": "2024-03-03", "9 August": "2024-08-09"}
    # without a scheduling phrase a past-tense date stays in the past
    assert values(nlp, "The car was set alight on 9 August.", "2024-04-12") == {"9 August": "2023-08-09"}


@pytest.mark.parametrize("text,span,value", [
    ("He pleaded guilty to the charge last February.", "last February", "2017-02"),
    ("Last January, detectives launched an appeal.", "Last January", "2017-01"),
    ("The unit was set up last December.", "last December", "2017-12"),
    ("The scheme will be extended next March.", "next March", "2018-03"),
])
def test_last_month_name_is_before_publication(nlp, text, span, value):
    assert values(nlp, text, "2018-01-11") == {span: value}


def test_last_month_name_same_month_is_a_year_earlier(nlp):
    assert values(nlp, "She was jailed last June.", "2018-06-20") == {"last June": "2017-06"}


@pytest.mark.parametrize("text", [
    "Crime fell over the last May Day weekend.",
    "It was the last March of the season.",
])
def test_last_after_a_determiner_is_not_a_pointer(nlp, text):
    assert all(span.lower().split()[0] != "last" for span, _ in dates(nlp, text, "2018-01-11"))


def test_last_month_with_day_keeps_the_full_date(nlp):
    assert ("May 5, 2016", "2016-05-05") in dates(nlp, "He was seen last May 5, 2016 in Leeds.", "2018-01-11")


@pytest.mark.parametrize("text,expected", [
    ("On Oct. 16, 26 and 27, 2015, the crew dumped oil.", {"Oct. 16": "2015-10-16"}),
    ("He died in May or June 2013 in Syria.", {"May": "2013-05", "June 2013": "2013-06"}),
    ("Cash was handed over on 14 April, 27 April and 16 September 2010.",
     {"14 April": "2010-04-14", "27 April": "2010-04-27", "16 September 2010": "2010-09-16"}),
    ("Deals took place (April 14, June 9, and Sept. 16, 2010).",
     {"April 14": "2010-04-14", "June 9": "2010-06-09", "Sept. 16, 2010": "2010-09-16"}),
])
def test_year_later_in_the_phrase_is_borrowed(nlp, text, expected):
    found = values(nlp, text, "2016-10-21")
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,span,value", [
    # a year in a separate clause is not borrowed
    ("He was arrested on 3 June, and in 2014 he was jailed.", "3 June", "2016-06-03"),
    ("On Oct. 16, 26 people were arrested.", "Oct. 16", "2016-10-16"),
])
def test_year_is_not_borrowed_across_clauses(nlp, text, span, value):
    assert (span, value) in dates(nlp, text, "2016-10-21")


# ------------------------------------------------------------- a year modifying a noun
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
    assert (span, value) in dates(nlp, text, "2020-05-04")
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
    assert values(nlp, text, "2020-05-04") == expected


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
    assert not any(v and v[:2] in ("19", "20") and len(v) == 4 for _, v in dates(nlp, text, "2020-05-04"))


# ------------------------------------------------------------------ glued and fiscal forms
@pytest.mark.parametrize("text,span,value", [
    ("The loans were approved between Jan. 4, 2011, and March31, 2015.", "March31, 2015", "2015-03-31"),
    ("The warrant was executed onJuly8, 2009, at the address.", "July8, 2009", "2009-07-08"),
    ("The dogs were seized onJune1 from a yard.", "June1", "2016-06-01"),
    ("He stole the money from April2008 to February2009.", "April2008", "2008-04"),
    ("She worked there since September1995 as a clerk.", "September1995", "1995-09"),
])
def test_month_glued_to_its_day_or_year(nlp, text, span, value):
    assert (span, value) in dates(nlp, text, "2016-10-21")


@pytest.mark.parametrize("text,span", [
    ("Arrests rose sharply in FY17 across the region.", "FY17"),
    ("The unit's FY 18 budget was cut.", "FY 18"),
    ("Seizures doubled in FY17-18 compared with the year before.", "FY17-18"),
    ("Grants awarded in FY2017-18 rose by a tenth.", "FY2017-18"),
    ("The company's fiscal 2009 revenues were $4 billion.", "fiscal 2009"),
    ("He signed a false Fiscal Year 2003 Executive Branch disclosure form.", "Fiscal Year 2003"),
])
def test_short_and_glued_fiscal_years_are_null(nlp, text, span):
    assert (span, None) in dates(nlp, text, "2019-03-01")


# ------------------------------------------------------------------------- September 11
@pytest.mark.parametrize("text,span", [
    ("He helped plan the September 11 attacks from Hamburg.", "September 11"),
    ("Security tightened after the Sept. 11 terrorist attacks.", "Sept. 11"),
    ("Thousands died in the attacks of September 11th.", "September 11th"),
    ("Since 9/11, the unit has disrupted dozens of plots.", "9/11"),
    ("He said he was inspired by the 9/11 hijackers.", "9/11"),
])
def test_september_11_attacks_are_2001(nlp, text, span):
    assert (span, "2001-09-11") in dates(nlp, text, "2016-10-21")
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Claims to the September 11th Victim Compensation Fund rose.",   # a name
    "The 9/11 Commission made 41 recommendations.",
    "The post-9/11 GI Bill pays tuition.",
])
def test_september_11_in_a_name_is_not_a_date(nlp, text):
    assert dates(nlp, text, "2016-10-21") == []


def test_september_11_without_the_event_is_an_ordinary_date(nlp):
    assert values(nlp, "He was arrested on September 11 at his home.", "2016-10-21") == {
        "September 11": "2016-09-11"}
    assert values(nlp, "On 11 September the attack began at dawn.", "2016-10-21") == {
        "11 September": "2016-09-11"}


# ------------------------------------------------ future cues govern their own clause
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
    assert (span, value) in dates(nlp, text, published)


def test_a_future_cue_in_another_clause_leaves_a_weekday_in_the_past(nlp):
    text = "The victim was attacked on Saturday and the suspect will appear in court next month."
    assert ("Saturday", "2024-08-10") in dates(nlp, text, "2024-08-14")


# ---------------------------------------------------------------- yearless holidays
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
    assert values(nlp, text, published) == expected


def test_a_range_of_yearless_dates_runs_forward(nlp):
    assert values(nlp, "Officers arrested 40 people from December to March.", "2025-12-10") == {
        "December": "2024-12", "March": "2025-03"}
    assert values(nlp, "Patrols run from November through February.", "2025-05-22") == {
        "November": "2024-11", "February": "2025-02"}


def test_a_yearly_recurrence_still_leaves_holidays_null(nlp):
    assert values(nlp, "Every year between Memorial Day and Labor Day, officers patrol the beaches.",
                  "2025-05-22") == {"Memorial Day": None, "Labor Day": None}
    assert values(nlp, "Officers patrol each weekend in June.", "2025-05-22") == {"June": "2025-06"}
    assert values(nlp, "Surgeries are held each week on Tuesday.", "2025-05-22") == {"Tuesday": None}


# ------------------------------------------------------------------------ weekends
@pytest.mark.parametrize("text,published,span,value", [
    ("Three people were shot last weekend.", "2025-05-22", "last weekend", "2025-W20"),
    ("Three people were shot last weekend.", "2025-05-25", "last weekend", "2025-W20"),
    ("Patrols will be stepped up this weekend.", "2025-05-22", "this weekend", "2025-W21"),
    ("The festival takes place next weekend.", "2024-12-30", "next weekend", "2025-W02"),
    ("Officers responded to 12 calls this past weekend.", "2024-06-03", "this past weekend", "2024-W22"),
])
def test_relative_weekends_are_iso_weeks(nlp, text, published, span, value):
    assert (span, value) in dates(nlp, text, published)


def test_the_weekend_is_not_a_date(nlp):
    assert dates(nlp, "Shootings fell over the weekend and during the last weekend of May.", "2024-06-03") == [
        ("May", "2024-05")]


# ------------------------------------------------- a range ended by a relative year
@pytest.mark.parametrize("text,expected", [
    ("From June through August last year, officers seized 40 guns.",
     {"June": "2024-06", "August last year": "2024-08"}),
    ("Between March and May this year, 12 people were charged.",
     {"March": "2025-03", "May this year": "2025-05"}),
    ("From October to February last year, thefts rose.",
     {"October": "2023-10", "February last year": "2024-02"}),
])
def test_a_range_start_borrows_the_relative_year_of_its_end(nlp, text, expected):
    assert values(nlp, text, "2025-05-22") == expected


def test_a_verb_without_its_own_tense_takes_the_tense_of_its_clause(nlp):
    text = "Williams agreed that he will receive 20 years in prison when sentenced on December 20."
    assert values(nlp, text, "2017-08-16") == {"December 20": "2017-12-20"}


@pytest.mark.parametrize("text,value", [
    ("The 10 deaths we saw in San Antonio this weekend were a tragedy.", "2017-W29"),
    ("Officers have made 12 arrests this weekend.", "2017-W29"),
    ("Officers will make more arrests this weekend.", "2017-W30"),
])
def test_this_weekend_told_in_the_past_is_the_weekend_just_gone(nlp, text, value):
    assert ("this weekend", value) in dates(nlp, text, "2017-07-25")


@pytest.mark.parametrize("text,published,span,value", [
    ("Sentencing for Murad is on Sept. 19 and Najor is scheduled to be sentenced on Nov. 17.",
     "2015-05-27", "Sept. 19", "2015-09-19"),
    ("Restitution will be ordered, and the court will determine the final amounts on June 28.",
     "2016-04-06", "June 28", "2016-06-28"),
])
def test_a_future_cue_elsewhere_still_counts_when_the_date_is_not_told_in_the_past(nlp, text, published, span, value):
    assert (span, value) in dates(nlp, text, published)


def test_a_present_perfect_clause_keeps_the_future_cue_of_its_sentence(nlp):
    text = ("The department plans to hire 200 officers by the end of 2025 and has cancelled days off "
            "for officers on the weekends of July 4 and Thanksgiving.")
    assert values(nlp, text, "2025-05-22") == {"2025": "2025", "July 4": "2025-07-04", "Thanksgiving": "2025-11-27"}


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
    assert [value for _, value in dates(nlp, text, published="2026-03-12")] == [expected]


@pytest.mark.parametrize("text", [
    "Neighbours can't sleep on a Saturday night because of the noise.",
    "Posted Nov. 18, 2025 - 10:30 a.m.",  # no year span "2025 - 10"
])
def test_a_generic_weekday_or_a_clock_time_after_a_year_is_no_date(nlp, text):
    doc = nlp(make_doc(nlp, text, published="2025-11-18"))
    assert all(c["extractor"] not in ("claims_dates:weekday", "claims_dates:year_span")
               for c in doc._.claims if c["type"] == "date")
