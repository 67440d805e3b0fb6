"""Tests for pipeline/claims/numbers.py: reading written numbers."""
from __future__ import annotations

import pytest

from pipeline.claims.numbers import NumberFinder, parse_number, words_to_number


@pytest.mark.parametrize("text,value", [
    ("3,200", 3200), ("0.3", 0.3), ("1,611", 1611), ("57.34", 57.34),
    ("1.5 million", 1_500_000), ("£1.2m", 1_200_000), ("14k", 14_000), ("$2bn", 2_000_000_000),
    ("$48-million", 48_000_000), ("16.8-billion", 16_800_000_000),  # Canadian style: a hyphen before the scale
    ("eight", 8), ("twenty-five", 25), ("Ninety two", 92), ("a dozen", 12), ("two dozen", 24),
    ("one hundred and twenty", 120), ("three thousand", 3000),
    ("a third", 1 / 3), ("half", 0.5), ("a quarter", 0.25), ("two thirds", 2 / 3),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["hundreds", "dozens", "thousands", "double-digit", "officers"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_words_to_number_rejects_other_words():
    assert words_to_number("seven officers") is None


@pytest.fixture(scope="module")
def finder():
    return NumberFinder()


def test_finder_reads_digits_words_and_fractions(finder):
    found = [(m.text, m.value, m.kind) for m in finder.find("Detectives charged 1,204 people, twenty-one of them "
                                                              "women, and nearly a fifth were under 25.")]
    assert found == [("1,204", 1204.0, "digits"), ("twenty-one", 21.0, "words"),
                     ("a fifth", 0.2, "fraction"), ("25", 25.0, "digits")]


def test_finder_splits_coordinated_word_numbers(finder):
    assert [m.value for m in finder.find("five and six, one hundred and five")] == [5, 6, 105]


def test_finder_scales_money_suffix_only_after_a_currency_sign(finder):
    money, metres = finder.find("a £3m fraud and a 7m drop")
    assert (money.value, money.suffix_applied) == (3_000_000, True)
    assert (metres.value, metres.suffix, metres.suffix_applied) == (7, "m", False)


@pytest.mark.parametrize("text", ["V100", "Catch22", "A10", "CAD369/13Sep", "Hundreds of calls", "dozens of them"])
def test_finder_skips_codes_and_vague_plurals(finder, text):
    assert [m for m in finder.find(text) if m.text[:1].isdigit() and m.start == 0] == []
    assert all(m.kind != "words" for m in finder.find(text))


def test_finder_does_not_read_clock_or_slash_pairs(finder):
    assert [m.text for m in finder.find("at 00:01 and 24/7")] == []


def test_digits_glued_to_a_currency_code():
    f = NumberFinder()
    found = [(m.text, m.value) for m in f.find("USD10m, EUR 50m, $A82,615 and £3m")]
    assert found == [("10m", 10e6), ("50m", 50e6), ("82,615", 82615), ("3m", 3e6)]


def test_glued_m_without_currency_is_not_scaled_here():
    m = NumberFinder().find("a 7m wall")[0]
    assert (m.value, m.suffix, m.suffix_applied) == (7, "m", False)


def test_letters_before_digits_still_block():
    assert NumberFinder().find("form P45 and code XK9") == []


def test_scientific_notation_and_slashed_fractions():
    from pipeline.claims.numbers import NumberFinder

    found = [(m.text, m.value, m.kind) for m in NumberFinder().find("2.998×10−8 m, 6 x 10^23, 1/16 and 1⁄32 but 24/7 and 7/4")]
    assert found[:4] == [("2.998×10−8", pytest.approx(2.998e-8), "digits"), ("6 x 10^23", pytest.approx(6e23), "digits"),
                         ("1/16", 0.0625, "fraction"), ("1⁄32", 0.03125, "fraction")]
    assert all(text not in ("24/7", "7/4") for text, _, _ in found)


def test_finder_reads_a_hyphenated_scale(finder):
    text = "Calgary will spend $16.8-million this year under a $48-million plan."
    assert [(m.text, m.value) for m in finder.find(text)] == [("16.8-million", 16_800_000), ("48-million", 48_000_000)]
