"""Ages read as quantities in ``years``: a decade ("in his 50s", "in their 70s and 80s", "in her
teens"), a number after "aged" or an age bound ("aged 19, 23 and 31", "under the age of 12"), a
number an unnamed person is said to be ("The victim was 17") and a bound after a bare number
("adults 18 and older"). The word lists live in ``models/patterns/quantities.json``; whose age an
"N-year-old" is (a named person's is not a quantity) is read by :mod:`~pipeline.claims.named_ages`.

>>> ages = AgeReader()
>>> text = "The victims, in their 70s and 80s, were attacked by a man in his late teens."
>>> [(text[s:e], low, high) for s, e, low, high in ages.decades(text)]
[('in their 70s', 70, 79), ('80s', 80, 89), ('in his late teens', 13, 19)]
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from .base import load_data
from .figure_context import _phrases
from .numbers import NumberMention

AGE_AFTER = re.compile(r"^[\s-]*(year|month|week|day)s?[\s-]*olds?\b", re.I)  # "-year-old", " years old"
_DECADE_AFTER = re.compile(r"\s*(?:,|and|or|, and|, or)\s+((?:early|mid|late)[\s-]+)?(\d)0s\b")  # "… and 80s"


def sentence_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb, or None.

    >>> from pipeline.nlp import shared
    >>> sentence_subject(shared()("The boy who opened the door had been reported missing.")[:]).text
    'boy'
    """
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


