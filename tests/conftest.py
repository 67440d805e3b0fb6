"""Shared fixtures: one loaded pipeline per test session, and the shared/ folder; helpers that
read the date claims of a text, and the helpers the quantity tests read claims with."""
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


# The quantity tests' helpers (test_quantities.py and the tests of the modules the component reads figures with)
def quantities(nlp, text, published="2024-03-08", source=None):
    """The quantity claims ``nlp`` reads in ``text``, each with its ``text``."""
    from pipeline.claims.base import claims_of
    from pipeline.nlp import make_doc

    doc = nlp(make_doc(nlp, text, published=published, source=source))
    return [dict(c, text=doc.text[c["start"]:c["end"]]) for c in claims_of(doc, "quantity")]


def at_span(nlp, text, span):
    """The quantity whose text is ``span`` (the test fails, listing what was found, if none is)."""
    found = quantities(nlp, text)
    matching = [q for q in found if q["text"] == span]
    assert matching, found
    return matching[0]


def one(nlp, text, **kw):
    """The one quantity in ``text`` (the test fails, listing what was found, if there are more or none)."""
    found = quantities(nlp, text, **kw)
    assert len(found) == 1, found
    return found[0]
