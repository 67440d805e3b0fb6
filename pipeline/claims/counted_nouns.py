"""What a number counts, read from the words after it: the counted noun with its modifiers and
coordinated nouns ("2,318 reported burglaries", "120 detectives and analysts", "a 310-bed
hospital"), a time unit ("seven years", "3hrs"), a glued "m" read as millions or metres ("35m
calls", "a 3m wall"), and a noun or time unit written once after the last number of a list
("from 14 to 20 investigators", "42 and 46 months"). Used by the ``claims_quantities`` component;
the word lists live in ``models/patterns/quantities.json`` and ``models/patterns/units.json``.

>>> from pipeline.nlp import shared
>>> doc = shared()("The force recorded 2,318 reported burglaries.")
>>> CountedNouns().counted_noun(doc, doc[3:4])[0]
'reported burglaries'
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from .ages import AGE_AFTER
from .base import load_data
from .figure_context import _phrases
from .numbers import YEAR_LIKE, NumberMention
from .units_reader import UnitReader

LIST_GAP = re.compile(r"\s*(?:,|and|or|, and|, or)\s*")  # between the numbers of "22, 24 and 35"
LEVEL_GAP = re.compile(r"\s*(?:,|and|or|to|, and|, or)\s*")  # also "from 14 to 20 investigators"
_AGE_GROUP = re.compile(r"(?i)(?:under|over)-\d{1,2}s")  # "twelve under-18s": a plural noun of an age group
_OPEN_QUOTES = ('"', "“", "‘")
_CLOSE_QUOTES = ('"', "”", "’")


def list_members(text: str, m: NumberMention, ahead: list[NumberMention], gap: re.Pattern) -> Iterator[NumberMention]:
    """The mentions after ``m`` that continue its list, each joined to the one before by ``gap``.

    >>> from pipeline.claims.numbers import NumberFinder
    >>> text = "12, 18 or 24 months, then 5"
    >>> found = NumberFinder().find(text)
    >>> [n.text for n in list_members(text, found[0], found[1:], LIST_GAP)]
    ['18', '24']
    """
    prev = m
    for nxt in ahead:
        if not gap.fullmatch(text[prev.end:nxt.start]):
            return
        yield nxt
        prev = nxt


class CountedNouns:
    """Reads the noun or time unit after a number, with the word lists of ``patterns`` and the units
    of ``units``."""

    def __init__(self, patterns: str = "patterns/quantities.json", units: UnitReader | None = None):
        p = load_data(patterns)
        self.units = units if units is not None else UnitReader()
        self.time_units = set(p["time_units"])
        self.adjectival_participles = set(p["adjectival_participles"])
        glued_time = _phrases(p["time_units_glued"])  # "40min", "3hrs": abbreviations written onto the digits
        adjectives = _phrases(p["duration_adjectives"])  # "five consecutive years"
        self.time_after = re.compile(rf"^(?:\s+(?:(?:{adjectives})\s+)?|-|(?=(?:{glued_time})\b))({_phrases(self.time_units)})\b",
                                     re.I)
        self.time_word_modifiers = set(p["time_word_modifiers"])
        self.unit_drop = set(p["unit_drop_words"])
        self.participle_nouns = set(p["participle_nouns"])
        self.date_words = frozenset(p["date_entity_words"])
        self.relative_leads = frozenset(p["relative_date_leads"])
        self.hedge_tails = frozenset(w for ws in p["hedges_after"].values() for phrase in ws for w in phrase.split()
                                     if w.isalpha() and w not in ("or", "and", "so", "more"))  # "above", "under"  # "up from 14 last season": when, not what
        # "35m calls", "35m of its Echo devices": the word a glued "m" is read from
        self.millions_of = re.compile(rf"m[ \t]+(?:of[ \t]+(?:{_phrases(set(p['partitive_determiners']))})[ \t]+)?"
                                      rf"([A-Za-z]+)")

    def counted_noun(self, doc: Doc, span: Span) -> tuple[str, int, tuple[str, int]] | None:
        """The counted noun after the number ``span``, with its modifiers and coordinated nouns, as
        (unit, end character, (head noun, its token index)); None where no noun is counted.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The unit now has 120 detectives and analysts.")
        >>> CountedNouns().counted_noun(doc, doc[4:5])
        ('detectives and analysts', 44, ('detectives', 5))
        """
        tok = span[-1]
        head = tok.head
        while head.like_num and head.i > tok.i and head.head.i != head.i \
                and not any(t.lower_ in ("to", "and", "or", "-", "–") for t in doc[tok.i + 1:head.i]):
            tok, head = head, head.head  # "4 hundred million people" (but not "1000 to 2000 hires")
        candidates = []
        if tok.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos") \
                and head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and head.i - tok.i <= 6:
            candidates.append(head)
        else:
            # linear fallback: skip change words and adjectives to the next noun
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 4 and doc[j].pos_ != "DET" \
                    and (doc[j].lower_ in self.unit_drop or doc[j].pos_ in ("ADJ",)
                         or doc[j].lower_ in self.adjectival_participles and j + 1 < len(doc) and doc[j + 1].tag_ == "NNS"):
                j += 1  # (a participle before a plural noun: "2,300 paying subscribers", parsed as a verb)
            if j < len(doc) and doc[j].pos_ in ("NOUN",) and doc[j].lower_ not in ("per", "cent"):
                end_j = j
                while end_j + 1 < len(doc) and doc[end_j + 1].pos_ == "NOUN" and doc[end_j].dep_ == "compound":
                    end_j += 1
                candidates.append(doc[end_j])
        if not candidates and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in self.participle_nouns:
            candidates.append(doc[tok.i + 1])  # "all three accused", "the two deceased"
        if not candidates:
            return None
        head = candidates[0]
        while head.dep_ in ("nmod", "compound", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i \
                and head.head.i - tok.i <= 6:
            head = head.head  # "238 drink or drug drivers": the count is of drivers
        if head.dep_ == "ROOT" and any(t.tag_ in ("VBP", "VBZ", "VBD") for t in doc[tok.i + 1:head.i]):
            return None  # "All five face charges": the verb was parsed into a noun phrase, which counts nothing
        if head.dep_ == "ROOT" and head.i - 1 > tok.i and doc[head.i - 1].lower_ in self.participle_nouns:
            head = doc[head.i - 1]  # "The remaining 27 accused range in age …": the verb "range" parsed as the noun
        if head.tag_ == "NN" and head.lower_.endswith("ing") and head.i - 1 > tok.i and doc[head.i - 1].tag_ == "NNS":
            head = doc[head.i - 1]  # "612 drivers speeding": the count is of drivers, parsed as a compound
        while not head.whitespace_ and head.i + 2 < len(doc) and doc[head.i + 1].text == "-" \
                and not doc[head.i + 1].whitespace_ and doc[head.i + 2].pos_ in ("NOUN", "PROPN"):
            head = doc[head.i + 2]  # "six co-defendants", tokenised "co" "-" "defendants" with "co" as the noun
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "times":
            head = doc[tok.i + 1]
        if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                and doc[tok.i + 2].is_alpha and doc[tok.i + 2].pos_ in ("NOUN", "PROPN") and head.i > tok.i + 2:
            word = doc[tok.i + 2]  # "a 310-bed hospital", "a seven-count indictment": the count is of beds, counts
            return word.text, word.idx + len(word.text), (word.text, word.i)
        if head.lower_ == "times" and head.i - tok.i <= 2:
            return "times", head.idx + len(head.text), ("times", head.i)
        between = doc[tok.i + 1:head.i].text
        digits = re.match(r"\d{1,3}", between)
        age = AGE_AFTER.fullmatch(between[digits.end():]) if digits else None
        if head.tag_ == "NNS" and age is not None:
            return head.text, head.idx + len(head.text), (head.text, head.i)  # "two 16-year-old boys": boys
        if any(t.is_punct and t.text not in ("-",) + _OPEN_QUOTES + _CLOSE_QUOTES or t.like_num for t in doc[tok.i + 1:head.i]):
            return None  # (a quote mark may open the noun: '22 "priority zones"')
        if not (head.is_alpha or _AGE_GROUP.fullmatch(head.text)) or head.lower_ in ("per", "cent", "percent"):
            return None  # (but "twelve under-18s" counts an age group)
        if head.lower_ in self.date_words and (head.ent_type_ == "DATE" or doc[head.i - 1].lower_ in self.relative_leads):
            return None  # "rose 12% to 1,400 last year", "up from 14 last season": when, not what is counted
        if head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_:
            return None
        words = [t for t in doc[tok.i + 1:head.i + 1] if not t.is_punct]
        while words and words[0].lower_ in self.unit_drop:
            words = words[1:]
        if not words or words[0].lower_ in self.hedge_tails:
            return None  # "35 or above or significantly obese": a bound, then no noun
        end_tok = head
        # coordinated nouns without their own number: "officers and staff"
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i - head.i <= 4]
        if conj:
            c = conj[0]
            between = doc[head.i + 1:c.i]
            if all(t.lower_ in ("and", "or", "&") or t.pos_ in ("ADJ", "NOUN") for t in between) \
                    and not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in doc[head.i + 1:c.i + 1]) \
                    and not any(ch.like_num for ch in c.children):
                end_tok = c
        if doc[tok.i + 1].text in _OPEN_QUOTES and end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].text in _CLOSE_QUOTES:
            end_tok = doc[end_tok.i + 1]  # the span runs to the closing mark
        unit_text = re.sub(r'\s*["“”]\s*', " ", doc[words[0].i:end_tok.i + 1].text).strip()
        return unit_text, end_tok.idx + len(end_tok.text), (head.text, head.i)

    def plural_noun_after(self, doc: Doc, tok: Token) -> Token | None:
        """The plural noun a scaled figure counts, from ``tok`` on, past modifiers ("emergency calls",
        "combined digital and physical sales"), or None; a dimension word ("5m high walls") stops it.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("It handled 3.4m emergency calls.")
        >>> CountedNouns().plural_noun_after(doc, doc[4])
        calls
        """
        for t in doc[tok.i:min(len(doc), tok.i + 6)]:
            if t.lower_ in self.units.metre_words:
                return None
            if t.tag_ == "NNS" and t.text[:1].islower():
                return t
            modifier = t.tag_ in ("JJ", "VBN", "VBG") or t.tag_ in ("NN", "NNP") and t.dep_ in ("compound", "amod", "nmod", "conj") \
                or t.lower_ in ("and", "or", ",")
            if not modifier:
                return None
        return None

    def metres_or_millions(self, doc: Doc, text: str, m: NumberMention) -> NumberMention | None:
        """A glued lower-case "m" read from what follows it: millions before a counted plural noun or a
        unit ("35m calls", "12.3m tonnes", "1.2m hours", "35m of its Echo devices"), metres otherwise
        ("a 100m sprint", "5m long", "200m from", "20m of cable", "100m of the road"). A small whole
        number before a plain plural noun ("2m fences") could be either: dropped, since a wrong figure
        is worse than a missing one.

        >>> from pipeline.nlp import shared
        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "The control room answered 35m calls."
        >>> CountedNouns().metres_or_millions(shared()(text), text, NumberFinder().find(text)[0]).value
        35000000.0
        """
        if m.kind != "digits" or m.suffix != "m" or m.suffix_applied or text[m.end:m.end + 1] != "m":
            return m
        word = self.millions_of.match(text, m.end, m.end + 40)
        if word is None:
            return m
        span = doc.char_span(word.start(1), word.end(1), alignment_mode="expand")
        first = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or first is None:
            return m
        nxt, lower = span[0], word.group(1).lower()
        if first.start >= 1 and doc[first.start - 1].lower_ in ("a", "an"):
            return m  # "a 3m wall": one wall three metres high
        units = self.units
        unit_word = lower in self.time_units or lower in units.currency_words \
            or (lower in units.measures and lower not in units.glued_only and len(lower) > 2)
        if not unit_word:
            noun = self.plural_noun_after(doc, nxt)
            if noun is None:
                return m
            nxt = noun
        if not unit_word and m.value < 10 and m.value == int(m.value):
            return None
        return replace(m, end=m.end + 1, text=text[m.start:m.end + 1], value=m.value * 1_000_000,
                       suffix_applied=True)

    def time_word_modifier(self, doc: Doc, tok: Token) -> bool:
        """True where a time word stands between a number and the plural noun it counts: "24,000
        summer jobs", "40 weekend arrests", "12 night patrols" (not "40 weekends", "a 12 month sentence").

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Police made 40 weekend arrests.")
        >>> CountedNouns().time_word_modifier(doc, doc[2])
        True
        """
        if tok.i + 2 >= len(doc):
            return False
        word, noun = doc[tok.i + 1], doc[tok.i + 2]
        return word.lower_ in self.time_word_modifiers and word.is_lower and noun.tag_ == "NNS" \
            and noun.is_lower and noun.lower_ not in self.time_units

    def noun_shared_ahead(self, doc: Doc, text: str, m: NumberMention, ahead: list[NumberMention]) -> str | None:
        """The plural noun written once after the last number of a list or a pair of levels, for a
        bare number before it: "from 14 to 20 investigators", "two, three or four vehicles"; else None.

        >>> from pipeline.nlp import shared
        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "The team grew from 14 to 20 investigators."
        >>> found = NumberFinder().find(text)
        >>> CountedNouns().noun_shared_ahead(shared()(text), text, found[0], found[1:])
        'investigators'
        """
        for nxt in list_members(text, m, ahead, LEVEL_GAP):
            levels = re.search(r"\bfrom\s+$", text[max(0, m.start - 6):m.start]) and re.fullmatch(
                r"\s+to\s+", text[m.end:nxt.start])  # "grown from six to 10 officers": words and digits mix
            if nxt.kind != m.kind and not levels or AGE_AFTER.match(text[nxt.end:nxt.end + 40]):
                return None  # "12 and 14 year olds": ages
            span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
            counted = self.counted_noun(doc, span) if span is not None else None
            if counted:
                return counted[0] if doc[counted[2][1]].tag_ == "NNS" else None
            if re.match(r"\s*[A-Za-z]", text[nxt.end:nxt.end + 2]):
                return None  # a word that is not the counted noun ends the list
        return None

    def time_unit_shared_ahead(self, text: str, m: NumberMention, ahead: list[NumberMention]) -> str | None:
        """The time unit written once after the last number of a list ("42 and 46 months", "12, 18 or
        24 months"), for a number written bare before it; else None.

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "They were jailed for 42 and 46 months."
        >>> found = NumberFinder().find(text)
        >>> CountedNouns().time_unit_shared_ahead(text, found[0], found[1:])
        'months'
        """
        if m.kind == "fraction" or YEAR_LIKE.fullmatch(m.text):
            return None  # (a year before "and 20 months later" is a date)
        for nxt in list_members(text, m, ahead, LIST_GAP):
            after = text[nxt.end:nxt.end + 40]
            if nxt.kind == "fraction" or AGE_AFTER.match(after):
                return None  # "sixteen and seventeen year-olds": ages, not durations
            unit = self.time_after.match(after)
            if unit:
                return unit.group(1)
        return None