class AgeReader:
    """The age patterns of ``patterns`` (a data file under ``models/``), read around a figure."""

    def __init__(self, patterns: str = "patterns/quantities.json"):
        p = load_data(patterns)
        self.bound_nouns = set(p["age_bound_nouns"])
        self.subject_nouns = set(p["age_subject_nouns"])
        self.subject_pronouns = set(p["age_subject_pronouns"])
        self.predicate_bounds = set(p["age_predicate_bounds"])  # "victims were under 18"
        self.count_subjects = set(p["age_count_subjects"])  # "six were under 60"
        self.context_words = re.compile(rf"\b(?:{_phrases(p['age_context_words'])})\b|\b\d0s\b", re.I)
        self.noun_before = re.compile(rf"\b(?:{_phrases(self.bound_nouns)})\s+$", re.I)  # "victims under 25"
        hedge_words = [w for ws in p["hedges_before"].values() for w in ws] + ["between", "from"]  # "ranged in age from"
        self.aged_before = re.compile(rf"\b(?:aged|ages?)\s+(?:(?:{_phrases(hedge_words)})\s+)?$", re.I)
        self.bounds = {q: {w.lower() for w in ws} for q, ws in p["age_bounds_before"].items()}
        self.bound_before = re.compile(
            rf"(?:^|(?<=\W))({_phrases(w for ws in self.bounds.values() for w in ws)})\s+$", re.I)
        pronouns = p["age_pronouns"]
        self.decade = re.compile(
            rf"\b(?:aged\s+)?in\s+(?:{_phrases(pronouns)})\s+(?:(?:early|mid|late)[\s-]+)?(\d)0s\b", re.I)
        self.teens = re.compile(rf"\bin\s+(?:{_phrases(pronouns)})\s+(?:(?:early|mid|late)[\s-]+)?teens\b", re.I)

    def decades(self, text: str) -> Iterator[tuple[int, int, int, int]]:
        """(start, end, low, high) of each age written as a decade or the teens, in order: the decades,
        then the teens; a second decade after "and"/"or" shares "in their" ("in their 70s and 80s").

        >>> [(low, high) for _, _, low, high in AgeReader().decades("A man in his mid-20s and a girl in her teens")]
        [(20, 29), (13, 19)]
        """
        for m in list(self.decade.finditer(text)) + list(self.teens.finditer(text)):
            low = int(m.group(1)) * 10 if m.lastindex else 13
            high = low + 9 if m.lastindex else 19
            yield m.start(), m.end(), low, high
            more = _DECADE_AFTER.match(text, m.end()) if m.lastindex else None
            if more:  # "in their 70s and 80s": the second decade shares "in their"
                low = int(more.group(2)) * 10
                begin = more.start(1) if more.group(1) else more.start(2)
                yield begin, more.end(), low, low + 9

    def in_decade(self, text: str, start: int, end: int) -> bool:
        """True where the number at ``text[start:end]`` is the decade of an age ("in their 70s"), so its
        glued "s" is no unit.

        >>> AgeReader().in_decade("Both were in their 70s.", 19, 21), AgeReader().in_decade("The 70s music era.", 4, 6)
        (True, False)
        """
        return bool(self.decade.search(text[max(0, start - 20):end + 2]))

    def bound_qualifier(self, bound: re.Match) -> str:
        """The qualifier of an age bound found by ``bound_before`` ("under the age of" -> upper_bound).

        >>> ages = AgeReader()
        >>> ages.bound_qualifier(ages.bound_before.search("children under the age of "))
        'upper_bound'
        """
        return next(q for q, ws in self.bounds.items() if bound.group(1).lower() in ws)

    def predicate_age(self, tok: Token, m: NumberMention) -> bool:
        """A bare whole number said to be what an unnamed person is: an age ("The boy, who was 10,
        was unhurt", "The victim was 17", "more than 40 victims were under 18", "Six of the victims
        were over 60"), never a named person's ("Maria, who was 10": that age is the person's).

        >>> from pipeline.nlp import shared
        >>> from pipeline.claims.numbers import NumberFinder
        >>> doc = shared()("The victim was 17.")
        >>> AgeReader().predicate_age(doc[3], NumberFinder().find(doc.text)[0])
        True

        "he"/"she" stands for the subject of the sentence before: "The boy who opened the door had
        been reported missing. He was 15." (but not after a named person).
        """
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.pos_ in ("AUX", "VERB"):
            return False  # a subject, whatever the parse joins it to ("... between 18 and 34 and 11 were youths")
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.like_num:
            tok = tok.head  # "The victims were 17 and 19"
        bounded = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in self.predicate_bounds
        verb = tok.head.head if bounded else tok.head
        if not (tok.dep_ == "attr" or bounded) or verb.lemma_ != "be" or not (0 < m.value < 120) \
                or m.value != int(m.value):
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is not None and subject.lower_ in self.subject_pronouns and verb.sent.start > 0:
            subject = sentence_subject(tok.doc[verb.sent.start - 1].sent)  # "The boy ... He was 15."
        if subject is not None and self.counted_ages(subject, verb.sent):
            return True  # "The youngest driver charged was 17 ... More than a quarter were under 25."
        if subject is not None and subject.lemma_.lower() not in self.subject_nouns \
                and subject.lower_ not in self.subject_nouns:  # ("oldest", lemma "old")
            # "Six of the victims were over 60", "nearly a quarter of shooting victims were under 18"
            subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "ADJ") or subject.lower_ not in self.subject_nouns \
                and subject.lemma_.lower() not in self.subject_nouns:  # (ADJ: "the oldest was 74")
            return False
        return not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)

    def counted_ages(self, subject: Token, sent: Span) -> bool:
        """Does a subject that only counts people ("six", "More than a quarter") stand among ages, so
        that what it is said to be is an age? Only where an age is written in its sentence (before or
        after it: "41 were under 18 and the youngest was 13") or the sentence before.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The youngest was 17. More than a quarter were under 25.")
        >>> AgeReader().counted_ages(doc[8], doc[8].sent)
        True
        """
        if not (subject.like_num or subject.lower_ in self.count_subjects) or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
            return False
        doc, start, words = subject.doc, sent.start, 0
        while start > 0 and words == 0:  # the sentence before with a word ("- 12 were in their 60s\n- six …")
            before = doc[start - 1].sent
            words, start = sum(t.is_alpha for t in before), before.start
        return bool(self.context_words.search(doc[start:sent.end].text))

    def bound_after(self, doc: Doc, first: Token, tail: str) -> bool:
        """Does a bound written after a bare number make it an age ("18 and older"; "12 and under"
        after a word for people: "children 12 and under")?

        >>> import spacy
        >>> doc = spacy.blank("en")("children 12 and under")
        >>> AgeReader().bound_after(doc, doc[1], " and under")
        True
        """
        if re.search(r"\b(?:older|younger)\b", tail, re.I):
            return True
        return first.i >= 1 and doc[first.i - 1].lower_ in self.bound_nouns
