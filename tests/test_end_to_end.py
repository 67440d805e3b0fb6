"""Whole-path invariants on the bundled corpus and the shared dev set.

For every row: ``release_text[start:end] == text``, the sentence contains the
span, claim ids are unique and numbered in text order.
"""
from collections import Counter

import pytest

from pipeline.batch import run_batch
from pipeline.schema import CLAIM_TYPES

from conftest import CORPUS


def check_invariants(tables):
    texts = dict(zip(tables.releases["release_id"], tables.releases["text"]))
    assert tables.claims["claim_id"].is_unique
    for row in tables.claims.itertuples():
        text = texts[row.release_id]
        assert text[row.start:row.end] == row.text
        assert row.text in row.sentence and row.sentence in text
        assert row.extractor
    for rid, group in tables.claims.groupby("release_id", sort=False):
        assert group["claim_id"].tolist() == [f"{rid}:{i}" for i in range(len(group))]
        assert group["start"].is_monotonic_increasing
    counts = tables.claims.groupby("release_id").size()
    for rel in tables.releases.itertuples():
        assert rel.n_claims == counts.get(rel.release_id, 0)


@pytest.fixture(scope="module")
def corpus_tables():
    return run_batch([CORPUS / "releases", CORPUS / "feed"])


def test_corpus_processes_without_errors(corpus_tables):
    assert corpus_tables.errors.empty, corpus_tables.errors.to_dict("records")
    assert len(corpus_tables.releases) >= 10


def test_corpus_invariants(corpus_tables):
    check_invariants(corpus_tables)


def test_corpus_yields_every_claim_type(corpus_tables):
    counts = Counter(corpus_tables.claims["claim_type"].astype(str))
    assert all(counts[t] > 0 for t in CLAIM_TYPES), counts


def test_dev_set_invariants(shared_dir):
    import json

    records = [json.loads(line) for line in open(shared_dir / "corpus/dev/gold.jsonl", encoding="utf-8")]
    for r in records:
        r.pop("claims")
    tables = run_batch(records)
    assert tables.errors.empty
    check_invariants(tables)
