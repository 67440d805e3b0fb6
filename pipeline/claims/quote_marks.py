"""Quote marks: where a quoted run opens and closes inside a paragraph.

Curly double (“ ”), straight double ("), curly single (‘ ’) and straight single (') marks open and
close a quotation; an apostrophe inside or after a word (it’s, Met’s, officers’) is not a mark. A short
quoted run inside an open quote (“not “banter” – it was…”) is nested, not a close. A paragraph that
ends with a quote still open gives a segment without a closing mark. Used by ``claims_quotes``.

>>> from pipeline.claims.base import load_data
>>> marks = QuoteMarks(load_data("patterns/quotes_words.json"))
>>> text = 'He said: “It’s over,” and left.'
>>> [text[s.start:s.end] for s in marks.segments(text, 0, len(text))]
['It’s over,']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[\w’'\-]+")  # a word, with its apostrophes and hyphens


@dataclass
class Segment:
    """A quoted run inside one paragraph (character offsets in the doc)."""

    start: int           # first character inside the marks
    end: int             # end of the words inside the marks
    mark: int            # offset of the opening mark
    close: int | None    # offset of the closing mark, None when the paragraph ends first
    at_para_start: bool
    speaker: str | None = None
    attributed: bool = False
    rule: str = "none"


def paragraphs(text: str):
    """(start, end) of each non-blank line of ``text``.

    >>> list(paragraphs("One.\\n\\nTwo."))
    [(0, 4), (6, 10)]
    """
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1


class QuoteMarks:
    """The opening and closing marks of ``words`` (``models/patterns/quotes_words.json``)."""

    def __init__(self, words: dict):
        self.opens = set(words["quote_open"])
        self.closes = set(words["quote_close"])
        self.straight = set(words["straight"])

    def is_open(self, text: str, i: int) -> bool:
        """Does a mark at ``text[i]`` open a quotation (a single mark only before a word, a straight
        one only after a space or an opening bracket)?

        >>> from pipeline.claims.base import load_data
        >>> marks = QuoteMarks(load_data("patterns/quotes_words.json"))
        >>> marks.is_open("He said 'go'", 8), marks.is_open("Met's", 3)
        (True, False)
        """
        c = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if c in "‘'":
            return (prev.isspace() or prev in "(—–-:“\"") and nxt.isalnum()
        if c in self.straight:
            return (prev.isspace() or prev in "(—–-:[") and not nxt.isspace()
        return c in self.opens

    def is_close(self, text: str, i: int) -> bool:
        """Does a mark at ``text[i]`` close a quotation (an apostrophe inside a word does not)?

        >>> from pipeline.claims.base import load_data
        >>> marks = QuoteMarks(load_data("patterns/quotes_words.json"))
        >>> marks.is_close("'go' now", 3), marks.is_close("it’s", 2)
        (True, False)
        """
        c = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if c in "’'":
            prev = text[i - 1] if i > 0 else " "
            return not nxt.isalnum() and not prev.isspace()
        return c in self.closes or c in self.straight

    def segments(self, text: str, p0: int, p1: int) -> list[Segment]:
        """The quoted runs of the paragraph ``text[p0:p1]``, in order; a run still open at the
        paragraph's end has no closing mark (``close`` is None).

        >>> from pipeline.claims.base import load_data
        >>> marks = QuoteMarks(load_data("patterns/quotes_words.json"))
        >>> text = '“It was not “banter” at all.” Then: “More to come'
        >>> [(text[s.start:s.end], s.close is None) for s in marks.segments(text, 0, len(text))]
        [('It was not “banter” at all.', False), ('More to come', True)]
        """
        segs: list[Segment] = []
        i = p0
        open_at: int | None = None
        kind = ""
        while i < p1:
            c = text[i]
            if open_at is None:
                if c in self.opens | self.straight | {"'"} and self.is_open(text, i):
                    open_at, kind = i, ("single" if c in "‘'" else "double")
            else:
                single = kind == "single"
                if single and c in "“”\"":
                    pass
                elif not single and c in "‘’'":
                    pass
                elif (c in self.opens or c in self.straight) and self.is_open(text, i) and not text[i + 1:p1].strip() == "":
                    # a mark opening inside an open quote: a short nested quote, skip it
                    m = re.match(r"[^”\"’]{1,40}?[”\"’]", text[i + 1:p1])
                    if m and len(WORD.findall(m.group(0))) <= 4:
                        i += 1 + m.end()
                        continue
                elif self.is_close(text, i) or (c in self.opens and text[i + 1:p1].strip() == ""):
                    segs.append(self._segment(text, open_at, i, p0))
                    open_at = None
            i += 1
        if open_at is not None:
            segs.append(self._segment(text, open_at, None, p0, p1))
        return [s for s in segs if s.end > s.start]

    @staticmethod
    def _segment(text: str, mark: int, close: int | None, p0: int, p1: int | None = None) -> Segment:
        s, e = mark + 1, close if close is not None else p1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return Segment(s, e, mark, close, text[p0:mark].strip() in ("", "•"))
