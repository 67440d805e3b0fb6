"""What is written as a number but is not a figure: dates, clock times and years; phone, emergency
and case numbers ("call 999", "0800 555 111", "1-866-DHS-2-ICE"); numbers in names, codes and
products ("Junction 4", "FTSE 100", "iPhone 11", "COVID -19"); house numbers ("575 Oxford Road");
a named person's age ("Ryan Cole, 34, of Croydon"); list numbering and attachment sizes. References
("Count 2", "Section 18") and citations are read by :mod:`~pipeline.claims.reference_numbers`. The
``claims_quantities`` component screens every number with these tests before reading it; the word
lists live in ``models/patterns/quantities.json``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .base import claims_of, load_data
from .figure_context import _phrases
from .numbers import YEAR_LIKE, NumberMention, number_words
from .table_cells import counted_phrase
from .year_counts import YearLikeCounts

PERCENT_AFTER = re.compile(r"^\s?(?:%|per[\s-]?cent\b|percent\b|pc\b|percentage points?\b)", re.I)
_CODE_SEGMENT = re.compile(r"[A-Za-z]+\d|\d+[A-Za-z]+\d")  # "05CV1843", "M25": letters between digits


def in_code(text: str, start: int, end: int) -> bool:
    """True where the number at ``start:end`` is one hyphenated part of a code or reference: a part
    with letters between digits, three or more parts one of which is capital letters, or a phone
    number ("1-202-616-2492").

    >>> t = "No. 3-05CV1843-P, CR 12-646-SI, 1-866-DHS-2-ICE, 1-202-616-2492, file 26-41187, a 15-year-old, 5-10kg, COVID-19"
    >>> [in_code(t, t.index(n), t.index(n) + len(n)) for n in ("3", "12", "866", "202", "26", "15", "5-10", "19")]
    [True, True, True, True, True, False, False, False]
    """
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    parts = text[left:right].strip("().,;:'\"").split("-")
    if len(parts) < 2:
        return False
    return any(_CODE_SEGMENT.search(p) for p in parts) \
        or len(parts) >= 3 and any(p.isalpha() and p.isupper() for p in parts) \
        or len(parts) >= 3 and all(p.isdigit() for p in parts) and len(parts[-1]) == 4 and len(parts[0]) < 4 \
        or len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[1]) - len(parts[0]) >= 3  # "26-41187"


def entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, found from its IOB tags (no scan of ``doc.ents``).

    >>> import spacy
    >>> doc = spacy.blank("en")("He visited Seven Kings Skate Park today")
    >>> doc.ents = [Span(doc, 2, 6, label="FAC")]
    >>> entity_at(doc[3]), entity_at(doc[6])
    (Seven Kings Skate Park, None)
    """
    if tok.ent_iob_ in ("", "O"):
        return None
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


_DASHES = ("-", "–", "—")  # a spaced dash parts a list item's label from its figure


def title_case(sent: Span) -> bool:
    """A headline in Title Case: no lower-case content word.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> title_case(nlp("Seven Arrested After Raid On Farm")[:]), title_case(nlp("Seven were arrested after a raid")[:])
    (True, False)
    """
    return not any(t.is_alpha and not t.is_stop and len(t) > 3 and t.text[0].islower() for t in sent)


