"""The unit of a number written without one: what the sentence says it counts ("142 were men",
"the number of closure orders ... around 90", "Referrals rose by 120", "63 of those arrested",
"15 of the 20 suspects"), the noun of an earlier count in a list or comparison, a table's column or a
bullet list's header or label (the units taken from earlier figures are read by
:mod:`~pipeline.claims.earlier_figures`); and whether a bare number with no unit found is still a figure ("151
were over the limit", "a total of 47", "rose 8% to 3.65"). Used by the ``claims_quantities``
component.

The unit said in the figure's own sentence is read by :mod:`~pipeline.claims.sentence_units`.

>>> from pipeline.nlp import shared
>>> doc = shared()("Of those arrested, 142 were men and 54 were women.")
>>> [(c["value"], c["unit"]) for c in doc._.claims if c["type"] == "quantity"]
[(142.0, 'men'), (54.0, 'women')]
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .base import doc_text, load_data
from .bullet_lists import (breakdown_bullet, bullet_label, item_header, list_header, list_item_subject,
                           partitive_header_noun)
from .counted_nouns import CountedNouns
from .earlier_figures import (CODES, COMPARED_WITH, RECENT_CLAIMS, antecedent, compared_rate, header_count_unit,
                              last_count_noun, range_start_unit, same_count)
from .figure_context import FigureContext
from .figure_reading import Reading
from .measure_readings import MeasureReadings
from .numbers import NumberMention
from .sentence_units import (existential, figure_start, number_of, of_phrase, predicate_noun, previous_plural_subject,
                             subject_unit)
from .table_cells import breakdown_unit


class ElidedUnits:
    """Reads the unit of a bare number with the word lists of ``patterns``, the hedges of ``ctx``, the
    change verbs of ``trend_ctx`` and the noun reader ``nouns``."""

    def __init__(self, patterns: str = "patterns/quantities.json", ctx: FigureContext | None = None,
                 trend_ctx: FigureContext | None = None, nouns: CountedNouns | None = None):
        p = load_data(patterns)
        self.ctx = ctx if ctx is not None else FigureContext(patterns)
        self.trend_ctx = trend_ctx if trend_ctx is not None else FigureContext(patterns, trend=True)
        self.nouns = nouns if nouns is not None else CountedNouns(patterns)
        self.elided_list_words = set(p["elided_list_words"])
        self.partitive_dets = set(p["partitive_determiners"])
        self.level_words = set(p["level_words"])
        self.anaphoric_nouns = set(p["anaphoric_count_nouns"])
        self.other_nouns = set(p["other_nouns"])
        self.tally_nouns = dict(p["tally_nouns"])
        self.level_object_verbs = set(p["level_object_verbs"])
        self.readings = MeasureReadings(patterns)

    def fill(self, r: Reading, added: list[dict], heads: dict[int, tuple[str, int]]) -> bool:
        """Give the bare number ``r`` the unit it was written without, where one can be read ("from 14
        to 20 investigators" -> "investigators", "- Breath tests: 12,480" -> "breath tests"); False
        where ``r`` is no figure: a vague "or" count ("one or two 55-minute periods") or an exact bare
        number with no unit, no change and nothing that makes it a count. ``added`` and ``heads`` are
        the claims so far and their head nouns."""
        doc, text, m, span, tok, first, sent, fields = r.doc, r.text, r.m, r.span, r.tok, r.first, r.sent, r.fields
        if fields.get("unit") is None and r.or_range:
            return False  # "one or two 55-minute periods": a vague count whose noun we cannot read
        if fields.get("unit") is not None:
            if r.rule == "count_noun" and fields["unit"].lower() in self.other_nouns:
                # "seven of the birds ... Three others had been shot": the others are birds
                fields["unit"] = antecedent(doc, span, sent, added, heads, whole=True) or fields["unit"]
            return True
        direction, start, change_at, cell = r.direction, r.start, r.change_at, r.cell
        loose = fields["qualifier"] != "exact" or direction is not None
        unit = cell.unit if cell is not None else None  # a table's column header or caption
        if unit is not None:
            r.rule = "table_cell"
        if direction and re.search(r"\bby\s+$", text[max(0, change_at - 4):change_at]):
            unit = subject_unit(tok, plural=True)  # "Referrals rose by 120": what the verb's subject counts
        if unit is None:
            unit = range_start_unit(text, m, added, self.nouns.time_units)  # "from 19 days to seven"
        if unit is None:
            unit = same_count(doc, first, m, added)  # "Five men ..." then "the five were sentenced"
        if unit is None and re.search(r"\bto\s+$", text[max(0, m.start - 4):m.start]) \
                and self.level_after_change(doc, tok):
            unit = subject_unit(tok, plural=True)  # "Arrests rose to 1,146 and 412 people were charged"
        if unit is None:
            unit = self.nouns.noun_shared_ahead(doc, text, m, r.ahead)  # "from 14 to 20 investigators"
        if unit is None:
            unit = list_item_subject(doc, first)  # "• burglaries down 120", "… down by a fifth, to 1,200"
        label = bullet_label(doc, first)  # "- Breath tests: 212,480, up 9 per cent"
        if unit is None and label is not None:
            unit = breakdown_unit(item_header(text, m.start))  # "Reports by type:" then "- Driveways and paving: 51"
        if unit is None and label:
            unit = label
        if unit is None:
            unit = partitive_header_noun(text, start)  # "Of the 47 victims:" then "- 15 were in their 70s"
        if unit is None and breakdown_bullet(text, m.start):
            unit = header_count_unit(text, m.start, added)  # "issued 9,874 tickets, including:" then "- 3,120 for speeding"
        if unit is None and re.search(r"\bage", list_header(text, start) or "", re.I):
            unit = "years"  # "Victims by age group:" then "- 65 to 74: 31 per cent"
        if unit is None:
            earlier = [c["unit"] for c in added[-RECENT_CLAIMS:]
                       if sent.start_char <= c["start"] < m.start and c["extractor"].endswith(":reading")]
            unit = self.readings.reading_unit(first, earlier)  # "a blood alcohol reading of 0.12"
            if unit:
                r.rule = "reading"
        if unit is None:
            whole = doc.char_span(span.start_char, r.end, alignment_mode="expand") \
                if fields.get("value_max") is not None else None  # "Between 20 and 25 of the fires"
            unit = self.elided_unit(doc, whole or span, sent, added, heads, loose)
        if unit is None:
            unit = compared_rate(text, m, sent, added)
            if unit:
                r.rule = "rate"  # "the highest rate, at 121.4 crimes per 1,000 residents, ..., the lowest, at 38.2"
        parallel = self.parallel_object(tok, added, heads) if unit is None else None
        if parallel:
            unit = parallel  # "Dunmore bought 14 of the firearms; Arbogast bought 31"
        counted = cell is not None or label is not None or bool(parallel) or r.rule in ("rate", "reading") \
            or self.bare_count(doc, tok, text, m)
        if unit is None and counted and (re.search(r"\b(?:from|to)\s+$", text[max(0, m.start - 6):m.start])
                                         or self.level_object(tok)):
            unit = subject_unit(tok)  # "Calls for service reached 241,300"
        elif unit is None and counted and self.level_after_change(doc, tok):
            said = subject_unit(tok)  # "The road toll stands at 98" (but not "The index ended at 1,463.78")
            unit = self.tallied(said) if said and self.tallied(said) != said else None
        if unit is None and existential(tok):
            unit = previous_plural_subject(tok)  # "Train burglaries have risen ... There were 1,065 in 2025"
        if unit is None and (counted or fields["qualifier"] != "exact" or direction):
            unit = antecedent(doc, span, sent, added, heads)
        if unit is not None and unit.lower() in self.anaphoric_nouns:
            unit = antecedent(doc, span, sent, added, heads, whole=True) or unit  # "that figure will rise to 352"
        if unit:
            unit = self.tallied(unit)  # "Road toll reaches 41": 41 deaths
            fields["unit"] = unit
            of = doc[tok.i + 1] if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of" else None
            pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
            if pobj is not None and "_unit_head" not in fields:
                fields["_unit_head"] = (pobj.text, pobj.i)  # "14 of the firearms; Arbogast bought 31": an antecedent
        elif fields["qualifier"] == "exact" and direction is None and not counted:
            return False
        return True

    def tallied(self, unit: str) -> str:
        """What a unit that names a tally counts ("Road toll" -> "deaths"), else the unit itself.

        >>> ElidedUnits().tallied("Road toll"), ElidedUnits().tallied("arrests")
        ('deaths', 'arrests')
        """
        return self.tally_nouns.get(unit.split()[-1].lower(), unit) if unit.split() else unit

    def elided_unit(self, doc: Doc, span: Span, sent: Span, added: list[dict], heads: dict[int, tuple[str, int]],
                    loose: bool = False) -> str | None:
        """The unit of a bare number: "63 of those arrested", "the number of X", or the last count
        (``loose``: also "the number of X" in the sentence before, for a hedged or changed figure)."""
        tok = span[-1]
        predicate = predicate_noun(tok)
        if predicate:
            return predicate  # "142 were men and 54 were women"
        partitive = self.partitive_antecedent(doc, span, sent, added, heads)
        if partitive:
            return partitive
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        last_head = last_count_noun(added, heads, sent.start_char, span.start_char)
        before = doc[span.start - 1] if span.start >= 1 else None
        hedged = self.ctx.qualifier_before(doc_text(doc)[max(sent.start_char, span.start_char - 40):span.start_char])
        if not hedged and (before is None or before.lower_ not in self.elided_list_words):
            last_head = None  # a bare number takes the last count's noun only inside a list or comparison
        if nxt is not None and nxt.lower_ == "of" and tok.i + 2 < len(doc):
            obj = doc[tok.i + 2]
            if obj.lower_ in self.partitive_dets:
                if last_head:
                    return last_head
                return of_phrase(doc, tok, sent)
        found = number_of(sent, before=span.start)
        if found:
            return found
        if last_head:
            return last_head
        found = number_of(sent, before=None)
        if found:
            return found
        prev = FigureContext.previous_sentence(doc, sent)
        if prev is not None and loose:  # "a further 500", "around 150" after "the number of X"
            return number_of(prev, before=None)
        return None

    def partitive_antecedent(self, doc: Doc, span: Span, sent: Span, added: list[dict],
                             heads: dict[int, tuple[str, int]]) -> str | None:
        """"Nine of those charged", "Of those arrested, 94": the earlier count of people charged/arrested;
        "The victims, three of whom were children": the noun the partitive's relative clause describes."""
        tok = span[-1]
        verb = None
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ in ("whom", "which") \
                and tok.head.dep_ == "relcl":
            # the nearest plural before it that a number counts ("charges against 15 individuals, 10 of whom"), else
            # that is a subject ("the detectives who first worked the case, two of whom are now retired"), else any
            # (never a time: "63 crashes over the six days, 11 of which")
            plurals = [t for t in reversed(doc[sent.start:tok.i]) if t.tag_ == "NNS" and t.is_alpha
                       and t.lower_ not in self.nouns.time_units]
            counted = [t for t in plurals if any(c.dep_ == "nummod" for c in t.children)]
            subjects = [t for t in plurals if t.dep_ in ("nsubj", "nsubjpass")]
            return next((t.text for t in counted + subjects + plurals), None)
        if tok.i + 3 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ in ("those", "them", "these"):
            verb = doc[tok.i + 3]
            ends = verb.i + 1 >= len(doc) or doc[verb.i + 1].is_punct or doc[verb.i + 1].is_space
            if doc[tok.i + 2].lower_ == "them" and (verb.tag_ == "NNS" or verb.tag_ == "VBZ" and verb.text.endswith("s")) \
                    and verb.is_lower and ends:  # (a plural without "s": "19 of them men")
                return verb.text  # "74 firearms, 48 of them handguns": the kind named after "them" (not "... remains in")
        else:
            lead = doc_text(doc)[sent.start_char:span.start_char]
            if re.fullmatch(r"\W*of\s+(?:those|these|them)\s*,\s*", lead, re.I):
                earlier = [c for c in added[-RECENT_CLAIMS:] if c["start"] < span.start_char and c.get("unit")
                           and c["unit"] not in CODES and c["unit"] not in self.nouns.time_units]
                # (an age range or a duration counts no one: "143 young people aged between 11 and 17. Of those, 102")
                return earlier[-1]["unit"] if earlier else None  # "…, to 318. Of those, 41 were upheld"
            # the line's first word (the parser may cut "Of the firearms" off as a sentence of its own)
            line_at = max(doc_text(doc).rfind("\n", 0, span.start_char) + 1, span.start_char - 90)
            opening = doc.char_span(line_at, line_at + 2)
            opening = opening[0] if opening is not None and opening[0].lower_ == "of" else None
            if opening is not None and re.fullmatch(r"\W*of\s+the\s+[^,\d]{1,60},\s*[a-z ]{0,20}",
                                                    doc_text(doc)[line_at:span.start_char], re.I):
                obj = next((c for c in opening.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.tag_ == "NNS":  # "Of the firearms recovered, more than 300 were ..."
                    left = [c for c in obj.lefts if c.dep_ in ("compound", "amod")]
                    return doc[(left[0].i if left else obj.i):obj.i + 1].text
            m = re.match(r"^\W*of\s+(?:those|these)\s+(\w+)", lead, re.I)
            lead_start = sent.start_char
            prev = sent
            for _ in range(6):  # a header line "Of those arrested:" above a bullet list
                if m is not None or prev.start == 0 or not prev[0].is_sent_start:
                    break
                prev = doc[prev.start - 1].sent
                m = re.match(r"^\W*of\s+(?:those|these)\s+(\w+)\W*$", prev.text.strip(), re.I)
                lead_start = prev.start_char
                if m is None and not prev.text.strip().startswith("•"):
                    break
            if m:
                verb_span = doc.char_span(lead_start + m.start(1), lead_start + m.end(1), alignment_mode="expand")
                verb = verb_span[0] if verb_span is not None else None
        if verb is None or verb.pos_ not in ("VERB", "ADJ", "NOUN"):
            return None
        lemma = verb.lemma_.lower()
        # the verb names whom the count was of ("arrested"), so any earlier count governed by it will do
        for c in reversed([c for c in added[-RECENT_CLAIMS:] if c["start"] < span.start_char and id(c) in heads]):
            head = doc[heads[id(c)][1]]
            governed = head.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") and head.head.lemma_.lower() == lemma
            described = any(ch.dep_ in ("acl", "relcl") and ch.lemma_.lower() == lemma for ch in head.children)
            first = doc.char_span(c["start"], c["end"], alignment_mode="expand")
            right_after = first is not None and first.start >= 1 and doc[first.start - 1].lemma_.lower() == lemma
            if governed or described or right_after:  # "detected 238 drivers", however the parser attaches it
                return c["unit"]
        return None

    @staticmethod
    def parallel_object(tok: Token, added: list[dict], heads: dict[int, tuple[str, int]]) -> str | None:
        """The counted noun of an earlier count in this sentence or the one before that is the object
        of the same verb as the bare number ``tok`` closing its clause: "Dunmore bought 14 of the
        firearms; Arbogast bought 31" -> "firearms"; else None.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Dunmore bought 14 rifles; Arbogast bought 31.")
        >>> claims = [{"start": 15, "end": 24, "unit": "rifles"}]
        >>> ElidedUnits.parallel_object(doc[7], claims, {id(claims[0]): ("rifles", 3)})
        'rifles'
        """
        doc, verb = tok.doc, tok.head
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i > tok.i \
                or not (nxt is None or nxt.is_punct or nxt.is_space or nxt.pos_ == "ADP"):
            return None
        since = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else 0
        for c in reversed([c for c in added[-RECENT_CLAIMS:] if since <= c["start"] < tok.idx and id(c) in heads]):
            noun, at = heads[id(c)]
            first = doc.char_span(c["start"], c["end"], alignment_mode="expand")
            governors = {doc[at].head.i} | ({first[-1].head.i} if first is not None else set())
            if any(doc[g].lemma_ == verb.lemma_ and g != verb.i for g in governors):
                return noun
        return None

    def bare_count(self, doc: Doc, tok: Token, text: str, m: NumberMention) -> bool:
        """A number with no noun that is still a figure: "151 were over the limit", "from 52 to 31",
        "and 95800 who have been", "detained 43, who were", "a total of 200 million", the level after a change ("rose 8% to
        3.65", "ended down 1% at 1,463.78").

        >>> from pipeline.nlp import shared
        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "The operation cost a total of 47."
        >>> doc = shared()(text)
        >>> ElidedUnits().bare_count(doc, doc[6], text, NumberFinder().find(text)[0])
        True
        """
        if m.kind == "digits" and (m.suffix_applied or re.search(r"\s[A-Za-z]+$", m.text)):
            return True  # a scale word or suffix ("200 million", "25k") never writes a reference number
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("who", "which") and tok.dep_ != "nummod":
            return True  # "and 95800 who have been"
        if nxt is not None and nxt.text == "," and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "who" \
                and tok.dep_ != "nummod":
            return True  # "deputies detained 43, who were issued citations" (but "18 U.S.C. 922, which")
        if re.search(r"\b(?:average|total|median|maximum|minimum)\s+of\s+$", text[max(0, m.start - 20):m.start], re.I):
            return True  # "an average of 1500", "a total of 47"
        if self.level_after_change(doc, tok) or self.level_object(tok):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            return True
        if nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.tag_ not in ("VBG", "TO") \
                and (tok.i == 0 or not doc[tok.i - 1].is_alpha
                     or doc[tok.i - 1].pos_ not in ("ADP", "VERB", "AUX", "NOUN", "PROPN")):
            return True  # "• 151 were over the limit", "57 arrested and 16 safeguarded"
        if re.search(r"\b(?:up|down)\s+from\s+$", text[max(0, m.start - 10):m.start], re.I) \
                or re.search(r"\bto\s+[\d,.]+\s*,?\s+from\s+$", text[max(0, m.start - 30):m.start], re.I):
            return True  # "stands at 98, up from 87", "rose to 3,982, from 3,106": the level it was
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" \
                and tok.head.head.lemma_.lower() in self.trend_ctx.change_verbs:
            return True  # "rose to 212 in 2025, from 121 the year before": the level a change left
        if COMPARED_WITH.search(text, max(0, m.start - 18), m.start):
            return True  # "there have been 27, compared with 30 at the same time last year"
        if existential(tok):
            return True  # "There were 1,065 in 2025"
        if re.search(r"\bfrom\s+(?:[£$€]\s?)?$", text[max(0, m.start - 8):m.start], re.I) \
                and re.match(r"[^.;:]{0,40}?\bto\s+(?:[£$€]\s?)?\w", text[m.end:m.end + 50]):
            return True
        if breakdown_bullet(text, m.start):
            return True  # "issued 1,214 citations, including:" then "• 602 for speeding"
        if re.match(r"\s+of\s+(?:them|those|these|which|whom)\b", text[m.end:m.end + 16]):
            return True  # "failed to report six of them": a partitive count
        if re.search(r"\bthe\s+$", text[max(0, m.start - 5):m.start]) \
                and re.match(r"\s+(?:already|currently|existing)\b", text[m.end:m.end + 12]):
            return True  # "adding to the 36 already in place"
        return bool(re.search(r"\bfrom\s+(?:[£$€]\s?)?\w[^.;:]{0,40}?\bto\s+(?:[£$€]\s?)?$",
                              text[max(0, m.start - 60):m.start], re.I))

    def level_object(self, tok: Token) -> bool:
        """The number a level verb reaches, as its object: "Calls for service reached 241,300",
        "Losses totalled 1.2 million" (``level_object_verbs``).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Calls for service reached 241,300, up 2 per cent.")
        >>> ElidedUnits().level_object(doc[4])
        True
        """
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.level_object_verbs:
            return True
        first = figure_start(tok, tok.sent.start)
        before = tok.doc[first - 1] if first > tok.sent.start else None
        # the verb right before it, however the parser attached the number ("reached 163, more than twice the number")
        return before is not None and before.pos_ == "VERB" and before.lemma_.lower() in self.level_object_verbs

    def level_after_change(self, doc: Doc, tok: Token) -> bool:
        """"rose 8.15% to 3.65", "was up at 96.088", "lost 1.1% to end at 1,334.20": the level a
        change reached, after "to"/"at", with a change or level verb earlier in the clause.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Knife crime rose 12% to 1,400 last year.")
        >>> ElidedUnits().level_after_change(doc, doc[6])
        True
        """
        first = figure_start(tok)
        if first == 0 or doc[first - 1].lower_ not in ("to", "at"):
            return False
        window = doc[max(tok.sent.start, first - 16):first - 1]  # "rose by 14 per cent in the 12 months to January, to 27,480"
        return any(t.lemma_.lower() in self.trend_ctx.change_verbs or t.lower_ in self.level_words
                   or t.lemma_.lower() in self.level_words for t in window)
