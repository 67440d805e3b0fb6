"""Tests for ``claims_people``: one claim per named person, with role, organisation and age."""
from __future__ import annotations

from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc
from pipeline.normalise import normalise


def people(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, published=published))
    return doc, claims_of(doc, "person")


def by_name(claims):
    return {c["name"]: c for c in claims}


# ---- the whole component -----------------------------------------------------------------

def test_span_is_the_name_without_title_or_honorific(nlp):
    doc, claims = people(nlp, "Commissioner Sir Mark Rowden visited the station in Lewisham.")
    (c,) = claims
    assert doc.text[c["start"]:c["end"]] == "Mark Rowden" == c["name"]
    assert c["role"] == "Commissioner"


def test_seed_release_person(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    got = by_name(people(nlp, text, published="2023-12-15")[1])
    c = got["Helen Millichap"]
    assert c["role"] == "Deputy Assistant Commissioner"
    assert c["organisation"] == "Met"
    assert "Suzy Lamplugh" not in " ".join(got)

