"""Text helpers the date modules share: the regex fragments of a year and of a day of the
month, alternations built from the word lists of ``models/patterns/dates.json``, and the words
written just before a position.

Example:
    >>> import re
    >>> bool(re.fullmatch(YEAR, "2019")), bool(re.fullmatch(DAY, "3rd")), bool(re.fullmatch(DAY, "32"))
    (True, True, False)
"""
from __future__ import annotations

import re

__all__ = ["YEAR", "DAY", "alternation", "cased", "word_before", "numeric_date_pattern"]

YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMERIC_PARTS = {
    "d": r"(?:0?[1-9]|[12]\d|3[01])",  # a day of the month
    "m": r"(?:0?[1-9]|1[0-2])",  # a month's number
    "n": r"\d{1,2}",
    "yyyy": YEAR,
    "yy": r"\d{2}",
}


def alternation(words) -> str:
    """A regex alternation of ``words``, escaped, longest first (so "Sept" is tried before "Sep").

    >>> alternation(["Sep", "Sept", "Oct"])
    'Sept|Sep|Oct'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def cased(words) -> str:
    """Names written with a capital (or in capitals): "March", "MARCH", not "march".

    >>> [bool(re.fullmatch(cased(["march"]), w)) for w in ("March", "MARCH", "march")]
    [True, True, False]
    """
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return alternation(forms)


def word_before(text: str, start: int, n: int = 1) -> str:
    """The ``n`` words just before ``start``, within its sentence or line and at most 40
    characters back, joined by spaces ("" where there are none).

    >>> text = "He was arrested. On 3 May he fled."
    >>> word_before(text, text.index("3 May"), 2), word_before(text, text.index("On"), 1)
    ('On', '')
    """
    window = re.split(r"[.!?;:\n]\s", text[max(0, start - 40):start] + " ")[-1]
    words = re.findall(r"[\w’'-]+", window)
    return " ".join(words[-n:]) if words else ""


def numeric_date_pattern(forms, months) -> str:
    """A regex alternation of the numeric date ``forms`` (``numeric_date_forms`` in
    ``models/patterns/dates.json``): ``{d}`` a day, ``{m}`` a month's number, ``{n}`` one or two
    digits, ``{yyyy}`` a year, ``{yy}`` two digits, ``{mon}`` one of ``months`` (any case); the
    other characters stand for themselves.

    >>> forms = ["{yyyy}/{m}/{d}", "{m}.{d}.{yyyy}", "{d}-{mon}-{yyyy}"]
    >>> rx = re.compile(numeric_date_pattern(forms, ["apr", "april"]))
    >>> [bool(rx.fullmatch(s)) for s in ("2026/06/23", "7.30.2026", "23-Apr-2026", "2026/13/01", "30.30.2026")]
    [True, True, True, False, False]
    """
    parts = dict(_NUMERIC_PARTS, mon=rf"(?i:{alternation(months)})")
    out = []
    for form in forms:
        pieces = re.split(r"\{(\w+)\}", form)  # literal, name, literal, name, ..., literal
        out.append("".join(parts[p] if i % 2 else re.escape(p) for i, p in enumerate(pieces)))
    return "|".join(f"(?:{p})" for p in out)
