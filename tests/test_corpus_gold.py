"""The corpus gold files are well-formed and match the release files.

Checks ``corpus/gold.jsonl`` (the sample corpus: ``releases/`` and ``feed/``) and
``corpus/heldout/gold.jsonl`` (the held-out set) against CLAIMS.md section 3 and ``pipeline/schema.py``:
offsets point at the claim text, claims are in text order, fields are valid for
each type, and every release in ``corpus/`` has exactly one gold record.
"""
from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import pytest

from pipeline.normalise import normalise
from pipeline.schema import CLAIM_TYPES, DIRECTIONS, QUALIFIERS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD = CORPUS / "gold.jsonl"
GOLD_FILES = (GOLD, CORPUS / "heldout" / "gold.jsonl")
FILE_FORMATS = (".txt", ".md", ".html")

RECORD_KEYS = {"id", "source", "published", "title", "text", "claims"}
TYPE_FIELDS = {
    "quantity": {"value", "unit", "qualifier", "direction", "baseline"},
    "percentage": {"value", "unit", "qualifier", "direction", "baseline"},
    "person": {"name", "role", "organisation", "age"},
    "quote": {"speaker"},
    "commitment": {"actor"},
    "date": {"value"},
}
OPTIONAL_FIELDS = {"quantity": {"value_max"}, "percentage": {"value_max"}}
PUBLISHED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _gold() -> list[dict]:
    records = []
    for path in GOLD_FILES:
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def _release_files() -> dict[str, Path]:
    files = [p for p in CORPUS.rglob("*") if p.suffix in FILE_FORMATS and p.name != "README.md"]
    return {p.stem: p for p in files}


def _feed_records() -> dict[str, dict]:
    records: dict[str, dict] = {}
    for path in (CORPUS / "feed").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                records[rec["id"]] = rec
    return records


GOLD_RECORDS = _gold()
IDS = [r["id"] for r in GOLD_RECORDS]


def test_gold_ids_are_unique():
    assert len(IDS) == len(set(IDS))


def test_every_release_has_a_gold_record_and_vice_versa():
    files, feed = _release_files(), _feed_records()
    assert not set(files) & set(feed), "a file name and a feed id collide"
    assert sorted(IDS) == sorted(set(files) | set(feed))


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=IDS)
def test_record_shape(rec):
    assert set(rec) == RECORD_KEYS
    assert rec["published"] is None or PUBLISHED.match(rec["published"])
    assert rec["title"] and rec["title"] in rec["text"]
    assert rec["text"] == normalise(rec["text"]), "gold text must already be normalised"


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=IDS)
def test_gold_text_is_what_the_pipeline_sees(rec):
    files, feed = _release_files(), _feed_records()
    if rec["id"] in feed:
        src = feed[rec["id"]]
        assert rec["text"] == normalise(src["text"])
        assert (rec["published"], rec["title"], rec["source"]) == (src["published"], src["title"], src["source"])
        return
    path = files[rec["id"]]
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".txt", ".md"):
        assert rec["text"] == normalise(raw)
    else:  # .html: the article's heading and paragraphs, each a paragraph of the gold text, in order
        article = re.search(r"<article[^>]*>(.*?)</article>", raw, re.S).group(1)
        blocks = re.findall(r"<(?:h1|p)\b[^>]*>(.*?)</(?:h1|p)>", article, re.S)
        paragraphs = [normalise(html.unescape(re.sub(r"<[^>]+>", "", b))) for b in blocks]
        assert rec["text"].split("\n\n") == paragraphs
        assert "Privacy notice" not in rec["text"] and "Careers" not in rec["text"]


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=IDS)
def test_claims_point_at_their_text_in_order(rec):
    text, claims = rec["text"], rec["claims"]
    assert claims
    for c in claims:
        assert 0 <= c["start"] < c["end"] <= len(text)
        assert text[c["start"]:c["end"]] == c["text"], c
        assert c["text"] == c["text"].strip(), c
    starts = [c["start"] for c in claims]
    assert starts == sorted(starts)  # text order (claims sharing a start in either order)


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=IDS)
def test_claim_fields_follow_the_schema(rec):
    for c in rec["claims"]:
        kind = c["type"]
        assert kind in CLAIM_TYPES
        fields = set(c) - {"type", "text", "start", "end"}
        required = TYPE_FIELDS[kind]
        assert required <= fields <= required | OPTIONAL_FIELDS.get(kind, set()), c
        if kind in ("quantity", "percentage"):
            assert isinstance(c["value"], (int, float)) and math.isfinite(c["value"]), c
            assert c["qualifier"] in QUALIFIERS, c
            assert c["direction"] is None or c["direction"] in DIRECTIONS, c
            assert ("value_max" in c) == (c["qualifier"] == "range"), c
            if "value_max" in c:
                assert c["value_max"] > c["value"], c
            assert c["unit"], c
            if kind == "percentage":
                assert c["unit"] == "percent"
        elif kind == "person":
            assert c["name"] == re.sub(r'\s+["“][^"”]+["”]', "", c["text"])  # 'Lucas "Moe" Hartsough' is Lucas Hartsough
            assert c["age"] is None or isinstance(c["age"], int)
        elif kind == "quote":
            assert c["text"][0] not in QUOTE_MARKS and c["text"][-1] not in QUOTE_MARKS, c
        elif kind == "commitment":
            assert c["actor"], c
        elif kind == "date":
            assert c["value"] is None or DATE_VALUE.match(c["value"]), c


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=IDS)
def test_each_person_is_claimed_once(rec):
    names = [c["name"] for c in rec["claims"] if c["type"] == "person"]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=IDS)
def test_quote_speakers_are_people_of_the_release(rec):
    people = {c["name"] for c in rec["claims"] if c["type"] == "person"}
    for c in rec["claims"]:
        if c["type"] == "quote" and c["speaker"] is not None:
            assert c["speaker"] in people, c
