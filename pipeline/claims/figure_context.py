"""Reading a figure's context: the hedge before or after it (``qualifier``), the change words
around it (``direction``) and what it is compared with (``baseline``). Shared by the quantities and
percentages components; the word lists live in ``models/patterns/quantities.json``.

>>> FigureContext().qualifier_before("Officers seized more than ")
('lower_bound', 'more than ')
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .base import doc_text, entries, load_data


_NEGATION = re.compile(r"(?:^|(?<=\W))(?:not|no)\s+$", re.I)
_FLIPPED = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}
BULLETS = frozenset("•·▪‣◦*-–—")  # the markers that open a list item


_ASIDE_THEN_NOUN = re.compile(r",\s+or\s+[^,;.]{1,40},\s+(\w+)")  # "$569 million[, or 29 percent, increase]"
_ASIDE_OPENS = re.compile(r",\s+or\s+(?:about\s+|nearly\s+|almost\s+|around\s+)?$")  # "…, or [29 percent]"
_NOUN_AFTER_ASIDE = re.compile(r",\s+(\w+)")


def _phrases(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


class FigureContext:
    """Reads the hedge, change and baseline around a figure; shared with percentages.

    >>> ctx = FigureContext()
    >>> ctx.qualifier_before("There were just over ")
    ('lower_bound', 'just over ')
    """

    def __init__(self, patterns: str = "patterns/quantities.json", trend: bool = False):
        """``trend`` adds the market-report verbs ("advanced", "slid", "gained", "lost") that make a
        percentage a change; counts keep the narrower list ("lost" £500 is not a trend)."""
        p = load_data(patterns)
        self.p = p
        prepositions = set(p["hedge_prepositions"])  # "under a $48-million plan": the article opens the noun phrase
        self.hedge_before = [
            (q, re.compile(rf"(?:^|(?<=[^\w]))(?:{_phrases(articled)})(?:\s+(?:(?:a|an|the\s+(?:{_phrases(p['hedge_period_words'])}))\s+)?)?$",
                           re.I))  # "than$1.5m", "at least the next four weeks"
            for q, ws in p["hedges_before"].items() if (articled := [w for w in ws if w not in prepositions])
        ] + [
            (q, re.compile(rf"(?:^|(?<=[^\w]))(?:{_phrases(bare)})\s*$", re.I))
            for q, ws in p["hedges_before"].items() if (bare := [w for w in ws if w in prepositions])
        ]
        self.statutory_bounds = [  # "a maximum potential sentence of 33 years", "maximum penalty ... is 20 years"
            (q, re.compile(rf"\b(?:{_phrases(ws)})(?:\s+[a-z]+){{1,4}}\s+(?:of|is|are)\s+$", re.I))
            for q, ws in entries(p["statutory_bounds_before"]).items()
        ]
        self.hedge_symbols = [  # "~1.2mm", "≈32m2", ">50 officers"
            (q, re.compile(rf"(?:^|(?<=[\s(]))(?:{_phrases(ws)})\s?$")) for q, ws in p["hedge_symbols_before"].items()
        ]
        self.penalty_after = re.compile(rf"\s*(?:{_phrases(p['penalty_nouns'])})\b", re.I)  # "... and a $10,000 fine"
        self.hedge_after = [
            (q, re.compile(rf"^\s*(?:{_phrases(ws)})(?![\w])(?!\s*[\d£$€])", re.I))  # not "10 and over 20"
            for q, ws in p["hedges_after"].items()
        ]
        self.additive_words = set(p["additive_change_words"])  # "a further" continues "down" before it
        self.decrease_lead = re.compile(rf"\b(?:{_phrases(p['decrease_leads'])})(?:\s+by)?\s*$", re.I)
        self.change_before = [
            (d, re.compile(rf"(?:^|(?<=[^\w]))(?:{_phrases(ws)})\s+$", re.I)) for d, ws in p["change_before"].items()
        ]
        self.change_after = {w: d for d, ws in p["change_after"].items() for w in ws}
        self.change_verbs = {w: d for d, ws in p["change_verbs"].items() for w in ws}
        if trend:
            self.change_verbs.update({w: d for d, ws in p["trend_verbs"].items() for w in ws
                                      if w not in self.change_verbs})
        self.change_nouns = {w: d for d, ws in p["change_nouns"].items() for w in ws}
        self.estimate_words = set(p["estimate_words"])
        self.level_prepositions = set(p["level_prepositions"])
        self.amount_nouns = set(p["amount_nouns"])
        self.hedge_prepositions = set(p["hedge_prepositions"])
        self.scheme_after = re.compile(rf"^(?:[\s-]+[a-z]+){{0,2}}?[\s-]+(?:{_phrases(p['scheme_nouns'])})\b")
        markers = sorted(p["baseline_markers"], key=len, reverse=True)
        self.baseline_marker = re.compile(rf"\b(?:{_phrases(markers)})\s+", re.I)

    def qualifier_before(self, prefix: str) -> tuple[str, str] | None:
        """The hedge ending ``prefix`` (text just before a figure) and its text, or None; the longest
        hedge wins, so "no more than" is an upper bound, not "more than".

        >>> FigureContext().qualifier_before("limited to no more than ")
        ('upper_bound', 'no more than ')

        "not" or "no" before a bound flips it:

        >>> FigureContext().qualifier_before("a fine not exceeding ")
        ('upper_bound', 'not exceeding ')

        A statutory cap or floor a few words before ("a maximum potential sentence of 33 years") hedges
        the figure without joining its span:

        >>> FigureContext().qualifier_before("He faces a maximum potential sentence of ")
        ('upper_bound', '')
        """
        found = [(q, m.group(0)) for q, rx in self.hedge_before if (m := rx.search(prefix[-40:]))]
        found += [(q, m.group(0)) for q, rx in self.hedge_symbols if (m := rx.search(prefix[-3:]))]
        if not found:
            found = [(q, "") for q, rx in self.statutory_bounds if rx.search(prefix[-60:])]  # span stays on the figure
        if not found:
            return None
        qualifier, hedge = max(found, key=lambda f: len(f[1]))
        negated = _NEGATION.search(prefix[:len(prefix) - len(hedge)])
        if negated and qualifier in _FLIPPED:  # "not more than 5 years", "not exceeding £1,000": the bound flips
            return _FLIPPED[qualifier], negated.group(0) + hedge
        return qualifier, hedge

    def second_penalty(self, text: str, added: list[dict], start: int, end: int) -> bool:
        """Does the figure at ``start:end`` name the second of two penalties a bound covers ("up to
        five years in prison and a $10,000 fine": the fine is a cap too)? The figure before it must be
        bounded and joined to it by "and" with no figure between, and this one must name a penalty
        (``penalty_nouns``).

        >>> text = "punishable by up to five years in prison and a $10,000 fine"
        >>> before = [{"start": 14, "end": 30, "qualifier": "upper_bound"}]
        >>> FigureContext().second_penalty(text, before, 47, 54)
        True
        """
        if not added or added[-1].get("qualifier") not in ("upper_bound", "lower_bound"):
            return False
        gap = text[added[-1]["end"]:start]
        return bool(re.fullmatch(r"[^\d.;:]{0,30}\s(?:and|or)\s+(?:an?\s+)?(?:[£$€]\s?)?", gap)) \
            and bool(self.penalty_after.match(text[end:end + 20]))

    def qualifier_after(self, suffix: str) -> tuple[str, str] | None:
        """A trailing hedge ("or more", "or so") at the start of ``suffix``, or None."""
        for q, rx in self.hedge_after:
            m = rx.search(suffix[:20])
            if m:
                return q, m.group(0)
        return None

    def governs_a_scheme(self, hedge: str, after: str) -> bool:
        """True where ``hedge`` is a preposition governing a scheme the money names (``after`` is the
        text after the money): "under $6.2 million expansion", "under $2m road safety plan".

        >>> ctx = FigureContext()
        >>> ctx.governs_a_scheme("under ", " expansion"), ctx.governs_a_scheme("under ", " each"), ctx.governs_a_scheme("about ", " plan")
        (True, False, False)
        """
        return hedge.strip().lower() in self.hedge_prepositions and self.scheme_after.match(after) is not None

    def aside_change(self, text: str, start: int, end: int) -> str | None:
        """The direction of a change noun that a figure and its restatement "or …" share, the
        figure being at ``text[start:end]``: in "a $569 million, or 29 percent, increase" both
        figures are an increase; else None.

        >>> ctx = FigureContext()
        >>> text = "a $569 million, or 29 percent, increase over last year"
        >>> ctx.aside_change(text, 2, 14), ctx.aside_change(text, 19, 29)
        ('increase', 'increase')
        """
        noun = _ASIDE_THEN_NOUN.match(text, end, min(len(text), end + 80))  # the figure before its aside
        if noun is None and _ASIDE_OPENS.search(text, max(0, start - 30), start):
            noun = _NOUN_AFTER_ASIDE.match(text, end, min(len(text), end + 30))  # the aside itself
        return self.change_nouns.get(noun.group(1).lower()) if noun is not None else None

    def change_word_before(self, prefix: str) -> tuple[str, str] | None:
        """A change phrase ending ``prefix`` ("a further ", "an extra ") and its text; a word that adds
        continues a decrease written just before it ("down a further ").

        >>> ctx = FigureContext()
        >>> ctx.change_word_before("officers will hire a further "), ctx.change_word_before("thefts are down a further ")
        (('increase', 'a further '), ('decrease', 'a further '))
        """
        prefix = prefix[-30:]
        for d, rx in self.change_before:
            m = rx.search(prefix)
            if m:
                if m.group(0).strip().lower() in self.additive_words and self.decrease_lead.search(prefix[:m.start()]):
                    return "decrease", m.group(0)  # "down a further 9%", "fell by a further 120"
                return d, m.group(0)
        return None

    def estimated(self, sent: Span, before_char: int) -> bool:
        """True when the figure's clause calls it an estimate: an estimate word earlier in the
        sentence, with no other figure and no clause break (semicolon, colon, dash, or a comma
        unless the estimate fronts the clause: "According to police estimates, 500 people") between
        them. "the EPA-estimated range, a 5-mpg boost" is not an estimate of the boost.

        >>> import spacy
        >>> doc = spacy.blank("en")("Police estimated that 500 people attended, and 20 were arrested.")
        >>> ctx = FigureContext()
        >>> ctx.estimated(doc[:], doc.text.index("500")), ctx.estimated(doc[:], doc.text.index("20"))
        (True, False)
        """
        hits = [t for t in sent if t.lower_ in self.estimate_words and t.idx < before_char]
        if not hits:
            return False
        last = hits[-1]
        between = [t for t in sent if last.i < t.i and t.idx < before_char]
        if any(t.like_num or t.text in (";", ":", "—", "–") for t in between):
            return False
        commas = [t for t in between if t.text == ","]
        if not commas:
            return True
        # "According to police estimates, 500 people attended": the estimate fronts the clause
        fronted = len(commas) == 1 and commas[0].i == last.i + 1 and last.pos_ == "NOUN"
        return fronted and not (commas[0].i + 1 < len(sent.doc) and sent.doc[commas[0].i + 1].pos_ == "CCONJ")

    @staticmethod
    def list_item_lead(doc: Doc, i: int) -> Span | None:
        """The few words after a bullet that token ``i`` ("up"/"down") follows, or None. Such a line
        reads as a noun phrase ("• shoplifting up 21 per cent") however the parser tags it; a clause
        ("• he picked up 5%") is not one.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Key figures:\\n• shoplifting up 21 per cent"))
        >>> FigureContext.list_item_lead(doc, [t.text for t in doc].index("up")).text
        'shoplifting'
        """
        start = i
        while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
            start -= 1
        if not 2 <= i - start <= 6 or doc[start].text not in BULLETS:
            return None
        lead = doc[start + 1:i]
        if any(t.pos_ in ("AUX", "PRON") or t.tag_ in ("VBD", "VBN") or t.is_punct and t.text != "-" for t in lead):
            return None
        return lead

    def direction_from_parse(self, tokens: list[Token]) -> str | None:
        """Direction given by the words governing a figure's tokens.

        "rose by 300", "an increase of 300", "the addition of 650 officers", "a 300 rise"; not the
        level after "to" ("fell by 30 to 400", which the parser may read as one phrase under "by").
        """
        if tokens and self._level_after_to(tokens[0].doc, min(t.i for t in tokens)):
            return None
        for tok in tokens:
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ == "by":
                gov = head.head
                d = self.change_verbs.get(gov.lemma_.lower()) or self.change_verbs.get(gov.lower_)
                if d is None:
                    d = self.change_nouns.get(gov.lemma_.lower())
                if d is None:
                    window = [t for t in tok.doc[max(gov.i - 1, tok.sent.start):head.i]]
                    d = next((self.change_verbs.get(t.lower_) for t in window
                              if t.lower_ in ("up", "down") and t.dep_ != "prt"), None)
                    if d is None:
                        d = next((self.change_verbs.get(t.lemma_.lower()) for t in window
                                  if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in self.change_verbs), None)
                if d:
                    return d
            if tok.dep_ in ("dobj", "npadvmod", "advmod") and head.pos_ == "VERB" and head.i < tok.i \
                    and self.change_verbs.get(head.lemma_.lower()) and head.lemma_.lower() not in ("up", "go", "cut",
                                                                                               "raise", "lower") \
                    and not self._after_level_preposition(tok) \
                    and not (head.lemma_.lower() == "add" and self._added_total_or_money(head, tok)):
                return self.change_verbs[head.lemma_.lower()]
            if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.change_nouns \
                    and not self._amount_of_money(head.head, tok):
                return self.change_nouns[head.head.lemma_.lower()]
            if tok.dep_ in ("nummod", "compound", "amod") and head.pos_ == "NOUN" and head.i > tok.i \
                    and head.lemma_.lower() in self.change_nouns and head.i - tok.i <= 2 \
                    and not self._amount_of_money(head, tok):
                return self.change_nouns[head.lemma_.lower()]
        return None

    def _amount_of_money(self, noun: Token, tok: Token) -> bool:
        """True for money named by a noun that, with money, is an amount rather than a change: "a loss
        of $44 million", "losses of between $18m and $22m" (a victim's loss, not a fall)."""
        return noun.lemma_.lower() in self.amount_nouns and self._is_money(tok)

    @staticmethod
    def _is_money(tok: Token) -> bool:
        return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in tok.subtree) \
            or tok.i > 0 and tok.doc[tok.i - 1].tag_ == "$"

    @staticmethod
    def _added_total_or_money(verb: Token, tok: Token) -> bool:
        """"add" makes a count a change ("will add 12 officers"), but not a total ("the thefts add up to
        £5,000") or money put into something ("added $6,800 in fictitious wages to the return")."""
        doc = verb.doc
        if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "up":
            return True
        return FigureContext._is_money(tok)

    @staticmethod
    def _level_after_to(doc: Doc, first: int) -> bool:
        """True when the figure starting at token ``first`` follows a bare "to" (not "up to")."""
        i = first - 1
        if i >= 0 and doc[i].tag_ == "$":  # "to $419.2 billion"
            i -= 1
        return i >= 0 and doc[i].lower_ == "to" and not (i >= 1 and doc[i - 1].lower_ == "up")

    def _after_level_preposition(self, tok: Token) -> bool:
        """True when the phrase a figure heads opens with, or follows, "to", "from", "at" or "of":
        a level or a baseline the parser hung on a change verb as its object ("increased by $43.6
        billion to $419.2 billion", "doubling it to 256GB instead of the 128GB")."""
        edge = tok.left_edge
        words = [edge] + ([tok.doc[edge.i - 1]] if edge.i > tok.sent.start else [])
        return any(w.lower_ in self.level_prepositions and not (w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_
                                                               in ("least", "most")) for w in words)  # "at least"

    def direction_before_by(self, doc: Doc, start_char: int) -> str | None:
        """"rose by a third", "cut by more than 200": the change verb before "by"."""
        m = re.search(r"(\w+)(?:\s+\w+ly)?\s+by\s+$", doc_text(doc)[max(0, start_char - 40):start_char], re.I)
        if not m:
            return None
        span = doc.char_span(start_char - len(m.group(0)), start_char - len(m.group(0)) + len(m.group(1)),
                             alignment_mode="expand")
        if span is None:
            return None
        verb = span[0]
        return self.change_verbs.get(verb.lemma_.lower()) or self.change_verbs.get(verb.lower_) \
            or self.change_nouns.get(verb.lemma_.lower())

    def baseline(self, doc: Doc, sent: Span, figure_start: int, figure_end: int) -> str | None:
        """What a change is compared with, as written, from its sentence or the one before.

        Prefers a marker after the figure ("... than last year"), then one before it;
        "on"/"from" count only when a date follows them.
        """
        found = self._baselines(doc, sent)
        after = [b for pos, b in found if pos >= figure_end]
        before = [b for pos, b in found if pos < figure_start]
        if after:
            return after[0]
        if before:
            return before[-1]
        prev = self.previous_sentence(doc, sent)
        if prev is not None:
            found = self._baselines(doc, prev)
            if found:
                return found[-1][1]
        return None

    @staticmethod
    def previous_sentence(doc: Doc, sent: Span) -> Span | None:
        """The sentence before ``sent``, else None (at the start, or across a blank line).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Arrests rose. Most were men.\\n\\nA new paragraph.")
        >>> sents = list(doc.sents)
        >>> FigureContext.previous_sentence(doc, sents[1]).text, FigureContext.previous_sentence(doc, sents[-1])
        ('Arrests rose.', None)
        """
        if sent.start == 0 or not sent[0].is_sent_start:  # a window inside an overlong sentence
            return None
        prev = doc[sent.start - 1].sent
        between = doc_text(doc)[prev.start_char:sent.start_char]  # the blank line may end the sentence before
        return None if between[len(between.rstrip()):].count("\n") > 1 else prev

    def _baselines(self, doc: Doc, sent: Span) -> list[tuple[int, str]]:
        out = []
        text = sent.text
        for m in self.baseline_marker.finditer(text):
            marker = m.group(0).strip().lower()
            start = sent.start_char + m.end()
            rest = doc.char_span(start, sent.end_char, alignment_mode="expand")
            if rest is None or len(rest) == 0:
                continue
            window = []
            for t in rest:
                if t.is_punct and t.text not in ("-", "–") or t.lower_ in ("and", "or", "but", "which", "who"):
                    break
                window.append(t)
                if len(window) >= 8:
                    break
            if not window:
                continue
            ents = [e for e in doc.ents if e.label_ == "DATE" and window[0].i <= e.start <= window[-1].i]
            prior = re.search(r"(\w+)\s+$", text[:m.start()])
            if marker == "on" and prior is not None and prior.group(1).lower() == window[0].lower_:
                out.append((sent.start_char + prior.start(1), f"{prior.group(1)} on {window[0].text}"))
                continue  # "down 9% year on year"
            if ents:
                begin, end = ents[0].start, ents[0].end
                if begin > window[0].i and doc[begin - 1].lower_ in ("the", "same") and begin - 1 >= window[0].i:
                    begin = begin - 1
                for later in ents[1:]:  # "at the same time last year": two date entities side by side
                    if later.start != end:
                        break
                    end = later.end
                out.append((sent.start_char + m.start(), doc[begin:max(end, begin + 1)].text))
            elif marker in ("than", "compared with", "compared to", "versus", "vs", "vs.", "in comparison with",
                            "when compared with", "when compared to"):
                chunk = next((c for c in sent.noun_chunks if c.start == window[0].i), None)
                if chunk is not None and not any(t.like_num for t in chunk):
                    out.append((sent.start_char + m.start(), chunk.text))
        return out
