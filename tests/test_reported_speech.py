"""Tests for pipeline/claims/reported_speech.py (the reported "will")."""
from __future__ import annotations

import pytest

from pipeline.claims.reported_speech import report_lemmas, reported_would


@pytest.mark.parametrize("text, verbs", [
    ("Mr Dunleavy said his office would publish quarterly updates.", ["publish"]),
    ("The Commissioner told reporters that the department would not close any station.", ["close"]),
    ("He would often hide the cash in his car.", []),              # a habit, reported by no one
    ("Roe said the force will publish updates.", []),              # "will" is no reported "will"
])
def test_would_in_a_reported_clause(nlp, text, verbs):
    doc = nlp(text)
    assert [t.text for t in doc if reported_would(t, report_lemmas())] == verbs
