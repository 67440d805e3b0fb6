"""Whether a number that could be a year counts the noun after it ("seized 1900 stolen phones").

The dates and quantities components both ask, so that such a number is read by exactly one of
them. The word lists live under ``year_like_counts`` and ``year_plural_nouns`` in
``models/patterns/dates.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import entries, load_data


class YearLikeCounts:
    """A number between 1800 and 2199 written without a separator is a count when it stands before
    a plural noun (through lower-case adjectives and nouns), or a collective noun ("staff"), and
    after a verb, after "a total of", or after "and" that joins it to another figure. Not after a
    preposition ("in 2019 officers seized": a year), before a noun that years name ("the 2024
    results"), or opening a sentence. Call the instance with the number's token.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Officers recovered 1900 stolen phones. In 2019 officers seized guns.")
    >>> counts = YearLikeCounts()
    >>> [counts(doc[2]), counts(doc[6])]
    [True, False]
    """

    def __init__(self, dates: str = "patterns/dates.json"):
        data = load_data(dates)
        words = entries(data["year_like_counts"])
        self.year_plural_nouns = frozenset(data["year_plural_nouns"])
        self.totals = frozenset(words["totals"])
        self.collective_nouns = frozenset(words["collective_nouns"])
        self.year_prepositions = frozenset(words["year_prepositions"])  # "in 2019 officers seized": a year

    def __call__(self, tok: Token) -> bool:
        doc = tok.doc
        if tok.i == tok.sent.start:
            return False
        run = []
        for t in doc[tok.i + 1:tok.i + 4]:
            if not (t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN", "VERB")):
                break
            run.append(t)
        while run and run[-1].pos_ != "NOUN":
            run.pop()
        if not run or run[-1].lower_ in self.year_plural_nouns \
                or not (run[-1].tag_ == "NNS" or run[-1].lower_ in self.collective_nouns):
            return False  # "1900 stolen phones", "2000 staff"; not "the 2024 results", "2000 Ford trucks"
        prev = doc[tok.i - 1]
        if prev.pos_ == "VERB" and prev.tag_ != "VBN":
            return True
        if prev.lower_ == "of":
            return tok.i >= 2 and doc[tok.i - 2].lower_ in self.totals
        return prev.lower_ in ("and", "or") and any(t.like_num for t in doc[max(tok.sent.start, tok.i - 5):tok.i - 1])
