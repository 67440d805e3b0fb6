"""Tests for pipeline/claims/reference_numbers.py (numbers that name rather than count: references, citations),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, quantities


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


def test_a_sentence_after_an_act_name_is_not_a_reference_list(nlp):
    text = "He was charged under section 95 of the Criminal Code. Three other people face lesser charges."
    assert at_span(nlp, text, "Three other people")["value"] == 3
