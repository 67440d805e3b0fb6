"""Numbers that name rather than count: references to a part of a document or a list ("Count 2",
"Counts One and Two", "Sections 83 and 140", "No. 13-1285", "page 4"), numbers after a word that
dials or quotes them ("call 101", "quote reference 4417", "Route 66", "Junction 4") and legal
citations ("18 U.S.C. 922(g)(1)"). The words live in ``models/patterns/quantities.json``
(``skip_previous_words``, ``citation_before``, ``citation_after``); used by ``claims_quantities``,
which also skips the numbers that continue a list of references.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .base import load_data
from .figure_context import _phrases
from .numbers import NumberMention

_REFERENCE_JOINER = re.compile(r"\s*(?:,|and|or|&|to|through|-|–)\s*")  # "Sections 83 and 140"


class ReferenceNumbers:
    """Reads references and citations with the words of ``patterns``; a time unit of ``patterns`` or a
    measure of ``units`` after a number makes it a figure again ("120 months on count two")."""

    def __init__(self, patterns: str = "patterns/quantities.json", units: str = "patterns/units.json"):
        p = load_data(patterns)
        self.skip_prev = set(p["skip_previous_words"])
        self.citation_after = re.compile(rf"^\s*(?:{_phrases(p['citation_after'])})|^\(\w{{1,4}}\)")
        self.citation_before = re.compile(rf"(?:(?:{_phrases(p['citation_before'])})\s*|\w\()$")
        self.time_units = set(p["time_units"])
        self.contact_words = set(p["contact_words"])
        self.measures = set(load_data(units)["measures"])

    def citation(self, text: str, m: NumberMention, after: str) -> bool:
        """True where the number is part of a legal citation ("18 U.S.C. 922(g)(1)").

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "He was convicted under 18 U.S.C. 922."
        >>> m = NumberFinder().find(text)[0]
        >>> ReferenceNumbers().citation(text, m, text[m.end:m.end + 40])
        True
        """
        return bool(self.citation_after.match(after) or self.citation_before.search(text[max(0, m.start - 8):m.start]))

    def _unit_at(self, doc: Doc, i: int) -> bool:
        """True where token ``i`` is a time unit or measure: "120 months" in "36 months on count one
        and 120 months on count two" is a figure, not the next reference of a list."""
        return i < len(doc) and (doc[i].lower_ in self.time_units or doc[i].lower_ in self.measures)

    def continues_references(self, doc: Doc, text: str, last: NumberMention, m: NumberMention) -> bool:
        """True where ``m`` continues a list of reference numbers that ``last`` is in ("Sections 83 and
        140", "Counts Four through Seven"), unless a unit follows it ("... and 120 months").

        >>> from pipeline.nlp import shared
        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "Counts 2 and 3 charge Jones."
        >>> found = NumberFinder().find(text)
        >>> ReferenceNumbers().continues_references(shared()(text), text, found[0], found[1])
        True
        """
        if not _REFERENCE_JOINER.fullmatch(text[last.end:m.start]):
            return False
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return not self._unit_at(doc, span.end if span is not None else len(doc))

    def word_before(self, first: Token) -> str:
        """The lower-case word before a number, or before the first number of a list it belongs to
        (past a currency sign); "no." for "No. 13-1285" tokenised "No" "."; "" at the start.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Counts 2 and 3 charge Jones.")
        >>> ReferenceNumbers().word_before(doc[3])
        'counts'
        """
        t = first
        seen = 0
        while t.dep_ == "conj" and t.head.like_num and t.head.i < t.i and seen < 6 \
                and not self._unit_at(t.doc, first.i + 1):
            t, seen = t.head, seen + 1
        if t.i == 0:
            return ""
        prev = t.doc[t.i - 1]
        if prev.text in ("£", "$", "€") and t.i > 1:
            prev = t.doc[t.i - 2]
        doc = prev.doc
        if prev.lower_ == "." and prev.i >= 1 and not doc[prev.i - 1].whitespace_ \
                and doc[prev.i - 1].lower_ + "." in self.skip_prev:
            return doc[prev.i - 1].lower_ + "."  # "No. 13-1285", tokenised "No" "." (not "Code. Three")
        return prev.lower_

    def reference(self, prev_lower: str, next_tok: Token | None) -> bool:
        """True where the word before a number (``prev_lower``, see :meth:`word_before`) makes it a
        reference: "Count 2", "Section 18", "District 6 night shift", "Counts One and Two" (but "counts
        nine counts", and "on call seven days a week", where a time unit follows a ``contact_words`` word).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("an officer on call seven days a week")
        >>> refs = ReferenceNumbers()
        >>> refs.reference("count", None), refs.reference("officers", None), refs.reference("call", doc[5])
        (True, False, False)
        """
        return (prev_lower in self.skip_prev or prev_lower.rstrip(".:") in self.skip_prev) \
            and not (next_tok is not None and (next_tok.lower_.rstrip("s") == prev_lower.rstrip("s")
                                               or next_tok.lower_ in self.time_units and prev_lower in self.contact_words))
