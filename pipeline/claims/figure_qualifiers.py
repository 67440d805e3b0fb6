"""A quantity's ``qualifier`` and sign: the hedge before it ("more than", "just under", ~) or after it
("or more", "-plus", "and older"), an estimate in its clause, an age bound ("under the age of 12"),
"sub-" (an upper bound), a bracketed conversion that restates a hedged figure ("more than 100 km
(60 miles)") and a minus sign ("-5 yards", "minus 387 Fahrenheit"). The hedge words are read with
:class:`~pipeline.claims.figure_context.FigureContext`; used by the ``claims_quantities`` component.

>>> hedge_applies("over ", "spread over ", "duration"), hedge_applies("over ", "for over ", "duration")
(False, True)
"""
from __future__ import annotations

import re

from .ages import AgeReader
from .figure_context import FigureContext
from .figure_reading import Reading


def hedge_applies(hedge: str, prefix: str, rule: str, after: str = "") -> bool:
    """"spread over five years" is a period, not a lower bound: check the word before a hedge that
    can also be a preposition ("over", "under"); "in about 8 seconds" keeps its hedge. ``prefix`` is
    the text before the figure, ending with ``hedge``; ``rule`` the figure's rule so far.

    >>> hedge_applies("over a ", "the fraud ran over a ", "duration"), hedge_applies("about ", "in about ", "duration")
    (False, True)
    >>> hedge_applies("under ", "cut the wait to under ", "duration"), hedge_applies("under ", "calls under ", "duration")
    (True, True)

    An amount of time ("over 120 hours of CCTV footage", ``after`` the figure's unit) is a bound;
    a period after a comma ("it last ran, over three weeks in December") is not:

    >>> hedge_applies("over ", "and over ", "duration", " of CCTV"), hedge_applies("over ", "last ran, over ", "duration")
    (True, False)
    """
    word = re.sub(r"\s+(?:a|an)$", "", hedge.strip().lower())  # "over a 20-year period" is "over"
    if word not in ("over", "under", "around", "above", "below"):
        return True  # "within 48 hours" is at most 48 hours
    before = prefix[: len(prefix) - len(hedge)].rstrip()
    prev = re.search(r"(\w+)$", before)
    prev_word = prev.group(1).lower() if prev else ""
    if rule in ("duration", "age"):
        if word in ("under", "below"):
            return True  # "to bring response times under 7 minutes": nothing is spread under a time
        if re.match(r"\s+of\s", after):
            return True  # "over 120 hours of CCTV footage": an amount
        if not prev_word and before:
            return False  # "last ran, over three weeks in December": a period
        # "for over five years", "to under five minutes", "in under an hour": a bound; "spread over five years": a period
        return prev_word in ("for", "of", "is", "was", "be", "been", "are", "were", "took", "lasting", "to", "from",
                             "in", "")
    return True


class QualifierReader:
    """Reads a figure's qualifier with the hedges of ``ctx`` and the age bounds of ``ages``."""

    def __init__(self, ctx: FigureContext | None = None, ages: AgeReader | None = None):
        self.ctx = ctx if ctx is not None else FigureContext()
        self.ages = ages if ages is not None else AgeReader()

    def qualify(self, r: Reading, added: list[dict]) -> None:
        """Set ``r``'s qualifier and sign, widening its span over the hedge or sign ("more than 3,000
        residents" is a lower bound, "minus 18 degrees" is -18), and ``r.restated`` (the figure just
        before, where this one restates it in brackets); ``added`` holds the claims added so far."""
        doc, text, m, sent, fields = r.doc, r.text, r.m, r.sent, r.fields
        start, end = r.start, r.end
        restated = added[-1] if added and re.fullmatch(r"\s*\(\s*", text[added[-1]["end"]:start]) else None
        if fields["qualifier"] == "exact" and restated is not None \
                and restated.get("qualifier") in ("approximate", "lower_bound", "upper_bound"):
            fields["qualifier"] = restated["qualifier"]  # "more than 100 km (60 miles)": the conversion too
        part = added[-1] if added and text[added[-1]["end"]:start] == " " and r.rule == "measure" \
            and added[-1]["extractor"].endswith(":measure") else None
        if fields["qualifier"] == "exact" and part is not None \
                and part.get("qualifier") in ("approximate", "lower_bound", "upper_bound"):
            fields["qualifier"] = part["qualifier"]  # "about 5ft 10in": the hedge covers the whole height
        if fields["qualifier"] == "exact" and self.ctx.second_penalty(text, added, start, end):
            fields["qualifier"] = added[-1]["qualifier"]  # "up to five years in prison and a $10,000 fine"
        if r.below and fields["qualifier"] == "exact":
            fields["qualifier"], start = "upper_bound", m.start - 4
        if r.negative is not None and fields["qualifier"] != "range" \
                and start == (r.currency[1] if r.currency else m.start):
            fields["value"] = -fields["value"]  # "-5 yards", "minus 387 Fahrenheit"
            start = r.negative
        # hedges
        age_bound = r.age_bound
        if age_bound and fields["qualifier"] == "exact" and start == m.start:
            fields["qualifier"] = self.ages.bound_qualifier(age_bound)
            start = m.start - len(age_bound.group(0))
        prefix = text[max(sent.start_char, start - 40):start]
        if fields["qualifier"] != "range" and not age_bound:
            hedge = self.ctx.qualifier_before(prefix)
            if hedge and r.rule == "money" and self.ctx.governs_a_scheme(hedge[1], text[end:end + 40]):
                hedge = None  # "under $6.2 million expansion": the scheme is under it
            if hedge and hedge_applies(hedge[1], prefix, r.rule, text[end:end + 12]):
                fields["qualifier"] = hedge[0]
                if fields.get("unit") is None and m.value < 120 and hedge[1].strip().lower() in ("under", "over") \
                        and self.ages.noun_before.search(prefix[:len(prefix) - len(hedge[1])]):
                    fields["unit"] = "years"  # "victims under 25", "drivers over 70": an age bound
                start -= len(hedge[1])
            else:
                tail = self.ctx.qualifier_after(text[end:end + 20])
                glued = self.ctx.qualifier_after(text[m.end:m.end + 12]) if m.end < end else None
                if glued:
                    fields["qualifier"] = glued[0]  # "400-plus arrests", "three or more people"
                if tail:
                    fields["qualifier"] = tail[0]
                    end += len(tail[1])
                    if fields.get("unit") is None and self.ages.bound_after(doc, r.first, tail[1]):
                        fields["unit"] = "years"  # "adults 18 and older", "children 12 and under"
                elif self.ctx.estimated(sent, start):
                    fields["qualifier"] = "approximate"
        r.start, r.end, r.restated = start, end, restated