class FigureExclusions:
    """The tests that rule a number out, with the word lists of ``patterns`` and the month names of
    ``dates`` (data files under ``models/``)."""

    def __init__(self, patterns: str = "patterns/quantities.json", dates: str = "patterns/dates.json"):
        p = load_data(patterns)
        self.months = frozenset(load_data(dates)["months"])  # the month names the dates component reads
        self.year_like_count = YearLikeCounts(dates)  # "seized 1900 stolen phones": a count, not a year
        self.time_units = set(p["time_units"])
        self.date_words = frozenset(p["date_entity_words"])
        self.relative_date_leads = frozenset(p["relative_date_leads"])
        self.skip_next = set(p["skip_next_words"])
        self.named_units_after = set(p["named_units_after_number"])  # "22 Division" (case as written)
        self.vague_lead = re.compile(rf"(?:^|\W)(?:{_phrases(p['vague_scale_leads'])})\s+$", re.I)
        self.scale_words = set(number_words()["scale_words"])  # "hundred", "thousand", ...
        self.idiom_after = re.compile(rf"(?:\s+|\s*-\s*)(?:{_phrases(p['idiom_words_after'])})\b", re.I)
        self.one_skip = set(p["one_skip_nouns"])
        self.example_prepositions = set(p["example_one_prepositions"])  # "In one attack, …", "At one car wash …,"
        self.one_tally_verbs = set(p["one_tally_verbs"])  # "One person died": a tally, not a determiner
        self.file_size = re.compile(rf"^\s?(?:{_phrases(p['file_size_units'])})\)")
        self.emergency_numbers = set(p["emergency_numbers"])
        self.emergency_followers = set(p["emergency_number_followers"])
        self.emergency_figure_leads = set(p["emergency_figure_leads"])  # "down from 112"
        self.emergency_call_words = set(p["emergency_call_words"])
        self.emergency_call_to = set(p["emergency_call_to_words"])
        self.change_words = {w for ws in p["change_after"].values() for w in ws}  # "112 fewer offences"
        self.address_nouns = set(p["address_nouns"])
        # "575 Oxford Road", "16-18 Mill Lane", "12 High St", "152 Street" (a numbered street): not a figure (case-sensitive)
        self.street_after = re.compile(rf"^(?:[-–]\d+[A-Za-z]?)?(?:(?:[ \t]+[A-Z][\w'’.-]*){{1,3}}?"
                                       rf"[ \t]+(?:{_phrases(p['street_types'])})\.?"
                                       rf"|[ \t]+(?:{_phrases(p['numbered_street_types'])}))(?![\w'’-])")
        self.brand_name = re.compile(p["brand_name_pattern"])  # "iPhone 11", "eBay": a product name
        self.entity_blocks = set(p["quantity_entity_blocks"])
        self.fraction_followers = set(p["fraction_followers"])
        self.ordinal_fractions = set(p["ordinal_fraction_words"])
        self.ordinal_followers = set(p["ordinal_fraction_followers"])
        self.blocks = [
            re.compile(r"(?<![\w])(?:0\d{2,4}|1[38]00)[ -]?\d{3}[ -]?\d{3,4}(?!\d)"),
            re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"),
            re.compile(r"\b1[ -]?8\d\d[ -]\d{3}[ -][\dA-Z]{4}\b"),
            re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)", re.I),
            re.compile(r"\b\d{1,2}:\d{2}\b"),
            re.compile(r"\b24/7\b"),
            re.compile(rf"(?<![\w&])(?:{_phrases(p['names_with_numbers'])})(?![\w&])", re.I),  # "FTSE 100", "Boeing 737"
            re.compile(r"(?m)^[ \t]*\(?\d{1,2}[.)](?=[ \t])"),
        ]

    # ------------------------------------------------------------ by the text
    def blocked_spans(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        """The character spans no figure may overlap: the dates already read, phone numbers, clock
        times, "24/7", names with numbers ("FTSE 100") and list numbering ("1." opening a line).

        >>> import spacy
        >>> text = "Call 0800 555 111 at 10.40pm, or visit 12 High St."
        >>> [text[s:e] for s, e in FigureExclusions().blocked_spans(spacy.blank("en")(text), text)]
        ['0800 555 111', '10.40pm']
        """
        blocked = [(c["start"], c["end"]) for c in claims_of(doc, "date")]
        for rx in self.blocks:
            blocked.extend(m.span() for m in rx.finditer(text))
        return blocked

    @staticmethod
    def percentage(text: str, m: NumberMention, nxt: NumberMention | None) -> bool:
        """True where ``m`` is given in per cent ("41%", "5 to 7 per cent"): the percentages component
        reads it.

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "Crime fell from 4.8 to 4.7 percent."
        >>> found = NumberFinder().find(text)
        >>> FigureExclusions.percentage(text, found[0], found[1])
        True
        """
        if PERCENT_AFTER.match(text[m.end:m.end + 40]):
            return True
        return nxt is not None and bool(re.fullmatch(r"\s*(?:-|–|—|to|and)\s*", text[m.end:nxt.start])) \
            and bool(PERCENT_AFTER.match(text[nxt.end:nxt.end + 40])) and m.kind == nxt.kind

    def written_as_code(self, text: str, m: NumberMention, after: str, negative: int | None) -> bool:
        """True where digits are part of a code, identifier or reference rather than a figure: glued to
        letters or a slash before them ("M25-4", "COVID -19"), written with a leading zero ("007"), a
        hyphenated code ("CR 12-646-SI") or the size of an attachment ("(PDF, 1.2MB)"). ``after`` is the
        text after the number, ``negative`` where a minus sign before it starts (None for none).

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "Read the complaint (205.74 KB), case CR 12-646-SI, about 12 cars."
        >>> [(m.text, FigureExclusions().written_as_code(text, m, text[m.end:m.end + 40], None))
        ...  for m in NumberFinder().find(text)]
        [('205.74', True), ('12', True), ('646', True), ('12', False)]
        """
        if negative is None and m.start >= 2 and text[m.start - 1] in "-/" and text[m.start - 2].isalnum():
            return True
        if negative is None and re.search(r"\b[A-Z]{2,}\s[-−]$", text[max(0, m.start - 12):m.start]):
            return True  # "COVID -19": a code name written with a stray space
        if m.text.startswith("0") and not m.text.startswith("0.") \
                and not (m.text == "0" and re.match(r"\s*(?:to|-|–)\s*[1-9]", after)):
            return True  # "007", "0161" (but "0 to 62 mph" starts at zero)
        if in_code(text, m.start, m.end):
            return True  # "No. 3-05CV1843-P", "CR 12-646-SI", "1-866-DHS-2-ICE"
        # "Complaint (205.74 KB)", "(PDF, 1.2MB)": the size of an attachment
        return bool(self.file_size.match(after)
                    and re.search(r"\((?:[A-Za-z]{2,5},?\s*)?$", text[max(0, m.start - 8):m.start]))

    def house_number(self, after: str) -> bool:
        """True where a street name follows the number (``after`` is the text after it): "575 Oxford
        Road", "16-18 Mill Lane", "152 Street".

        >>> FigureExclusions().house_number(" Oxford Road at 3pm"), FigureExclusions().house_number(" officers")
        (True, False)
        """
        return bool(self.street_after.match(after))

    def emergency_number(self, doc: Doc, m: NumberMention, first: Token, tok: Token) -> bool:
        """True where an emergency number ("999", "911", "112") names the service: "Calls to 911
        reporting racing", "the 101 line", "dial 999"; not a count of something ("999 officers",
        "112 fewer offences", "112 extra patrols", "down from 112").

        >>> from pipeline.nlp import shared
        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "In an emergency, dial 999."
        >>> doc = shared()(text)
        >>> FigureExclusions().emergency_number(doc, NumberFinder().find(text)[0], doc[5], doc[5])
        True
        """
        if m.text not in self.emergency_numbers:
            return False
        if first.i >= 1 and doc[first.i - 1].lower_ in self.emergency_call_words:
            return True
        if first.i >= 2 and doc[first.i - 1].lower_ == "to" and doc[first.i - 2].lemma_.lower() in self.emergency_call_to:
            return True  # "Calls to 911", "report it to 101" (but "rose to 112 offences": the noun decides)
        j = tok.i + 1
        while j < len(doc) and j <= tok.i + 2 and (doc[j].lower_ in self.change_words or doc[j].pos_ == "ADJ"):
            j += 1  # "112 fewer offences", "112 new officers"
        noun = doc[j] if j < len(doc) else None
        if noun is not None and noun.pos_ == "NOUN":
            return noun.lower_ in self.emergency_followers  # "999 calls", "the 101 line" (but "999 officers")
        prev = doc[first.i - 1].lower_ if first.i >= 1 else ""
        if prev == ":":  # "- People charged: 112 (126)": a labelled count (but "Emergency: 999" names the line)
            line = doc.text[doc.text.rfind("\n", 0, first.idx) + 1:doc[first.i - 1].idx].strip(" \t-•*")
            return counted_phrase(line) is None
        if prev not in self.emergency_figure_leads:
            return True  # "dial 999"
        # "down from 112", "rose to 999": a figure (but "almost 2,000 of them to 999" names the line)
        return prev == "to" and not (first.i >= 2 and doc[first.i - 2].pos_ == "VERB")

    # ------------------------------------------------------------ dates
    def next_to_month(self, doc: Doc, first: Token, last: Token) -> bool:
        """A day number written beside a month: "5 March", "March 5", "9-15 October", "the 3rd of May".

        >>> import spacy
        >>> doc = spacy.blank("en")("on 5 March")
        >>> FigureExclusions().next_to_month(doc, doc[1], doc[1])
        True
        """
        if first.i >= 1 and doc[first.i - 1].lower_ in self.months:
            return True
        j = last.i + 1
        while j < len(doc) and j - last.i <= 4 and (doc[j].like_num or doc[j].lower_ in ("-", "–", "to", "and", "of",
                                                                                         "th", "st", "nd", "rd")):
            j += 1
        return j < len(doc) and doc[j].lower_ in self.months

    def date_entity(self, tok: Token) -> bool:
        """True when spaCy's DATE entity around ``tok`` holds a calendar word (spaCy also tags counts as DATE).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Deaths fell from 52 to 31 last year.")
        >>> [t.ent_type_ for t in doc[3:8]], FigureExclusions().date_entity(doc[3])
        (['DATE', 'DATE', 'DATE', 'DATE', 'DATE'], False)
        """
        ent = entity_at(tok)
        if ent is None:
            return False
        # "from 52 to 31 | last year", tagged as one DATE: the relative date after the figures is its own;
        # "an average of 20 | per week": a rate, not a date
        cut = next((t.i for t in ent if t.i > tok.i and (t.lower_ in self.relative_date_leads
                                                         or t.lower_ == "per" and t.i == tok.i + 1)), ent.end)
        return any(t.lower_ in self.date_words or t.lower_ in self.months or re.fullmatch(r"(1[89]|20)\d\d", t.text)
                   for t in ent if t.i < cut)

    def month_beside(self, doc: Doc, sent: Span, tok: Token) -> bool:
        """True where a month of a DATE entity stands beside ``tok``, or with only "of"/"the" between
        them: a day, not a duration or an age (but "until 5 January - 11 days in all", "jailed in
        January for 30 months").

        >>> from pipeline.nlp import shared
        >>> doc = shared()("He was held on 11 January and jailed in January for 30 months.")
        >>> FigureExclusions().month_beside(doc, doc[:], doc[4]), FigureExclusions().month_beside(doc, doc[:], doc[11])
        (True, False)
        """
        return any(t.ent_type_ == "DATE" and t.lower_ in self.months
                   and all(doc[k].lower_ in ("of", "the") for k in range(min(t.i, tok.i) + 1, max(t.i, tok.i)))
                   for t in sent if abs(t.i - tok.i) <= 2)

    # ------------------------------------------------------------ names
    def named_age(self, first: Token) -> bool:
        """True for the "Name, 34, of Croydon" pattern (the age belongs to the person); an age is a
        whole number written in digits ("S$1mil (RM3.06mil)" is a conversion, not an age).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Ryan Cole, 34, of Croydon, was remanded.")
        >>> FigureExclusions().named_age(doc[3])
        True
        >>> doc = shared()("Luis Perez (Perez), 41, was arrested.")
        >>> FigureExclusions().named_age(doc[6])
        True
        """
        doc = first.doc
        if not (first.text.isdigit() and 0 < int(first.text) < 130):
            return False
        i = first.i
        if i >= 1 and doc[i - 1].lower_ in ("aged", "age"):
            i -= 1
        if i < 2 or doc[i - 1].text not in (",", "("):
            return False
        end = first.i + 1
        while end < len(doc) and doc[end].like_num:
            end += 1
        if end < len(doc) and doc[end].text not in (",", ")", ";", "."):
            return False
        j = i - 2
        if doc[j].text == ")":  # "Luis De Leon Perez (De Leon), 41;": the name before its alias
            opening = next((k for k in range(j - 1, max(-1, j - 8), -1) if doc[k].text == "("), None)
            if opening is None or opening < 1:
                return False
            j = opening - 1
        name = doc[j]
        return name.pos_ == "PROPN" or name.ent_type_ == "PERSON" or (name.is_title and not name.is_sent_start)

    def in_name(self, tok: Token, first: Token, sent: Span) -> bool:
        """A number inside a proper name ("Seven Kings Skate Park", "6-State Trooper Project"), but
        not one counting a plural name ("12 Honda Civics").

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The team visited the Nine Elms Youth Centre.")
        >>> FigureExclusions().in_name(doc[4], doc[4], doc[:])
        True
        """
        if first.ent_type_ in self.entity_blocks:
            ent = entity_at(first)
            if ent is not None:  # (not past a spaced dash: "… Justice Act - four charges" is a list item's tally)
                dashes = [t.i for t in ent if t.text in _DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_]
                low = max([d for d in dashes if d < first.i], default=ent.start - 1)
                high = min([d for d in dashes if d > first.i], default=ent.end)
                if any(t.is_alpha and t.text[:1].isupper() and t.i != first.i for t in ent if low < t.i < high):
                    return True
        head = tok.head
        after = tok.doc[head.i + 1] if head.i + 1 < len(tok.doc) else None
        capitalised_word = first.is_alpha and first.text[:1].isupper() and not first.is_sent_start
        if tok.dep_ == "nummod" and head.tag_ == "NNPS" and head.text.endswith("s") and head.dep_ != "compound" \
                and not (after is not None and after.is_alpha and after.text[:1].isupper()) \
                and not capitalised_word and not title_case(sent):
            # a count of named things: "12 Honda Civics", "four Range Rovers"; not "Seven Kings Park",
            # nor a name that spells its number with a capital ("the Nine Trey Gangsters")
            return False
        caps_after, last = 0, tok.i
        for t in tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 5)]:
            if t.text == "-":
                continue
            if t.is_alpha and t.text[:1].isupper():
                caps_after, last = caps_after + 1, t.i
            else:
                break
        if caps_after >= 2 and tok.i < head.i <= last + 1 and head.text[:1].isupper() \
                and head.lower_ not in self.time_units:
            if not title_case(sent):
                return True
        if head.pos_ == "PROPN" and head.i > tok.i + 1 and head.lower_ not in self.time_units:
            between = [t for t in tok.doc[tok.i + 1:head.i] if not t.is_punct]
            caps = [t for t in between if t.text[:1].isupper()]
            if caps and len(caps) == len(between) and not title_case(sent):
                return True
        return False

    def product_name(self, doc: Doc, first: Token) -> bool:
        """True where the word before the number is a product name ("iPhone 11 Pro", "eBay").

        >>> import spacy
        >>> doc = spacy.blank("en")("He sold an iPhone 11 Pro")
        >>> FigureExclusions().product_name(doc, doc[4])
        True
        """
        return first.i >= 1 and bool(self.brand_name.match(doc[first.i - 1].text))

    def name_before(self, doc: Doc, first: Token, next_tok: Token | None, sent: Span) -> bool:
        """True where a capitalised proper noun before a bare number makes it part of a name ("Junction
        4", "Route 66", "S&P 500"), or a make after a model year ("a 2023 Ram 1500 pickup truck"); a
        number in lower-case words is no part of a name ("sold Antwi-Boateng two postal keys").

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The crash closed the M1 between Junction 4 and Junction 6.")
        >>> FigureExclusions().name_before(doc, doc[7], doc[8], doc[:])
        True
        """
        if first.is_alpha and first.is_lower:
            return False
        prev_tok = doc[first.i - 1]
        if prev_tok.pos_ == "PROPN" and prev_tok.text[:1].isupper() and prev_tok.lower_ not in self.months \
                and not prev_tok.is_sent_start and not title_case(sent) \
                and not (next_tok is not None and next_tok.pos_ == "NOUN" and next_tok.text[:1].islower()):
            return True  # "Junction 4", "Route 66", "S&P 500", "iPhone 14 Pro": part of a name
        return prev_tok.pos_ == "PROPN" and prev_tok.text[:1].isupper() and first.i >= 2 \
            and bool(YEAR_LIKE.fullmatch(doc[first.i - 2].text))  # a model year, a make and a model number

    def address(self, text: str, unit: str | None, end: int) -> bool:
        """True where a count of an address noun is followed by "of" and a street's name: "the 7900 block
        of South Halsted Street" is an address, "14 blocks of lanes" and "two blocks of cocaine" are
        counts (``end`` is where the unit ends).

        >>> text = "Shots were fired in the 4500 block of West Madison Street."
        >>> FigureExclusions().address(text, "block", text.index(" of"))
        True
        """
        if unit not in self.address_nouns:
            return False
        shared = r"(?:\s*(?:and|to|through|-|–)\s*\d+\s+blocks)?"  # "the 1500 and 1600 blocks of North Avenue"
        return re.match(shared + r"\s+of\s+(?:[A-Z0-9]|the\s+[A-Z0-9])", text[end:end + 40]) is not None

    # ------------------------------------------------------------ words
    def vague_scale(self, text: str, m: NumberMention) -> bool:
        """True for a bare scale word after "a few", "several", "many" ...: a vague amount.

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "For a few hundred dollars, or a hundred officers"
        >>> [FigureExclusions().vague_scale(text, m) for m in NumberFinder().find(text)]
        [True, False]
        """
        return m.text.lower() in self.scale_words and self.vague_lead.search(text[max(0, m.start - 12):m.start]) \
            is not None

    def idiom(self, after: str) -> bool:
        """True where the words ``after`` a number make a set phrase with it ("zero-tolerance", "two-way").

        >>> FigureExclusions().idiom("-tolerance approach"), FigureExclusions().idiom(" officers")
        (True, False)
        """
        return self.idiom_after.match(after) is not None

    def fraction_reads(self, doc: Doc, span: Span) -> bool:
        """True where a fraction written in words is a figure: "a quarter of calls", "cut by a fifth",
        "a fourth of calls"; not "the first half", "a fourth in 2017".

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Sales grew in the first half.")
        >>> FigureExclusions().fraction_reads(doc, doc[5:6])
        False
        """
        nxt = doc[span.end] if span.end < len(doc) else None
        after_by = span.start >= 1 and doc[span.start - 1].lower_ == "by"  # "cut by a fifth"
        if span[-1].lower_ in self.ordinal_fractions and not after_by:  # "a fourth of calls", not "a fourth in 2017"
            return nxt is not None and nxt.lower_ in self.ordinal_followers
        if span[0].lower_ == "half" and span.start > 0 and doc[span.start - 1].lower_ in ("first", "second", "the",
                                                                                          "and", "a", "one", "this",
                                                                                          "last", "next"):
            return False
        if nxt is None or nxt.is_punct or span.start >= 1 and doc[span.start - 1].lower_ == "by":
            return True
        return nxt.lower_ in self.fraction_followers

    def determiner_one(self, doc: Doc, first: Token, next_tok: Token | None, prev_lower: str) -> bool:
        """True where "one" or "a" is a determiner, not a reported count: "One victim, an elderly
        widow, ...", "In one attack, ...", "At one car wash on the A34, ...", "no one", "one of the
        passengers" (``prev_lower`` is the word before it); not "One person died over the weekend".

        >>> from pipeline.nlp import shared
        >>> doc = shared()("One victim, an elderly widow, lost her savings.")
        >>> FigureExclusions().determiner_one(doc, doc[0], doc[1], "")
        True
        """
        if next_tok is None or next_tok.lower_ in self.one_skip or prev_lower in ("no", "any", "every", "each",
                                                                                  "the", "this", "that"):
            return True
        if next_tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return True
        noun = first.head if first.dep_ == "nummod" and first.head.i > first.i else next_tok
        example = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
        opener = next((t for t in doc[noun.i + 1:min(len(doc), noun.i + 8)] if t.text == "," or t.pos_ in ("VERB", "AUX")),
                      None)  # "In one attack near Shap in April, ...": the phrase that opens the sentence
        if prev_lower in self.example_prepositions and first.i >= 1 and doc[first.i - 1].is_sent_start \
                and (example or opener is not None and opener.text == ","):
            return True  # "In one attack, a hospital was forced to ...": an example, not a count
        if not (first.is_sent_start or first.i >= 1 and doc[first.i - 1].text in ("“", '"', "‘", "'")):
            return False
        # sentence-opening "One victim, an elderly widow, lost ...", "One officer took a baton": a
        # determiner; but "One person died on the roads", "One man was arrested" report a tally
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        tally = verb is not None and verb.lemma_.lower() in self.one_tally_verbs and (verb.tag_ == "VBD" or (
            verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)))
        return example or not tally
