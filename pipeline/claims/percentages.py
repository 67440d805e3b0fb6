"""``claims_percentages``: figures given in per cent.

Every spelling counts ("41 per cent", "41%", "300 percent", "5 per-cent",
"ten per cent", "-17.9%", "+6.5%"); ``value`` is the number as written (41, not
0.41). The hedge, change and baseline are read with the same
:class:`~pipeline.claims.figure_context.FigureContext` as quantities, plus: a sign
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

from .base import add_claim, claims_of, doc_text, load_data
from .numbers import NumberFinder
from .figure_context import FigureContext

COMPONENT = "claims_percentages"


class PercentageExtractor:
    """The ``claims_percentages`` component (see the module docstring)."""

    def __init__(self, nlp: Language, patterns: str, number_words: str):
        self.ctx = FigureContext(patterns, trend=True)
        p = load_data(patterns)
        self.finder = NumberFinder(number_words)
        self.marker = re.compile(r"^\s?(%|per[\s-]?cent\b|percent\b|pc\b|percentage points?\b)", re.I)
        self.joiner = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")
        after = {w: d for d, ws in p["change_after"].items() for w in ws}
        after.update({w: d for d, ws in p["change_nouns"].items() for w in ws if " " not in w})
        self.change_after = after
        self.up_down_verbs = set(p["up_down_verbs"])  # "closed down 1%", "trending up 0.2%"
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
                if join and nxt_marker and nxt.value > m.value and ("and" not in join.group(0) or opener) \
                        and not self._transition(doc, m):
                    value_max, last, marker = nxt.value, nxt, nxt_marker
                    used.add(i + 1)
                elif join and nxt_marker and m.kind == nxt.kind and join.group(0).strip() in ("to", "and"):
                    # "fell from 52 to 31 per cent", "22 and 24 per cent": the first figure shares the unit
                    unit = "percentage points" if "point" in nxt_marker.group(1).lower() else "percent"
                    if not (m.start >= 1 and text[m.start - 1].isalpha()):
                        self._add(doc, m.start, m.end, m.value, None, unit)
                    continue
            elif marker and i + 1 < len(mentions) and self._marked_range(doc, text, m, mentions[i + 1]):
                nxt = mentions[i + 1]
                value_max, last = nxt.value, nxt
                marker = self.marker.match(text[nxt.end:nxt.end + 25])
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
                lead = doc.char_span(start, span.end_char, alignment_mode="expand") or span  # "down almost 6%"
                if change[1].strip().lower() not in ("up", "down") or self._up_down_ok(lead) \
                        or self._after_market_verb(lead) or self.ctx.list_item_lead(doc, lead.start - 1) is not None:
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
            direction = self._verb_before(doc, span)
        if direction is None:
            direction = self._restated_direction(doc, span)
        if direction is None:
            direction = self._comparison_direction(doc, span, sent)
        if direction is None:
            direction = self.ctx.aside_change(text, start, end)  # "a $569 million, or 29 percent, increase"
        if direction:
            fields["direction"] = direction
            fields["baseline"] = self.ctx.baseline(doc, sent, start, end)
        add_claim(doc, "percentage", start, end, f"{COMPONENT}:percent", **fields)

    def _transition(self, doc: Doc, m) -> bool:
        """True when ``m`` follows "from" after a change verb: "rose from 5 to 7 per cent" is a change
        from one level to another (two figures), while "a forecast of from 5 to 7 per cent" is a range."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].lower_ != "from":
            return False
        prev = doc[span.start - 2]
        if prev.pos_ == "ADV" and span.start >= 3:
            prev = doc[span.start - 3]  # "fell sharply from"
        return prev.lemma_.lower() in self.ctx.change_verbs or prev.lower_ in self.ctx.change_verbs

    def _marked_range(self, doc: Doc, text: str, m, nxt) -> bool:
        """"between 5% and 6%", "5% to 10%", "5%-10%": one range. After a change word ("fell 2% to
        5%", "rose by 2% to 9%", "from 3% to 4%") the two are a change and a level: not a range."""
        first = self.marker.match(text[m.end:m.end + 25])
        gap_start = m.end + first.end()
        join = self.joiner.fullmatch(text[gap_start:nxt.start])
        second = self.marker.match(text[nxt.end:nxt.end + 25])
        if not join or not second or nxt.value <= m.value or first.group(1).lower() != second.group(1).lower():
            return False
        if "and" in join.group(0):  # "between five per cent and 20 per cent"; "five per cent to 20 per cent"
            return re.search(r"\bbetween\s+$", text[max(0, m.start - 10):m.start], re.I) is not None
        if re.search(r"\b(?:from|by)\s+$", text[max(0, m.start - 6):m.start], re.I):
            return False
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return span is not None
        prev = doc[span.start - 1]
        if prev.lower_ == "of" and span.start >= 2:
            return doc[span.start - 2].lemma_.lower() not in self.ctx.change_nouns  # "a rise of 2% to 5%"
        if (prev.pos_ == "ADV" or prev.lower_ in ("up", "down")) and span.start >= 2:
            prev = doc[span.start - 2]  # "fell sharply 2% to 5%", "edged down 2% to 3%"
        return prev.lemma_.lower() not in self.ctx.change_verbs and prev.lower_ not in self.ctx.change_verbs

    def _after_market_verb(self, span: Span) -> bool:
        """"The index closed down 1%", "shares were trending up 0.2%": "up"/"down" after such a verb."""
        i = span.start - 2
        return i >= 0 and span.doc[i].pos_ in ("VERB", "AUX") and span.doc[i].lemma_.lower() in self.up_down_verbs

    @staticmethod
    def _up_down_ok(span: Span) -> bool:
        doc = span.doc
        i = span.start - 1
        if i < 1:
            return True
        before = doc[i - 1]
        return doc[i].dep_ != "prt" and (before.pos_ == "AUX" or before.is_punct or before.is_sent_start
                                         or before.pos_ in ("NOUN", "PROPN"))

    def _verb_before(self, doc: Doc, span: Span) -> str | None:
        """"Theft rose 2% ...", "slid sharply 4%": a change verb right before the figure."""
        i = span.start - 1
        if i >= 1 and doc[i].pos_ == "ADV" and doc[i].lower_ not in ("up", "down"):
            i -= 1
        if i < 0 or doc[i].pos_ != "VERB" or doc[i].lemma_.lower() in ("up", "go", "double", "halve"):
            return None
        return self.ctx.change_verbs.get(doc[i].lemma_.lower())

    def _restated_direction(self, doc: Doc, span: Span) -> str | None:
        """"lost 190 points, or 0.6%", "rose by 40 (12%)": the change of the figure just before.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "The share price shed 12 pence, or 3%, on Friday."))
        >>> [c.get("direction") for c in doc._.claims if c["type"] == "percentage"]
        ['decrease']
        """
        i = span.start - 1
        if i >= 1 and doc[i].lower_ == "or" and doc[i - 1].text == ",":
            i -= 2
        elif i >= 1 and doc[i].lower_ == "or":
            i -= 1  # "grew by 125,600 positions or 2.2 per cent"
        elif i >= 0 and doc[i].text == "(":
            i -= 1
        else:
            return None
        if i < 0:
            return None
        restated = doc[i].idx + len(doc[i].text)  # "up 15 officers, or 14 per cent": the count's own change
        text = doc_text(doc)
        for claim in reversed(claims_of(doc, "quantity")):
            if claim["end"] > restated or claim["start"] < span.sent.start_char:
                continue
            between = text[claim["end"]:restated]  # "56 more than last year (4%)": words, no other figure
            if claim.get("direction") and len(between) <= 40 and not re.search(r"[\d.;:]", between):
                return claim["direction"]
            break
        window = [t for t in doc[max(span.sent.start, i - 3):i + 1]]
        figure = [t for t in window if t.like_num or any(ch.isdigit() for ch in t.text)]
        if not figure:
            return None
        tokens = [figure[-1]] + ([figure[-1].head] if figure[-1].head.i <= i else [])
        return self.ctx.direction_from_parse(tokens)

    def _comparison_direction(self, doc: Doc, span: Span, sent: Span) -> str | None:
        """"819 in the same period last year (74%)": the change the sentence reports."""
        prev = doc[span.start - 1] if span.start >= 1 else None
        bracketed = prev is not None and prev.text == "(" or prev is not None and prev.lower_ == "or" \
            and span.start >= 2 and (doc[span.start - 2].like_num or doc[span.start - 2].text == ",")
        if not bracketed or "compar" not in sent.text.lower():
            return None
        scope = list(sent)
        previous = FigureContext.previous_sentence(doc, sent)
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
