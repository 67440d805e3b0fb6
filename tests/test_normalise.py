"""Tests for pipeline.normalise: each rule, and the offset map back to the raw text."""
from hypothesis import given, strategies as st

from pipeline.normalise import normalise, normalise_with_offsets, to_normalised_offset


def test_nfc_composes_accents():
    assert normalise("Cafe\u0301 owner") == "Caf\u00e9 owner"


def test_odd_spaces_become_plain_spaces():
    assert normalise("\u00a3120\u00a0million\u202fseized\u2009today\tnow") == "\u00a3120 million seized today now"


def test_soft_hyphen_and_zero_width_dropped():
    assert normalise("co\u00adoperation\u200b with\ufeff partners") == "cooperation with partners"


def test_curly_and_straight_quotes_kept():
    text = "\u201cWe will act,\u201d she said. \"Yes,\" he said. It\u2019s done."
    assert normalise(text) == text


def test_bullets_unified_at_line_start_only():
    raw = "Results:\n  \u2022  120 arrests\n\u25aa 30 knives\n* 4 guns\nA \u2022 inside a line"
    assert normalise(raw) == "Results:\n\u2022 120 arrests\n\u2022 30 knives\n\u2022 4 guns\nA \u2022 inside a line"


def test_line_endings_and_blank_runs():
    assert normalise("Title\r\n\r\n\r\n\r\nBody one.\rBody two.  \n\n\n") == "Title\n\nBody one.\nBody two."


def test_offset_map_points_at_the_same_characters():
    raw = "  \u2022 Seized:\u00a0\u00a312m\r\n\r\n\r\nCo\u00adoperation \u201cworks\u201d"
    text, offsets = normalise_with_offsets(raw)
    for i, ch in enumerate(text):
        if ch not in " \n\u2022":
            assert raw[offsets[i]] == ch
    start = raw.index("\u201cworks")
    assert text[to_normalised_offset(offsets, start):].startswith("\u201cworks")


@given(st.text(max_size=300))
def test_any_text_normalises_with_a_consistent_map(raw):
    text, offsets = normalise_with_offsets(raw)
    assert len(offsets) == len(text) + 1
    assert offsets == sorted(offsets)
    assert normalise(text) == text  # idempotent
