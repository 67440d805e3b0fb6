"""Reported speech shared by ``claims_commitments`` and ``claims_dates``: "would" in a clause that a
speech verb reports is the reported "will" ("She said SAPOL would also run an operation"). The
speech verbs (lemmas) are ``report_lemmas`` in ``models/patterns/quotes_words.json``.

Example:
    >>> from pipeline.nlp import shared
    >>> doc = shared()("Mr Dunleavy said his office would publish quarterly updates.")
    >>> [t.text for t in doc if reported_would(t, report_lemmas())]
    ['publish']
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import load_data

__all__ = ["report_lemmas", "reported_would"]


def report_lemmas(words: str = "patterns/quotes_words.json") -> frozenset[str]:
    """The speech verbs that report a clause (lemmas), from ``words``.

    >>> "say" in report_lemmas()
    True
    """
    return frozenset(load_data(words)["report_lemmas"])


def reported_would(verb: Token, lemmas: frozenset[str]) -> bool:
    """``verb`` has "would" and is the clause a speech verb in ``lemmas`` reports.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Stein said he would pay. He would often hide the cash.")
    >>> [t.text for t in doc if reported_would(t, report_lemmas())]
    ['pay']
    """
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lemmas
            and any(c.dep_ == "aux" and c.lower_ == "would" and c.tag_ == "MD" for c in verb.children))
