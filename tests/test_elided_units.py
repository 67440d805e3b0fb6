"""Tests for pipeline/claims/elided_units.py (the unit of a number written without one),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, one, quantities


def test_bare_number_takes_unit_from_number_of(nlp):
    q = one(nlp, "The number of closure orders has grown, with around 90 now in place.")
    assert (q["value"], q["unit"], q["qualifier"]) == (90, "closure orders", "approximate")


def test_bare_counts_in_a_list_take_the_earlier_noun(nlp):
    found = quantities(nlp, "Troopers stopped 900 cars and arrested 64 drivers.\nOf those arrested:\n"
                            "• 40 were over the limit\n• 12 failed a drug test")
    units = {q["value"]: q.get("unit") for q in found}
    assert units[40] == "drivers" and units[12] == "drivers"


def test_partitive_takes_the_count_of_the_same_verb(nlp):
    found = quantities(nlp, "The week saw 31 people charged with theft. Six of those charged were teenagers.")
    six = next(q for q in found if q["value"] == 6)
    assert six["unit"] == "people"


@pytest.mark.parametrize("text,span,value", [
    ("Knife crime rose 12% to 1,400 last year.", "1,400", 1400),            # the level a change reached
    ("Seizures ended the year up 8% at 3,150.", "3,150", 3150),
    ("The operation cost a total of 2 million.", "2 million", 2_000_000),  # a scale word is never a reference
    ("Of those, 310 were charged and 95 who were cautioned left.", "95", 95),
])
def test_bare_figures_that_still_count(nlp, text, span, value):
    assert at_span(nlp, text, span)["value"] == pytest.approx(value)


@pytest.mark.parametrize("text,span,unit", [
    ("Exploitation referrals to the force rose by 120 to 950 in the year.", "120", "Exploitation referrals"),
    ("Injury crashes fell by 30 to 400 in July.", "30", "Injury crashes"),
])
def test_a_change_after_by_counts_the_plural_subject(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text,span,unit", [
    ("Officers arrested 15 of the 20 suspects on Tuesday.", "15", "suspects"),
    ("Two of the 15-year-old boys were later charged.", "Two", "15-year-old boys"),
    ("Three of the stolen high-value vans were recovered last week.", "Three", "stolen high-value vans"),
])
def test_a_partitive_count_takes_the_noun_after_of_up_to_its_head(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_partitive_of_a_bare_number_takes_the_earlier_noun(nlp):
    text = "Six people died on the roads, compared with two last year. Three of the six were motorcyclists."
    assert at_span(nlp, text, "Three")["unit"] == "people"


def test_a_bulleted_list_under_of_those_takes_the_count_right_after_the_verb(nlp):
    text = ("Officers stopped 6,240 vehicles during the campaign and detected 238 drink or drug drivers, "
            "almost 4 per cent of those stopped.\nOf those detected:\n• 151 were over the limit\n"
            "• 87 failed a roadside drug test\n• 19 were caught the morning after")
    found = {q["text"]: q["unit"] for q in quantities(nlp, text)}
    assert [found[n] for n in ("151", "87", "19")] == ["drink or drug drivers"] * 3


@pytest.mark.parametrize("text, span, unit", [
    ("Investigators seized:\n• 74 firearms, 48 of them handguns\n• 9 rifles", "48", "handguns"),
    ("Key figures for 2024:\n• anti-social behaviour incidents down by almost a quarter, to 14,300",
     "14,300", "anti-social behaviour incidents"),
    ("West Yorkshire Police arrested 57 people last week. Officers visited 300 homes. They made 40 referrals. "
     "Of those arrested, 34 have been charged.", "34", "people"),
])
def test_bare_numbers_take_the_noun_their_phrase_points_to(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_one_of_them_followed_by_a_verb_is_not_a_noun(nlp):
    q = at_span(nlp, "Police arrested 12 men, four of them remains in custody.", "four")
    assert q["unit"] == "men"


@pytest.mark.parametrize("text, span, unit", [
    ("Key figures:\n• Homicides fell from 31 to 22\n• Stop and searches rose by 6% to 41,372", "31", "Homicides"),
    ("Key figures:\n• Homicides fell from 31 to 22\n• Stop and searches rose by 6% to 41,372", "41,372",
     "Stop and searches"),
    ("Complaints about stop and search fell by 9 per cent, to 318. Of those, 41 were upheld.", "41", "Complaints"),
    ("Knife crime involving victims under 25 fell by 12.4%.", "under 25", "years"),
    ("Children under 16 were safeguarded during the operation.", "under 16", "years"),
])
def test_bare_numbers_take_their_subject_or_age(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Of those arrested, 142 were men and 54 were women.", "142", "men"),
    ("Of those arrested, 142 were men and 54 were women.", "54", "women"),
    ("The total was 40 offences, and 12 were repeat offenders.", "12", "repeat offenders"),
    ("Six people died. Three of the six were motorcyclists.", "six", "people"),
])
def test_a_bare_count_takes_the_plural_noun_it_is_said_to_be(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, unit", [
    ("Eleven killed on Michigan roads over holiday weekend\nNovember 30, 2026\n\n"
     "Eleven people died in crashes on Michigan roads over the Thanksgiving weekend.", "people"),
    ("Two charged after methamphetamine seizure\nThursday, 12 February 2026\n\n"
     "Two men have been charged after detectives seized 14kg of methamphetamine.", "men"),
])
def test_a_bare_headline_count_takes_the_unit_the_body_gives_the_same_figure(nlp, text, unit):
    assert quantities(nlp, text)[0]["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("The force has 312 dedicated neighbourhood officers. Once the posts are filled, that figure will rise to 352.",
     "352", "dedicated neighbourhood officers"),
    ("Police recorded 1,200 burglaries last year. The number fell to 950 this year.", "950", "burglaries"),
])
def test_that_figure_counts_what_the_last_count_counted(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Of the firearms recovered, more than 300 were taken from prohibited people.", "more than 300", "firearms"),
    ("Of the stolen cars found, 12 were burnt out.", "12", "stolen cars"),
    ("- Retail thefts: 1,650\n\nOf the firearms recovered, more than 300 were taken.", "more than 300", "firearms"),
])
def test_a_sentence_opening_of_the_plural_gives_the_unit(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_breakdown_bullets_after_a_blank_line_take_the_header_figures_unit(nlp):
    found = quantities(nlp, "Troopers issued 9,874 tickets, including:\n\n- 3,120 for speeding\n- 1,046 for distracted driving")
    assert [(q["value"], q.get("unit")) for q in found] == [(9874, "tickets"), (3120, "tickets"), (1046, "tickets")]


@pytest.mark.parametrize("text, span, unit", [
    ("Calls for service reached 241,300, up 2 per cent.", "241,300", "Calls for service"),
    ("Losses totalled 1.2 million last year.", "1.2 million", "Losses"),
])
def test_the_object_of_a_level_verb_counts_its_subject(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_level_after_a_rate_keeps_the_whole_rate(nlp):
    q = at_span(nlp, "The rate was 1,412 incidents per 100,000 residents, down from 1,538 in 2024.", "1,538")
    assert q["unit"] == "incidents per 100,000 residents"


@pytest.mark.parametrize("text, span, unit", [
    ("Dunmore bought 14 of the firearms; Arbogast bought 31.", "31", "firearms"),   # the same verb, its object
    ("Dunmore bought 14 rifles and Arbogast bought 31.", "31", "rifles"),
    ("Investigators recovered 41 of the firearms. Eleven were found at crime scenes.", "Eleven", "firearms"),
    ("The force will put 80 of the new officers into patrol teams and 40 into a transit unit.", "40", "officers"),
])
def test_a_bare_number_takes_the_noun_of_a_parallel_or_partitive_count(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_bare_number_after_a_different_verb_is_no_parallel_object(nlp):
    assert not any(q["text"] == "9" for q in quantities(nlp, "Smith received 12 years in prison and Jones paid 9."))


@pytest.mark.parametrize("text, expected", [
    ("Blackpool had the highest rate, at 121.4 crimes per 1,000 residents, while the Ribble Valley had the lowest, "
     "at 38.2.", [(121.4, "crimes per 1,000 residents"), (38.2, "crimes per 1,000 residents")]),
    ("The rate was 12 per 1,000 people, and the team met at 10 on Friday.", [(12.0, "per 1,000 people")]),
])
def test_a_bare_number_after_at_in_a_comparison_takes_the_rate_before_it(nlp, text, expected):
    assert [(q["value"], q["unit"]) for q in quantities(nlp, text)] == expected


@pytest.mark.parametrize("text, span, unit", [
    # a breakdown after a colon shares the total's noun
    ("Six people died on the roads over the weekend: four in collisions and two in boating incidents.", "four", "people"),
    # the level a plural subject rose to, before another clause's own count
    ("Arrests for stalking rose to 1,146 and 412 people were charged.", "1,146", "Arrests"),
    # the end of a "from … to" range takes the unit of its start
    ("The force will cut the time taken to apply for an order from 19 days to seven by December.", "seven", "days"),
    ("Average waits fell from 14 minutes to nine.", "nine", "minutes"),
    # "Of those" counts the group, not the age range said of it
    ("The programme has worked with 143 young people aged between 11 and 17. Of those, 102 have not reoffended.",
     "102", "young people"),
])
def test_a_bare_number_takes_the_unit_its_context_gives(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Road toll reaches 41 as police target the Fatal Five", "41", "deaths"),
    ("The road toll for 2026 stands at 98, up from 87 at the same time last year.", "98", "deaths"),
    ("The road toll for 2026 stands at 98, up from 87 at the same time last year.", "87", "deaths"),
])
def test_a_toll_counts_deaths(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_an_index_level_takes_no_unit_from_its_subject(nlp):
    assert at_span(nlp, "The benchmark index ended down 1% at 1,463.78.", "1,463.78").get("unit") is None


@pytest.mark.parametrize("text, span, unit", [
    ("Five men ran the line. Three boys were found at a flat. At court, the five were sentenced.", "five", "men"),
    ("Crews will fit beacons at 14 more crosswalks, adding to the 36 already in place.", "36", "crosswalks"),
    ("- extend co-responder coverage to 20 hours a day, up from 12", "12", "hours"),
    ("The platform had about 2,300 paying subscribers worldwide, including 160 in Australia.", "160", "subscribers"),
    ("DWI arrests alone reached 163, more than twice the number made on the previous weekend.", "163", "DWI arrests"),
])
def test_a_bare_number_names_its_group_again(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("This winter, 27 of the 148 drivers charged were suspected of drug impairment, compared with 14 a year earlier.",
     "14", "drivers"),                                             # a count before "a year earlier", not a date
    ("Reports of stalking rose to 3,982, from 3,106 the year before.", "3,106", "Reports"),
    ("Train burglaries have risen every year since 2022. There were 1,065 in 2025.", "1,065", "Train burglaries"),
    ("Tests found banned pesticides in seven of the birds. Three others had been shot.", "Three others", "birds"),
])
def test_levels_left_existentials_and_others(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("- 23 potential victims safeguarded, 19 of them men", "19", "men"),
    ("Nine people were hurt, two of them children.", "two", "children"),
    ("She said the detectives who first worked the case, two of whom are now retired, kept notes.", "two",
     "detectives"),
    ("The victims, three of whom were children, were treated in hospital.", "three", "victims"),
    ("The department announced charges against 15 individuals, 10 of whom have pleaded guilty.", "10", "individuals"),
    ("Officers attended 63 crashes over the six days, 11 of which caused injuries.", "11", "crashes"),
    ("The remaining 27 accused range in age from 17 to 52 and face charges including theft. Three of them are "
     "young persons.", "Three", "accused"),
])
def test_partitive_units(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Fires at tobacco retailers rose to 41 last year. So far in 2026 there have been 27, compared with 30 "
     "at the same time last year.", "30", "Fires"),
    ("Officers made 40 arrests, compared with 31 last year.", "31", "arrests"),
])
def test_a_figure_compared_with_takes_the_unit_of_the_figure_before(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text, span, unit", [
    ("Thefts rose to 212 in 2025, from 121 the year before.", "121", "Thefts"),         # the level a change left
    ("Burglaries fell to 310 last year from 402 in 2024.", "402", "Burglaries"),
    ("About 80 fans were inside when officers arrived, and they detained 12, who were later released.",
     "12", "fans"),
    ("Between 20 and 25 of the grass fires were started by children.", "Between 20 and 25", "grass fires"),
])
def test_bare_counts_read_from_their_sentence(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_statute_number_before_which_is_no_count(nlp):
    assert quantities(nlp, "He admitted breaching 18 U.S.C. 922, which bans it, and section 846, which also applies.") == []


@pytest.mark.parametrize("text, span, unit", [
    ("Key figures:\n\n- Robberies: 188 (284)\n- People charged: 112 (126)", "112", "people"),
    ("Key figures:\n\n- Robberies: 188 (284)\n- People charged: 112 (126)", "126", "people"),
    ("Calls answered:\n\n- Within 10 seconds: 999 (911)", "999", None),   # no counted label: the number names a line
])
def test_an_emergency_number_as_a_labelled_value(nlp, text, span, unit):
    found = {q["text"]: q.get("unit") for q in quantities(nlp, text)}
    if unit is None:
        assert span not in found
    else:
        assert found[span] == unit
