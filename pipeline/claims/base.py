"""What every claim component shares: the Doc extensions and ``add_claim``.

A claim is a plain dict (so Docs serialise across processes) with the keys
``type``, ``start``, ``end`` (character offsets in ``doc.text``), ``extractor``
(which component and rule produced it) and any of ``schema.CLAIM_FIELDS``.
Components append claims with :func:`add_claim`; it also mirrors each claim
into the span group ``doc.spans["claims"]`` (label = claim type) so displaCy
can render them.

Doc extensions:
    ``doc._.claims``     list of claim dicts (stored in ``doc.user_data``)
    ``doc._.published``  the release's publication date, ISO string or None
    ``doc._.source``     where the release came from (URL or file), or None
    ``doc._.release_id`` the release id, or None

Example:
    >>> import spacy
    >>> from pipeline.claims.base import add_claim, claims_of
    >>> doc = spacy.blank("en")("Officers made 12 arrests.")
    >>> _ = add_claim(doc, "quantity", 14, 24, "example", value=12.0, unit="arrests")
    >>> [(c["type"], doc.text[c["start"]:c["end"]]) for c in claims_of(doc)]
    [('quantity', '12 arrests')]
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..paths import resolve_data_path
from ..schema import CLAIM_FIELDS, CLAIM_TYPES

_KEY = "policeclaims.claims"
_TEXT_KEY = "policeclaims.text"
SPAN_GROUP = "claims"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and cached (spaCy rebuilds it from every token on each access).

    >>> import spacy
    >>> doc_text(spacy.blank("en")("Two arrests."))
    'Two arrests.'
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _claims_getter(doc: Doc) -> list[dict]:
    return doc.user_data.setdefault(_KEY, [])


def register_extensions() -> None:
    """Register the Doc extensions (idempotent)."""
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", getter=_claims_getter)
    for name in ("published", "source", "release_id"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def claims_of(doc: Doc, claim_type: str | None = None) -> list[dict]:
    """The claims on ``doc`` so far, optionally of one type, in the order added."""
    claims = doc._.claims
    return [c for c in claims if claim_type is None or c["type"] == claim_type]


def add_claim(doc: Doc, claim_type: str, start: int, end: int, extractor: str, **fields: Any) -> dict:
    """Record one claim over ``doc.text[start:end]`` and return it.

    Raises ``ValueError`` for an unknown type, field or an empty/out-of-range span,
    so component bugs surface in tests rather than as silent nulls.
    """
    if claim_type not in CLAIM_TYPES:
        raise ValueError(f"unknown claim type {claim_type!r}")
    unknown = set(fields) - set(CLAIM_FIELDS)
    if unknown:
        raise ValueError(f"unknown claim field(s) {sorted(unknown)}")
    n_chars = len(doc_text(doc))
    if not (0 <= start < end <= n_chars):
        raise ValueError(f"bad span {start}:{end} for a text of {n_chars} characters")
    claim = {"type": claim_type, "start": int(start), "end": int(end), "extractor": extractor}
    claim.update({k: v for k, v in fields.items() if v is not None})
    doc._.claims.append(claim)
    span = doc.char_span(start, end, label=claim_type, alignment_mode="expand")
    if span is not None:
        if SPAN_GROUP not in doc.spans:
            doc.spans[SPAN_GROUP] = []
        doc.spans[SPAN_GROUP].append(span)
    return claim


@lru_cache(maxsize=None)
def _load_data(path: str) -> Any:
    p = Path(path)
    with p.open(encoding="utf-8") as fh:
        if p.suffix == ".jsonl":
            return tuple(json.loads(line) for line in fh if line.strip())
        return json.load(fh)


def load_data(path: str | Path) -> Any:
    """Load a JSON or JSONL data file named relative to ``models/`` (cached per path).

    >>> isinstance(load_data("patterns/number_words.json"), dict)
    True
    """
    return _load_data(str(resolve_data_path(path)))


def entries(mapping: dict) -> dict:
    """A data table without its ``_about`` notes (keys starting with "_").

    >>> entries({"_about": "why", "PS": "GBP"})
    {'PS': 'GBP'}
    """
    return {k: v for k, v in mapping.items() if not k.startswith("_")}
