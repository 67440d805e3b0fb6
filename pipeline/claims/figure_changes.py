"""Changes and multipliers: a quantity's ``direction`` read from the words around it ("a further 40",
"85 fewer robberies", "rose by 320", "down 120", "half as many") and the multipliers that are figures
of their own, in ``times``: "doubled", "halved", "fivefold" (a change) and "more than twice the
limit", "twice as many" (a comparison, no direction, unless with an earlier amount: "double the
number caught last year" is an increase). The word lists live in
``models/patterns/quantities.json``; used by the ``claims_quantities`` component.

>>> from pipeline.nlp import shared
>>> doc = shared()("Thefts have more than doubled.")
>>> ChangeReader().add_multipliers(doc, "example:multiplier")
>>> [(doc.text[c["start"]:c["end"]], c["value"], c["qualifier"], c["direction"])
...  for c in doc._.claims if c["extractor"] == "example:multiplier"]
[('more than doubled', 2.0, 'lower_bound', 'increase')]
"""
from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .base import add_claim, doc_text, load_data
from .figure_context import FigureContext
from .figure_reading import Reading
from .numbers import YEAR_LIKE, parse_number
from .scan import token_indices

# "three times as many (drink drivers) as (over) the same weekend last year": the compared period
_AS_MANY_AS = re.compile(r"\s+as\s+(?:many|much)\s+(?:[\w-]+\s+){0,4}?as\s+(?:(?:in|on|over|during|at|for|from)\s+)?"
                         r"([^.;,:\n]{1,80})")
_FOLD = re.compile(r"(\w+?)-?fold")  # "fourfold", "10-fold"


def up_down_ok(doc: Doc, first: Token) -> bool:
    """Is "up"/"down" just before the figure starting at ``first`` a change ("1,463 up 58", "• arrests
    up 40", "were down 300") rather than a particle ("picked up 5")?

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Burglaries were down 300 on last year.")
    >>> up_down_ok(doc, doc[3])
    True
    """
    if first.i == 0:
        return False
    prev = doc[first.i - 1]
    if prev.dep_ == "prt" or first.i < 2:
        return first.i >= 1 and prev.dep_ != "prt"
    before = doc[first.i - 2]
    return before.pos_ == "AUX" or before.is_punct or before.is_sent_start or before.like_num \
        or FigureContext.list_item_lead(doc, first.i - 1) is not None  # "1,463 up 58", "• arrests up 40"


def hedge_of_next_figure(doc: Doc, t: Token) -> bool:
    """True where ``t`` opens "more than"/"less than" written before another figure.

    >>> import spacy
    >>> doc = spacy.blank("en")("3,700 banks more than 169 million")
    >>> hedge_of_next_figure(doc, doc[2])
    True
    """
    return t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "than" \
        and (doc[t.i + 2].like_num or doc[t.i + 2].tag_ == "$")


def words_after(doc: Doc, tok: Token, end: int) -> Span:
    """The two tokens after a figure (``tok``, its last token) and its unit (ending at ``end``), past
    a bracketed figure: "15 officers more than", "56 (4%) more than last year".

    >>> import spacy
    >>> doc = spacy.blank("en")("There were 56 (4%) more than last year.")
    >>> words_after(doc, doc[2], doc[2].idx + 2).text
    'more than'
    """
    i = tok.i + 1
    while i < len(doc) and doc[i].idx < end:
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
        if close is not None and any(t.like_num for t in doc[i + 1:close]):
            i = close + 1
    return doc[i:i + 2]


def head_nouns(span: Span) -> list[Token]:
    """The noun a figure modifies, as a list of at most one token ("a 300 rise" -> [rise]).

    >>> from pipeline.nlp import shared
    >>> doc = shared()("There was a 300 rise.")
    >>> head_nouns(doc[3:4])
    [rise]
    """
    tok = span[-1]
    return [tok.head] if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nummod", "compound") else []


