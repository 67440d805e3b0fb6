"""Whose age an "N-year-old" is: a named person's age belongs in that person's row, not in a quantity.

CLAIMS.md: "Ages of unnamed people ("a 43-year-old man") are quantities ... A named person's age goes
in that person's ``age``." Two ways of writing a named person's age with "year-old" are read here:

- apposition after the name: "Ilya Sobolevskiy, a 25-year-old resident of Brooklyn";
- the age before the name: "convicted 32-year-old Kevin Asher".

``claims_quantities`` drops such an age and ``claims_people`` can read it from the same function, so
the two components agree on every sentence.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

_ARTICLES = frozenset({"a", "an"})


def _person_ending_at(tok: Token) -> Span | None:
    """The PERSON entity whose last token is ``tok``, or None."""
    if tok.ent_type_ != "PERSON" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return None
    return next((e for e in tok.doc.ents if e.end == tok.i + 1 and e.label_ == "PERSON"), None)


def _person_starting_at(tok: Token) -> Span | None:
    """The PERSON entity whose first token is ``tok``, or a name spaCy labelled a facility
    ("17-year-old Tyrese Holloway" tagged FAC: two or three capitalised proper nouns); else None."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("PERSON", "FAC"):
        return None
    ent = next((e for e in tok.doc.ents if e.start == tok.i), None)
    if ent is None or ent.label_ == "PERSON":
        return ent
    if 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return ent
    return None


def person_of_age(first: Token, last: Token) -> Span | None:
    """The named person an age written from ``first`` to ``last`` ("25-year-old") belongs to, or None.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Ilya Sobolevskiy , a 25-year-old resident , and a 30-year-old man")
    >>> doc.ents = [Span(doc, 0, 2, label="PERSON")]
    >>> person_of_age(doc[4], doc[8]), person_of_age(doc[13], doc[17])
    (Ilya Sobolevskiy, None)
    """
    doc = first.doc
    i = first.i
    if i >= 3 and doc[i - 1].lower_ in _ARTICLES and doc[i - 2].text == ",":
        person = _person_ending_at(doc[i - 3])  # "Ilya Sobolevskiy, a 25-year-old resident"
        if person is not None:
            return person
    if last.i + 1 < len(doc) and (i == 0 or doc[i - 1].lower_ not in _ARTICLES):
        return _person_starting_at(doc[last.i + 1])  # "convicted 32-year-old Kevin Asher"
    return None
