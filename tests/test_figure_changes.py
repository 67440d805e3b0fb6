"""Tests for pipeline/claims/figure_changes.py (a quantity's direction, and multipliers),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, one, quantities


def test_change_baseline_as_written(nlp):
    q = one(nlp, "Officers made 210 more arrests compared with the same period in 2022.")
    assert q["direction"] == "increase"
    assert "2022" in q["baseline"]


def test_level_reached_is_not_a_change(nlp):
    q = one(nlp, "The number of officers increased to 1,450 officers by March.")
    assert q.get("direction") is None


def test_hedged_multiplier_and_fraction_change(nlp):
    found = {q["text"]: q for q in quantities(nlp, "Thefts have more than doubled, while assaults were half as "
                                                   "many as last year and robberies fell by a third.")}
    assert found["more than doubled"]["qualifier"] == "lower_bound"
    assert found["half"]["direction"] == "decrease"
    assert found["a third"]["direction"] == "decrease"


def test_trend_verb_on_index_points(nlp):
    c = one(nlp, "The FTSE 250 lost 190 points on the day the fraud was revealed.")
    assert (c["value"], c["unit"], c["direction"]) == (190, "points", "decrease")


def test_lost_money_is_not_a_trend(nlp):
    c = one(nlp, "The victim lost £5,000 to the scammers.")
    assert (c["value"], c["unit"], c.get("direction")) == (5000, "GBP", None)


@pytest.mark.parametrize("text,span,direction", [
    ("The share price rose 18 pence to 250p after the verdict.", "18 pence", "increase"),
    ("Shares in the firm (1,463 up 58 points) were suspended.", "up 58 points", "increase"),
    ("The budget was revised upward by £40m in March.", "£40m", "increase"),
    ("The budget was revised downwards by £4m in June.", "£4m", "decrease"),
    ("The force recruited 15 officers more than last year.", "15 officers", "increase"),
    ("There were 1,234 burglaries, 56 (4%) more than last year.", "56", "increase"),
])
def test_change_words_around_the_figure_and_its_unit(nlp, text, span, direction):
    assert at_span(nlp, text, span).get("direction") == direction


@pytest.mark.parametrize("text,span,direction", [
    ("The cost increased by £43.6m to £419.2m last year.", "£43.6m", "increase"),
    ("The cost increased by £43.6m to £419.2m last year.", "£419.2m", None),
    ("Burglaries fell by 30 to 400 in the year.", "400", None),
    ("Burglaries fell by 30 to 400 in the year.", "30", "decrease"),
    ("Storage was doubled to 256GB instead of the 128GB in older radios.", "128GB", None),
    ("Storage was doubled to 256GB instead of the 128GB in older radios.", "256GB", None),
    ("Arrests rose by up to 300 during the operation.", "up to 300", "increase"),
])
def test_levels_and_baselines_after_a_change_verb_have_no_direction(nlp, text, span, direction):
    assert at_span(nlp, text, span).get("direction") == direction


def test_add_is_a_change_but_add_up_to_is_a_total(nlp):
    assert at_span(nlp, "The department plans to add 12 officers.", "12 officers")["direction"] == "increase"
    assert at_span(nlp, "The thefts add up to £5,000.", "up to £5,000").get("direction") is None
    assert at_span(nlp, "He fraudulently added at least $40,000 to gift cards.", "at least $40,000").get("direction") \
        is None  # money put into something is an amount, not a change


@pytest.mark.parametrize("text,span,direction", [
    ("The scheme caused a loss of approximately £33m to the council.", "approximately £33m", None),
    ("Fraud involving losses of between $18 million and $22 million was charged.",
     "between $18 million and $22 million", None),
    ("The victims suffered a $5m loss.", "$5m", None),
    ("The cuts led to a loss of 300 officers.", "300 officers", "decrease"),
])
def test_a_loss_of_money_is_an_amount_not_a_change(nlp, text, span, direction):
    assert at_span(nlp, text, span).get("direction") == direction


def test_more_than_before_the_next_figure_hedges_it_and_is_no_change_of_this_one(nlp):
    text = "The scheme hit about 3,700 banks more than $169 million in losses."
    assert at_span(nlp, text, "about 3,700 banks").get("direction") is None
    assert at_span(nlp, text, "more than $169 million")["qualifier"] == "lower_bound"


@pytest.mark.parametrize("text, span, direction, unit", [
    ("Key figures:\n• burglaries down 120 on last year\n• thefts up 5%", "down 120", "decrease", "burglaries"),
    ("Results:\n• knife crime offences up 38", "up 38", "increase", "knife crime offences"),
])
def test_up_or_down_after_a_bulleted_noun_is_a_change(nlp, text, span, direction, unit):
    q = at_span(nlp, text, span)
    assert (q["direction"], q["unit"]) == (direction, unit)


@pytest.mark.parametrize("text, span, direction", [
    ("Incidents were down by almost a quarter.", "down by almost a quarter", "decrease"),
    ("Burglaries were down by almost 300 on last year.", "down by almost 300", "decrease"),
    ("Arrests were up by more than 40.", "up by more than 40", "increase"),
])
def test_a_change_word_before_a_hedge_gives_the_direction(nlp, text, span, direction):
    assert at_span(nlp, text, span)["direction"] == direction


@pytest.mark.parametrize("text, span, value, qualifier", [
    ("He was more than twice the legal limit.", "more than twice", 2, "lower_bound"),
    ("Burglaries were twice as high as last year.", "twice", 2, "exact"),
    ("The fine may be up to twice the gross gain.", "up to twice", 2, "upper_bound"),
])
def test_twice_before_a_comparison_is_a_multiplier(nlp, text, span, value, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"], q["qualifier"], q.get("direction")) == (value, "times", qualifier, None)


@pytest.mark.parametrize("text, span, baseline", [
    ("Officers detected 27 drink drivers, more than double the number caught last year.", "more than double",
     "the number caught last year"),
    ("Losses reached $2.3 million, more than double the $968,000 reported in 2024.", "more than double",
     "the $968,000 reported in 2024"),
    ("The budget is more than twice the $2.1 million the department spent on enforcement last year, when it began.",
     "more than twice", "the $2.1 million the department spent on enforcement last year"),
])
def test_a_multiplier_compared_with_an_earlier_amount_is_an_increase(nlp, text, span, baseline):
    q = at_span(nlp, text, span)
    assert (q["unit"], q.get("direction"), q.get("baseline")) == ("times", "increase", baseline)


@pytest.mark.parametrize("text, span, baseline", [
    ("Officers seized 1,120 firearms, three times as many as in 2019.", "three times", "2019"),
    ("Police caught more than three times as many drink drivers as over the same weekend last year.",
     "more than three times", "the same weekend last year"),
])
def test_times_as_many_as_an_earlier_period_is_an_increase(nlp, text, span, baseline):
    q = at_span(nlp, text, span)
    assert (q["unit"], q.get("direction"), q.get("baseline")) == ("times", "increase", baseline)


def test_times_as_much_as_someone_is_a_comparison(nlp):
    assert at_span(nlp, "He drank three times as much as his friend.", "three times").get("direction") is None


@pytest.mark.parametrize("text, span", [
    ("He was more than twice the legal limit when he was stopped last night.", "more than twice"),
    ("The fine may be increased to twice the gain derived from the crime.", "twice"),
])
def test_a_multiplier_compared_with_a_standard_has_no_direction(nlp, text, span):
    assert at_span(nlp, text, span).get("direction") is None


@pytest.mark.parametrize("text", [
    "He was stabbed twice.", "She called twice that week.", "He checked in twice a day.",
    "He was twice convicted of fraud.",
])
def test_twice_as_a_count_of_occasions_is_no_figure(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, span, direction", [
    ("The department will assign between 18 and 24 additional officers.", "between 18 and 24 additional officers",
     "increase"),
    ("We will recruit 20 to 30 more detectives.", "20 to 30 more detectives", "increase"),
    ("Between 18 and 24 officers will be assigned.", "Between 18 and 24 officers", None),
])
def test_a_change_word_after_a_range(nlp, text, span, direction):
    assert at_span(nlp, text, span).get("direction") == direction


def test_a_level_reached_far_from_its_change_verb(nlp):
    q = at_span(nlp, "Reports rose by 14 per cent in the 12 months to January, to 27,480.", "27,480")
    assert (q["unit"], q.get("direction")) == ("Reports", None)


@pytest.mark.parametrize("text, span, qualifier", [
    ("The cash total is almost double the £1.2 million seized in 2025.", "almost double", "approximate"),
    ("The fine was triple the usual amount.", "triple", "exact"),
])
def test_double_the_is_a_comparison_multiplier(nlp, text, span, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"] >= 2, q["unit"], q["qualifier"]) == (True, "times", qualifier)


def test_double_as_a_verb_is_read_once(nlp):
    found = [q for q in quantities(nlp, "The unit will double the number of patrols.") if q["unit"] == "times"]
    assert [(q["text"], q.get("direction")) for q in found] == [("double", "increase")]


@pytest.mark.parametrize("text, span, direction", [
    ("The budget includes a $569 million, or 29 percent, increase on last year.", "$569 million", "increase"),
    ("Officers recorded a 412, or 11 per cent, reduction in burglaries.", "412", "decrease"),
])
def test_a_figure_and_its_or_restatement_share_the_change_noun_after_them(nlp, text, span, direction):
    assert at_span(nlp, text, span)["direction"] == direction


def test_nearly_double_last_years_total_is_an_increase_on_it(nlp):
    found = at_span(nlp, "- 1,287 citations for violating the law, nearly double last year's total", "nearly double")
    assert (found["value"], found["qualifier"], found["direction"], found["baseline"]) == \
        (2, "approximate", "increase", "last year's total")


def test_an_infinitive_the_tagger_missed_doubles(nlp):
    found = at_span(nlp, "Denver Police, Denver Health to double co-responder teams", "double")
    assert (found["unit"], found["direction"]) == ("times", "increase")


@pytest.mark.parametrize("text, span, direction", [
    ("Calls fell by a further 120 last month.", "a further 120", "decrease"),
    ("The council cut another 30 posts.", "another 30 posts", "decrease"),
    ("The force will hire a further 40 officers.", "a further 40 officers", "increase"),
    ("Arrests are up a further 40.", "a further 40", "increase"),
])
def test_a_further_figure_continues_the_change_before_it(nlp, text, span, direction):
    assert at_span(nlp, text, span)["direction"] == direction


@pytest.mark.parametrize("text, baseline", [
    ("Officers carried out 1,340 checks, roughly three times as many as the year before.", "the year before"),
    ("The team made twice as many arrests as the month before.", "the month before"),
])
def test_a_multiple_of_the_time_before_is_an_increase(nlp, text, baseline):
    q = next(q for q in quantities(nlp, text) if q["unit"] == "times")
    assert (q["direction"], q["baseline"]) == ("increase", baseline)