class ChangeReader:
    """Reads changes and multipliers with the word lists of ``patterns``, the change words of ``ctx``
    and the market-report verbs of ``trend_ctx`` ("lost 190 points")."""

    def __init__(self, patterns: str = "patterns/quantities.json", ctx: FigureContext | None = None,
                 trend_ctx: FigureContext | None = None):
        p = load_data(patterns)
        self.ctx = ctx if ctx is not None else FigureContext(patterns)
        self.trend_ctx = trend_ctx if trend_ctx is not None else FigureContext(patterns, trend=True)
        self.trend_units = set(p["trend_units"])  # "lost 190 points": index points move like percentages
        self.multipliers = p["multipliers"]
        self.comparison_multipliers = p["comparison_multipliers"]
        self.comparison_followers = set(p["comparison_followers"])
        self.time_units = set(p["time_units"])
        self.past_words = set(p["comparison_past_words"])  # "double the number caught last year"
        self.clause_openers = set(p["comparison_clause_openers"])  # "twice the limit when stopped last night"
        self.date_words = frozenset(p["date_entity_words"])

    def direction(self, r: Reading) -> None:
        """Set ``r.direction`` from a change word before the figure ("a further 40", widening its span
        over it), after it ("500 more officers") or governing it in the parse ("rose by 320"), else from
        the figure it restates; ``r.change_at`` is where the change word before it was looked for."""
        doc, text, m, sent, tok, span, fields = r.doc, r.text, r.m, r.sent, r.tok, r.span, r.fields
        start, end = r.start, r.end
        direction = None
        change_at = r.currency[1] if r.currency else m.start
        change = self.ctx.change_word_before(text[max(sent.start_char, m.start - 30):change_at])
        if change is None and start < m.start and fields["qualifier"] != "exact":
            change_at = start  # "down by almost 300": the change word before the hedge
            change = self.ctx.change_word_before(text[max(sent.start_char, start - 30):start])
        if change and (change[1].strip().lower() not in ("up", "down") or up_down_ok(doc, r.first)):
            direction = change[0]
            if fields["qualifier"] == "exact" or start > change_at - len(change[1]) - 1:
                start = min(start, change_at - len(change[1]))
        windows = [doc[tok.i + 1:tok.i + 3], words_after(doc, tok, end)]
        high = doc.char_span(r.nxt.start, r.nxt.end, alignment_mode="expand") \
            if fields.get("_range_used") and r.nxt is not None else None
        if high is not None:
            windows.append(doc[high.end:high.end + 2])  # "between 18 and 24 additional officers"
        for words in windows:
            if direction is not None:
                break
            for t in words:  # "500 more officers", "15 officers more than", "56 (4%) more than"
                if hedge_of_next_figure(doc, t):
                    break  # "3,700 institutions more than $169 million": "more than" hedges the next figure
                if t.lower_ in self.ctx.change_after and t.lower_ not in ("new", "up", "down", "increase", "rise",
                                                                        "fall", "drop", "cut"):
                    direction = self.ctx.change_after[t.lower_]
                    break
                if not (t.pos_ in ("ADJ", "ADV") or t.is_punct and t.text == "-"):
                    break
        if direction is None:
            direction = self.ctx.direction_from_parse([t for t in span] + head_nouns(span))
        if direction is None:
            direction = self.ctx.direction_before_by(doc, start)
        if direction is None:
            direction = self.ctx.aside_change(text, start, end)  # "a $569 million, or 29 percent, increase"
        if direction is None and str(fields.get("unit", "")).lower() in self.trend_units:
            direction = self.trend_ctx.direction_from_parse([t for t in span] + head_nouns(span))
        restated = r.restated
        if direction is None and restated is not None and restated.get("direction") and r.rule in ("measure", "money") \
                and restated["extractor"].rsplit(":", 1)[-1] in ("measure", "money"):
            direction = restated["direction"]  # "2kg (4.4lb) more than last year", "fell by 1C (1.8F)"
        next_tok = r.next_tok
        if direction is None and m.kind == "fraction" and m.value < 1 and next_tok is not None \
                and next_tok.lower_ == "as" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("many", "much"):
            direction = "decrease"  # "half as many as last year"
        r.direction, r.start, r.change_at = direction, start, change_at

    def _add(self, doc: Doc, t: Token, extractor: str, value: float, direction: str | None,
             baseline: str | None) -> None:
        """Add the multiplier ``t`` as a claim in ``times``, with the hedge before it."""
        start = t.idx
        hedge = self.ctx.qualifier_before(doc_text(doc)[max(t.sent.start_char, t.idx - 40):t.idx])
        if hedge:
            start -= len(hedge[1])
        add_claim(doc, "quantity", start, t.idx + len(t.text), extractor,
                  value=float(value), unit="times", qualifier=hedge[0] if hedge else "exact", direction=direction,
                  baseline=baseline)

    def add_multipliers(self, doc: Doc, extractor: str) -> None:
        """Add "doubled" (2, increase), "tripled" (3), "halved" (2, decrease), "fivefold" (5, increase)
        to ``doc`` as claims in ``times`` under ``extractor`` (see the module docstring)."""
        # only a listed word or a "...fold" word can be a multiplier: look at those tokens only
        for i in token_indices(doc, LOWER, lambda s: s in self.multipliers or "fold" in s):
            t = doc[i]
            entry = self.multipliers.get(t.lower_)
            fold = _FOLD.fullmatch(t.lower_)
            if fold and entry is None:
                value = parse_number(fold.group(1))
                if value and value >= 2:
                    entry = [value, "increase"]
            elif entry is None or t.pos_ not in ("VERB", "AUX") and not (t.i > 0 and doc[t.i - 1].tag_ == "TO"):
                continue  # (an infinitive the tagger missed: "Police to double patrols")
            if entry is None:
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].text in ("-",):
                continue
            value, direction = entry
            self._add(doc, t, extractor, value, direction, self.ctx.baseline(doc, t.sent, t.idx, t.idx + len(t.text)))

    def add_comparison_multipliers(self, doc: Doc, extractor: str) -> None:
        """Add "more than twice the legal limit" (2 times, lower bound), "twice as many", "almost double
        the £1.2 million seized last year" to ``doc`` as
        claims in ``times`` with no direction (a comparison, like "four times the limit"); "stabbed
        twice" is no figure.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("He was more than twice the legal limit but was stabbed twice.")
        >>> doc._.claims[:] = [c for c in doc._.claims if c["type"] != "quantity"]  # as before claims_quantities
        >>> ChangeReader().add_comparison_multipliers(doc, "example:multiplier")
        >>> [(doc.text[c["start"]:c["end"]], c["value"], c["qualifier"])
        ...  for c in doc._.claims if c["extractor"] == "example:multiplier"]
        [('more than twice', 2.0, 'lower_bound')]
        """
        for i in token_indices(doc, LOWER, lambda s: s in self.comparison_multipliers):
            t = doc[i]
            if i + 1 >= len(doc) or doc[i + 1].lower_ not in self.comparison_followers:
                continue
            if i + 2 < len(doc) and (doc[i + 2].lower_ in self.time_units or doc[i + 2].lower_ in self.date_words) \
                    and not (i + 3 < len(doc) and doc[i + 3].lower_ in ("'s", "’s")):
                continue  # "called twice that week": occasions (but "double last year's total")
            if t.pos_ == "VERB" or any(c["type"] == "quantity" and c["start"] <= t.idx < c["end"] for c in doc._.claims):
                continue  # "will double the number of patrols": a change, read by add_multipliers
            direction, baseline = self.compared_with_past(doc, t)
            self._add(doc, t, extractor, self.comparison_multipliers[t.lower_], direction, baseline)

    def times_as_many_as_before(self, doc: Doc) -> None:
        """Give "three times as many as in 2019", "more than three times as many drink drivers as over the
        same weekend last year" (claims in ``times`` without a direction) the direction increase and
        the earlier period as baseline, where that period names a time (a year or a word of
        ``comparison_past_words``); "three times as much as his friend" stays a comparison.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Officers seized 1,120 firearms, three times as many as in 2019.")
        >>> [(c["direction"], c["baseline"]) for c in doc._.claims if c.get("unit") == "times"]
        [('increase', '2019')]
        """
        text = doc_text(doc)
        for c in doc._.claims:
            if c["type"] != "quantity" or c.get("unit") != "times" or c.get("direction") or c.get("value", 0) <= 1:
                continue
            m = _AS_MANY_AS.match(text, c["end"])
            if m is None:
                continue
            period = m.group(1).strip()
            if self.names_earlier_time(re.findall(r"[\w']+", period.lower())):
                c["direction"], c["baseline"] = "increase", period

    def names_earlier_time(self, words: list[str]) -> bool:
        """Whether lower-case ``words`` name an earlier time: a year or a word of ``comparison_past_words``.

        >>> ChangeReader().names_earlier_time(["the", "number", "caught", "last", "year"])
        True
        """
        return any(w in self.past_words or YEAR_LIKE.fullmatch(w) for w in words)

    def compared_with_past(self, doc: Doc, t: Token) -> tuple[str | None, str | None]:
        """("increase", the compared phrase) where the multiplier ``t`` compares with an earlier
        amount ("more than double the number caught last year", "almost double the £1.2 million
        seized during the last operation": a year or a word of ``comparison_past_words`` in the
        phrase); else (None, None), a comparison with a standard ("twice the legal limit", "twice
        the gain derived from the crime").

        >>> from pipeline.nlp import shared
        >>> doc = shared()("He was twice the legal limit when stopped last night. Arrests were double the number made last year.")
        >>> [ChangeReader().compared_with_past(doc, t) for t in doc if t.lower_ in ("twice", "double")]
        [(None, None), ('increase', 'the number made last year')]
        >>> doc = shared()("Citations were nearly double last year's total.")
        >>> ChangeReader().compared_with_past(doc, doc[3])
        ('increase', "last year's total")
        """
        if t.i + 1 >= len(doc):
            return None, None
        if doc[t.i + 1].lower_ in self.past_words:
            end = t.i + 2  # "nearly double last year's total"
        else:
            head = doc[t.i + 1].head
            if doc[t.i + 1].lower_ != "the" or head.i <= t.i + 1 or head.sent != t.sent:
                return None, None
            end = head.i + 1
        # to the end of the clause (the parser may hang "the department spent ... last year" elsewhere),
        # not past another comparison ("or twice the loss") or a subordinate clause ("when stopped last night")
        while end < t.sent.end and doc[end].text not in (",", ";", ".", "—", "(", ":") \
                and doc[end].lower_ not in self.clause_openers \
                and not (doc[end].lower_ in ("or", "and") and end + 1 < len(doc)
                         and doc[end + 1].lower_ in self.comparison_multipliers):
            end += 1
        phrase = doc[t.i + 1:end]
        return ("increase", phrase.text) if self.names_earlier_time([tok.lower_ for tok in phrase]) else (None, None)
