"""Tests for pipeline/batching.py: token-capped batches change nothing but memory; zones free the vocab."""
from __future__ import annotations

from pipeline.batching import memory_zone, pipe, token_batches


def test_batches_keep_order_and_respect_the_budget():
    docs = ["a" * n for n in (3, 2, 9, 1, 1, 4)]
    batches = list(token_batches(docs, budget=5))
    assert [d for b in batches for d in b] == docs
    assert all(sum(map(len, b)) <= 5 or len(b) == 1 for b in batches)
    assert list(token_batches([], budget=5)) == []


def test_small_batches_give_the_same_claims(nlp):
    from pipeline.nlp import make_doc

    texts = ["Officers arrested 14 people and seized \u00a32,000 on 3 May 2024.",
             "Burglaries fell by 12% last year, Chief Inspector Ruth Cole said.",
             "The force will recruit 200 more officers by March 2025."]

    def claims(budget):
        docs = [make_doc(nlp, t, published="2024-05-10") for t in texts]
        return [(d.to_json()["tokens"], d._.claims) for d in pipe(nlp, docs, budget=budget)]

    assert claims(1) == claims(10_000)


def test_nested_zone_is_a_no_op(nlp):
    with memory_zone(nlp):
        with memory_zone(nlp):  # spaCy's own zones must not nest
            nlp("Qwixle made 3 arrests.")
        assert "Qwixle" in nlp.vocab.strings
    assert "Qwixle" not in nlp.vocab.strings
