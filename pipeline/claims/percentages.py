"""``claims_percentages``: figures given in per cent.

Every spelling counts ("41 per cent", "41%", "300 percent", "5 per-cent",
"ten per cent", "-17.9%", "+6.5%"); ``value`` is the number as written (41, not
0.41). The hedge, change and baseline are read with the same
:class:`~pipeline.claims.quantities.FigureContext` as quantities, plus: a sign
gives the direction, and a bracketed or "or"-joined percentage after a
comparison ("1,430 compared with 819 last year (74%)") takes its direction
from the change the sentence (or the one before) reports.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Burglary fell by 12 per cent, while nearly 40% of cases were solved."))
    >>> [(c["value"], c["qualifier"], c.get("direction")) for c in doc._.claims if c["type"] == "percentage"]
    [(12.0, 'exact', 'decrease'), (40.0, 'approximate', None)]
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .base import add_claim, doc_text, load_data
from .numbers import NumberFinder
from .quantities import FigureContext

COMPONENT = "claims_percentages"


class PercentageExtractor:
    """The ``claims_percentages`` component (see the module docstring)."""

    def __init__(self, nlp: Language, patterns: str, number_words: str):
        self.ctx = FigureContext(patterns)
        p = load_data(patterns)
        self.finder = NumberFinder(number_words)
        self.marker = re.compile(r"^\s?(%|per[\s-]?cent\b|percent\b|pc\b|percentage points?\b)", re.I)
        self.joiner = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")
        after = {w: d for d, ws in p["change_after"].items() for w in ws}
        after.update({w: d for d, ws in p["change_nouns"].items() for w in ws if " " not in w})
        self.change_after = after
        self.comparison_words = {w: d for d, ws in p["change_nouns"].items() for w in ws if " " not in w}
        self.comparison_words.update({w: d for d, ws in p["change_verbs"].items() for w in ws
                                      if w not in ("up", "go", "double", "halve")})

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions = [m for m in self.finder.find(text) if m.kind in ("digits", "words")]
        used: set[int] = set()
        for i, m in enumerate(mentions):
            if i in used:
                continue
            marker = self.marker.match(text[m.end:m.end + 25])
            value_max = None
            last = m
            if not marker and i + 1 < len(mentions):
                nxt = mentions[i + 1]
                join = self.joiner.fullmatch(text[m.end:nxt.start])
                nxt_marker = self.marker.match(text[nxt.end:nxt.end + 25])
                opener = re.search(r"\bbetween\s+$", text[max(0, m.start - 10):m.start], re.I)
                if join and nxt_marker and nxt.value > m.value and ("and" not in join.group(0) or opener):
                    value_max, last, marker = nxt.value, nxt, nxt_marker
                    used.add(i + 1)
            if not marker:
                continue
            if m.start >= 1 and text[m.start - 1].isalpha():
                continue
            self._add(doc, m.start, last.end + marker.end(), m.value, value_max,
                      "percentage points" if "point" in marker.group(1).lower() else "percent")
        return doc

    def _add(self, doc: Doc, start: int, end: int, value: float, value_max: float | None, unit: str) -> None:
        text = doc_text(doc)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        sent = span[0].sent
        fields: dict = {"value": value, "unit": unit, "qualifier": "range" if value_max is not None else "exact"}
        if value_max is not None:
            fields["value_max"] = value_max
            between = text.lower().rfind("between", max(0, start - 10), start)
            start = between if between >= 0 else start
        direction = None
        sign = text[start - 1] if start >= 1 else ""
        if sign and sign in "-−+" and (start < 2 or not text[start - 2].isalnum()):
            direction = "increase" if sign == "+" else "decrease"
            start -= 1
        if fields["qualifier"] != "range":
            hedge = self.ctx.qualifier_before(text[max(sent.start_char, start - 40):start])
            if hedge:
                fields["qualifier"] = hedge[0]
                start -= len(hedge[1])
            else:
                tail = self.ctx.qualifier_after(text[end:end + 20])
                if tail:
                    fields["qualifier"] = tail[0]
                    end += len(tail[1])
                elif self.ctx.estimated(sent, start):
                    fields["qualifier"] = "approximate"
        if direction is None:
            change = self.ctx.change_word_before(text[max(sent.start_char, start - 30):start])
            if change and change[1].strip().lower() not in ("further", "extra", "additional"):
                if change[1].strip().lower() not in ("up", "down") or self._up_down_ok(span):
                    direction = change[0]
        if direction is None:
            for t in doc[span.end:span.end + 2]:
                d = self.change_after.get(t.lower_)
                if d and t.lower_ not in ("new",):
                    direction = d
                    break
                if not (t.pos_ in ("ADJ", "ADV") or t.text == "-"):
                    break
        if direction is None:
            direction = self.ctx.direction_from_parse(list(span))
        if direction is None:
            direction = self._comparison_direction(doc, span, sent)
        if direction:
            fields["direction"] = direction
            fields["baseline"] = self.ctx.baseline(doc, sent, start, end)
        add_claim(doc, "percentage", start, end, f"{COMPONENT}:percent", **fields)

    @staticmethod
    def _up_down_ok(span: Span) -> bool:
        doc = span.doc
        i = span.start - 1
        if i < 1:
            return True
        before = doc[i - 1]
        return doc[i].dep_ != "prt" and (before.pos_ == "AUX" or before.is_punct or before.is_sent_start
                                         or before.pos_ in ("NOUN", "PROPN"))

    def _comparison_direction(self, doc: Doc, span: Span, sent: Span) -> str | None:
        """"819 in the same period last year (74%)": the change the sentence reports."""
        prev = doc[span.start - 1] if span.start >= 1 else None
        bracketed = prev is not None and prev.text == "(" or prev is not None and prev.lower_ == "or" \
            and span.start >= 2 and (doc[span.start - 2].like_num or doc[span.start - 2].text == ",")
        if not bracketed or "compar" not in sent.text.lower():
            return None
        scope = list(sent)
        previous = FigureContext._previous_sentence(doc, sent)
        if previous is not None:
            scope = list(previous) + scope
        for t in scope:
            d = self.comparison_words.get(t.lemma_.lower())
            if d and t.pos_ in ("NOUN", "VERB"):
                return d
        return None


@Language.factory(
    COMPONENT,
    default_config={"patterns": "patterns/quantities.json", "number_words": "patterns/number_words.json"},
)
def make_percentages(nlp: Language, name: str, patterns: str, number_words: str) -> PercentageExtractor:
    return PercentageExtractor(nlp, patterns, number_words)
