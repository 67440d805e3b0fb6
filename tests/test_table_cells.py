"""Tests for pipeline/claims/table_cells.py (figures in plain-text and Markdown table cells)."""
from __future__ import annotations

import pytest

from conftest import quantities
from pipeline.claims.table_cells import Cell, breakdown_unit, table_cell

ALIGNED = ("Arrests by district (last year in brackets):\n\n"
           "Northgate      412    (468)\n"
           "Riverside      297    (301)\n"
           "Total          709    (769)\n")
MARKDOWN = ("Figures for the year.\n"
            "| District | Offences | Previous |\n"
            "|---|---|---|\n"
            "| Northgate | 412 | 468 |\n"
            "| Riverside | 297 | 301 |\n")


def cell_at(text, written, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return table_cell(text, start, start + len(written))


@pytest.mark.parametrize("written, label, unit", [
    ("412", "Northgate", "arrests"),
    ("301", "Riverside", "arrests"),  # the bracketed column
    ("709", "Total", "arrests"),
])
def test_an_aligned_table_cell_takes_its_unit_from_the_caption(written, label, unit):
    cell = cell_at(ALIGNED, written)
    assert (cell.row_label, cell.unit) == (label, unit)


@pytest.mark.parametrize("written, header, unit", [
    ("412", "Offences", "offences"),
    ("468", "Previous", None),  # "Previous" names no counted noun, and the caption gives none either
])
def test_a_markdown_cell_takes_its_column_header(written, header, unit):
    cell = cell_at(MARKDOWN, written)
    assert (cell.header, cell.unit) == (header, unit)


@pytest.mark.parametrize("text, written", [
    (MARKDOWN, "Offences"),  # no figure
    ("| Year | Arrests |\n|---|---|\n| 2024 | 51 |\n", "2024"),  # the row label
    ("| 2024 | 2025 |\n|---|---|\n| 51 | 60 |\n", "2024"),  # the header row
    ("Call us on 0800    555 0419 today.\n", "555"),  # one aligned line is no table
    ("The gang stole 412 cars in 2024.\n", "412"),  # prose
])
def test_not_data_cells(text, written):
    assert cell_at(text, written) is None


@pytest.mark.parametrize("header, unit", [
    ("Offences", "offences"), ("Knife crime offences", "knife crime offences"), ("PCSOs", "PCSOs"),
    ("Machines seized", "machines"), ("Results", None), ("Previous", None), ("Status", None), ("2025", None), ("Change", None),
])
def test_only_a_plural_noun_header_is_a_unit(header, unit):
    assert Cell("x", header, None).unit == unit


YEARS = ("Results compared with the same weekend last year:\n\n"
         "| Offence | 2026 | 2025 | Change |\n"
         "|---|---|---|---|\n"
         "| Speeding detections | 312 | 279 | up 12% |\n"
         "| St Helens | 38 | 41 | down 7% |\n"
         "| Total offences | 350 | 320 | up 9% |\n")


@pytest.mark.parametrize("written, unit", [
    ("279", "speeding detections"),  # year columns: the row label names what is counted
    ("38", None),                    # a place is no counted noun
    ("350", None),                   # nor is a total
])
def test_a_plural_row_label_is_the_unit_under_year_columns(written, unit):
    assert cell_at(YEARS, written).unit == unit


def test_a_plural_column_header_wins_over_the_row_label():
    assert Cell("Speeding detections", "Drivers", None).unit == "drivers"


def test_an_irregular_plural_header_is_a_unit():
    assert Cell("London", "People charged", None).unit == "people charged"


def test_an_aligned_table_with_signed_change_cells_and_units_in_its_labels(nlp):
    text = ("The table below compares the first quarter with last year.\n\n"
            "Indicator                          2025      2026    Change\n"
            "Overdose calls attended             412       603      +46%\n"
            "Fentanyl seized (grams)           1,240     2,915     +135%\n")
    from conftest import quantities
    found = {q["text"]: q.get("unit") for q in quantities(nlp, text)}
    assert found == {"412": "overdose calls", "603": "overdose calls", "1,240": "grams", "2,915": "grams"}


@pytest.mark.parametrize("caption, unit", [
    ("Wrong-way driver reports by freeway, Jan. 1 to July 19", "wrong-way driver reports"),
    ("Burglaries - last year in brackets", "burglaries"),
    ("Arrests (2025 in brackets)", "arrests"),
])
def test_a_hyphen_inside_a_word_does_not_cut_the_caption(caption, unit):
    assert Cell("I-94", "2026", caption).unit == unit


@pytest.mark.parametrize("header, unit", [
    ("Reports by type, 12 months to the end of September:", "reports"),
    ("Offences by district:", "offences"),
    ("Results:", None),
    ("Figures by month:", None),
])
def test_a_breakdown_header_names_what_its_items_count(header, unit):
    assert breakdown_unit(header) == unit


def test_a_breakdown_caption_names_what_its_kinds_count(nlp):
    text = ("Burglaries fell again this year.\n\nBurglaries by target:\n\n"
            "Target              2024   2025\nGarden sheds          88     61\nHome offices          19     23\n"
            "Total                107     84\n\nThe figures were published today.")
    found = {(q["text"], q["unit"]) for q in quantities(nlp, text)}
    assert {("61", "burglaries"), ("23", "burglaries"), ("84", "burglaries")} <= found


def test_row_labels_still_count_under_a_caption_that_breaks_nothing_down(nlp):
    text = ("Results this year:\n\n                      2024   2025\nSpeeding detections    310    402\n"
            "Seatbelt offences       52     47\n")
    found = {(q["text"], q["unit"]) for q in quantities(nlp, text)}
    assert {("402", "speeding detections"), ("47", "seatbelt offences")} <= found
