"""Tests for pipeline/claims/quantities.py (the ``claims_quantities`` component)."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise


def quantities(nlp, text, published="2024-03-08", source=None):
    doc = nlp(make_doc(nlp, text, published=published, source=source))
    return [dict(c, text=doc.text[c["start"]:c["end"]]) for c in claims_of(doc, "quantity")]


def at_span(nlp, text, span):
    """The quantity whose text is ``span`` (the test fails, listing what was found, if none is)."""
    found = quantities(nlp, text)
    matching = [q for q in found if q["text"] == span]
    assert matching, found
    return matching[0]


def one(nlp, text, **kw):
    found = quantities(nlp, text, **kw)
    assert len(found) == 1, found
    return found[0]


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


def test_range_has_value_max(nlp):
    q = one(nlp, "Between 16 and 24 officers will be on duty.")
    assert (q["value"], q["value_max"], q["qualifier"]) == (16, 24, "range")


def test_ages_of_unnamed_people_in_a_list(nlp):
    found = quantities(nlp, "Three men, aged 19, 23 and 31, were charged.")
    ages = [q["value"] for q in found if q["unit"] == "years"]
    assert ages == [19, 23, 31]


def test_change_baseline_as_written(nlp):
    q = one(nlp, "Officers made 210 more arrests compared with the same period in 2022.")
    assert q["direction"] == "increase"
    assert "2022" in q["baseline"]


def test_level_reached_is_not_a_change(nlp):
    q = one(nlp, "The number of officers increased to 1,450 officers by March.")
    assert q.get("direction") is None


def test_bare_number_takes_unit_from_number_of(nlp):
    q = one(nlp, "The number of closure orders has grown, with around 90 now in place.")
    assert (q["value"], q["unit"], q["qualifier"]) == (90, "closure orders", "approximate")


def test_dollar_follows_the_release_country(nlp):
    assert one(nlp, "Police seized $40,000 in cash.")["unit"] == "USD"
    assert one(nlp, "Police seized $40,000 in cash.", source="https://www.police.nsw.gov.au/news/1")["unit"] == "AUD"
    assert one(nlp, "RCMP officers in Ontario seized $40,000 in cash.")["unit"] == "CAD"


@pytest.mark.parametrize("text", [
    "Anyone with information should call 101 or Crimestoppers on 0800 555 111.",
    "Please quote reference 4417 of 12 March when calling.",
    "The A10 was closed and the V100 project was praised.",
    "He was charged under section 18 of the Offences Against the Person Act 1861.",
    "Officers were called at 10.40pm on Saturday, 9 March 2024.",
    "It was the first arrest in a week, and an hour later a second man was held.",
    "Hundreds of residents and dozens of officers attended, a double-digit rise.",
    "Ryan Cole, 34, of Croydon, was remanded in custody.",
    "Mary Byrne, aged 51, from Luton, will appear in court.",
    "The 3rd suspect was released while the 21st remains wanted.",
    "The team visited the Nine Elms Youth Centre and the 3-County Drugs Taskforce.",
    "He is due at court on 4 April; the hearing lasts until 2025.",
    "In one instance a driver fled; one of the passengers was detained.",
    "The helpline is open 24/7 on 0300 123 4567.",
    "He was convicted under 18 U.S.C. 922(g)(1).",
])
def test_not_figures(nlp, text):
    assert quantities(nlp, text) == []


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


def test_bare_counts_in_a_list_take_the_earlier_noun(nlp):
    found = quantities(nlp, "Troopers stopped 900 cars and arrested 64 drivers.\nOf those arrested:\n"
                            "• 40 were over the limit\n• 12 failed a drug test")
    units = {q["value"]: q.get("unit") for q in found}
    assert units[40] == "drivers" and units[12] == "drivers"


def test_partitive_takes_the_count_of_the_same_verb(nlp):
    found = quantities(nlp, "The week saw 31 people charged with theft. Six of those charged were teenagers.")
    six = next(q for q in found if q["value"] == 6)
    assert six["unit"] == "people"


def test_from_to_gives_two_figures_not_a_range(nlp):
    found = quantities(nlp, "The number of people injured fell from 48 to 30.")
    assert [(q["value"], q.get("qualifier"), q.get("unit")) for q in found] == [
        (48, "exact", "people"), (30, "exact", "people")]


def test_hedged_multiplier_and_fraction_change(nlp):
    found = {q["text"]: q for q in quantities(nlp, "Thefts have more than doubled, while assaults were half as "
                                                   "many as last year and robberies fell by a third.")}
    assert found["more than doubled"]["qualifier"] == "lower_bound"
    assert found["half"]["direction"] == "decrease"
    assert found["a third"]["direction"] == "decrease"


def test_ages_with_hedges_and_ranges(nlp):
    found = quantities(nlp, "The victims were aged over 75, and the suspects aged between 15 and 19.")
    assert [(q["value"], q.get("value_max"), q["unit"], q["qualifier"]) for q in found] == [
        (75, None, "years", "lower_bound"), (15, 19, "years", "range")]


def test_proportions_are_fractions(nlp):
    q = one(nlp, "Around 1 in 4 women will experience domestic abuse.")
    assert (q["value"], q["unit"], q["qualifier"]) == (0.25, "fraction", "approximate")


@pytest.mark.parametrize("text", [
    "One victim, an elderly widow, lost her savings.",
    "Shots were fired in the 4500 block of West Madison Street.",
    "Call the tip line at 1-800-555-TIPS or 312-555-0199.",
    "Contact police on 101 or, in an emergency, 999.",
])
def test_more_non_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The crash closed the M1 between Junction 4 and Junction 6.",
    "The car was found on Route 66 near Highway 101.",
    "He sold the stolen iPhone 14 for cash.",
    "Officers stood in the final third of the pitch during the fourth quarter.",
])
def test_names_and_ordinal_fractions_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


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


def test_scale_word_shared_by_a_range(nlp):
    q = one(nlp, "Officials think between 1 and 2 million pounds was laundered.")
    assert (q["value"], q["value_max"], q["unit"]) == (1_000_000, 2_000_000, "GBP")


def test_hyphenated_count_modifier(nlp):
    q = one(nlp, "He was charged in a nine-count indictment.")
    assert (q["text"], q["value"], q["unit"]) == ("nine-count", 9, "count")


@pytest.mark.parametrize("text, span, value, qualifier", [
    ("Residents over age 65 will be offered a home visit.", "over age 65", 65, "lower_bound"),
    ("Children under age 16 were removed from the address.", "under age 16", 16, "upper_bound"),
    ("Victims aged 60 and older lost the most.", "60 and older", 60, "lower_bound"),
    ("If you are age 60 or older, call the hotline.", "60 or older", 60, "lower_bound"),
    ("Children aged 12 and under travel free.", "12 and under", 12, "upper_bound"),
])
def test_an_age_bound_is_an_age_with_its_bound(nlp, text, span, value, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"], q["qualifier"]) == (value, "years", qualifier)


def test_and_over_before_another_figure_is_no_bound(nlp):
    found = {q["text"]: q["qualifier"] for q in quantities(nlp, "The gang stole between 10 and over 20 cars.")}
    assert "10 and over" not in found and found.get("over 20 cars") == "lower_bound"


# --- a glued "m" after a number: millions before a counted noun or unit, metres otherwise
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


# --- ranges and changes
def test_word_range_of_years(nlp):
    c = one(nlp, "He was banned from driving for one to two years.")
    assert (c["text"], c["value"], c["value_max"], c["unit"], c["qualifier"]) == (
        "one to two years", 1, 2, "years", "range")


def test_change_by_then_new_level_is_two_figures(nlp):
    found = quantities(nlp, "The policing budget increased by $43.6 million to $419.2 million.")
    assert [(c["text"], c["value"], c.get("value_max")) for c in found] == [
        ("$43.6 million", 43_600_000, None), ("$419.2 million", 419_200_000, None)]


def test_by_a_bare_range(nlp):
    c = one(nlp, "Response times were cut by 2 to 3 minutes.")
    assert (c["value"], c["value_max"], c["qualifier"], c["direction"]) == (2, 3, "range", "decrease")


def test_rose_from_to_stays_two_figures(nlp):
    found = quantities(nlp, "The number of patrols rose from 3 to 12 officers.")
    assert [c["value"] for c in found] == [3, 12] and all(c.get("value_max") is None for c in found)


def test_trend_verb_on_index_points(nlp):
    c = one(nlp, "The FTSE 250 lost 190 points on the day the fraud was revealed.")
    assert (c["value"], c["unit"], c["direction"]) == (190, "points", "decrease")


def test_lost_money_is_not_a_trend(nlp):
    c = one(nlp, "The victim lost £5,000 to the scammers.")
    assert (c["value"], c["unit"], c.get("direction")) == (5000, "GBP", None)


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


# --- numbers inside addresses and product names
@pytest.mark.parametrize("text", [
    "Police were called to 575 Oxford Road at 3pm.",
    "Officers attended 16-18 Industrial Avenue on Tuesday.",
    "A man was arrested at 12 High St yesterday.",
    "The shooting happened in the 7900 block of South Halsted Street.",
    "He stole an iPhone 11 Pro from the shop.",
    "The suspect flew on a Boeing 787 to Dubai.",
])
def test_addresses_and_product_names_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


def test_count_next_to_an_address_is_kept(nlp):
    found = quantities(nlp, "Three men were arrested at 40 Mill Lane and 12 cars were seized.")
    assert [c["text"] for c in found] == ["Three men", "12 cars"]


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


def test_transition_from_to_is_still_two_figures(nlp):
    found = quantities(nlp, "Burglaries rose from 2,100 to 2,450 after the closure.")
    assert [(q["value"], q.get("value_max")) for q in found] == [(2100, None), (2450, None)]


@pytest.mark.parametrize("text,span,value", [
    ("Knife crime rose 12% to 1,400 last year.", "1,400", 1400),            # the level a change reached
    ("Seizures ended the year up 8% at 3,150.", "3,150", 3150),
    ("The operation cost a total of 2 million.", "2 million", 2_000_000),  # a scale word is never a reference
    ("Of those, 310 were charged and 95 who were cautioned left.", "95", 95),
])
def test_bare_figures_that_still_count(nlp, text, span, value):
    assert at_span(nlp, text, span)["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Officers were called to 17 Smith Street after the report.",
    "The team was sent to 4 Station Road, then to 12 Mill Lane.",
    "Stocks were seized from a PS5 box and a COVID -19 test kit.",
])
def test_addresses_and_codes_stay_out(nlp, text):
    assert [q["text"] for q in quantities(nlp, text)] == []


def test_the_unit_is_not_a_date_phrase(nlp):
    q = [q for q in quantities(nlp, "Knife crime rose 12% to 1,400 last year.") if q["value"] == 1400][0]
    assert q["unit"] != "last year"


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


@pytest.mark.parametrize("text", [
    "The firm is listed in the FTSE 100 and the S&P 500.",
    "Sea levels could rise by 2120, the report said.",
    "Sales grew strongly in the first half and this half.",
    "He was seen on 1/2 and again on 3/4.",
    "Two men from a Boeing 737 crew were questioned.",
])
def test_names_years_and_bare_slashes_are_not_figures(nlp, text):
    assert [q["text"] for q in quantities(nlp, text) if q["unit"] != "men"] == []


def test_a_joiner_after_the_range_is_not_a_repeated_unit(nlp):
    q = one(nlp, "Victims paid a fee, usually $20 to $30 to claim a prize.")
    assert (q["value"], q["value_max"], q["qualifier"]) == (20, 30, "range")


def test_ordinal_words_are_fractions_only_before_of_or_a_comparison(nlp):
    assert [q["value"] for q in quantities(nlp, "One fourth of calls were hoaxes.")] == [0.25]
    assert 0.25 not in [q["value"] for q in quantities(nlp, "It issued three recalls in 2016, and a fourth in 2017.")]
    assert 0.2 not in [q["value"] for q in quantities(nlp, "A fifth on the list was cleared.")]


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


@pytest.mark.parametrize("text", [
    "The team grew from 5 up to 9 officers.",
    "Shares fell from 52 to 31 after the raid.",
])
def test_up_to_and_to_after_a_change_verb_are_not_ranges(nlp, text):
    assert all(q["qualifier"] != "range" for q in quantities(nlp, text))


@pytest.mark.parametrize("text,span,qualifier", [
    ("Each count carries a sentence of no greater than 20 years in prison.", "no greater than 20 years", "upper_bound"),
    ("He faces a fine not exceeding £1,000.", "not exceeding £1,000", "upper_bound"),
    ("The offence carries a term of not more than five years.", "not more than five years", "upper_bound"),
    ("The minimum is not less than five years.", "not less than five years", "lower_bound"),
    ("A sentence not to exceed 10 years was imposed.", "not to exceed 10 years", "upper_bound"),
    ("He was questioned about the $25,000 payment.", "$25,000", "exact"),
    ("Judge Berman presided over the two-week trial.", "two-week", "exact"),
])
def test_negated_bounds_flip_and_prepositions_before_the_are_not_hedges(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


@pytest.mark.parametrize("text,span,value,value_max,unit", [
    ("Two or three men attacked him in the car park.", "Two or three men", 2, 3, "men"),
    ("He was robbed of eight or nine euros.", "eight or nine euros", 8, 9, "EUR"),
    ("Each count carries five or 10 years in prison.", "five or 10 years", 5, 10, "years"),
    ("Witnesses described a group aged 15 or 16.", "15 or 16", 15, 16, "years"),
])
def test_two_numbers_joined_by_or_are_a_range(nlp, text, span, value, value_max, unit):
    q = at_span(nlp, text, span)
    assert (q["value"], q.get("value_max"), q.get("unit"), q["qualifier"]) == (value, value_max, unit, "range")


@pytest.mark.parametrize("text", [
    "Anyone with information should call 101 or 999.",
    "Fines rose by 25k or 40k in the north and south respectively.",
    "He faces a fine of $250,000 or three times the gross gain.",
])
def test_or_between_far_apart_or_respective_figures_is_not_a_range(nlp, text):
    assert all(q["qualifier"] != "range" for q in quantities(nlp, text))


@pytest.mark.parametrize("text,span,value,qualifier", [
    ("He sent images to a child under the age of 13.", "under the age of 13", 13, "upper_bound"),
    ("The scheme is open to anyone over the age of 65.", "over the age of 65", 65, "lower_bound"),
    ("Victims were all below the age of five years.", "below the age of five years", 5, "upper_bound"),
    ("Residents older than 80 were contacted.", "older than 80", 80, "lower_bound"),
])
def test_age_bounds(nlp, text, span, value, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"], q["qualifier"]) == (value, "years", qualifier)


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


def test_a_ratio_over_four_after_by_is_a_change_and_a_level(nlp):
    found = quantities(nlp, "Burglaries increased by 120 to 950 in the year.")
    assert [(q["value"], q.get("value_max")) for q in found] == [(120, None), (950, None)]
    assert at_span(nlp, "Arrests rose by 10 to 15 a week.", "10 to 15")["qualifier"] == "range"


@pytest.mark.parametrize("text,span,qualifier,direction", [
    ("Officers seized 2kg (4.4lb) more cannabis than last year.", "4.4lb", "exact", "increase"),
    ("The stash weighed about 5kg (11lb).", "11lb", "approximate", None),
    ("Officers seized 2kg of cannabis (40 wraps).", "40 wraps", "exact", None),
])
def test_a_bracketed_conversion_restates_the_figure_before_it(nlp, text, span, qualifier, direction):
    q = at_span(nlp, text, span)
    assert (q["qualifier"], q.get("direction")) == (qualifier, direction)


@pytest.mark.parametrize("text,span,qualifier", [
    ("The EPA-estimated range of 200 miles, a 5-mile gain on last year.", "5-mile", "exact"),
    ("Police estimated that 500 people attended.", "500 people", "approximate"),
    ("The previous estimate was lower, and the final bill was £8,000.", "£8,000", "exact"),
    ("More than 1,000 customers including over than 60 firms were hit.", "over than 60 firms", "lower_bound"),
])
def test_an_estimate_word_hedges_only_its_own_clause(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


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


@pytest.mark.parametrize("text,span,value,value_max", [
    ("The pills contained 10 mg, 15 mg or 30 mg of oxycodone.", "15 mg", 15, None),
    ("The pills contained 10 mg, 15 mg or 30 mg of oxycodone.", "30 mg", 30, None),
    ("Kia overstated the fuel economy by one to six miles per gallon.", "one to six miles per gallon", 1, 6),
])
def test_alternatives_in_a_list_stay_apart_and_small_ranges_after_by_stay_ranges(nlp, text, span, value, value_max):
    q = at_span(nlp, text, span)
    assert (q["value"], q.get("value_max")) == (value, value_max)


@pytest.mark.parametrize("text", [
    "The rule used a two or three-letter code for each country.",
    "Pupils attended for one or two 55-minute periods per day.",
    "He was director of 21 Celsius Inc., a Canadian corporation.",
])
def test_or_ranges_need_their_own_noun_and_company_names_are_not_measures(nlp, text):
    assert all(q.get("value_max") is None and q.get("unit") not in ("Celsius", "students")
               for q in quantities(nlp, text))


@pytest.mark.parametrize("text,span,qualifier", [
    ("According to police estimates, 500 people attended the march.", "500 people", "approximate"),
    ("He had an estimated blood alcohol concentration (BAC) of 144mg.", "144mg", "approximate"),
    ("At approximately 8:40pm, six additional officers arrived.", "six additional officers", "exact"),
])
def test_an_estimate_fronting_the_clause_still_hedges(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


def test_at_least_is_a_hedge_not_a_level(nlp):
    q = at_span(nlp, "The force will reduce its response time at least 20 minutes by 2027.", "at least 20 minutes")
    assert (q["qualifier"], q.get("direction")) == ("lower_bound", "decrease")


@pytest.mark.parametrize("text,span,unit", [
    ("Exploitation referrals to the force rose by 120 to 950 in the year.", "120", "Exploitation referrals"),
    ("Injury crashes fell by 30 to 400 in July.", "30", "Injury crashes"),
])
def test_a_change_after_by_counts_the_plural_subject(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_add_is_a_change_but_add_up_to_is_a_total(nlp):
    assert at_span(nlp, "The department plans to add 12 officers.", "12 officers")["direction"] == "increase"
    assert at_span(nlp, "The thefts add up to £5,000.", "up to £5,000").get("direction") is None
    assert at_span(nlp, "He fraudulently added at least $40,000 to gift cards.", "at least $40,000").get("direction") \
        is None  # money put into something is an amount, not a change


@pytest.mark.parametrize("text,expected", [
    ("Heat-related 911 calls are up on last year.", []),
    ("The control room answered 999 calls about the fire.", []),
    ("The 101 line was busy, and 999 officers were on duty.", [999]),
])
def test_an_emergency_number_before_calls_or_line_names_the_service(nlp, text, expected):
    assert [q["value"] for q in quantities(nlp, text)] == expected


@pytest.mark.parametrize("text,span,direction", [
    ("The scheme caused a loss of approximately £33m to the council.", "approximately £33m", None),
    ("Fraud involving losses of between $18 million and $22 million was charged.",
     "between $18 million and $22 million", None),
    ("The victims suffered a $5m loss.", "$5m", None),
    ("The cuts led to a loss of 300 officers.", "300 officers", "decrease"),
])
def test_a_loss_of_money_is_an_amount_not_a_change(nlp, text, span, direction):
    assert at_span(nlp, text, span).get("direction") == direction


# --- signed money, "Nm of its ...", partitive units, ranges of ages
@pytest.mark.parametrize("text,span,value,unit", [
    ("The charity reported a net position of $-4,500 at year end.", "$-4,500", -4500, "USD"),
    ("The fund's balance fell to -£3.2m after the fraud.", "-£3.2m", -3_200_000, "GBP"),
    ("The victims lost about £2m, a figure reached after -- £225,000 was recovered.", "£225,000", 225_000, "GBP"),
])
def test_a_sign_before_or_after_the_currency_makes_money_negative(nlp, text, span, value, unit):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"]) == (value, unit)


def test_a_dash_before_money_is_punctuation_not_a_sign(nlp):
    q = at_span(nlp, "It will help our most vulnerable victims --$225 million in grants.", "$225 million")
    assert q["value"] == 225_000_000


@pytest.mark.parametrize("text,span,value,unit", [
    ("The firm sold 35m of its tracking devices before the recall.", "35m", 35_000_000, "its tracking devices"),
    ("Around 12m of the stolen records were published online.", "Around 12m", 12_000_000, "the stolen records"),
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


@pytest.mark.parametrize("text,span,unit", [
    ("Officers arrested 15 of the 20 suspects on Tuesday.", "15", "the suspects"),
    ("Two of the 15-year-old boys were later charged.", "Two", "the 15-year-old boys"),
    ("Three of the stolen high-value vans were recovered last week.", "Three", "the stolen high-value vans"),
])
def test_a_partitive_count_takes_the_noun_after_of_up_to_its_head(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text,span,value,value_max", [
    ("The boys, some as young as 14 or 15 years old, were recruited.", "14 or 15 years old", 14, 15),
    ("Pupils between 11 and 13 years old were given the talk.", "between 11 and 13 years old", 11, 13),
    ("The scheme is open to children aged 10 to 12 years.", "10 to 12 years", 10, 12),
    ("Officers spoke to 12-14-year-olds at the school.", "12-14-year-olds", 12, 14),
])
def test_ranges_of_ages_span_their_years_old(nlp, text, span, value, value_max):
    q = at_span(nlp, text, span)
    assert (q["value"], q["value_max"], q["unit"], q["qualifier"]) == (value, value_max, "years", "range")


@pytest.mark.parametrize("text", [
    "Count Two charges the defendant with possession of a firearm.",
    "Counts One and Two of the indictment charge Smith with assault.",
    "Counts Four through Seven of the indictment charged the driver.",
    "Counts 2 and 3 charge Jones with supplying cocaine.",
])
def test_count_numbers_of_an_indictment_are_references(nlp, text):
    assert quantities(nlp, text) == []


def test_a_sentence_per_count_is_a_figure_and_so_is_a_count_of_counts(nlp):
    found = quantities(nlp, "He was jailed for 36 months on count one and 120 months on count two.")
    assert [(q["text"], q["value"]) for q in found] == [("36 months", 36), ("120 months", 120)]
    q = at_span(nlp, "They are each charged with 10 felony counts: nine counts of fraud and one of theft.",
                "nine counts")
    assert q["value"] == 9


# --- audit of US releases: currencies, codes, named ages, weights, periods, statutory caps
def test_one_foreign_place_does_not_turn_an_american_release_into_canadian_dollars(nlp):
    text = ("A Canadian citizen was sentenced in the U.S. District Court in Texas, the U.S. Attorney said. "
            "He was ordered to pay $306,171 in restitution to victims in the United States.")
    assert at_span(nlp, text, "$306,171")["unit"] == "USD"


def test_a_canadian_release_keeps_canadian_dollars(nlp):
    assert at_span(nlp, "RCMP officers in Toronto, Ontario, seized $5,000 in cash.", "$5,000")["unit"] == "CAD"


@pytest.mark.parametrize("text,span,unit", [
    ("The scheme involved 94 U.S. attorneys offices.", "94 U.S. attorneys offices", "U.S. attorneys offices"),
    ("More than 500 U.S. businesses were hit by the malware.", "More than 500 U.S. businesses", "U.S. businesses"),
])
def test_a_us_abbreviation_is_part_of_the_counted_noun_not_a_unit(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text", [
    "The case is United States v. Hale, No. 3-05CV1843-P (N.D. Tex.).",
    "See Hale v. Jones, No. 13-1285 (D. Del.).",
    "The case number is CR 12-646-SI.",
    "Report tips on 1-866-DHS-2-ICE.",
    "Read the complaint (205.74 KB) here, and the report (PDF, 1.2MB).",
])
def test_case_numbers_codes_and_attachment_sizes_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text,person_age", [
    ("Ilya Brodsky, a 25-year-old resident of Leeds, pleaded guilty.", "25-year-old"),
    ("The court jailed convicted 32-year-old Kevin Asher for six years.", "32-year-old"),
])
def test_a_named_persons_year_old_age_is_not_a_quantity(nlp, text, person_age):
    assert person_age not in [q["text"] for q in quantities(nlp, text)]


def test_an_unnamed_persons_year_old_age_is_a_quantity(nlp):
    assert at_span(nlp, "Officers arrested a 19-year-old man, and a woman, 25, on Friday.", "19-year-old")["value"] == 19


@pytest.mark.parametrize("text,span,unit", [
    ("Agents seized approximately 1,846 pounds from the truck and $5,000 in cash in Texas.",
     "approximately 1,846 pounds", "pounds"),
    ("He stole 500 pounds from the till, police in Leeds said.", "500 pounds", "GBP"),
])
def test_pounds_weigh_in_an_american_release_and_are_money_elsewhere(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_over_a_period_is_not_a_lower_bound(nlp):
    q = at_span(nlp, "The fraud cost victims $1.7 billion over a 20-year period.", "20-year")
    assert q["qualifier"] == "exact"


@pytest.mark.parametrize("text,span,qualifier", [
    ("They stole more than$1.5 million from pensioners.", "more than$1.5 million", "lower_bound"),
    ("The loss was approximately$23.3m in total.", "approximately$23.3m", "approximate"),
])
def test_a_currency_sign_glued_to_the_hedge_is_still_money(nlp, text, span, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"]) == ("USD", qualifier)


@pytest.mark.parametrize("text,span", [
    ("He faces a maximum potential sentence of 33 years.", "33 years"),
    ("The maximum penalty for this offence is 14 years in prison.", "14 years"),
    ("They face maximum statutory penalties of 10 years each.", "10 years"),
])
def test_a_statutory_maximum_named_before_the_figure_is_an_upper_bound(nlp, text, span):
    assert at_span(nlp, text, span)["qualifier"] == "upper_bound"


def test_more_than_before_the_next_figure_hedges_it_and_is_no_change_of_this_one(nlp):
    text = "The scheme hit about 3,700 banks more than $169 million in losses."
    assert at_span(nlp, text, "about 3,700 banks").get("direction") is None
    assert at_span(nlp, text, "more than $169 million")["qualifier"] == "lower_bound"


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


def test_a_sentence_after_an_act_name_is_not_a_reference_list(nlp):
    text = "He was charged under section 95 of the Criminal Code. Three other people face lesser charges."
    assert at_span(nlp, text, "Three other people")["value"] == 3


@pytest.mark.parametrize("text, span, unit", [
    ("The city will fund 24,000 summer jobs for young people.", "24,000 summer jobs", "summer jobs"),
    ("Police made 40 weekend arrests across the county.", "40 weekend arrests", "weekend arrests"),
    ("Officers ran 12 night patrols in the town centre.", "12 night patrols", "night patrols"),
])
def test_a_time_word_before_a_plural_noun_describes_what_is_counted(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


def test_a_time_word_alone_is_still_a_duration(nlp):
    assert at_span(nlp, "He served 40 weekends in custody.", "40 weekends")["unit"] == "weekends"


@pytest.mark.parametrize("text", [
    "Officers searched a townhouse near 152 Street on Tuesday.",
    "The crash happened at 64 Avenue and 152 Street.",
])
def test_a_numbered_street_is_not_a_figure(nlp, text):
    assert quantities(nlp, text) == []


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


@pytest.mark.parametrize("text, span", [
    ("The money was moved overseas, usually within two days.", "within two days"),
    ("Officers arrived within 10 minutes of the call.", "within 10 minutes"),
])
def test_within_is_an_upper_bound(nlp, text, span):
    assert at_span(nlp, text, span)["qualifier"] == "upper_bound"


def test_age_after_a_name_is_the_persons_not_a_quantity(nlp):
    assert quantities(nlp, "Charged were John Smith, age 24, and Amy Lee, age 26, both of Gary.") == []
    assert at_span(nlp, "The victim, age 24, was treated in hospital.", "24")["unit"] == "years"


@pytest.mark.parametrize("text, span, qualifier", [
    ("The survey interviewed adults 18 and older across the city.", "18 and older", "lower_bound"),
    ("The unit protects children 12 and under from exploitation.", "12 and under", "upper_bound"),
])
def test_a_bare_number_bounded_as_an_age_is_in_years(nlp, text, span, qualifier):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["qualifier"]) == ("years", qualifier)


def test_money_and_over_is_a_lower_bound_not_an_age(nlp):
    q = at_span(nlp, "Fines of £500 and over were issued.", "£500 and over")
    assert (q["unit"], q["qualifier"]) == ("GBP", "lower_bound")


@pytest.mark.parametrize("text, values", [
    ("Deaths fell from 52 to 31 last year.", [52, 31]),
    ("The number of deaths rose from 52 to 61 last year.", [52, 61]),
])
def test_levels_before_a_relative_date_are_figures(nlp, text, values):
    # spaCy tags "52 to 31 last year" as one DATE entity; the relative date is its own claim
    assert [q["value"] for q in quantities(nlp, text)] == values


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


def test_a_second_decade_shares_in_their(nlp):
    found = [(q["text"], q["value"], q["value_max"]) for q in quantities(nlp, "Most victims were in their 70s and late 80s.")]
    assert found == [("in their 70s", 70, 79), ("late 80s", 80, 89)]


def test_a_partitive_of_a_bare_number_takes_the_earlier_noun(nlp):
    text = "Six people died on the roads, compared with two last year. Three of the six were motorcyclists."
    assert at_span(nlp, text, "Three")["unit"] == "people"


@pytest.mark.parametrize("text, span, unit", [
    ("All three accused remain in custody.", "three accused", "accused"),
    ("The two deceased were named by police.", "two deceased", "deceased"),
])
def test_participles_used_as_nouns_are_counted(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


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


def test_a_vehicle_model_number_after_a_model_year_is_not_a_figure(nlp):
    assert quantities(nlp, "The indictment seeks forfeiture of a 2023 Ram 1500 pickup truck.") == []


def test_bulleted_parts_of_a_figure_in_the_header_are_counts_of_it(nlp):
    text = ("Troopers issued 1,214 citations, including:\n• 602 for speeding\n"
            "• 148 for seat belt violations\n• 97 for driving while suspended")
    assert [(q["text"], q["unit"]) for q in quantities(nlp, text)] == [
        ("1,214 citations", "citations"), ("602", "citations"), ("148", "citations"), ("97", "citations")]
    assert quantities(nlp, "Contact numbers:\n• 101 for non-emergencies\n• 999 in an emergency") == []


@pytest.mark.parametrize("text, span, qualifier", [
    ("The temperature inside the trailer exceeded 105 degrees.", "exceeded 105 degrees", "lower_bound"),
    ("Losses exceeded £2m last year.", "exceeded £2m", "lower_bound"),
])
def test_exceeded_is_a_lower_bound(nlp, text, span, qualifier):
    assert at_span(nlp, text, span)["qualifier"] == qualifier


def test_a_file_number_with_a_hyphen_is_not_a_range(nlp):
    assert quantities(nlp, "Please reference file 26-41187 when you call.") == []


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


def test_bulleted_ranges_under_an_age_header_are_ages(nlp):
    text = ("Victims by age group (2025):\n- 75 and older: 46 per cent\n- 65 to 74: 31 per cent\n"
            "- Under 55: 9 per cent")
    assert [(q["text"], q["unit"]) for q in quantities(nlp, text)] == [
        ("75 and older", "years"), ("65 to 74", "years"), ("Under 55", "years")]


@pytest.mark.parametrize("text, span", [
    ("The boy, who was 10, was unhurt.", "10"),
    ("The victim was 17.", "17"),
    ("The driver, who was 19 at the time, fled on foot.", "19"),
    ("The victims were 17 and 19.", "19"),
])
def test_a_number_an_unnamed_person_is_said_to_be_is_an_age(nlp, text, span):
    q = at_span(nlp, text, span)
    assert (q["unit"], q["extractor"]) == ("years", "claims_quantities:age_predicate")


@pytest.mark.parametrize("text", [
    "Their daughter Maria, who was 10, survived.",  # a named person's age is the person's
    "The total was 17.",
])
def test_a_number_said_of_a_named_person_or_a_thing_is_no_age(nlp, text):
    assert all(q["unit"] != "years" for q in quantities(nlp, text))


def test_a_figure_per_week_is_a_rate_not_a_date(nlp):
    q = at_span(nlp, "We had 22 burglaries, compared with an average of 20 per week.", "20")
    assert q["unit"] == "burglaries"


def test_table_cells_are_figures_with_the_caption_or_header_unit(nlp):
    text = ("Burglaries by ward (last year in brackets):\n\n"
            "Kings Heath      118    (131)\n"
            "Moseley North     64     (59)\n\n"
            "| Ward | Arrests | Charged |\n|---|---|---|\n| Kings Heath | 40 | 12 |\n")
    found = {q["text"]: (q.get("unit"), q["extractor"]) for q in quantities(nlp, text)}
    assert found["118"] == ("burglaries", "claims_quantities:table_cell")
    assert found["59"] == ("burglaries", "claims_quantities:table_cell")
    assert (found["40"][0], found["12"][0]) == ("arrests", None)  # "Charged" is no plural noun


def test_a_labelled_bullet_counts_its_label(nlp):
    text = ("Results of the operation:\n\n- Breath tests: 12,480, up 9 per cent\n"
            "- Drivers arrested for drink driving: 344, 27 fewer\n- Total: 51\n")
    found = {q["text"]: q.get("unit") for q in quantities(nlp, text)}
    assert found == {"12,480": "breath tests", "344": "drivers", "27": "drivers", "51": None}


def test_a_bulleted_count_under_a_partitive_header_counts_its_noun(nlp):
    text = "Of the 47 victims:\n- 15 were in their 70s\n- six were women"
    found = {q["text"]: q["unit"] for q in quantities(nlp, text)}
    assert (found["15"], found["six"]) == ("victims", "victims")


@pytest.mark.parametrize("text, span, value, qualifier", [
    ("He was more than twice the legal limit.", "more than twice", 2, "lower_bound"),
    ("Burglaries were twice as high as last year.", "twice", 2, "exact"),
    ("The fine may be up to twice the gross gain.", "up to twice", 2, "upper_bound"),
])
def test_twice_before_a_comparison_is_a_multiplier(nlp, text, span, value, qualifier):
    q = at_span(nlp, text, span)
    assert (q["value"], q["unit"], q["qualifier"], q.get("direction")) == (value, "times", qualifier, None)


@pytest.mark.parametrize("text", [
    "He was stabbed twice.", "She called twice that week.", "He checked in twice a day.",
    "He was twice convicted of fraud.",
])
def test_twice_as_a_count_of_occasions_is_no_figure(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, span", [
    ("There were 112 fewer offences this year.", "112 fewer offences"),
    ("The force hired 999 new officers.", "999 new officers"),
])
def test_an_emergency_number_counting_something_is_a_figure(nlp, text, span):
    assert at_span(nlp, text, span)["value"] in (112, 999)


@pytest.mark.parametrize("text", [
    "Calls to 911 reporting street racing doubled.", "In an emergency, dial 112 from any phone.",
    "Officers answered 999 calls in an hour.",
])
def test_an_emergency_number_naming_the_service_is_no_figure(nlp, text):
    assert all(q["value"] not in (112, 911, 999) for q in quantities(nlp, text))


def test_dollars_in_a_calgary_or_new_zealand_release(nlp):
    assert one(nlp, "Calgary police say victims lost $1.9 million.")["unit"] == "CAD"
    assert one(nlp, "Fees on New Zealand roads totalled $2.3 million.")["unit"] == "NZD"


def test_a_duration_after_a_dash_that_ends_a_date_is_a_figure(nlp):
    text = "The period ran until 6am on Monday 5 January - 11 days and 14 hours in all."
    assert at_span(nlp, text, "11 days")["unit"] == "days"


@pytest.mark.parametrize("text, span", [
    ("Offences rose to 112 offences.", "112 offences"),
    ("He was stopped on 112 occasions.", "112 occasions"),
])
def test_an_emergency_number_after_to_or_on_that_counts_a_noun_is_a_figure(nlp, text, span):
    assert at_span(nlp, text, span)["value"] == 112
