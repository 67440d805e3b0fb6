"""Shared fixtures: one loaded pipeline per test session, and the shared/ folder; helpers that
read the date claims of a text."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The full configured pipeline (loaded once)."""
    from pipeline.nlp import shared

    return shared()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; tests that need it skip where it is absent (a user's fresh clone)."""
    if not (SHARED / "CLAIMS.md").is_file():
        pytest.skip("../shared is not beside the project (a user's clone); this test needs its data")
    return SHARED


def date_claims(nlp, text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    """The date claims the pipeline makes of ``text``: (span, date_value) pairs in text order."""
    from pipeline.claims.base import claims_of
    from pipeline.nlp import make_doc

    doc = nlp(make_doc(nlp, text, published=published))
    return [(doc.text[c["start"]:c["end"]], c.get("date_value")) for c in claims_of(doc, "date")]


def date_values(nlp, text: str, published: str | None = None) -> dict:
    """:func:`date_claims` as a dict, span to value."""
    return dict(date_claims(nlp, text, published))
