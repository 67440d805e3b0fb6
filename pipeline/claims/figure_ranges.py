"""Two numbers read as one figure: a range ("between 16 and 24", "16-24", "ranging from $200 to $4
million", "two or three men") and a proportion ("one in five", "1 out of 4"). "fell from 52 to 31",
"rose by 120 to 950" and alternatives ("101 or 999", "15 mg or 30 mg") stay two figures. Used by the
``claims_quantities`` component; the word lists live in ``models/patterns/quantities.json``.

>>> from pipeline.claims.numbers import NumberFinder
>>> text = "between 16 and 24 officers, but fell from 52 to 31"
>>> a, b, c, d = NumberFinder().find(text)
>>> ranges = RangeReader()
>>> ranges.range_ahead(text, a, b, a.start), ranges.range_ahead(text, c, d, c.start)
(True, False)
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .ages import AGE_AFTER
from .base import doc_text, load_data
from .counted_nouns import CountedNouns
from .figure_context import FigureContext
from .figure_reading import Reading
from .numbers import NumberMention, parse_number


def proportion(doc: Doc, m: NumberMention, nxt: NumberMention) -> bool:
    """"one in five", "1 in 4 women", "one out of three": a proportion, read as the fraction m/nxt.

    >>> import spacy
    >>> from pipeline.claims.numbers import NumberFinder
    >>> text = "One out of three victims knew him."
    >>> proportion(spacy.blank("en")(text), *NumberFinder().find(text))
    True
    """
    if not re.fullmatch(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", doc_text(doc)[m.end:nxt.start], re.I):
        return False
    if not (0 < m.value < nxt.value <= 1000) or m.kind == "fraction" or nxt.kind == "fraction":
        return False
    span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
    return span is not None and span[-1].ent_type_ not in ("DATE", "TIME")


class RangeReader:
    """Reads ranges with the word lists of ``patterns``, the hedges of ``ctx`` and, for the unit
    written after a range's second number, ``nouns`` (its units reader included)."""

    def __init__(self, patterns: str = "patterns/quantities.json", ctx: FigureContext | None = None,
                 nouns: CountedNouns | None = None):
        p = load_data(patterns)
        self.ctx = ctx if ctx is not None else FigureContext(patterns)
        self.nouns = nouns if nouns is not None else CountedNouns(patterns)
        self.range_from_words = set(p["range_from_words"])
        self.respectively = re.compile(r"[^.;]*\brespectively\b", re.I)  # "25k or 40k cheaper ... respectively"

    def range_ahead(self, text: str, m: NumberMention, nxt: NumberMention | None, start: int) -> bool:
        """True when ``m`` opens a range with the next number: "between 16 and 24", "16 to 24", "16-24",
        "15kHz to 17kHz", "ranging from $200 to $4 million" (but "fell from 52 to 31" is two figures).

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "Prices range from £370 to £5,500."
        >>> a, b = NumberFinder().find(text)
        >>> RangeReader().range_ahead(text, a, b, a.start - 1)
        True
        """
        if nxt is None or nxt.value <= m.value or "fraction" in (m.kind, nxt.kind):
            return False
        if m.kind != nxt.kind and not re.fullmatch(r"\s*(?:to|-|–|or)\s*", text[m.end:nxt.start]):
            return False  # "seven to 10 years", "five or 10 years" are ranges; "one and 10" is not
        sign = r"(?:[£$€]\s?|[A-Z]{1,3}\$\s?|[A-Z]{2,3}\s?)?"  # "from $75", "from US$75", "from RM120,000"
        opened_by_from = re.search(rf"(\w+)\s+(?i:from)\s+{sign}$", text[max(0, start - 30):start])
        if re.search(rf"\b(?i:from)\s+{sign}$", text[max(0, start - 8):start]) \
                and not (opened_by_from and opened_by_from.group(1).lower() in self.range_from_words):
            return False  # "fell from 52 to 31": two figures, not a range
        if re.search(r"\bby\s+(?:[A-Z]{0,3}[£$€]\s?|[A-Z]{3}\s?)?$", text[max(0, start - 10):start]) \
                and (m.suffix_applied or " " in m.text or re.search(r"[£$€]|[A-Z]{3}", text[m.end:nxt.start])
                     or m.value >= 10 and nxt.value > 4 * m.value):
            return False  # "rose by $43m to $419m", "rose by 120 to 950": a change and the new level
            # (but "by 1 to 1.5 degrees", "by 13 to 21 percent" are ranges)
        between = text[m.end:nxt.start]
        written_twice = False
        for written in (r"[^\W\d_]{1,12}\s[^\W\d_]{1,5}", r"[^\W\d_]{1,12}|%"):  # "sq ft", "kHz", "%"
            unit = re.match(rf"\s?(?!(?:to|and|or|up)\s)({written})(?=\s)", between)
            if unit and re.match(rf"\s?{re.escape(unit.group(1))}(?!\w)", text[nxt.end:nxt.end + 20], re.I):
                between = between[unit.end():]  # "15kHz and 17kHz", "5% to 10%": the unit written twice
                written_twice = True
                break
        money = r"(?:[A-Z]{0,3}[£$€][A-Z]{0,3}\s?|[A-Z]{2,3}\s?)?"  # "$3bn to $5bn", "$US160m and $US171m", "RM5 to RM9"
        joined = re.fullmatch(rf"\s*(?:-|–|—|to|up\s+to)\s*{money}|\s+(?:and|or)\s+{money}", between)
        if not joined:
            return False
        if re.match(r"\s+or\s", joined.group(0)):
            return self._or_range(text, m, nxt, written_twice)
        if "up" in joined.group(0) and not (opened_by_from and opened_by_from.group(1).lower() in self.range_from_words):
            return False  # "starting from 450 sq ft up to 900 sq ft" is a range; "5 up to 9" alone is not
        opener = re.search(r"\bbetween\s+(?:[£$€]\s?)?$", text[max(0, m.start - 12):start], re.I)
        return "and" not in joined.group(0) or opener is not None

    def _or_range(self, text: str, m: NumberMention, nxt: NumberMention, written_twice: bool) -> bool:
        """"two or three men", "five or 10 years": a vague count, read as a range. Not alternatives:
        ends far apart ("101 or 999"), a unit written on both ("15 mg or 30 mg"), the end of a list
        ("10, 15 or 30"), a trailing hedge ("two or more") or figures taken "respectively"."""
        if written_twice or nxt.value > 2 * m.value + 1:
            return False
        if re.search(r"\d[^\d,;.]{0,12},\s*$", text[max(0, m.start - 20):m.start]):
            return False
        if self.ctx.qualifier_after(text[nxt.end:nxt.end + 20]):
            return False
        return not self.respectively.match(text[nxt.end:nxt.end + 80])

    def widen(self, r: Reading) -> None:
        """Take the next number into the figure where the two make a range (``value_max``, qualifier
        "range", the span to the second number and its unit: "between 15kHz and 17kHz", "14 or 15
        years old", "0 to 80km/h"), after sharing a scale word ("between 1 and 2 million"); sets
        ``r.or_range`` for a range written with "or"."""
        doc, text, m, nxt, fields = r.doc, r.text, r.m, r.nxt, r.fields
        start, end, rule = r.start, r.end, r.rule
        units = self.nouns.units
        or_range = False
        if nxt is not None and self.range_ahead(text, m, nxt, start):
            scale = re.search(r"\s(\w+)$", nxt.text)
            if scale and not re.search(r"\s\w+$", m.text):
                factor = parse_number("1 " + scale.group(1))
                if factor and factor > 1 and m.value * factor < nxt.value:
                    fields["value"] = m.value * factor  # "between 1 and 2 million"
        # range: "between 16 and 24", "16 to 24", "16-24"
        if self.range_ahead(text, m, nxt, start):
            opener = re.search(r"\bbetween\s+(?:[£$€]\s?)?$", text[max(0, m.start - 12):start], re.I)
            fields["value_max"] = nxt.value
            fields["qualifier"] = "range"
            fields["_range_used"] = True
            or_range = re.fullmatch(r"\s+or\s+\S{0,4}", text[m.end:nxt.start]) is not None
            end = max(end, nxt.end)
            again = units.measure(text, nxt) if rule == "measure" else None
            if again and again[0].lower() == fields["unit"].lower():
                end = max(end, again[1])  # "between 15kHz and 17kHz"
            if opener:
                start = text.lower().rfind("between", 0, m.start)
            after2 = text[nxt.end:nxt.end + 40]
            age2 = AGE_AFTER.match(after2)  # "14 or 15 years old", "aged 14 to 16 years old"
            t2 = age2 or self.nouns.time_after.match(after2)
            unit2 = (age2.group(1).lower() + "s" if age2 else t2.group(1)) if t2 else ""
            cur2 = units.currency(text, nxt, r.dollar, r.pounds_weigh) if not r.currency else None
            if cur2:
                fields["unit"], end, rule = cur2[0], max(end, cur2[2]), "money"
                fields.pop("_unit_head", None)
            elif t2 and str(fields.get("unit")).lower() == unit2.lower():
                end = max(end, nxt.end + t2.end())  # "aged 14-16-year-olds", "aged 14 to 16 years"
            elif "unit" not in fields and t2:
                fields["unit"] = unit2
                end = nxt.end + t2.end()
                rule = "age" if age2 else "duration"
            elif "unit" not in fields and (measure2 := units.measure(text, nxt)):
                fields["unit"], end, rule = measure2[0], max(end, measure2[1]), "measure"  # "0 to 80km/h"
            elif "unit" not in fields:
                span2 = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
                unit = self.nouns.counted_noun(doc, span2) if span2 is not None else None
                if unit:
                    fields["unit"], end, fields["_unit_head"] = unit
                    rule = "count_noun"
        r.start, r.end, r.rule, r.or_range = start, end, rule, or_range
