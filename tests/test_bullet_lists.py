"""Tests for pipeline/claims/bullet_lists.py (bulleted lists: headers, labels and opening nouns),
through the ``claims_quantities`` component."""
from __future__ import annotations

from conftest import quantities


def test_bulleted_parts_of_a_figure_in_the_header_are_counts_of_it(nlp):
    text = ("Troopers issued 1,214 citations, including:\n• 602 for speeding\n"
            "• 148 for seat belt violations\n• 97 for driving while suspended")
    assert [(q["text"], q["unit"]) for q in quantities(nlp, text)] == [
        ("1,214 citations", "citations"), ("602", "citations"), ("148", "citations"), ("97", "citations")]
    assert quantities(nlp, "Contact numbers:\n• 101 for non-emergencies\n• 999 in an emergency") == []


def test_bulleted_ranges_under_an_age_header_are_ages(nlp):
    text = ("Victims by age group (2025):\n- 75 and older: 46 per cent\n- 65 to 74: 31 per cent\n"
            "- Under 55: 9 per cent")
    assert [(q["text"], q["unit"]) for q in quantities(nlp, text)] == [
        ("75 and older", "years"), ("65 to 74", "years"), ("Under 55", "years")]


def test_a_labelled_bullet_counts_its_label(nlp):
    text = ("Results of the operation:\n\n- Breath tests: 12,480, up 9 per cent\n"
            "- Drivers arrested for drink driving: 344, 27 fewer\n- Total: 51\n")
    found = {q["text"]: q.get("unit") for q in quantities(nlp, text)}
    assert found == {"12,480": "breath tests", "344": "drivers", "27": "drivers", "51": None}


def test_a_bulleted_count_under_a_partitive_header_counts_its_noun(nlp):
    text = "Of the 47 victims:\n- 15 were in their 70s\n- six were women"
    found = {q["text"]: q["unit"] for q in quantities(nlp, text)}
    assert (found["15"], found["six"]) == ("victims", "victims")


def test_a_breakdown_header_gives_its_counted_noun_to_labelled_items(nlp):
    text = ("Reports by type, 12 months to the end of September:\n\n- Roofing and guttering: 94\n"
            "- Driveways and paving: 51\n"
            "- Bogus officials, including people posing as water, energy or police staff: 19")
    found = {q["text"]: q["unit"] for q in quantities(nlp, text)}
    assert (found["94"], found["51"], found["19"]) == ("reports", "reports", "reports")


def test_a_label_still_gives_the_unit_under_a_header_that_breaks_nothing_down(nlp):
    found = {q["text"]: q["unit"] for q in quantities(nlp, "Results:\n- Breath tests: 12,480\n- Drivers arrested: 51")}
    assert (found["12,480"], found["51"]) == ("breath tests", "drivers")
