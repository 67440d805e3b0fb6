"""Resolver: a processed Doc to claim rows, each tied to its sentence and characters.

It removes exact duplicates and claims nested inside another of the same type,
orders claims in the text (start, then longer first), numbers them
``release_id:N``, attaches the source sentence, and fills ``context_date``
(the value of the nearest date claim in the same sentence).

A claim that crosses a sentence boundary (a quote of several sentences) gets
the ``sentence_id`` of the sentence it starts in, and ``sentence`` runs from
that sentence's start to the end of the sentence it ends in, so the sentence
always contains the claim.

>>> import spacy
>>> from pipeline.claims.base import add_claim
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
>>> doc = nlp("Police made 12 arrests on 3 May 2024. It was busy.")
>>> _ = add_claim(doc, "date", 26, 36, "example", date_value="2024-05-03")
>>> _ = add_claim(doc, "quantity", 12, 22, "example", value=12.0, unit="arrests")
>>> [(r["claim_id"], r["text"], r["sentence_id"], r.get("context_date")) for r in claim_rows(doc, "r1")]
[('r1:0', '12 arrests', 0, '2024-05-03'), ('r1:1', '3 May 2024', 0, None)]
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .schema import CLAIM_TYPES

_TYPE_ORDER = {t: i for i, t in enumerate(CLAIM_TYPES)}


def dedupe(claims: list[dict]) -> list[dict]:
    """Drop exact repeats and claims nested inside another claim of the same type, except a figure
    that counts something else ("16-year-old", in years, inside "two 16-year-old boys").

    >>> dedupe([{"type": "date", "start": 0, "end": 9}, {"type": "date", "start": 5, "end": 9},
    ...         {"type": "quantity", "start": 5, "end": 9}])
    [{'type': 'date', 'start': 0, 'end': 9}, {'type': 'quantity', 'start': 5, 'end': 9}]
    >>> len(dedupe([{"type": "quantity", "start": 0, "end": 20, "unit": "boys"},
    ...             {"type": "quantity", "start": 4, "end": 15, "unit": "years"}]))
    2
    """
    ordered = sorted(claims, key=lambda c: (c["start"], -c["end"], _TYPE_ORDER[c["type"]]))
    kept: list[dict] = []
    widest: dict[str, dict] = {}
    for claim in ordered:
        outer = widest.get(claim["type"])
        if outer is not None and claim["end"] <= outer["end"]:  # starts at/after an earlier same-type claim, ends within it
            if not (claim.get("unit") and outer.get("unit")
                    and str(claim["unit"]).lower() != str(outer["unit"]).lower()):
                continue
            kept.append(claim)  # (a figure of its own inside the outer one; the outer stays the widest)
            continue
        kept.append(claim)
        widest[claim["type"]] = claim
    return kept


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character (start, end) of each sentence, trailing whitespace excluded."""
    bounds = []
    for sent in doc.sents:
        start = sent.start_char
        end = start + len(sent.text.rstrip())
        if end > start:
            bounds.append((start, end))
    return bounds or [(0, len(doc.text))]


def claim_rows(doc: Doc, release_id: str) -> list[dict]:
    """One row per claim of ``doc``, with ``schema.CLAIM_COLUMNS`` keys."""
    text = doc.text
    bounds = sentence_bounds(doc)
    starts = [b[0] for b in bounds]

    def sentence_of(pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0)

    claims = dedupe(list(doc._.claims))
    located = []
    for claim in claims:
        first = sentence_of(claim["start"])
        last = max(sentence_of(max(claim["end"] - 1, claim["start"])), first)
        located.append((claim, first, last))

    dates_by_sentence: dict[int, list[dict]] = {}
    for claim, first, _ in located:
        if claim["type"] == "date" and claim.get("date_value"):
            dates_by_sentence.setdefault(first, []).append(claim)

    rows = []
    for n, (claim, first, last) in enumerate(located):
        row = {k: v for k, v in claim.items() if k not in ("type", "start", "end")}
        s_start, s_end = bounds[first][0], max(bounds[last][1], claim["end"])
        row.update(
            release_id=release_id,
            claim_id=f"{release_id}:{n}",
            claim_type=claim["type"],
            text=text[claim["start"]:claim["end"]],
            start=claim["start"],
            end=claim["end"],
            sentence_id=first,
            sentence=text[min(s_start, claim["start"]):s_end],
        )
        if claim["type"] != "date":
            nearby = [d for i in range(first, last + 1) for d in dates_by_sentence.get(i, [])]
            if nearby:
                mid = (claim["start"] + claim["end"]) / 2
                nearest = min(nearby, key=lambda d: (abs((d["start"] + d["end"]) / 2 - mid), d["start"]))
                row["context_date"] = nearest["date_value"]
        rows.append(row)
    return rows
