"""The measure a bare number is a reading of: "a blood alcohol reading of 0.12", "Her BAC was 0.15".

A reading has no counted noun after it, so the counted-noun reader gives it no unit and a bare
exact number without one is dropped. The measure is written before it instead: as the noun the
number follows with "of" ("a blood alcohol concentration of 0.214") or as the subject the number
is said to be ("The highest blood alcohol concentration recorded was 0.214"). The nouns live in
``models/patterns/quantities.json`` (``reading_nouns``, ``limit_nouns``).
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import load_data

_HEDGE_TAGS = ("quantmod", "advmod", "amod")  # "of more than 0.1", "was almost 0.2"


def measure_phrase(noun: Token) -> str:
    """``noun`` with the nouns compounded before it: "concentration" in "The highest blood alcohol
    concentration" -> "blood alcohol concentration" (not "highest").

    >>> from pipeline.nlp import shared
    >>> doc = shared()("The highest blood alcohol concentration was 0.2.")
    >>> measure_phrase(doc[4])
    'blood alcohol concentration'
    """
    doc, start = noun.doc, noun.i
    while start - 1 >= noun.sent.start and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].pos_ in ("NOUN", "PROPN") and start <= doc[start - 1].head.i <= noun.i:
        start -= 1
    return doc[start:noun.i + 1].text


class MeasureReadings:
    """Reads the measure of a bare number with the noun lists of ``patterns``."""

    def __init__(self, patterns: str = "patterns/quantities.json"):
        p = load_data(patterns)
        self.any_nouns = {w.lower() for w in p["reading_nouns"]["any"]}
        self.substance_nouns = {w.lower() for w in p["reading_nouns"]["needs_substance"]}
        self.substances = {w.lower() for w in p["reading_nouns"]["substances"]}
        self.limit_nouns = {w.lower() for w in p["limit_nouns"]}

    def measure_noun(self, first: Token) -> Token | None:
        """The noun whose value the number starting at token ``first`` gives: after "<noun> of" or
        after "<noun> ... was"; else None."""
        doc = first.doc
        i = first.i - 1
        while i > first.sent.start and first.i - i <= 3 and doc[i].dep_ in _HEDGE_TAGS + ("quantmod",) \
                and doc[i].is_lower:
            i -= 1  # "of more than 0.1"
        if i < first.sent.start:
            return None
        word = doc[i]
        if word.lower_ == "of" and word.head.i < i and word.head.pos_ in ("NOUN", "PROPN"):
            return word.head
        if word.lemma_ == "be" and word.pos_ == "AUX":
            return next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        return None

    def reading_unit(self, first: Token, earlier_readings: list[str]) -> str | None:
        """The measure the number at ``first`` reads, or None; a limit ("the legal limit of 0.05") takes
        the last of ``earlier_readings`` (the units of readings earlier in its sentence).

        >>> from pipeline.nlp import shared
        >>> nlp, readings = shared(), MeasureReadings()
        >>> readings.reading_unit(nlp("He returned a blood alcohol reading of 0.12.")[7], [])
        'blood alcohol reading'
        >>> readings.reading_unit(nlp("It was over the legal limit of 0.05.")[7], ["blood alcohol reading"])
        'blood alcohol reading'
        >>> readings.reading_unit(nlp("The threat level was 4.")[4], []) is None
        True
        """
        noun = self.measure_noun(first)
        if noun is None:
            return None
        word = noun.lower_
        if word in self.limit_nouns:
            return earlier_readings[-1] if earlier_readings else None
        phrase = measure_phrase(noun)
        if word in self.any_nouns or word in self.substance_nouns \
                and any(w in self.substances for w in phrase.lower().split()[:-1]):
            return phrase
        return None
