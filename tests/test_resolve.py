"""Tests for pipeline.resolve: ordering, de-duplication, sentences, context dates."""
import spacy

from pipeline.claims.base import add_claim
from pipeline.resolve import claim_rows, dedupe


def _doc(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("paragraph_boundaries")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_rows_in_text_order_with_ids_and_sentences():
    doc = _doc("Headline here\nPolice seized 40 knives in May 2024. Officers made 12 arrests.")
    add_claim(doc, "quantity", doc.text.index("12 arrests"), doc.text.index("12 arrests") + 10, "t", value=12.0)
    add_claim(doc, "quantity", doc.text.index("40 knives"), doc.text.index("40 knives") + 9, "t", value=40.0)
    add_claim(doc, "date", doc.text.index("May 2024"), doc.text.index("May 2024") + 8, "t", date_value="2024-05")
    rows = claim_rows(doc, "r9")
    assert [r["claim_id"] for r in rows] == ["r9:0", "r9:1", "r9:2"]
    assert [r["text"] for r in rows] == ["40 knives", "May 2024", "12 arrests"]
    assert [r["sentence_id"] for r in rows] == [1, 1, 2]
    assert rows[0]["sentence"] == "Police seized 40 knives in May 2024."
    assert rows[0]["context_date"] == "2024-05"
    assert "context_date" not in rows[2]  # no date in its sentence
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["text"]
        assert r["text"] in r["sentence"]


def test_claim_across_sentences_keeps_whole_span_in_sentence():
    doc = _doc("He said it. We will act. We will not stop.")
    start = doc.text.index("We will act")
    add_claim(doc, "quote", start, len(doc.text), "t")
    [row] = claim_rows(doc, "r")
    assert row["sentence_id"] == 1
    assert row["sentence"] == "We will act. We will not stop."


def test_dedupe_keeps_outer_span_per_type_and_other_types():
    claims = [
        {"type": "quantity", "start": 10, "end": 20}, {"type": "quantity", "start": 10, "end": 20},
        {"type": "quantity", "start": 12, "end": 20}, {"type": "quantity", "start": 18, "end": 30},
        {"type": "quote", "start": 0, "end": 40}, {"type": "commitment", "start": 0, "end": 40},
    ]
    kept = dedupe(claims)
    assert [(c["type"], c["start"], c["end"]) for c in kept] == [
        ("quote", 0, 40), ("commitment", 0, 40), ("quantity", 10, 20), ("quantity", 18, 30)]


def test_a_nested_figure_that_counts_something_else_is_kept():
    claims = [{"type": "quantity", "start": 0, "end": 20, "unit": "boys"},
              {"type": "quantity", "start": 4, "end": 15, "unit": "years"},
              {"type": "quantity", "start": 4, "end": 6, "unit": "boys"},
              {"type": "quantity", "start": 4, "end": 6}]
    assert [(c["start"], c["end"], c.get("unit")) for c in dedupe(claims)] == [(0, 20, "boys"), (4, 15, "years")]
