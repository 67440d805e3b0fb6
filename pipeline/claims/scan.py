"""Cheap scans the claim components use to skip work: speed only, never a change of result.

``token_indices`` finds the tokens a rule can fire on from one attribute array
(a predicate is evaluated once per distinct string, not once per token), so a
component looks at those tokens only instead of building every ``Token``.
``literal_hits`` finds a literal word with word-boundary checks without
compiling a regex per word (what ``re.finditer(rf"(?<![\\w'])WORD(?![\\w])")``
would find, with the same non-overlapping order).

>>> import spacy
>>> from spacy.attrs import LOWER
>>> doc = spacy.blank("en")("Crime doubled and thefts halved.")
>>> token_indices(doc, LOWER, {"doubled", "halved"}.__contains__)
[1, 4]
>>> literal_hits("Ann Lee met Lee and Leeds.", "Lee")
[(4, 7), (12, 15)]
"""
from __future__ import annotations

from typing import Callable

import numpy as np
from spacy.tokens import Doc


def token_indices(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """Indices (in order) of the tokens whose ``attr`` string (``LOWER``, ``LEMMA``, ``ORTH``...) passes ``keep``."""
    if len(doc) == 0:
        return []
    values = doc.to_array(attr)
    distinct, where = np.unique(values, return_inverse=True)
    strings = doc.vocab.strings
    verdicts = np.fromiter((bool(keep(strings[int(h)])) for h in distinct), dtype=bool, count=len(distinct))
    return np.flatnonzero(verdicts[where.ravel()]).tolist()


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: alphanumerics and the underscore."""
    return ch.isalnum() or ch == "_"


def literal_hits(text: str, word: str, *, not_before: str = "’'", not_after: str = "") -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``word`` in ``text`` not preceded by a word character
    (or one of ``not_before``) and not followed by a word character (or one of ``not_after``),
    scanning left to right without overlaps, as ``re.finditer`` would.

    >>> literal_hits("O'Neil and Neil", "Neil"), literal_hits("Neil’s car", "Neil", not_after="’'")
    ([(11, 15)], [])
    """
    hits = []
    n, size = len(text), len(word)
    if not size:
        raise ValueError("literal_hits needs a non-empty word")
    pos = text.find(word)
    while pos >= 0:
        end = pos + size
        ok = (pos == 0 or not (_is_word_char(text[pos - 1]) or text[pos - 1] in not_before)) and (
            end == n or not (_is_word_char(text[end]) or text[end] in not_after))
        if ok:
            hits.append((pos, end))
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return hits
