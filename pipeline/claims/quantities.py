"""``claims_quantities``: counts, money, measures, durations, ages and multipliers.

Numbers are found by :class:`~pipeline.claims.numbers.NumberFinder`; spaCy's
tokens, entities and dependency parse then decide whether each one is a figure
(not a date, clock time, phone or reference number, code name, ordinal or a
named person's age) and read its context: the hedge before it (``qualifier``),
a change word (``direction``), what it is compared with (``baseline``) and the
counted noun (``unit``). Word lists live in ``models/patterns/quantities.json``
and ``models/patterns/units.json``; a short unknown word right after a number is
looked up in a table precomputed from quantulum3's unit data (``unit_table``), so
quantulum3 itself is never loaded while a release is processed.

Money is in the currency's main unit with an ISO code (``GBP``, ``USD``, ``EUR``,
``AUD``...): a sign or code before the digits ("£5", "USD10m", "EUR 50m", "US$113",
"$A82,615"), a sign after them ("1,200€"), or pence ("164p" is GBP 1.64). A glued
lower-case "m" is read from what follows: "35m calls" and "12.3m tonnes" are
millions, "a 3m wall" and "5m long" are metres, and an undecidable "2m barriers" is
dropped. House numbers ("575 Oxford Road", "16-18 Mill Lane": a street-type word from
the data file after capitalised words) and product names ("iPhone 11") are not figures.

This module holds the component and the order of the steps; each step lives in a
module of its own: what is not a figure (``figure_exclusions``, ``reference_numbers``),
the unit written with it (``units_reader``, ``counted_nouns``, ``ages``), ranges and
proportions (``figure_ranges``), the qualifier and sign (``figure_qualifiers``), the
direction and the multipliers (``figure_changes``) and the unit of a bare number
(``elided_units``, ``bullet_lists``, ``table_cells``); ``figure_reading.Reading``
carries a number through them.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Officers made more than 40 arrests and seized £2.5m."))
    >>> [(c["value"], c["unit"], c["qualifier"]) for c in doc._.claims if c["type"] == "quantity"]
    [(40.0, 'arrests', 'lower_bound'), (2500000.0, 'GBP', 'exact')]
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .ages import AGE_AFTER, AgeReader
from .base import add_claim, doc_text
from .counted_nouns import LIST_GAP, CountedNouns
from .earlier_figures import headline_units_from_body
from .elided_units import ElidedUnits
from .figure_changes import ChangeReader
from .figure_context import FigureContext
from .figure_exclusions import FigureExclusions
from .figure_qualifiers import QualifierReader
from .figure_ranges import RangeReader, proportion
from .figure_reading import Reading, context_window
from .named_ages import person_of_age
from .numbers import YEAR_LIKE, NumberFinder, NumberMention, negative_sign
from .reference_numbers import ReferenceNumbers
from .table_cells import table_cell
from .units_reader import UnitReader

COMPONENT = "claims_quantities"


class QuantityExtractor:
    """The ``claims_quantities`` component (see the module docstring)."""

    def __init__(self, nlp: Language, patterns: str, units: str, number_words: str):
        self.ctx = FigureContext(patterns)
        self.trend_ctx = FigureContext(patterns, trend=True)  # "lost 190 points": index points move like percentages
        self.finder = NumberFinder(number_words)
        self.units = UnitReader(units)
        self.nouns = CountedNouns(patterns, self.units)
        self.ages = AgeReader(patterns)
        self.exclusions = FigureExclusions(patterns)
        self.references = ReferenceNumbers(patterns, units)
        self.ranges = RangeReader(patterns, self.ctx, self.nouns)
        self.qualifiers = QualifierReader(self.ctx, self.ages)
        self.changes = ChangeReader(patterns, self.ctx, self.trend_ctx)
        self.elided = ElidedUnits(patterns, self.ctx, self.trend_ctx, self.nouns)

    # ------------------------------------------------------------------ driver
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        blocked = self.exclusions.blocked_spans(doc, text)
        dollar = self.units.dollar_unit(doc)
        pounds_weigh = self.units.pounds_weigh(doc, dollar)
        added: list[dict] = []
        heads: dict[int, tuple[str, int]] = {}  # claim id -> head noun of its unit and its token, for elided units
        consumed: set[int] = set()
        for start, end, low, high in self.ages.decades(text):  # "in his 50s", "in their 70s and 80s"
            added.append(add_claim(doc, "quantity", start, end, f"{COMPONENT}:age_decade", value=float(low),
                                   value_max=float(high), unit="years", qualifier="range"))
            consumed.update(range(start, end))
        mentions = [r for r in (self.nouns.metres_or_millions(doc, text, m) for m in self.finder.find(text)) if r]
        skip_index: set[int] = set()
        last_reference: NumberMention | None = None
        last_aged: NumberMention | None = None  # "aged 22, 24 and 35": the list shares "aged"
        for i, m in enumerate(mentions):
            if i in skip_index or m.start in consumed:
                continue
            if any(s < m.end and m.start < e for s, e in blocked):
                continue
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if last_reference is not None and self.references.continues_references(doc, text, last_reference, m):
                last_reference = m  # "Sections 83 and 140", "Counts Four through Seven": all references
                continue
            if nxt is not None and proportion(doc, m, nxt):
                hedge = self.ctx.qualifier_before(text[max(0, m.start - 40):m.start])
                start = m.start - len(hedge[1]) if hedge else m.start
                added.append(add_claim(doc, "quantity", start, nxt.end, f"{COMPONENT}:proportion",
                                       value=m.value / nxt.value, unit="fraction",
                                       qualifier=hedge[0] if hedge else "exact"))
                skip_index.add(i + 1)
                continue
            in_age_list = last_aged is not None and LIST_GAP.fullmatch(text[last_aged.end:m.start]) is not None
            claim = self._quantity(doc, m, mentions[i + 1:i + 6], dollar, added, heads, in_age_list, pounds_weigh)
            last_reference = None
            last_aged = m if claim is not None and claim.get("_rule") == "age_aged" else None
            if claim is None:
                continue
            if claim.get("_skipped_reference"):
                last_reference = m
                continue
            if claim.pop("_range_used", False):
                skip_index.add(i + 1)
            start, end = claim.pop("_start"), claim.pop("_end")
            head = claim.pop("_unit_head", None)
            extractor = claim.pop("_rule")
            c = add_claim(doc, "quantity", start, end, f"{COMPONENT}:{extractor}", **claim)
            added.append(c)
            if head:
                heads[id(c)] = head
        headline_units_from_body(text, added)
        self.changes.add_multipliers(doc, f"{COMPONENT}:multiplier")
        self.changes.add_comparison_multipliers(doc, f"{COMPONENT}:multiplier")
        self.changes.times_as_many_as_before(doc)  # "three times as many as in 2019": an increase
        return doc

    # ------------------------------------------------------------- figure reading
    def _quantity(self, doc: Doc, m: NumberMention, ahead: list[NumberMention], dollar: str,
                  added: list[dict], heads: dict[int, tuple[str, int]], in_age_list: bool = False,
                  pounds_weigh: bool = False) -> dict | None:
        """Read mention ``m`` as a quantity claim's fields (None where it is not a figure); ``ahead``
        holds the next few mentions, for ranges and lists that share a unit."""
        r = self._screen(doc, m, ahead, dollar, in_age_list, pounds_weigh)
        if not isinstance(r, Reading):
            return r  # None, or a reference number
        self._unit(r)
        self.ranges.widen(r)
        self.qualifiers.qualify(r, added)
        self.changes.direction(r)
        if not self.elided.fill(r, added, heads):
            return None
        fields, start, end = r.fields, r.start, r.end
        if r.next_tok is not None and self.exclusions.address(r.text, fields.get("unit"), end):
            return None  # "the 7900 block of South Halsted Street" is an address
        if r.direction:
            fields["direction"] = r.direction
            fields["baseline"] = self.ctx.baseline(doc, r.sent, start, end)
        fields["_start"], fields["_end"], fields["_rule"] = start, end, r.rule
        return fields

    def _screen(self, doc: Doc, m: NumberMention, ahead: list[NumberMention], dollar: str, in_age_list: bool,
                pounds_weigh: bool) -> Reading | dict | None:
        """What stands around mention ``m`` (a :class:`Reading`), or None where ``m`` is not a figure,
        or ``{"_skipped_reference": True}`` where it is a reference number that a list of them may continue."""
        ex = self.exclusions
        text = doc_text(doc)
        nxt = ahead[0] if ahead else None
        after = text[m.end:m.end + 40]
        if ex.percentage(text, m, nxt):
            return None  # "5 to 7 per cent", "from 4.8 to 4.7 percent": the percentages component reads both
        if self.units.rate_base_before.search(text[max(0, m.start - 12):m.start]) \
                and self.units.rate_base_noun_after.match(text, m.end):
            return None  # "1,412 incidents per 100,000 residents": the 100,000 belongs to the rate's unit
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        tok = span[-1]
        first = span[0]
        sent = context_window(tok.sent, tok.i)
        before = text[max(sent.start_char, m.start - 60):m.start]
        cell = table_cell(text, m.start, m.end) if m.kind == "digits" else None  # "| Sefton | 233 | 262 |"
        negative = negative_sign(text, m.start)
        below = re.search(r"\bsub-$", text[max(0, m.start - 5):m.start], re.I)  # "sub-300 sq m": an upper bound
        if m.kind == "digits" and not below \
                and (ex.written_as_code(text, m, after, negative) or self._glued_to_letters(text, m, after)):
            return None
        if self.references.citation(text, m, after):
            return None
        prev_lower = self.references.word_before(first)
        next_tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if self.references.reference(prev_lower, next_tok):
            return {"_skipped_reference": True}  # "Count 2", "Counts One and Two" (but "counts nine counts")
        named_unit = m.kind == "digits" and next_tok is not None and next_tok.text in ex.named_units_after
        if next_tok is not None and next_tok.lower_ in ex.skip_next or named_unit or ex.idiom(after) \
                or ex.vague_scale(text, m):
            return None  # "10 pm"; "at 22 Division"; "a zero-tolerance approach"; "a few hundred dollars"
        if ex.named_age(first) or ex.emergency_number(doc, m, first, tok):
            return None  # "Ryan Cole, 34,"; "call 999", "999 calls", "the 101 line" (but "999 officers" is a count)
        currency = self.units.currency(text, m, dollar, pounds_weigh)
        if currency is None and m.start > 0 and text[m.start - 1].isalpha():
            return None  # digits glued to a currency code that did not read as money ("PS5", a console)
        measure = self.units.measure(text, m) if currency is None else None
        seasonal = self.nouns.time_word_modifier(doc, tok)  # "24,000 summer jobs", "40 weekend arrests"
        time_unit = None if seasonal else self.nouns.time_after.match(after)
        shared_unit = None if time_unit else self.nouns.time_unit_shared_ahead(text, m, ahead)  # "42 and 46 months"
        timed = bool(time_unit or shared_unit)
        age = AGE_AFTER.match(after)
        if age and (age_span := doc.char_span(m.start, m.end + age.end(), alignment_mode="expand")) is not None \
                and person_of_age(age_span[0], age_span[-1]) is not None:
            return None  # "Ilya Sobolevskiy, a 25-year-old resident": the person's age, not a quantity
        age_bound = self.ages.bound_before.search(before)  # "children under the age of 12"
        predicate_age = self.ages.predicate_age(tok, m)  # "The boy, who was 10,"
        aged = bool(self.ages.aged_before.search(before) or age_bound) or in_age_list or predicate_age
        range_ahead = self.ranges.range_ahead(text, m, nxt, start=m.start)
        if tok.ent_type_ in ("DATE", "TIME") and ex.next_to_month(doc, first, tok) and not (timed or age):
            return None
        year_count = m.kind == "digits" and bool(YEAR_LIKE.fullmatch(m.text)) and ex.year_like_count(tok)
        if m.kind == "digits" and not currency and not measure and not timed and not age and not aged \
                and not year_count:
            if tok.ent_type_ == "TIME" and not range_ahead and not seasonal and cell is None:
                return None
            if tok.ent_type_ == "DATE" and not range_ahead and not seasonal and cell is None and ex.date_entity(tok):
                return None
            if YEAR_LIKE.fullmatch(m.text):
                return None
        elif (timed or age) and tok.ent_type_ in ("DATE", "TIME") and ex.month_beside(doc, sent, tok):
            return None  # a month beside a timed figure (but "until 5 January - 11 days in all")
        if not currency and not (measure and measure[0][:1].islower() and " " in measure[0]) and cell is None \
                and ex.in_name(tok, first, sent):  # "minus-5 degrees Celsius", tagged PERSON, is a measure
            return None
        if m.kind == "digits" and not currency and ex.house_number(after):
            return None
        if not currency and ex.product_name(doc, first):
            return None  # "iPhone 11 Pro"
        if not currency and not measure and not timed and not age and first.i >= 1 and cell is None \
                and ex.name_before(doc, first, next_tok, sent):
            return None  # "Junction 4", "Route 66", "a 2023 Ram 1500 pickup truck"
        slashed = "/" in m.text or "⁄" in m.text
        if slashed and not (measure or re.match(r"\s+of\b", after)):
            return None  # "1/2 mile", "1/16 of a pint" (but "1/2" alone may be a date or a score)
        if m.kind == "fraction" and not slashed and not ex.fraction_reads(doc, span) \
                and not self.ctx.qualifier_before(before):
            return None
        if m.kind == "words" and m.text.lower() in ("one", "a") and not (time_unit or age or range_ahead) \
                and ex.determiner_one(doc, first, next_tok, prev_lower):
            return None
        return Reading(doc=doc, text=text, m=m, ahead=ahead, span=span, sent=sent, before=before, after=after,
                       next_tok=next_tok, cell=cell, negative=negative, below=below, dollar=dollar,
                       pounds_weigh=pounds_weigh, currency=currency, measure=measure, time_unit=time_unit,
                       shared_unit=shared_unit, age=age, age_bound=age_bound, predicate_age=predicate_age, aged=aged)

    def _glued_to_letters(self, text: str, m: NumberMention, after: str) -> bool:
        """True where letters glued to the digits are no unit ("AB12", "5G", "M25" read from its
        digits): not a measure, time unit, pence ("164p") or an age's decade ("in their 70s")."""
        glued = re.match(r"^[A-Za-z]+", after)
        if glued and glued.group(0) == "p" and self.units.pence_after.match(after):
            glued = None  # "164p": pence
        if glued and not m.suffix_applied and (
                self.units.wrong_case(glued.group(0)) or self.units.ordinal(m, glued.group(0)) or (
                glued.group(0).lower() not in self.units.measures
                and not self.units.measure_after.match(after) and not self.nouns.time_after.match(after))):
            return not (glued.group(0) == "s" and self.ages.in_decade(text, m.start, m.end))
        return False

    def _unit(self, r: Reading) -> None:
        """Start the figure with the unit written with it, and the rule that read it: money, an age, a
        duration, a measure, a fraction, a time unit shared with the next number or the counted noun;
        a bare number has none yet (rule "elided_unit")."""
        doc, text, m, tok = r.doc, r.text, r.m, r.tok
        currency, time_unit = r.currency, r.time_unit
        fields: dict = {"_start": m.start, "_end": m.end, "qualifier": "exact"}
        start, end = m.start, m.end
        # money symbol before the digits
        if currency:
            fields["unit"] = currency[0]
            start = min(start, currency[1])
            end = max(end, currency[2])
            rule = "money"
            if text[start:m.start][-1:] in ("-", "−"):
                r.negative = start  # "$-50.8bn": the sign after the currency
            elif start < m.start:
                r.negative = negative_sign(text, start)  # "-$3.2 million" (but not "--$225 million", a dash)
        elif r.age:
            fields["unit"] = r.age.group(1).lower() + "s"
            end = m.end + r.age.end()
            rule = "age"
        elif r.aged:
            fields["unit"] = "years"
            rule = "age_predicate" if r.predicate_age else "age_aged"
            if time_unit and time_unit.group(1).lower().startswith("year"):
                end = m.end + time_unit.end()  # "under the age of 5 years"
        elif time_unit:
            fields["unit"] = time_unit.group(1)
            end = m.end + time_unit.end()
            rule = "duration"
        elif r.measure:
            fields["unit"] = r.measure[0]
            end = r.measure[1]
            rule = "measure"
        elif m.kind == "fraction":
            fields["unit"] = "fraction"
            rule = "fraction"
        elif r.shared_unit:
            fields["unit"] = r.shared_unit  # "sentenced to 42 and 46 months": 42 months too
            rule = "duration"
        else:
            unit = self.nouns.counted_noun(doc, r.span)
            if unit is None and m.suffix == "m" and m.suffix_applied and tok.i + 1 < len(doc):
                noun = self.nouns.plural_noun_after(doc, doc[tok.i + 1])  # "2.7m combined sales" (a poor parse)
                if noun is not None:
                    unit = doc[tok.i + 1:noun.i + 1].text, noun.idx + len(noun.text), (noun.text, noun.i)
            if unit is not None:
                fields["unit"], end, fields["_unit_head"] = unit
                rule = "count_noun"
            else:
                rule = "elided_unit"
        base = self.units.rate_base_after.match(text, end) if rule in ("count_noun", "elided_unit") else None
        if base:  # "1,412 incidents per 100,000 residents", "4,960 per 100,000 residents": a rate
            fields["unit"] = f"{fields.get('unit', '')} {base.group(1)}".strip()
            end = base.end()
            if rule == "elided_unit":
                rule = "rate"
        fields["value"] = m.value / currency[3] if currency else m.value
        r.fields, r.start, r.end, r.rule = fields, start, end, rule


@Language.factory(
    COMPONENT,
    default_config={"patterns": "patterns/quantities.json", "units": "patterns/units.json",
                    "number_words": "patterns/number_words.json"},
)
def make_quantities(nlp: Language, name: str, patterns: str, units: str, number_words: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, patterns, units, number_words)
