"""Tests for pipeline/claims/counted_nouns.py (the counted noun, time unit or glued "m" after a number),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, one, quantities


def test_hyphenated_count_modifier(nlp):
    q = one(nlp, "He was charged in a nine-count indictment.")
    assert (q["text"], q["value"], q["unit"]) == ("nine-count", 9, "count")


@pytest.mark.parametrize("text,span,value,unit", [
    ("The control room answered 35m calls over the decade.", "35m calls", 35_000_000, "calls"),
    ("Customs officers checked 12.3m tonnes of freight at the port.", "12.3m tonnes", 12_300_000, "tonnes"),
    ("Officers logged 1.2m hours of overtime last year.", "1.2m hours", 1_200_000, "hours"),
    ("The helpline has taken 2.5m reports since it opened.", "2.5m reports", 2_500_000, "reports"),
    ("The control room handled 3.4m emergency calls.", "3.4m emergency calls", 3_400_000, "emergency calls"),
    ("Fraudsters made 4.5m combined online and phone attempts.", "4.5m combined online and phone attempts",
     4_500_000, "combined online and phone attempts"),
])
def test_glued_m_before_a_counted_noun_is_millions(nlp, text, span, value, unit):
    c = one(nlp, text)
    assert (c["text"], c["value"], c["unit"]) == (span, value, unit)


@pytest.mark.parametrize("text,span,value", [
    ("The suspect climbed a 3m wall to escape.", "3m", 3),
    ("The athlete won the 100m sprint before his arrest.", "100m", 100),
    ("The trench was 5m long and flooded.", "5m", 5),
    ("The stolen car was found 200m from the scene.", "200m", 200),
    ("Officers put up 4m high fences around the site.", "4m", 4),
])
def test_glued_m_in_a_measure_context_stays_metres(nlp, text, span, value):
    c = one(nlp, text)
    assert (c["text"], c["value"], c["unit"]) == (span, value, "m")


def test_glued_m_that_could_be_either_is_dropped(nlp):
    # "2m barriers": two-metre barriers or two million? a wrong figure is worse than none
    assert quantities(nlp, "Workers erected 2m barriers along the route.") == []


def test_glued_bn_and_k_before_nouns(nlp):
    found = quantities(nlp, "The fraud involved 2bn transactions and 40k accounts.")
    assert [(c["text"], c["value"], c["unit"]) for c in found] == [
        ("2bn transactions", 2e9, "transactions"), ("40k accounts", 40_000, "accounts")]


@pytest.mark.parametrize("text,span,value,unit", [
    ("The firm sold 35m of its tracking devices before the recall.", "35m", 35_000_000, "its tracking devices"),
    ("Around 12m of the stolen records were published online.", "Around 12m", 12_000_000, "stolen records"),
    ("The company shipped 35m Echo devices last year.", "35m Echo devices", 35_000_000, "Echo devices"),
])
def test_glued_m_of_a_counted_plural_is_millions(nlp, text, span, value, unit):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize("text,span,value", [
    ("Officers laid 20m of cordon tape around the scene.", "20m", 20),
    ("The council closed 100m of the road for the search.", "100m", 100),
])
def test_glued_m_of_a_length_stays_metres(nlp, text, span, value):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"]) == (value, "m")


def test_the_unit_is_not_a_date_phrase(nlp):
    q = [q for q in quantities(nlp, "Knife crime rose 12% to 1,400 last year.") if q["value"] == 1400][0]
    assert q["unit"] != "last year"


@pytest.mark.parametrize("text,span,unit", [
    ("The scheme involved 94 U.S. attorneys offices.", "94 U.S. attorneys offices", "U.S. attorneys offices"),
    ("More than 500 U.S. businesses were hit by the malware.", "More than 500 U.S. businesses", "U.S. businesses"),
])
def test_a_us_abbreviation_is_part_of_the_counted_noun_not_a_unit(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text,span,unit", [
    ("He and six co-defendants were charged with fraud.", "six co-defendants", "co-defendants"),
    ("Three of his co-conspirators pleaded guilty.", "Three", "his co-conspirators"),
])
def test_hyphenated_counted_nouns(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_bare_number_takes_the_time_unit_written_once_after_the_next(nlp):
    found = quantities(nlp, "The brothers were sentenced to 42 and 46 months in prison.")
    assert [(q["text"], q["value"], q["unit"]) for q in found] == [("42", 42, "months"), ("46 months", 46, "months")]
    assert [q["text"] for q in quantities(nlp, "He was arrested in 2019 and 20 months later he was charged.")] \
        == ["20 months"]


@pytest.mark.parametrize("text, expected", [
    ("The guidelines range was 12, 18 or 24 months.", [("12", 12, "months"), ("18", 18, "months"), ("24 months", 24, "months")]),
    ("The three men received three, five and seven years.", [("three", 3, "years"), ("five", 5, "years"),
                                                              ("seven years", 7, "years")]),
    ("He was arrested in 2019, 2020 and 2021 and spent 18 months in jail.", [("18 months", 18, "months")]),
])
def test_a_list_of_bare_numbers_shares_the_time_unit_written_after_its_last(nlp, text, expected):
    found = [(q["text"], q["value"], q["unit"]) for q in quantities(nlp, text) if q["unit"] in ("months", "years")]
    assert found == expected


@pytest.mark.parametrize("text, span, unit", [
    ("The city will fund 24,000 summer jobs for young people.", "24,000 summer jobs", "summer jobs"),
    ("Police made 40 weekend arrests across the county.", "40 weekend arrests", "weekend arrests"),
    ("Officers ran 12 night patrols in the town centre.", "12 night patrols", "night patrols"),
])
def test_a_time_word_before_a_plural_noun_describes_what_is_counted(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_time_word_alone_is_still_a_duration(nlp):
    assert at_span(nlp, "He served 40 weekends in custody.", "40 weekends")["unit"] == "weekends"


@pytest.mark.parametrize("text, span, unit", [
    ("The detachment will expand its team from 14 to 20 investigators this year.", "14", "investigators"),
    ("Officers recovered 3, 5 and 8 stolen vehicles at the three sites.", "5", "stolen vehicles"),
])
def test_a_bare_number_shares_the_plural_noun_written_after_the_next(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_bare_number_before_ages_does_not_take_year_olds_as_its_noun(nlp):
    assert [q["text"] for q in quantities(nlp, "Officers arrested 12 and 14 year olds.")] == ["14 year olds"]


@pytest.mark.parametrize("text, span, unit", [
    ('The department will deploy teams to 22 "priority zones" on the South Side.', '22 "priority zones"', "priority zones"),
    ("Officers visited 40 “hotspot” addresses in the town.", "40 “hotspot” addresses", "hotspot addresses"),
])
def test_a_counted_noun_in_quote_marks(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("All three accused remain in custody.", "three accused", "accused"),
    ("The two deceased were named by police.", "two deceased", "deceased"),
])
def test_participles_used_as_nouns_are_counted(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("There were 1,412 incidents per 100,000 residents.", "1,412 incidents per 100,000 residents",
     "incidents per 100,000 residents"),
    ("The property crime rate fell to 4,960 per 100,000 residents.", "4,960 per 100,000 residents",
     "per 100,000 residents"),
    ("There were 3.1 deaths per 100 million vehicle miles.", "3.1 deaths per 100 million vehicle miles",
     "deaths per 100 million vehicle miles"),
    ("The rate was 3.1 positive breath tests per 100 tests.", "3.1 positive breath tests per 100 tests",
     "positive breath tests per 100 tests"),  # per 100 of what was done, not only per head
])
def test_a_rate_per_head_of_population_is_one_figure(nlp, text, span, unit):
    found = quantities(nlp, text)
    assert [(q["text"], q["unit"]) for q in found] == [(span, unit)]  # the 100,000 is no figure of its own


@pytest.mark.parametrize("text, span, unit", [
    ("Police caught 612 drivers speeding.", "612 drivers", "drivers"),
    ("The team has grown from six to 10 officers.", "six", "officers"),
])
def test_counted_noun_before_a_gerund_and_shared_by_word_and_digit_levels(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Twelve under-18s were arrested.", "Twelve under-18s", "under-18s"),
    ("Police arrested 40 adults and nine over-65s.", "nine over-65s", "over-65s"),
])
def test_an_age_group_is_a_counted_noun(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("The platform had about 2,300 paying subscribers worldwide.", "about 2,300 paying subscribers",
     "paying subscribers"),                                           # a participle that describes the noun
    ("Officers answered 214 calls since May 1, including 37 involving children.", "37", "calls"),   # a verb
])
def test_a_participle_before_a_plural_noun(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Auto theft fell after rising for five consecutive years.", "five consecutive years", "years"),
    ("Officers worked three straight days.", "three straight days", "days"),
    ("The scheme runs for six full months.", "six full months", "months"),
])
def test_an_adjective_before_a_time_unit_leaves_a_duration(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("The other four, including two 16-year-old boys, have been bailed.", "two 16-year-old boys", "boys"),
    ("Officers arrested three 15-year-old girls.", "three 15-year-old girls", "girls"),
])
def test_a_count_before_an_age_counts_the_noun_after_it(nlp, text, span, unit):
    found = quantities(nlp, text)
    assert [q["unit"] for q in found if q["text"] == span] == [unit]
    assert any(q.get("unit") == "years" for q in found)  # the age is a figure of its own


def test_a_participle_noun_before_a_verb_read_as_a_noun_is_the_unit(nlp):
    text = "The remaining 27 accused range in age from 17 to 52 and face charges."
    assert at_span(nlp, text, "27 accused")["unit"] == "accused"


@pytest.mark.parametrize("text, span, unit", [
    ("Cameras now cover 25 junctions, up from 14 last season.", "14", "junctions"),   # "last season" is when
    ("The unit made 30 arrests, against 22 the previous term.", "30 arrests", "arrests"),
])
def test_a_time_after_a_figure_is_not_what_it_counts(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit
    assert all("season" not in (q.get("unit") or "") and "term" not in (q.get("unit") or "")
               for q in quantities(nlp, text))


def test_a_verb_parsed_into_the_noun_phrase_counts_nothing(nlp):
    found = quantities(nlp, "Police arrested five men on Monday. All five face charges of burglary.")
    assert [q["unit"] for q in found if q["text"] == "five"] == ["men"]
    assert all(q.get("unit") != "face charges" for q in found)


@pytest.mark.parametrize("text, span, unit, qualifier", [
    ("Groups of 10 or more people were dispersed.", "10 or more people", "people", "lower_bound"),
    ("Teams of four or fewer officers patrol the estate.", "four or fewer officers", "officers", "upper_bound"),
    ("Officers spoke to 50 or so residents.", "50 or so residents", "residents", "approximate"),
])
def test_a_bound_between_the_number_and_its_noun(nlp, text, span, unit, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"]) == (unit, qualifier)


def test_a_bound_after_the_number_leaves_no_noun_behind_it(nlp):
    q = at_span(nlp, "A third of those screened scored 35 or above or had severe symptoms.", "35 or above")
    assert (q["qualifier"], q.get("unit")) == ("lower_bound", None)
