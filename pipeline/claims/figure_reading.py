"""One number being read as a quantity by ``claims_quantities``: what screening found around it
(:class:`Reading`'s first fields) and the figure built so far (``fields``, ``start``, ``end``,
``rule``), which each reading step (unit, range, qualifier, direction, elided unit) fills in turn.

>>> import spacy
>>> doc = spacy.blank("en")(" ".join(str(n) for n in range(500)))
>>> window = context_window(doc[:], 250)
>>> len(window), window.start
(120, 170)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .numbers import NumberMention
from .table_cells import Cell

MAX_CONTEXT_TOKENS = 120  # a "sentence" longer than this (a table, a list of numbers) is read in a window


def context_window(sent: Span, i: int) -> Span:
    """``sent``, or for an overlong sentence the tokens around position ``i``, so that the
    per-figure scans stay linear in the text (a release of 50,000 numbers is one "sentence").

    >>> import spacy
    >>> doc = spacy.blank("en")("Officers made 12 arrests.")
    >>> context_window(doc[:], 2).text
    'Officers made 12 arrests.'
    """
    if len(sent) <= MAX_CONTEXT_TOKENS:
        return sent
    start = max(sent.start, min(i - MAX_CONTEXT_TOKENS * 2 // 3, sent.end - MAX_CONTEXT_TOKENS))
    return sent.doc[start:start + MAX_CONTEXT_TOKENS]


@dataclass
class Reading:
    """Mention ``m`` of ``doc`` while it is read as a quantity."""
    doc: Doc
    text: str  # the Doc's text
    m: NumberMention
    ahead: list[NumberMention]  # the next few mentions, for ranges and lists that share a unit
    span: Span  # the number's tokens
    sent: Span  # its sentence (a window of an overlong one)
    before: str  # up to 60 characters before the number, within the sentence
    after: str  # the 40 characters after it
    next_tok: Token | None  # the token after it
    cell: Cell | None  # the table cell it fills on its own
    negative: int | None  # where a minus sign before it starts
    below: re.Match | None  # "sub-" before it: an upper bound
    dollar: str  # what "$" means in this release
    pounds_weigh: bool  # "pounds" are a weight in this release
    currency: tuple[str, int, int, float] | None  # see UnitReader.currency
    measure: tuple[str, int] | None  # see UnitReader.measure
    time_unit: re.Match | None  # a time unit after it ("seven years")
    shared_unit: str | None  # a time unit written after the last number of its list ("42 and 46 months")
    age: re.Match | None  # "-year-old" after it
    age_bound: re.Match | None  # an age bound before it ("under the age of")
    predicate_age: bool  # an unnamed person is said to be it ("The victim was 17")
    aged: bool  # an age: after "aged", an age bound, in a list after "aged", or said of a person
    # the figure so far
    fields: dict = field(default_factory=dict)  # the claim's fields, with "_unit_head" and "_range_used"
    start: int = 0
    end: int = 0
    rule: str = ""  # the extractor's rule
    or_range: bool = False  # a range written with "or" ("two or three men")
    restated: dict | None = None  # the figure this one restates in brackets ("2kg (4.4lb)")
    direction: str | None = None
    change_at: int = 0  # where the change word before the figure was looked for

    @property
    def tok(self) -> Token:
        """The number's last token."""
        return self.span[-1]

    @property
    def first(self) -> Token:
        """The number's first token."""
        return self.span[0]

    @property
    def nxt(self) -> NumberMention | None:
        """The next mention."""
        return self.ahead[0] if self.ahead else None
