"""Tests for ``pipeline.claims.date_text``: the regex helpers the date modules share, here the
numeric date forms of ``models/patterns/dates.json`` (``numeric_date_pattern``)."""
from __future__ import annotations

import re

import pytest

from pipeline.claims.base import load_data
from pipeline.claims.date_text import numeric_date_pattern

_DATES = load_data("patterns/dates.json")
NUMERIC = re.compile(numeric_date_pattern(_DATES["numeric_date_forms"], _DATES["months"]))


@pytest.mark.parametrize("text", [
    "23/04/2026", "4/3/22", "2026-06-23", "2026-7-2", "2026/06/23", "2026/6/3",
    "06.09.2026", "7.30.2026", "30.7.2026", "2026.06.23", "2026.6.3", "20.09.26", "7.30.26", "06-14-2026", "14-06-2026", "23-Apr-2026", "23-april-2026", "1-SEPT-2025",
])
def test_numeric_forms_read(text):
    assert NUMERIC.fullmatch(text)


@pytest.mark.parametrize("text", [
    "2026/13/01",    # no 13th month
    "2026/06/32",    # no 32nd day
    "13.13.2026",    # neither part can be a month
    "2026.13.01",    # year first, dotted: no 13th month
    "2026.06.32",
    "7.30.2",        # a two-digit year needs both digits
    "23-Apx-2026",
    "1.2.3",
])
def test_numeric_look_alikes_do_not(text):
    assert not NUMERIC.fullmatch(text)


def test_literal_characters_are_escaped():
    # a "." in a form is a dot, not any character
    rx = re.compile(numeric_date_pattern(["{d}.{m}.{yyyy}"], []))
    assert rx.fullmatch("06.09.2026") and not rx.fullmatch("06x09x2026")
