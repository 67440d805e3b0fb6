"""Tests for pipeline/claims/measure_readings.py (a bare number that reads a measure written before
it), through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import quantities


@pytest.mark.parametrize("text, span, value, unit", [
    ("The driver returned a blood alcohol reading of 0.152 at the station.", "0.152", 0.152, "blood alcohol reading"),
    ("Her BAC was 0.09 when she was tested an hour later.", "0.09", 0.09, "BAC"),
    ("He had a blood alcohol level of .17 when deputies arrested him.", ".17", 0.17, "blood alcohol level"),
    ("The highest blood alcohol concentration recorded was 0.214.", "0.214", 0.214, "blood alcohol concentration"),
    ("She gave a breath alcohol reading of 620 micrograms.", "620 micrograms", 620, "micrograms"),
])
def test_a_reading_takes_its_measure_as_unit(nlp, text, span, value, unit):
    found = [(q["text"], q["value"], q["unit"]) for q in quantities(nlp, text)]
    assert found == [(span, pytest.approx(value), unit)]


def test_a_limit_takes_the_measure_read_before_it_not_the_multiplier(nlp):
    text = "The highest reading was 0.214, more than four times the legal limit of 0.05."
    found = {q["text"]: q["unit"] for q in quantities(nlp, text)}
    assert found["0.214"] == "reading" and found["0.05"] == "reading"
    assert found["more than four times"] == "times"


@pytest.mark.parametrize("text", [
    "The threat level was 4, the agency said.",             # a rating, not a measured substance
    "He was stopped because the team was 12 short.",
    "Drivers over the limit of 0.05 face a fine.",          # a limit with no reading before it
])
def test_no_reading_without_a_measure(nlp, text):
    assert quantities(nlp, text) == []
