"""Tests for pipeline/claims/units_reader.py: money and measure units next to a figure."""
from __future__ import annotations

import pytest
import spacy

from pipeline.claims.numbers import NumberFinder
from pipeline.claims.units_reader import UnitReader

from conftest import at_span, quantities


@pytest.fixture(scope="module")
def reader():
    return UnitReader()


def first_figure(text):
    return NumberFinder().find(text)[0]


@pytest.mark.parametrize("text,unit,written,divisor", [
    ("He repaid £5,000.", "GBP", "£5,000", 1.0),
    ("Cash of USD 10m was found.", "USD", "USD 10m", 1.0),
    ("A fine of 1,200€ was set.", "EUR", "1,200€", 1.0),
    ("They stole 500 euros.", "EUR", "500 euros", 1.0),
    ("Shares closed at 164p.", "GBP", "164p", 100.0),
    ("The fee was $20.", "CAD", "$20", 1.0),
    ("A $5,000 reward is offered.", "CAD", "$5,000", 1.0),        # the article opening a sentence, then "$"
    ('Police said. "A $5,000 reward is offered."', "CAD", "$5,000", 1.0),
    ("The firm was fined A $1.2 million.", "AUD", "A $1.2 million", 1.0),  # mid-sentence: Australian dollars
])
def test_currency(reader, text, unit, written, divisor):
    code, start, end, div = reader.currency(text, first_figure(text), "CAD")
    assert (code, text[start:end], div) == (unit, written, divisor)


def test_pounds_of_a_drug_are_a_weight_not_money(reader):
    text = "Officers seized 20 pounds of cannabis."
    assert reader.currency(text, first_figure(text), "USD") is None


@pytest.mark.parametrize("text,unit", [
    ("Troopers found 2.3 kilograms of fentanyl.", "kilograms"),
    ("Officers seized 450g of resin.", "g"),
    ("The panel failed at 9 ksi.", "ksi"),
])
def test_measure(reader, text, unit):
    assert reader.measure(text, first_figure(text))[0] == unit


@pytest.mark.parametrize("text,unit", [
    ("The car was clocked at 95 miles per hour on the M6.", "miles per hour"),
    ("He drove at 130 kilometres an hour through the village.", "kilometres an hour"),
    ("The plant discharged 650,000 gallons per day into the river.", "gallons per day"),
    ("The dealer sold 2 kilograms a week from the flat.", "kilograms a week"),
])
def test_a_rate_is_the_unit(reader, text, unit):
    assert reader.measure(text, first_figure(text))[0] == unit


@pytest.mark.parametrize("text", [
    "Officers found 5 kilograms a week ago.",  # a date after the measure, not a rate
    "The van carried 3 tonnes a day later.",
])
def test_a_relative_date_after_a_measure_is_no_rate(reader, text):
    assert " " not in reader.measure(text, first_figure(text))[0]


def test_a_glued_only_unit_needs_no_space(reader):
    text = "He was seen 5 m away."  # "m" counts only written onto the digits ("5m")
    assert reader.measure(text, first_figure(text)) is None


def test_dollar_locale_from_the_text(reader):
    nlp = spacy.blank("en")
    assert reader.dollar_unit(nlp("Victoria Police in Melbourne seized $5,000.")) == "AUD"
    assert reader.dollar_unit(nlp("Officers seized $5,000.")) == "USD"


def test_a_case_sensitive_symbol_in_the_other_case_is_not_that_unit(reader):
    assert reader.measure("Officers seized 5g of cocaine.", first_figure("Officers seized 5g of cocaine.")) == ("g", 18)
    assert reader.measure("Attacks on 5G masts rose.", first_figure("Attacks on 5G masts rose.")) is None


@pytest.mark.parametrize("text,written", [
    ("He was paid PS6m.", "PS6m"),
    ("Fees of PS21,700 were paid.", "PS21,700"),
])
def test_an_ascii_folded_pound_sign_reads_on_a_formatted_figure(reader, text, written):
    code, start, end, _ = reader.currency(text, first_figure(text), "USD")
    assert (code, text[start:end]) == ("GBP", written)


def test_an_ascii_folded_sign_on_a_plain_small_number_is_not_money(reader):
    text = "A PS5 console was stolen."
    assert reader.currency(text, first_figure(text), "USD") is None


def test_a_code_glued_to_one_bare_digit_is_a_label(reader):
    text = "Managers at Bank A (RM1) and Bank B (RM2) met him."
    assert reader.currency(text, first_figure(text), "USD") is None
    text = "He sent RM2,500 abroad."
    assert reader.currency(text, first_figure(text), "USD")[0] == "MYR"


@pytest.mark.parametrize("text, span, unit", [
    ("He is about 5ft 10in tall and weighs around 12st.", "around 12st", "st"),
    ("She weighs 9st 4lb and has brown hair.", "9st", "st"),
])
def test_stones_glued_to_the_digits(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text", [
    "It was his 21st arrest, on the 1st floor of the 101st building.",
    "It was the 31st time police had been called.",
])
def test_an_ordinal_in_st_is_no_stone(nlp, text):
    assert quantities(nlp, text) == []
