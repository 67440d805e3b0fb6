"""What the words around a number or a month name tell ``claims_dates``: whether it is a date.

:class:`DateContext` reads the context of a span the date patterns found: a temporal word
before it or a DATE entity over it ("in 2019", "since March"), a name the year belongs to
("Criminal Justice Act 1988", "the 2019 Annual Report"), the noun a year-like number modifies
("the 2009 shooting" is a year, "seized 2000 plants" a count, "the 1900 block" an address), a
day that names an event ("the September 11 attacks"), a year heading a column of a text table
("Motivation     2025    2024") and a numeric date that is part of a reference ("quoting reference
147 of 12/05/26"). Word lists are those of ``models/patterns/dates.json``.

Example:
    >>> context = DateContext()
    >>> text = "He was charged under the Criminal Justice Act 1988 in 2019."
    >>> context.named_year(text, text.index("1988"), text.index("1988") + 4)
    True
    >>> context.named_year(text, text.index("2019"), text.index("2019") + 4)
    False
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import load_data
from .date_text import YEAR, alternation, word_before
from .year_counts import YearLikeCounts

__all__ = ["DateContext"]


class DateContext:
    """Reads the words around a date span, from the word lists in ``patterns``.

    >>> DateContext().temporal_context("Burglaries fell in 2019.", 19, 23, [])
    True
    """

    def __init__(self, patterns: str = "patterns/dates.json"):
        data = load_data(patterns)
        self.months = dict(data["months"])
        self.temporal_before = set(data["temporal_words_before"])
        self.name_words = set(data["name_words_before_year"])
        # "Operation Summer Shield 2026": a year closing a name that opens with one of these words
        self.name_chain = re.compile(rf"\b(?:{alternation(data['name_heads_before_year'])})(?:\s+[A-Z][\w’'-]*){{0,4}}\s+$")
        self.reference_before = set(data["reference_words_before"])
        self.modifier_years = tuple(data["year_modifier_range"])
        self.modifier_determiners = set(data["determiners_before_year_modifier"])
        self.count_before = set(data["count_words_before"])
        self.not_year_nouns = set(data["not_year_nouns_after"])
        self.year_plural_nouns = set(data["year_plural_nouns"])
        self.year_like_count = YearLikeCounts(patterns)  # "seized 1900 stolen phones": a count
        self.event_days = {(m, d): y for m, d, y in data["event_days"]}
        self.event_after = re.compile(rf"^(?:th)?\s+(?:{alternation(data['event_words_after'])})\b")
        self.event_before = re.compile(rf"\b(?i:{alternation(data['event_words_before'])})\s+(?:the\s+)?$")
        numeric_before = alternation(data["event_numeric_words_before"])
        self.event_numeric_before = re.compile(rf"\b(?i:{numeric_before})\s+(?:the\s+)?$")
        self.event_name_after = re.compile(rf"^(?:th)?\s+(?:{alternation(data['event_name_words_after'])})\b")
        lists = alternation(data["list_connectors"])
        connectors = alternation(data["range_connectors"])
        chain_sep = rf"\s*(?:,\s*(?:(?:{lists})\s+)?|[-–/]|\s(?:{connectors})\s)\s*"
        self.year_chain_after = re.compile(rf"(?:{chain_sep}{YEAR}(?!\d)|\s*[-–/]\s*\d{{2}}(?!\d))*")
        self.year_chain_before = re.compile(rf"(?:(?<![\w£$€.,/:-]){YEAR}{chain_sep})+$")
        self.cell_separator = re.compile(data["table_cell_separator"])
        self.year_cell = re.compile(rf"{YEAR}(?:\s*[-–/]\s*(?:{YEAR}|\d{{2}}))?")
        serial_words = alternation(set(data["reference_words_before"]) | set(data["reference_serial_words"]))
        self.serial_before = re.compile(
            rf"(?<![\w])(?i:{serial_words})\.?:?(?:\s+[\w.:]+){{0,{int(data['reference_serial_max_gap_words'])}}}?"
            rf"\s+#?\d[\w-]*\s+(?i:{alternation(data['reference_serial_joiners'])})\s+$")  # "number is 1702 of"

    # ------------------------------------------------------------ dates and names
    def temporal_context(self, text: str, start: int, end: int, date_ents: list[tuple[int, int]]) -> bool:
        """A temporal word among the three words before the span ("in", "since", "by the end
        of"), or a spaCy DATE entity (of ``date_ents``, character offsets) holding it.

        >>> context = DateContext()
        >>> text = "In March 2000 officers marched."
        >>> context.temporal_context(text, 3, 8, []), context.temporal_context(text, 23, 30, [])
        (True, False)
        """
        before1 = word_before(text, start, 1).lower()
        before2 = word_before(text, start, 2).lower()
        before3 = word_before(text, start, 3).lower()
        if before1 in self.temporal_before or before2 in self.temporal_before or before3 in self.temporal_before:
            return True
        return any(s <= start and end <= e for s, e in date_ents)

    def reference_date(self, text: str, start: int) -> bool:
        """A numeric date that is part of a reference: after a reference word ("version 10.2.15",
        "quoting 12/05/26") or closing a reference serial, a reference word, a serial number and
        "of" ("quoting reference 147 of 12/05/26"): its figures are the reference's code.

        >>> context = DateContext()
        >>> text = "Call 101 quoting log 312 of 03/02/26, or report it online. It happened on 03/02/26."
        >>> context.reference_date(text, text.index("03/02")), context.reference_date(text, text.rindex("03/02"))
        (True, False)
        """
        if word_before(text, start).lower() in self.reference_before:
            return True
        return bool(self.serial_before.search(text, max(0, start - 60), start))

    def table_header(self, text: str, start: int, end: int) -> bool:
        """A year or span of years standing as a column header of an aligned text table: its line's
        cells (split by ``table_cell_separator``) are an optional label, then years or spans and
        cells without figures, and the next line is a row of as many cells ending in figures; a
        line below another such row is a data row, not a header.

        >>> context = DateContext()
        >>> text = "Seizures by drug:\\n\\nDrug          2023    2024\\nCannabis        41      57\\nCocaine       2019      12\\n"
        >>> context.table_header(text, text.index("2024"), text.index("2024") + 4)
        True
        >>> context.table_header(text, text.index("2019"), text.index("2019") + 4)  # a count in a row
        False
        """
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            return False  # no row below
        line = text[line_start:line_end]
        cells = self._cells(line, start - line_start, end - line_start)
        if cells is None:
            return False
        below = re.match(r"(?:[ \t]*\n)*([^\n]*)", text[line_end + 1:line_end + 2000]).group(1)
        widths = {len(cells), len(cells) + 1} if line[:1].isspace() else {len(cells)}  # no label: indented
        row = self._cells(below)
        if row is None or len(row) not in widths or not re.search(r"\d", row[-1]):
            return False
        above_row = self._cells(text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)])
        return above_row is None or len(above_row) not in widths or not re.search(r"\d", above_row[-1])

    def _cells(self, line: str, start: int | None = None, end: int | None = None) -> list[str] | None:
        """The cells of a table line (None where it has fewer than two); with ``start``/``end``,
        only where the span is a whole cell and the cells after the label are years, spans of years
        or words without figures, one of them a year."""
        body = line.strip()
        if not body:
            return None
        lead = len(line) - len(line.lstrip())
        cells, pos = [], 0
        for m in self.cell_separator.finditer(body):
            if m.start() > pos:
                cells.append((pos + lead, m.start() + lead))
            pos = m.end()
        if pos < len(body):
            cells.append((pos + lead, len(body) + lead))
        if len(cells) < 2 and not (lead and start is not None):
            return None
        texts = [line[a:b] for a, b in cells]
        if start is None:
            return texts
        if (start, end) not in cells:
            return None
        first = 0 if lead else 1  # a header indented over the label column has no label
        heads = texts[first:]
        if not heads or not all(self.year_cell.fullmatch(t) or not re.search(r"\d", t) for t in heads):
            return None
        return texts if (start, end) in cells[first:] else None

    def named_year(self, text: str, start: int, end: int) -> bool:
        """A year inside a name: "Criminal Justice Act 1988", "the 2019 Annual Report",
        "Operation Summer Shield 2026".

        >>> text = "The force published the 2019 Annual Report."
        >>> DateContext().named_year(text, text.index("2019"), text.index("2019") + 4)
        True
        """
        before = word_before(text, start, 1)
        if before in self.name_words or self.name_chain.search(text[max(0, start - 80):start]):
            return True
        if before == "of" and word_before(text, start, 2).split()[0] in self.name_words:
            return True  # "the Crime Control Act of 1994"
        after = re.match(r"[ ]+([A-Z][\w’'-]*)", text[end:end + 30])
        if after and after.group(1).lower() not in self.months:
            # "the 2019 Annual Report", "the force's 2023-24 Quarter 2 report"; not "In 2019 Police ..."
            return before.lower() not in self.temporal_before
        return False

    def event_day(self, text: str, start: int, end: int, month: int | None, day: int | None) -> str | None:
        """A day written without a year that names an event: "event" beside an event word ("the
        September 11 attacks", "since 9/11"), "name" inside a name ("the 9/11 Commission"), else None.

        >>> context = DateContext()
        >>> text = "He planned the September 11 attacks. He was arrested on September 11."
        >>> context.event_day(text, 15, 27, 9, 11), context.event_day(text, 56, 68, 9, 11)
        ('event', None)
        """
        if (month, day) not in self.event_days:
            return None
        after = text[end:end + 40]
        if self.event_name_after.match(after):
            return "name"
        before = text[max(0, start - 40):start]
        if self.event_after.match(after) or self.event_before.search(before):
            return "event"
        if text[start].isdigit() and self.event_numeric_before.search(before):
            return "event"  # "since 9/11", "after the 9/11": the numeric form is read only as the event
        return None

    # -------------------------------------------------- a number before a noun
    def year_modifier(self, doc: Doc, text: str, start: int, end: int, year: int) -> bool:
        """A year-like number modifying the noun after it: a count would take a plural noun,
        so "the 2009 shooting", "his 2012 conviction", "a 2015 indictment" are years. A plural noun
        takes a year only if it is one that years name ("returns", "elections") and a determiner or
        an adjective stands before the number, or years are coordinated ("his 2013 and 2014
        returns"). Not after a reference word, a count word or a capitalised word ("Model 2000
        rifle", "18 U.S.C. 1343 wire fraud", "about 2000 pound"), nor before a unit or an address
        noun ("the 1900 block of").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> context = DateContext()
        >>> doc = nlp(make_doc(nlp, "He admitted the 2009 shooting and Section 1956 violations."))
        >>> [context.year_modifier(doc, doc.text, doc.text.index(y), doc.text.index(y) + 4, int(y))
        ...  for y in ("2009", "1956")]
        [True, False]
        """
        lo, hi = self.modifier_years
        if not lo <= year <= hi:
            return False
        chain_start = self.year_chain_before.search(text, max(0, start - 80), start)
        first = chain_start.start() if chain_start else start
        last_end = self.year_chain_after.match(text, end).end()
        if not self._modifier_position(text, first):
            return False
        head = self._noun_after(doc, text, last_end)
        if head is None:
            return False
        if head.tag_ == "NN":
            return True
        if head.tag_ != "NNS" or head.lower_ not in self.year_plural_nouns:
            return False
        coordinated = first != start or last_end != end
        return coordinated or self._determiner_or_adjective_before(doc, text, first)

    def _modifier_position(self, text: str, start: int) -> bool:
        """Nothing before the number marks it as a reference or a count: no reference word
        ("Section", "U.S.C.", "Form"), count word ("about", "an additional"), capitalised word
        ("Model 2000", "Highway 2010") other than a determiner opening the sentence, or "§"."""
        if re.search(r"[§#№]\s*$", text[max(0, start - 4):start]):
            return False
        before = word_before(text, start)
        low = before.lower()
        if low in self.reference_before or low in self.count_before:
            return False
        if re.search(r"['’]s\s+$|s['’]\s+$", text[max(0, start - 4):start]):
            return True  # a possessive: "the company's 2016 audit"
        if before[:1].isupper() and low not in self.modifier_determiners:
            return False
        return not re.fullmatch(r"[\d-]+", before)

    def _determiner_or_adjective_before(self, doc: Doc, text: str, start: int) -> bool:
        """A determiner, possessive or adjective before the number: "the", "his", "false"."""
        if word_before(text, start).lower() in self.modifier_determiners:
            return True
        if re.search(r"['’]s\s+$|s['’]\s+$", text[max(0, start - 4):start]):
            return True
        span = doc.char_span(max(0, start - 30), start, alignment_mode="contract")
        return span is not None and len(span) > 0 and span[-1].tag_ in ("JJ", "PRP$") and span[-1].is_lower

    def _noun_after(self, doc: Doc, text: str, end: int):
        """The head noun of the lower-case noun phrase right after ``end`` (through adjectives,
        compounds and hyphens: "the 2009 fatal shooting", "the 2012 officer-involved shooting"),
        or None when the phrase is not there or begins or ends with a unit or address noun."""
        if text[end:end + 1] != " ":
            return None
        span = doc.char_span(end + 1, min(len(text), end + 80), alignment_mode="expand")
        if span is None or not len(span) or span[0].idx != end + 1:
            return None
        if span[0].ent_type_ in ("QUANTITY", "MONEY", "PERCENT", "TIME"):
            return None
        run = []
        for tok in doc[span[0].i:]:
            hyphen = tok.tag_ == "HYPH" and not tok.whitespace_ and run and not run[-1].whitespace_
            if hyphen or (tok.is_lower and tok.is_alpha and (
                    tok.pos_ in ("ADJ", "NOUN") or tok.tag_ in ("VBN", "VBG") or (run and run[-1].tag_ == "HYPH"))):
                run.append(tok)
                continue
            break
        while run and run[-1].pos_ != "NOUN":
            run.pop()
        if not run or (run[0].lower_ in self.not_year_nouns and not (len(run) > 1 and run[1].tag_ == "HYPH")):
            return None  # "the 1900 block", "a 2000 pound bomb"; but "the 2012 officer-involved shooting"
        inside = {t.i for t in run}
        head = next((t for t in run if t.head.i not in inside or t.head.i == t.i), run[-1])
        if head.pos_ != "NOUN" or head.lower_ in self.not_year_nouns:
            return None
        return head

    def counts_noun(self, doc: Doc, text: str, start: int, end: int) -> bool:
        """A year-like number counting the noun after it is no year. It is a count by the rule of
        :class:`~pipeline.claims.year_counts.YearLikeCounts`, which the quantities component asks
        too ("recovered 1900 stolen phones"); it is also no year where the parse makes it modify the
        lower-case noun right after it ("the 1900 officers who volunteered"), unless a preposition
        of time stands before it ("in 2018 deputies recovered ...") or years name the noun
        ("whose 2016 returns").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "They seized 2000 cannabis plants. In 2018 deputies recovered 12 cars."))
        >>> [DateContext().counts_noun(doc, doc.text, doc.text.index(y), doc.text.index(y) + 4) for y in ("2000", "2018")]
        [True, False]
        """
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            return False
        number = span[0]
        if self.year_like_count(number):
            return True
        if word_before(text, start).lower() in self.year_like_count.year_prepositions:
            return False
        nxt = doc[number.i + 1] if number.i + 1 < len(doc) else None
        return nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and text[end:nxt.idx] == " " \
            and nxt.lower_ not in self.year_plural_nouns and (number.dep_ == "nummod" or number.head.i == nxt.i)

