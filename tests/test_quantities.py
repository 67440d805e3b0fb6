"""Tests for pipeline/claims/quantities.py (the ``claims_quantities`` component): whole figures read end to
end. The rules of each step are tested in the files named after its module (test_figure_exclusions.py,
test_counted_nouns.py, test_figure_ranges.py, ...)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise

from conftest import at_span, one, quantities


@pytest.mark.parametrize("text,span,value,unit,qualifier,direction", [
    # counts with the counted noun and its modifiers
    ("Detectives made 47 arrests during the week.", "47 arrests", 47, "arrests", "exact", None),
    ("The force recorded 2,318 reported burglaries.", "2,318 reported burglaries", 2318, "reported burglaries",
     "exact", None),
    ("Eleven teenagers were cautioned.", "Eleven teenagers", 11, "teenagers", "exact", None),
    ("Sixty four warrants were executed.", "Sixty four warrants", 64, "warrants", "exact", None),
    ("The unit now has 120 detectives and analysts.", "120 detectives and analysts", 120,
     "detectives and analysts", "exact", None),
    ("A dozen vans were stopped.", "A dozen vans", 12, "vans", "exact", None),
    # hedges
    ("Officers spoke to more than 3,000 residents.", "more than 3,000 residents", 3000, "residents",
     "lower_bound", None),
    ("Nearly 400 bikes were returned to owners.", "Nearly 400 bikes", 400, "bikes", "approximate", None),
    ("Up to 60 officers will patrol the route.", "Up to 60 officers", 60, "officers", "upper_bound", None),
    ("An estimated 5,000 fans attended.", "An estimated 5,000 fans", 5000, "fans", "approximate", None),
    ("The cordon involved between 30 and 45 officers.", "between 30 and 45 officers", 30, "officers", "range", None),
    # changes
    ("There were 85 fewer robberies than last year.", "85 fewer robberies", 85, "robberies", "exact", "decrease"),
    ("The county will gain 250 extra PCSOs.", "250 extra PCSOs", 250, "PCSOs", "exact", "increase"),
    ("Funding will pay for a further 40 investigators.", "a further 40 investigators", 40, "investigators",
     "exact", "increase"),
    ("Reported thefts rose by 320 in the summer.", "320", 320, None, "exact", "increase"),
    # money, measures, durations, ages
    ("The gang laundered £3.4m through shell firms.", "£3.4m", 3_400_000, "GBP", "exact", None),
    ("He was ordered to repay €12,500.", "€12,500", 12500, "EUR", "exact", None),
    ("Troopers found 2.3 kilograms of fentanyl.", "2.3 kilograms", 2.3, "kilograms", "exact", None),
    ("Officers seized 450g of cannabis resin.", "450g", 450, "g", "exact", None),
    ("He was jailed for seven years.", "seven years", 7, "years", "exact", None),
    ("A 27-year-old woman was arrested.", "27-year-old", 27, "years", "exact", None),
    ("The victim, a man in his 50s, died at the scene.", "in his 50s", 50, "years", "range", None),
    ("Arrests have trebled since the scheme began.", "trebled", 3, "times", "exact", "increase"),
    ("Response times have halved.", "halved", 2, "times", "exact", "decrease"),
    ("Nearly a quarter of calls were hoaxes.", "Nearly a quarter", 0.25, "fraction", "approximate", None),
])
def test_quantity_fields(nlp, text, span, value, unit, qualifier, direction):
    q = at_span(nlp, text, span)
    assert q["value"] == pytest.approx(value)
    if unit is not None:
        assert q["unit"] == unit
    assert q["qualifier"] == qualifier
    assert q.get("direction") == direction
    assert q["extractor"].startswith("claims_quantities:")


def test_dollar_follows_the_release_country(nlp):
    assert one(nlp, "Police seized $40,000 in cash.")["unit"] == "USD"
    assert one(nlp, "Police seized $40,000 in cash.", source="https://www.police.nsw.gov.au/news/1")["unit"] == "AUD"
    assert one(nlp, "RCMP officers in Ontario seized $40,000 in cash.")["unit"] == "CAD"


def test_seed_release(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    doc = nlp(make_doc(nlp, text, published="2023-12-15"))
    found = [dict(c, text=doc.text[c["start"]:c["end"]]) for c in claims_of(doc, "quantity")]
    by_value = {}
    for q in found:
        by_value.setdefault(q["value"], []).append(q)
    assert any(q["qualifier"] == "lower_bound" and q["unit"] == "serious sexual offences" for q in by_value[500])
    assert any(q["qualifier"] == "lower_bound" for q in by_value[200])
    assert any(q["qualifier"] == "approximate" and q["unit"] == "stalking protection orders" for q in by_value[270])
    assert any(q["unit"] == "men" for q in by_value[8])
    assert any(q["text"] == "doubled" and q["unit"] == "times" and q["direction"] == "increase"
               for q in by_value[2])
    assert not any("V100" in q["text"] or q["value"] == 100 for q in found)


def test_fold_and_hyphenated_fractions(nlp):
    found = {q["text"]: q for q in quantities(nlp, "Seizures rose fivefold and almost two-thirds of them were "
                                                   "made at ports, worth 1.3bn dollars.")}
    assert (found["fivefold"]["value"], found["fivefold"]["unit"]) == (5, "times")
    assert found["almost two-thirds"]["value"] == pytest.approx(2 / 3)
    assert found["1.3bn dollars"]["value"] == 1.3e9


def test_change_between_dated_figures(nlp):
    found = quantities(nlp, "Thefts from vehicles fell from 340 in June 2022 to 295 in June 2023.")
    assert [q["value"] for q in found] == [340, 295]
    assert all(q["unit"] for q in found)


def test_hyphenated_measure_and_plus(nlp):
    found = {q["text"]: q for q in quantities(nlp, "The 8-mile chase ended after 300-plus calls.")}
    assert (found["8-mile"]["value"], found["8-mile"]["unit"]) == (8, "mile")
    assert (found["300-plus calls"]["unit"], found["300-plus calls"]["qualifier"]) == ("calls", "lower_bound")


# --- currency codes and signs (value in the currency's main unit)
@pytest.mark.parametrize("text,span,value,unit", [
    ("Drugs worth USD10m were seized at the airport.", "USD10m", 10_000_000, "USD"),
    ("Investigators traced EUR 50m through shell companies.", "EUR 50m", 50_000_000, "EUR"),
    ("The stolen watch was valued at US$113.", "US$113", 113, "USD"),
    ("Officers recovered cash totalling $A82,615.", "$A82,615", 82_615, "AUD"),
    ("The stolen bike was sold for 1,200€ online.", "1,200€", 1200, "EUR"),
    ("Fuel thieves sold diesel at 164p a litre.", "164p", 1.64, "GBP"),
    ("Each bag of cannabis sold for 50 pence.", "50 pence", 0.5, "GBP"),
])
def test_currency_codes_and_signs(nlp, text, span, value, unit):
    c = one(nlp, text)
    assert (c["text"], c["value"], c["unit"]) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "The suspect is known as AB12 on social media.",
    "Officers found a P45 form in the car.",
])
def test_codes_glued_to_digits_are_not_money(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text,span,value,value_max,unit,qualifier", [
    # measures glued to the digits, from the wider unit list
    ("The stolen laptops each held 512GB of data.", "512GB", 512, None, "GB", "exact"),
    ("A 3kW generator was taken from the yard.", "3kW", 3, None, "kW", "exact"),
    ("The drone's 2.4GHz controller was recovered.", "2.4GHz", 2.4, None, "GHz", "exact"),
    ("The tyre was inflated to 9 psi.", "9 psi", 9, None, "psi", "exact"),
    ("A 120sq m warehouse was searched.", "120sq m", 120, None, "sq m", "exact"),
    # the unit written on both ends of a range
    ("Signals between 15kHz and 17kHz were jammed.", "between 15kHz and 17kHz", 15, 17, "kHz", "range"),
    ("The fines were between $3bn and $5bn.", "between $3bn and $5bn", 3e9, 5e9, "USD", "range"),
    # "from ... to" after a word that opens a range is a range; words and digits mix
    ("Sentences ranged from six to nine years.", "six to nine years", 6, 9, "years", "range"),
    ("Prices range from £370 to £5,500 per item.", "£370 to £5,500", 370, 5500, "GBP", "range"),
    ("The review takes between seven to 10 weeks.", "between seven to 10 weeks", 7, 10, "weeks", "range"),
    ("There were four to five thousand people at the march.", "four to five thousand people", 4000, 5000,
     "people", "range"),
    # a longer hedge wins over the shorter one inside it
    ("He may keep no more than 20 birds.", "no more than 20 birds", 20, None, "birds", "upper_bound"),
    ("Officers recovered just under 40 phones.", "just under 40 phones", 40, None, "phones", "upper_bound"),
    # a minus sign or the word "minus" is part of the value
    ("The freezer was running at minus 18 degrees.", "minus 18 degrees", -18, None, "degrees", "exact"),
    ("Overnight it fell to -5 degrees.", "-5 degrees", -5, None, "degrees", "exact"),
    # digits glued to a currency code
    ("He sent RM2,500 and INR1 million abroad.", "RM2,500", 2500, None, "MYR", "exact"),
    ("He sent RM2,500 and INR1 million abroad.", "INR1 million", 1_000_000, None, "INR", "exact"),
    ("Investors lost HK$5.4m in the scheme.", "HK$5.4m", 5_400_000, None, "HKD", "exact"),
    ("There were 4 hundred million records.", "4 hundred million records", 400_000_000, None, "records", "exact"),
])
def test_measures_ranges_signs_and_currencies(nlp, text, span, value, value_max, unit, qualifier):
    q = at_span(nlp, text, span)
    assert q["value"] == pytest.approx(value)
    assert q.get("value_max") == (pytest.approx(value_max) if value_max is not None else None)
    assert q["unit"] == unit
    assert q["qualifier"] == qualifier


@pytest.mark.parametrize("text,span,value,unit,qualifier", [
    ("Its mass is about 6×10^24 kilograms.", "about 6×10^24 kilograms", 6e24, "kilograms", "approximate"),
    ("The dose was 2.5×10−3 grams.", "2.5×10−3 grams", 2.5e-3, "grams", "exact"),
    ("The route was 1/2 mile long.", "1/2 mile", 0.5, "mile", "exact"),
    ("Only 1/4 of the bikes were recovered.", "1/4", 0.25, "fraction", "exact"),
    ("He spent two and a half months abroad.", "two and a half months", 2.5, "months", "exact"),
    ("One out of three victims knew the suspect.", "One out of three", 1 / 3, "fraction", "exact"),
    ("Half the stolen cars were found.", "Half", 0.5, "fraction", "exact"),
    ("The blade was ~12cm long.", "~12cm", 12, "cm", "approximate"),
    ("Sub-500 sq m units were searched.", "Sub-500 sq m", 500, "sq m", "upper_bound"),
    ("The van carried more than 2 tonnes (2,000 kg) of waste.", "2,000 kg", 2000, "kg", "lower_bound"),
    ("Fines rose by an average of 1500.", "1500", 1500, None, "exact"),
    ("The victim sent US $4,000 to the fraudsters.", "US $4,000", 4000, "USD", "exact"),
])
def test_notation_fractions_and_hedge_marks(nlp, text, span, value, unit, qualifier):
    q = at_span(nlp, text, span)
    assert q["value"] == pytest.approx(value)
    assert q.get("unit") == unit
    assert q["qualifier"] == qualifier


@pytest.mark.parametrize("text,span,value,unit,qualifier", [
    ("The car was stopped in about 8 seconds.", "about 8 seconds", 8, "seconds", "approximate"),
    ("The vigil centred around the 40 candles.", "40 candles", 40, "candles", "exact"),
    ("The e-bike could go 0 to 45km/h within seconds.", "0 to 45km/h", 0, "km/h", "range"),
    ("The fire burned for 3hrs before it was put out.", "3hrs", 3, "hrs", "exact"),
    ("Response times were 25 – 40min across the county.", "25 – 40min", 25, "min", "range"),
])
def test_hedges_and_glued_units(nlp, text, span, value, unit, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q.get("unit"), q["qualifier"]) == (value, unit, qualifier)


@pytest.mark.parametrize("text,span,value,value_max,unit,qualifier", [
    ("The gang laundered $2.5mil through shell firms.", "$2.5mil", 2_500_000, None, "USD", "exact"),
    ("Fines ranging from £100 up to £1,000 can be issued.", "£100 up to £1,000", 100, 1000, "GBP", "range"),
    ("Units starting from 450 sq ft up to 900 sq ft were searched.", "450 sq ft up to 900 sq ft", 450, 900, "sq ft",
     "range"),
    ("Bail was set at amounts ranging from RM5,000 to RM9,000.", "RM5,000 to RM9,000", 5000, 9000, "MYR", "range"),
    ("He drove at speeds higher than 100mph.", "higher than 100mph", 100, None, "mph", "lower_bound"),
    ("The blade was lower than 10cm long.", "lower than 10cm", 10, None, "cm", "upper_bound"),
])
def test_scales_ranges_and_comparative_bounds(nlp, text, span, value, value_max, unit, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q.get("value_max"), q.get("unit"), q["qualifier"]) == (value, value_max, unit, qualifier)


@pytest.mark.parametrize("text,span,value,unit", [
    ("Temperatures fell to minus-5 degrees Celsius overnight.", "minus-5 degrees Celsius", -5, "degrees Celsius"),
    ("The car's cabin reached 120 Fahrenheit.", "120 Fahrenheit", 120, "Fahrenheit"),
    ("Officers seized a PS6m haul and PS21,700 in cash.", "PS6m", 6_000_000, "GBP"),
    ("Officers seized a PS6m haul and PS21,700 in cash.", "PS21,700", 21_700, "GBP"),
    ("They laundered almost S$1mil (RM3.06mil) for the gang.", "RM3.06mil", 3_060_000, "MYR"),
])
def test_temperatures_folded_pound_signs_and_bracketed_money(nlp, text, span, value, unit):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize("text", [
    "Arson attacks on 5G masts were reported, and 3G and 4G networks were hit.",
    "A PS5 console was taken in the burglary.",
    "The GPS 5m accuracy was checked, and the FORM 5m field left blank.",
])
def test_generations_consoles_and_codes_are_not_money_or_grams(nlp, text):
    assert all(q.get("unit") not in ("G", "GBP", "MYR") and q["value"] < 1_000_000 for q in quantities(nlp, text))


# --- audit of US releases: currencies, codes, named ages, weights, periods, statutory caps
def test_one_foreign_place_does_not_turn_an_american_release_into_canadian_dollars(nlp):
    text = ("A Canadian citizen was sentenced in the U.S. District Court in Texas, the U.S. Attorney said. "
            "He was ordered to pay $306,171 in restitution to victims in the United States.")
    assert at_span(nlp, text, "$306,171")["unit"] == "USD"


def test_a_canadian_release_keeps_canadian_dollars(nlp):
    assert at_span(nlp, "RCMP officers in Toronto, Ontario, seized $5,000 in cash.", "$5,000")["unit"] == "CAD"


@pytest.mark.parametrize("text,person_age", [
    ("Ilya Brodsky, a 25-year-old resident of Leeds, pleaded guilty.", "25-year-old"),
    ("The court jailed convicted 32-year-old Kevin Asher for six years.", "32-year-old"),
])
def test_a_named_persons_year_old_age_is_not_a_quantity(nlp, text, person_age):
    assert person_age not in [q["text"] for q in quantities(nlp, text)]


@pytest.mark.parametrize("text,span,unit", [
    ("Agents seized approximately 1,846 pounds from the truck and $5,000 in cash in Texas.",
     "approximately 1,846 pounds", "pounds"),
    ("He stole 500 pounds from the till, police in Leeds said.", "500 pounds", "GBP"),
])
def test_pounds_weigh_in_an_american_release_and_are_money_elsewhere(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text,span,qualifier", [
    ("They stole more than$1.5 million from pensioners.", "more than$1.5 million", "lower_bound"),
    ("The loss was approximately$23.3m in total.", "approximately$23.3m", "approximate"),
])
def test_a_currency_sign_glued_to_the_hedge_is_still_money(nlp, text, span, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"]) == ("USD", qualifier)


def test_table_cells_are_figures_with_the_caption_or_header_unit(nlp):
    text = ("Burglaries by ward (last year in brackets):\n\n"
            "Kings Heath      118    (131)\n"
            "Moseley North     64     (59)\n\n"
            "| Ward | Arrests | Charged |\n|---|---|---|\n| Kings Heath | 40 | 12 |\n")
    found = {q["text"]: (q.get("unit"), q["extractor"]) for q in quantities(nlp, text)}
    assert found["118"] == ("burglaries", "claims_quantities:table_cell")
    assert found["59"] == ("burglaries", "claims_quantities:table_cell")
    assert (found["40"][0], found["12"][0]) == ("arrests", None)  # "Charged" is no plural noun


def test_dollars_in_a_calgary_or_new_zealand_release(nlp):
    assert one(nlp, "Calgary police say victims lost $1.9 million.")["unit"] == "CAD"
    assert one(nlp, "Fees on New Zealand roads totalled $2.3 million.")["unit"] == "NZD"


