"""A named person's age, written beside the name: "Jo Roe, 34,", "Jo Roe (34)", "45-year-old Jo Roe",
"Jo Roe, a 25-year-old resident". Used by ``claims_people``.

>>> age_after(", 34, of Croydon"), age_before("Officers arrested 45-year-old Joseph Clark", 30)
(34, 45)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .base import doc_text
from .named_ages import person_of_age
from .numbers import parse_number

if TYPE_CHECKING:
    from .person_mentions import Mention

# ", 29, of", " (22)", and after an alias in brackets "(De Leon), 41;"
_AGE_AFTER = re.compile(r"^(?:\s*\([^()\d]{1,40}\))?\s*(?:,\s*(?:aged?\s+)?(\d{1,3})\s*(?:,|;|\)|$|\s+(?:of|from)\b)"
                        r"|\s*\((\d{1,3})\))")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+$")
_YEAR_OLD = re.compile(r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[-\s]years?[-\s]old\b")


def age_after(rest: str) -> int | None:
    """The age that opens ``rest``, the text right after a name (past any post-nominals), else None.

    >>> age_after(", 29, of Thornton Heath"), age_after(", age 24, and"), age_after(" (22) was"), age_after(", 2024")
    (29, 24, 22, None)
    >>> age_after(" (De Leon), 41; Nervis")
    41
    """
    m = _AGE_AFTER.match(rest)
    return int(m.group(1) or m.group(2)) if m else None


def age_before(text: str, char: int) -> int | None:
    """The age written as "N-year-old" just before the name at ``char`` in ``text``, else None.

    >>> age_before("Officers arrested 45-year-old Joseph Clark.", 30), age_before("Joseph Clark", 0)
    (45, None)
    """
    m = _AGE_BEFORE.search(text[max(0, char - 20):char])
    return int(m.group(1)) if m else None


def add_year_old_ages(doc: Doc, mentions: list[Mention]) -> None:
    """Give a mention the age written as "N-year-old" beside the name (``named_ages`` decides whose
    it is; ``claims_quantities`` leaves such an age out): "Ilya Brodsky, a 25-year-old resident",
    "convicted 32-year-old Kevin Asher".

    >>> from pipeline.nlp import shared, make_doc
    >>> from pipeline.claims.person_mentions import Mention
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Priya Sharma, a thirty-one-year-old nurse from Luton, was arrested."))
    >>> mention = Mention(0, 12, ["Priya", "Sharma"], "ner")
    >>> add_year_old_ages(doc, [mention])
    >>> mention.age
    31
    """
    text = doc_text(doc)
    for m in _YEAR_OLD.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        value = parse_number(m.group(1))
        if span is None or value is None or not 0 < value < 130 or value != int(value):
            continue
        person = person_of_age(span[0], span[-1])
        if person is None:
            continue
        for mention in mentions:
            if mention.age is None and mention.start < person.end_char and person.start_char < mention.end:
                mention.age = int(value)
