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

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Officers made more than 40 arrests and seized £2.5m."))
    >>> [(c["value"], c["unit"], c["qualifier"]) for c in doc._.claims if c["type"] == "quantity"]
    [(40.0, 'arrests', 'lower_bound'), (2500000.0, 'GBP', 'exact')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import add_claim, doc_text, claims_of, load_data
from .figure_context import BULLETS, FigureContext, _phrases
from .named_ages import person_of_age
from .numbers import NumberFinder, NumberMention, parse_number
from .scan import token_indices
from .table_cells import table_cell, unit_case
from .units_reader import UnitReader

COMPONENT = "claims_quantities"
PERCENT_AFTER = re.compile(r"^\s?(?:%|per[\s-]?cent\b|percent\b|pc\b|percentage points?\b)", re.I)

_FOLD = re.compile(r"(\w+?)-?fold")  # "fourfold", "10-fold"
RECENT_CLAIMS = 64  # earlier figures a bare number may take its unit from: only the nearest ones
MAX_CONTEXT_TOKENS = 120  # a "sentence" longer than this (a table, a list of numbers) is read in a window


_MINUS = re.compile(r"(?:\bminus[\s-]?|(?<![^\s(:=])[-−])$", re.I)
_NAME_BEFORE_DASH = re.compile(r"(?:^|\s)(?:[A-Z][\w&]*|\w*\d\w*)\s+[-−]$")


def negative_sign(text: str, start: int) -> int | None:
    """Where a minus sign or the word "minus" before the number at ``start`` begins, else None.
    A dash after a name or code ("COVID -19", "Stoxx 50 -1.3") is not a sign.

    >>> t = "offense was -5 yards, minus 387 Fahrenheit, COVID -19 tests"
    >>> negative_sign(t, t.index("5 yards")), negative_sign(t, t.index("387")), negative_sign(t, t.index("19"))
    (12, 22, None)
    """
    before = text[max(0, start - 30):start]
    m = _MINUS.search(before)
    if m is None or (not m.group(0).lower().startswith("minus") and _NAME_BEFORE_DASH.search(before)):
        return None
    return start - len(before) + m.start()


_YEAR_LIKE = re.compile(r"(1[89]|2[01])\d\d")  # "2019": a year, not a count
_DECADE_AFTER = re.compile(r"\s*(?:,|and|or|, and|, or)\s+((?:early|mid|late)[\s-]+)?(\d)0s\b")  # "… and 80s"
_OPEN_QUOTES = ('"', "“", "‘")
_CLOSE_QUOTES = ('"', "”", "’")
_LIST_GAP = re.compile(r"\s*(?:,|and|or|, and|, or)\s*")  # between the numbers of "22, 24 and 35"
_BULLET = "[" + re.escape("".join(sorted(BULLETS))) + "]"  # a list item's marker
_BULLET_LEAD = re.compile(rf"[ \t]*{_BULLET}[ \t]*")  # what stands before a list item's first word
_BULLET_ITEM = re.compile(rf"{_BULLET}\s")
_LEVEL_GAP = re.compile(r"\s*(?:,|and|or|to|, and|, or)\s*")  # also "from 14 to 20 investigators"
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


def _list_members(text: str, m: NumberMention, ahead: list[NumberMention], gap: re.Pattern):
    """The mentions after ``m`` that continue its list, each joined to the one before by ``gap``.

    >>> from pipeline.claims.numbers import NumberFinder
    >>> text = "12, 18 or 24 months, then 5"
    >>> found = NumberFinder().find(text)
    >>> [n.text for n in _list_members(text, found[0], found[1:], _LIST_GAP)]
    ['18', '24']
    """
    prev = m
    for nxt in ahead:
        if not gap.fullmatch(text[prev.end:nxt.start]):
            return
        yield nxt
        prev = nxt


def _headline_units_from_body(text: str, added: list[dict]) -> None:
    """A bare count in the release's first line takes the unit of the same figure written with its
    noun later on (in place): "Eleven killed on Michigan roads" ... "Eleven people died" -> people.

    >>> claims = [{"start": 0, "end": 6, "value": 11.0, "unit": None},
    ...           {"start": 60, "end": 72, "value": 11.0, "unit": "people"}]
    >>> _headline_units_from_body("Eleven killed on roads over holiday weekend\\nNov 30\\n\\nEleven people died.", claims)
    >>> claims[0]["unit"]
    'people'
    """
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    for c in added:
        if c["start"] >= first_line_end or c.get("unit") or c.get("qualifier", "exact") != "exact":
            continue
        later = next((d for d in added if d["start"] > first_line_end and d.get("value") == c.get("value")
                      and d.get("unit") and d.get("unit") not in CODES), None)
        if later is not None:
            c["unit"] = later["unit"]


def _predicate_noun(tok: Token) -> str | None:
    """The plural noun a bare count is said to be: "142 were men" -> "men"; else None.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Of those arrested, 142 were men and 54 were women.")
    >>> _predicate_noun(doc[4]), _predicate_noun(doc[8])
    ('men', 'women')
    """
    doc = tok.doc
    i = tok.i + 1
    if i + 1 >= len(doc) or doc[i].lemma_ != "be" or doc[i].lower_ in ("being", "been"):
        return None
    if tok.i >= 1 and doc[tok.i - 1].lower_ in ("of", "the", "those", "these"):
        return None  # "Three of the six were motorcyclists": the six are the whole, the partitive decides
    for j in range(i + 1, min(len(doc), i + 4)):
        t = doc[j]
        if t.tag_ == "NNS" and t.is_lower:
            return doc[i + 1:j + 1].text
        if not (t.tag_ in ("JJ", "NN") and t.is_lower):
            return None
    return None


def _list_header(text: str, start: int) -> str | None:
    """The line above the bulleted list whose line ``start`` opens after its bullet, else None.

    >>> _list_header("Victims by age group:\\n- 75 and older: 46 per cent\\n- 65 to 74: 31 per cent", 52)
    'Victims by age group:'
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET_LEAD.fullmatch(text[line_start:start]):
        return None
    end = line_start - 1
    while end > 0:
        header_start = text.rfind("\n", 0, end) + 1
        header = text[header_start:end].strip()
        if not _BULLET_ITEM.match(header):
            return header
        end = header_start - 1
    return None


_PARTITIVE_HEADER = re.compile(r"(?i:of)\s+(?:the|these|those|all)\s+(?:[\d,]+\s+|[a-z]+-?[a-z]*\s+)?"
                               r"((?:[a-z]+\s+){0,2}[a-z]+s)\s*(?:\([^)]*\))?\s*:")


def _partitive_header_noun(text: str, start: int) -> str | None:
    """The plural noun of a list header that takes a part of a group ("Of the 47 victims:" then
    "- 15 were in their 70s" -> "victims"), for a bare count opening a bullet under it; else None.

    >>> _partitive_header_noun("Of the 47 victims:\\n- 14 were aged 80 or older\\n- 15 were in their 70s", 21)
    'victims'
    """
    header = _list_header(text, start)
    match = _PARTITIVE_HEADER.fullmatch(header) if header else None
    return match.group(1) if match else None


def _breakdown_bullet(text: str, start: int) -> bool:
    """Does a number at ``start`` open a bulleted line under a header that ends with ":" and holds a
    figure ("issued 1,214 citations, including:" then "• 602 for speeding")? Such a bullet counts
    a part of the header's figure.

    >>> _breakdown_bullet("They issued 1,214 citations, including:\\n• 602 for speeding\\n• 148 for seat belts", 42)
    True
    """
    header = _list_header(text, start)
    return header is not None and header.endswith(":") and bool(re.search(r"\d", header))


def _opening_plural(tok: Token) -> bool:
    """A capitalised plural word that opens its line or sentence, which the tagger may call a proper
    noun ("• Homicides fell from 31 to 22")."""
    doc = tok.doc
    opening = tok.is_sent_start or tok.i == 0 or doc[tok.i - 1].text in BULLETS or "\n" in doc[tok.i - 1].text
    return tok.tag_ in ("NNP", "NNPS") and opening and tok.text[1:].islower() and tok.text.endswith("s")


def _context_window(sent: Span, i: int) -> Span:
    """``sent``, or for an overlong sentence the tokens around position ``i``, so that the
    per-figure scans stay linear in the text (a release of 50,000 numbers is one "sentence").

    >>> import spacy
    >>> doc = spacy.blank("en")(" ".join(str(n) for n in range(500)))
    >>> len(_context_window(doc[:], 250))
    120
    """
    if len(sent) <= MAX_CONTEXT_TOKENS:
        return sent
    start = max(sent.start, min(i - MAX_CONTEXT_TOKENS * 2 // 3, sent.end - MAX_CONTEXT_TOKENS))
    return sent.doc[start:start + MAX_CONTEXT_TOKENS]


def _entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, found from its IOB tags (no scan of ``doc.ents``)."""
    if tok.ent_iob_ in ("", "O"):
        return None
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]

class QuantityExtractor:
    """The ``claims_quantities`` component (see the module docstring)."""

    def __init__(self, nlp: Language, patterns: str, units: str, number_words: str):
        self.ctx = FigureContext(patterns)
        p = load_data(patterns)
        u = load_data(units)
        self.finder = NumberFinder(number_words)
        self.time_units = set(p["time_units"])
        self.skip_prev = set(p["skip_previous_words"])
        self.file_size = re.compile(rf"^\s?(?:{_phrases(p['file_size_units'])})\)")
        self.skip_next = set(p["skip_next_words"])
        self.one_skip = set(p["one_skip_nouns"])
        self.citation_after = re.compile(rf"^\s*(?:{_phrases(p['citation_after'])})|^\(\w{{1,4}}\)")
        self.citation_before = re.compile(rf"(?:(?:{_phrases(p['citation_before'])})\s*|\w\()$")
        self.elided_list_words = set(p["elided_list_words"])
        self.emergency_numbers = set(p["emergency_numbers"])
        self.emergency_followers = set(p["emergency_number_followers"])
        self.emergency_call_words = set(p["emergency_call_words"])
        self.emergency_call_to = set(p["emergency_call_to_words"])
        self.address_nouns = set(p["address_nouns"])
        self.time_word_modifiers = set(p["time_word_modifiers"])
        self.age_bound_nouns = set(p["age_bound_nouns"])
        self.age_subject_nouns = set(p["age_subject_nouns"])
        self.age_noun_before = re.compile(rf"\b(?:{_phrases(self.age_bound_nouns)})\s+$", re.I)  # "victims under 25"
        self.participle_nouns = set(p["participle_nouns"])
        # "575 Oxford Road", "16-18 Mill Lane", "12 High St", "152 Street" (a numbered street): not a figure (case-sensitive)
        self.street_after = re.compile(rf"^(?:[-–]\d+[A-Za-z]?)?(?:(?:[ \t]+[A-Z][\w'’.-]*){{1,3}}?"
                                       rf"[ \t]+(?:{_phrases(p['street_types'])})\.?"
                                       rf"|[ \t]+(?:{_phrases(p['numbered_street_types'])}))(?![\w'’-])")
        self.brand_name = re.compile(p["brand_name_pattern"])  # "iPhone 11", "eBay": a product name
        self.fraction_followers = set(p["fraction_followers"])
        self.range_from_words = set(p["range_from_words"])
        self.level_words = set(p["level_words"])
        self.respectively = re.compile(r"[^.;]*\brespectively\b", re.I)  # "25k or 40k cheaper ... respectively"
        self.ordinal_fractions = set(p["ordinal_fraction_words"])
        self.ordinal_followers = set(p["ordinal_fraction_followers"])
        hedge_words = [w for ws in p["hedges_before"].values() for w in ws] + ["between"]
        self.aged_before = re.compile(rf"\b(?:aged|ages?)\s+(?:(?:{_phrases(hedge_words)})\s+)?$", re.I)
        self.age_bounds = {q: {w.lower() for w in ws} for q, ws in p["age_bounds_before"].items()}
        self.age_bound_before = re.compile(
            rf"(?:^|(?<=\W))({_phrases(w for ws in self.age_bounds.values() for w in ws)})\s+$", re.I)
        self.entity_blocks = set(p["quantity_entity_blocks"])
        self.partitive_dets = set(p["partitive_determiners"])
        # "35m calls", "35m of its Echo devices": the word a glued "m" is read from
        self.millions_of = re.compile(rf"m[ \t]+(?:of[ \t]+(?:{_phrases(self.partitive_dets)})[ \t]+)?([A-Za-z]+)")
        self.unit_drop = set(p["unit_drop_words"])
        self.multipliers = p["multipliers"]
        self.comparison_multipliers = p["comparison_multipliers"]
        self.comparison_followers = set(p["comparison_followers"])
        self.age_pronouns = p["age_pronouns"]
        self.units = UnitReader(units)
        self.metre_words = set(u["metre_words"])
        self.trend_ctx = FigureContext(patterns, trend=True)  # "lost 190 points": index points move like percentages
        self.trend_units = set(p["trend_units"])
        self.age_after = re.compile(r"^[\s-]*(year|month|week|day)s?[\s-]*olds?\b", re.I)
        glued_time = _phrases(p["time_units_glued"])  # "40min", "3hrs": abbreviations written onto the digits
        self.time_after = re.compile(rf"^(?:\s+|-|(?=(?:{glued_time})\b))({_phrases(self.time_units)})\b", re.I)
        self.decade_age = re.compile(
            rf"\b(?:aged\s+)?in\s+(?:{_phrases(self.age_pronouns)})\s+(?:(?:early|mid|late)[\s-]+)?(\d)0s\b", re.I)
        self.teen_age = re.compile(rf"\bin\s+(?:{_phrases(self.age_pronouns)})\s+(?:(?:early|mid|late)[\s-]+)?teens\b",
                                   re.I)
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

    # ------------------------------------------------------------------ driver
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        blocked = [(c["start"], c["end"]) for c in claims_of(doc, "date")]
        for rx in self.blocks:
            blocked.extend(m.span() for m in rx.finditer(text))
        dollar = self.units.dollar_unit(doc)
        pounds_weigh = self.units.pounds_weigh(doc, dollar)
        added: list[dict] = []
        heads: dict[int, str] = {}  # claim id -> head noun of its unit, for elided units
        consumed: set[int] = set()
        for m in list(self.decade_age.finditer(text)) + list(self.teen_age.finditer(text)):
            low = int(m.group(1)) * 10 if m.lastindex else 13
            high = low + 9 if m.lastindex else 19
            added.append(add_claim(doc, "quantity", m.start(), m.end(), f"{COMPONENT}:age_decade", value=float(low),
                                   value_max=float(high), unit="years", qualifier="range"))
            consumed.update(range(m.start(), m.end()))
            more = _DECADE_AFTER.match(text, m.end()) if m.lastindex else None
            if more:  # "in their 70s and 80s": the second decade shares "in their"
                low = int(more.group(2)) * 10
                begin = more.start(1) if more.group(1) else more.start(2)
                added.append(add_claim(doc, "quantity", begin, more.end(), f"{COMPONENT}:age_decade",
                                       value=float(low), value_max=float(low + 9), unit="years", qualifier="range"))
                consumed.update(range(begin, more.end()))
        mentions = [r for r in (self._metres_or_millions(doc, text, m) for m in self.finder.find(text)) if r]
        skip_index: set[int] = set()
        last_reference: NumberMention | None = None
        last_aged: NumberMention | None = None  # "aged 22, 24 and 35": the list shares "aged"
        for i, m in enumerate(mentions):
            if i in skip_index or m.start in consumed:
                continue
            if any(s < m.end and m.start < e for s, e in blocked):
                continue
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if last_reference is not None and re.fullmatch(r"\s*(?:,|and|or|&|to|through|-|–)\s*",
                                                           text[last_reference.end:m.start]) \
                    and not self._unit_after(doc, self._token_after(doc, m)):
                last_reference = m  # "Sections 83 and 140", "Counts Four through Seven": all references
                continue
            if nxt is not None and self._proportion(doc, m, nxt):
                hedge = self.ctx.qualifier_before(text[max(0, m.start - 40):m.start])
                start = m.start - len(hedge[1]) if hedge else m.start
                added.append(add_claim(doc, "quantity", start, nxt.end, f"{COMPONENT}:proportion",
                                       value=m.value / nxt.value, unit="fraction",
                                       qualifier=hedge[0] if hedge else "exact"))
                skip_index.add(i + 1)
                continue
            in_age_list = last_aged is not None and _LIST_GAP.fullmatch(text[last_aged.end:m.start]) is not None
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
        _headline_units_from_body(text, added)
        self._add_multipliers(doc, blocked)
        self._add_comparison_multipliers(doc)
        return doc

    # ------------------------------------------------------------- figure reading
    def _quantity(self, doc: Doc, m: NumberMention, ahead: list[NumberMention], dollar: str,
                  added: list[dict], heads: dict[int, str], in_age_list: bool = False,
                  pounds_weigh: bool = False) -> dict | None:
        """Read mention ``m`` as a quantity claim's fields (None where it is not a figure); ``ahead``
        holds the next few mentions, for ranges and lists that share a unit."""
        text = doc_text(doc)
        nxt = ahead[0] if ahead else None
        after = text[m.end:m.end + 40]
        if PERCENT_AFTER.match(after):
            return None
        if nxt is not None and re.fullmatch(r"\s*(?:-|–|—|to|and)\s*", text[m.end:nxt.start]) \
                and PERCENT_AFTER.match(text[nxt.end:nxt.end + 40]) and m.kind == nxt.kind:
            return None  # "5 to 7 per cent", "from 4.8 to 4.7 percent": the percentages component reads both
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        tok = span[-1]
        first = span[0]
        sent = _context_window(tok.sent, tok.i)
        before = text[max(sent.start_char, m.start - 60):m.start]
        cell = table_cell(text, m.start, m.end) if m.kind == "digits" else None  # "| Sefton | 233 | 262 |"
        # code names, identifiers, ordinals: letters or slashes glued to the digits
        negative = negative_sign(text, m.start)
        below = re.search(r"\bsub-$", text[max(0, m.start - 5):m.start], re.I)  # "sub-300 sq m": an upper bound
        if m.kind == "digits" and not below:
            if negative is None and m.start >= 2 and text[m.start - 1] in "-/" and text[m.start - 2].isalnum():
                return None
            if negative is None and re.search(r"\b[A-Z]{2,}\s[-−]$", text[max(0, m.start - 12):m.start]):
                return None  # "COVID -19": a code name written with a stray space
            glued = re.match(r"^[A-Za-z]+", after)
            if glued and glued.group(0) == "p" and self.units.pence_after.match(after):
                glued = None  # "164p": pence
            if glued and not m.suffix_applied and (self.units.wrong_case(glued.group(0)) or (
                    glued.group(0).lower() not in self.units.measures
                    and not self.units.measure_after.match(after) and not self.time_after.match(after))):
                if not (glued.group(0) == "s" and self.decade_age.search(text[max(0, m.start - 20):m.end + 2])):
                    return None
            if m.text.startswith("0") and not m.text.startswith("0.") \
                    and not (m.text == "0" and re.match(r"\s*(?:to|-|–)\s*[1-9]", after)):
                return None  # "007", "0161" (but "0 to 62 mph" starts at zero)
            if in_code(text, m.start, m.end):
                return None  # "No. 3-05CV1843-P", "CR 12-646-SI", "1-866-DHS-2-ICE"
            if self.file_size.match(after) and re.search(r"\((?:[A-Za-z]{2,5},?\s*)?$", text[max(0, m.start - 8):m.start]):
                return None  # "Complaint (205.74 KB)", "(PDF, 1.2MB)": the size of an attachment
        if self.citation_after.match(after) or self.citation_before.search(text[max(0, m.start - 8):m.start]):
            return None
        prev_word = self._list_head(first)
        prev_lower = prev_word.lower_ if prev_word is not None else ""
        if prev_lower == "." and prev_word.i >= 1 and not doc[prev_word.i - 1].whitespace_ \
                and doc[prev_word.i - 1].lower_ + "." in self.skip_prev:
            prev_lower = doc[prev_word.i - 1].lower_ + "."  # "No. 13-1285", tokenised "No" "." (not "Code. Three")
        next_tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev_lower in self.skip_prev or prev_lower.rstrip(".:") in self.skip_prev) \
                and not (next_tok is not None and next_tok.lower_.rstrip("s") == prev_lower.rstrip("s")):
            return {"_skipped_reference": True}  # "Count 2", "Counts One and Two" (but "counts nine counts")
        if next_tok is not None and next_tok.lower_ in self.skip_next:
            return None
        if self._named_age(first):
            return None
        if m.text in self.emergency_numbers and self._emergency_number(doc, first, tok):
            return None  # "call 999"; "999 calls", "the 101 line" name the service ("999 officers" is a count)
        currency = self.units.currency(text, m, dollar, pounds_weigh)
        if currency is None and m.start > 0 and text[m.start - 1].isalpha():
            return None  # digits glued to a currency code that did not read as money ("PS5", a console)
        measure = self.units.measure(text, m) if currency is None else None
        seasonal = self._time_word_modifier(doc, tok)  # "24,000 summer jobs", "40 weekend arrests"
        time_unit = None if seasonal else self.time_after.match(after)
        shared_unit = None if time_unit else self._time_unit_shared_ahead(text, m, ahead)  # "42 and 46 months"
        timed = bool(time_unit or shared_unit)
        age = self.age_after.match(after)
        if age and (age_span := doc.char_span(m.start, m.end + age.end(), alignment_mode="expand")) is not None \
                and person_of_age(age_span[0], age_span[-1]) is not None:
            return None  # "Ilya Sobolevskiy, a 25-year-old resident": the person's age, not a quantity
        age_bound = self.age_bound_before.search(before)  # "children under the age of 12"
        predicate_age = self._predicate_age(tok, m)  # "The boy, who was 10,"
        aged = bool(self.aged_before.search(before) or age_bound) or in_age_list or predicate_age
        range_ahead = self._range_ahead(text, m, nxt, start=m.start)
        near_month = self._next_to_month(doc, first, tok)
        if tok.ent_type_ in ("DATE", "TIME") and near_month and not (timed or age):
            return None
        if m.kind == "digits" and not currency and not measure and not timed and not age and not aged:
            if tok.ent_type_ == "TIME" and not range_ahead and not seasonal and cell is None:
                return None
            if tok.ent_type_ == "DATE" and not range_ahead and not seasonal and cell is None and self._date_entity(tok):
                return None
            if _YEAR_LIKE.fullmatch(m.text):
                return None
        elif (timed or age) and tok.ent_type_ in ("DATE", "TIME"):
            if any(t.ent_type_ == "DATE" and t.lower_ in MONTHS and not any(
                    doc[k].is_punct for k in range(min(t.i, tok.i) + 1, max(t.i, tok.i))) for t in sent if abs(t.i - tok.i) <= 2):
                return None  # a month beside a timed figure (but "until 5 January - 11 days in all")
        if not currency and not (measure and measure[0][:1].islower() and " " in measure[0]) and cell is None \
                and self._in_name(tok, first, sent):  # "minus-5 degrees Celsius", tagged PERSON, is a measure
            return None
        if m.kind == "digits" and not currency and self.street_after.match(after):
            return None  # a house number
        if not currency and first.i >= 1 and self.brand_name.match(doc[first.i - 1].text):
            return None  # "iPhone 11 Pro"
        if not currency and not measure and not timed and not age and first.i >= 1 and cell is None:
            prev_tok = doc[first.i - 1]
            if prev_tok.pos_ == "PROPN" and prev_tok.text[:1].isupper() and prev_tok.lower_ not in MONTHS \
                    and not prev_tok.is_sent_start and not self._title_case(sent) and not (next_tok is not None and next_tok.pos_ == "NOUN"
                                                            and next_tok.text[:1].islower()):
                return None  # "Junction 4", "Route 66", "S&P 500", "iPhone 14 Pro": part of a name
            if prev_tok.pos_ == "PROPN" and prev_tok.text[:1].isupper() and first.i >= 2 \
                    and _YEAR_LIKE.fullmatch(doc[first.i - 2].text):
                return None  # "a 2023 Ram 1500 pickup truck": a model year, a make and a model number
        slashed = "/" in m.text or "⁄" in m.text
        if slashed and not (measure or re.match(r"\s+of\b", after)):
            return None  # "1/2 mile", "1/16 of a pint" (but "1/2" alone may be a date or a score)
        if m.kind == "fraction" and not slashed and not self._fraction_ok(doc, span, before) \
                and not self.ctx.qualifier_before(before):
            return None
        if m.kind == "words" and m.text.lower() in ("one", "a") and not (time_unit or age or range_ahead):
            if next_tok is None or next_tok.lower_ in self.one_skip or prev_lower in ("no", "any", "every", "each",
                                                                                      "the", "this", "that"):
                return None
            if next_tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return None
            if first.is_sent_start or first.i >= 1 and doc[first.i - 1].text in ("“", '"', "‘", "'"):
                return None  # sentence-opening "One victim, ...": a determiner, not a reported count
        fields: dict = {"_start": m.start, "_end": m.end, "qualifier": "exact"}
        start, end = m.start, m.end
        # money symbol before the digits
        if currency:
            fields["unit"] = currency[0]
            start = min(start, currency[1])
            end = max(end, currency[2])
            rule = "money"
            if text[start:m.start][-1:] in ("-", "−"):
                negative = start  # "$-50.8bn": the sign after the currency
            elif start < m.start:
                negative = negative_sign(text, start)  # "-$3.2 million" (but not "--$225 million", a dash)
        elif age:
            fields["unit"] = age.group(1).lower() + "s"
            end = m.end + age.end()
            rule = "age"
        elif aged:
            fields["unit"] = "years"
            rule = "age_predicate" if predicate_age else "age_aged"
            if time_unit and time_unit.group(1).lower().startswith("year"):
                end = m.end + time_unit.end()  # "under the age of 5 years"
        elif time_unit:
            fields["unit"] = time_unit.group(1)
            end = m.end + time_unit.end()
            rule = "duration"
        elif measure:
            fields["unit"] = measure[0]
            end = measure[1]
            rule = "measure"
        elif m.kind == "fraction":
            fields["unit"] = "fraction"
            rule = "fraction"
        elif shared_unit:
            fields["unit"] = shared_unit  # "sentenced to 42 and 46 months": 42 months too
            rule = "duration"
        else:
            unit = self._counted_noun(doc, span)
            if unit is None and m.suffix == "m" and m.suffix_applied and tok.i + 1 < len(doc):
                noun = self._plural_noun_after(doc, doc[tok.i + 1])  # "2.7m combined sales" (a poor parse)
                if noun is not None:
                    unit = doc[tok.i + 1:noun.i + 1].text, noun.idx + len(noun.text), (noun.text, noun.i)
            if unit is not None:
                fields["unit"], end, fields["_unit_head"] = unit
                rule = "count_noun"
            else:
                rule = "elided_unit"
        fields["value"] = m.value / currency[3] if currency else m.value
        or_range = False
        if nxt is not None and self._range_ahead(text, m, nxt, start):
            scale = re.search(r"\s(\w+)$", nxt.text)
            if scale and not re.search(r"\s\w+$", m.text):
                factor = parse_number("1 " + scale.group(1))
                if factor and factor > 1 and m.value * factor < nxt.value:
                    fields["value"] = m.value * factor  # "between 1 and 2 million"
        # range: "between 16 and 24", "16 to 24", "16-24"
        if self._range_ahead(text, m, nxt, start):
            opener = re.search(r"\bbetween\s+(?:[£$€]\s?)?$", text[max(0, m.start - 12):start], re.I)
            fields["value_max"] = nxt.value
            fields["qualifier"] = "range"
            fields["_range_used"] = True
            or_range = re.fullmatch(r"\s+or\s+\S{0,4}", text[m.end:nxt.start]) is not None
            end = max(end, nxt.end)
            again = self.units.measure(text, nxt) if rule == "measure" else None
            if again and again[0].lower() == fields["unit"].lower():
                end = max(end, again[1])  # "between 15kHz and 17kHz"
            if opener:
                start = text.lower().rfind("between", 0, m.start)
            after2 = text[nxt.end:nxt.end + 40]
            age2 = self.age_after.match(after2)  # "14 or 15 years old", "aged 14 to 16 years old"
            t2 = age2 or self.time_after.match(after2)
            unit2 = (age2.group(1).lower() + "s" if age2 else t2.group(1)) if t2 else ""
            cur2 = self.units.currency(text, nxt, dollar, pounds_weigh) if not currency else None
            if cur2:
                fields["unit"], end, rule = cur2[0], max(end, cur2[2]), "money"
                fields.pop("_unit_head", None)
            elif t2 and str(fields.get("unit")).lower() == unit2.lower():
                end = max(end, nxt.end + t2.end())  # "aged 14-16-year-olds", "aged 14 to 16 years"
            elif "unit" not in fields and t2:
                fields["unit"] = unit2
                end = nxt.end + t2.end()
                rule = "age" if age2 else "duration"
            elif "unit" not in fields and (measure2 := self.units.measure(text, nxt)):
                fields["unit"], end, rule = measure2[0], max(end, measure2[1]), "measure"  # "0 to 80km/h"
            elif "unit" not in fields:
                span2 = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
                unit = self._counted_noun(doc, span2) if span2 is not None else None
                if unit:
                    fields["unit"], end, fields["_unit_head"] = unit
                    rule = "count_noun"
        restated = added[-1] if added and re.fullmatch(r"\s*\(\s*", text[added[-1]["end"]:start]) else None
        if fields["qualifier"] == "exact" and restated is not None \
                and restated.get("qualifier") in ("approximate", "lower_bound", "upper_bound"):
            fields["qualifier"] = restated["qualifier"]  # "more than 100 km (60 miles)": the conversion too
        if below and fields["qualifier"] == "exact":
            fields["qualifier"], start = "upper_bound", m.start - 4
        if negative is not None and fields["qualifier"] != "range" and start == (currency[1] if currency else m.start):
            fields["value"] = -fields["value"]  # "-5 yards", "minus 387 Fahrenheit"
            start = negative
        # hedges
        if age_bound and fields["qualifier"] == "exact" and start == m.start:
            fields["qualifier"] = next(q for q, ws in self.age_bounds.items() if age_bound.group(1).lower() in ws)
            start = m.start - len(age_bound.group(0))
        prefix = text[max(sent.start_char, start - 40):start]
        if fields["qualifier"] != "range" and not age_bound:
            hedge = self.ctx.qualifier_before(prefix)
            if hedge and self._hedge_applies(hedge[1], prefix, rule, doc, start):
                fields["qualifier"] = hedge[0]
                if fields.get("unit") is None and m.value < 120 and hedge[1].strip().lower() in ("under", "over") \
                        and self.age_noun_before.search(prefix[:len(prefix) - len(hedge[1])]):
                    fields["unit"] = "years"  # "victims under 25", "drivers over 70": an age bound
                start -= len(hedge[1])
                prefix = text[max(sent.start_char, start - 40):start]
            else:
                tail = self.ctx.qualifier_after(text[end:end + 20])
                glued = self.ctx.qualifier_after(text[m.end:m.end + 8]) if m.end < end else None
                if glued and glued[1].strip() in ("-plus", "+"):
                    fields["qualifier"] = glued[0]  # "400-plus arrests"
                if tail:
                    fields["qualifier"] = tail[0]
                    end += len(tail[1])
                    if fields.get("unit") is None and self._age_bound_after(doc, first, tail[1]):
                        fields["unit"] = "years"  # "adults 18 and older", "children 12 and under"
                elif self.ctx.estimated(sent, start):
                    fields["qualifier"] = "approximate"
        # direction
        direction = None
        change_at = currency[1] if currency else m.start
        change = self.ctx.change_word_before(text[max(sent.start_char, m.start - 30):change_at])
        if change is None and start < m.start and fields["qualifier"] != "exact":
            change_at = start  # "down by almost 300": the change word before the hedge
            change = self.ctx.change_word_before(text[max(sent.start_char, start - 30):start])
        if change and (change[1].strip().lower() not in ("up", "down") or self._up_down_ok(doc, first)):
            direction = change[0]
            if fields["qualifier"] == "exact" or start > change_at - len(change[1]) - 1:
                start = min(start, change_at - len(change[1]))
        for words in (doc[tok.i + 1:tok.i + 3], self._words_after(doc, tok, end)):
            if direction is not None:
                break
            for t in words:  # "500 more officers", "15 officers more than", "56 (4%) more than"
                if self._hedge_of_next_figure(doc, t):
                    break  # "3,700 institutions more than $169 million": "more than" hedges the next figure
                if t.lower_ in self.ctx.change_after and t.lower_ not in ("new", "up", "down", "increase", "rise",
                                                                        "fall", "drop", "cut"):
                    direction = self.ctx.change_after[t.lower_]
                    break
                if not (t.pos_ in ("ADJ", "ADV") or t.is_punct and t.text == "-"):
                    break
        if direction is None:
            direction = self.ctx.direction_from_parse([t for t in span] + self._head_nouns(span))
        if direction is None:
            direction = self.ctx.direction_before_by(doc, start)
        if direction is None and str(fields.get("unit", "")).lower() in self.trend_units:
            direction = self.trend_ctx.direction_from_parse([t for t in span] + self._head_nouns(span))
        if direction is None and restated is not None and restated.get("direction") and rule in ("measure", "money") \
                and restated["extractor"].rsplit(":", 1)[-1] in ("measure", "money"):
            direction = restated["direction"]  # "2kg (4.4lb) more than last year", "fell by 1C (1.8F)"
        if direction is None and m.kind == "fraction" and m.value < 1 and next_tok is not None \
                and next_tok.lower_ == "as" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("many", "much"):
            direction = "decrease"  # "half as many as last year"
        if ("unit" not in fields or fields.get("unit") is None) and or_range:
            return None  # "one or two 55-minute periods": a vague count whose noun we cannot read
        if "unit" not in fields or fields.get("unit") is None:
            loose = fields["qualifier"] != "exact" or direction is not None
            unit = cell.unit if cell is not None else None  # a table's column header or caption
            if unit is not None:
                rule = "table_cell"
            if direction and re.search(r"\bby\s+$", text[max(0, change_at - 4):change_at]):
                unit = self._subject_unit(tok, plural=True)  # "Referrals rose by 120": what the verb's subject counts
            if unit is None:
                unit = self._count_noun_shared_ahead(doc, text, m, ahead)  # "from 14 to 20 investigators"
            if unit is None:
                unit = self._list_item_subject(doc, first)  # "• burglaries down 120", "… down by a fifth, to 1,200"
            label = self._bullet_label(doc, first)  # "- Breath tests: 212,480, up 9 per cent"
            if unit is None and label:
                unit = label
            if unit is None:
                unit = _partitive_header_noun(text, start)  # "Of the 47 victims:" then "- 15 were in their 70s"
            if unit is None and re.search(r"\bage", _list_header(text, start) or "", re.I):
                unit = "years"  # "Victims by age group:" then "- 65 to 74: 31 per cent"
            if unit is None:
                unit = self._elided_unit(doc, span, sent, added, heads, loose)
            counted = cell is not None or label is not None or self._bare_count(doc, tok, text, m)
            if unit is None and counted and re.search(r"\b(?:from|to)\s+$", text[max(0, m.start - 6):m.start]):
                unit = self._subject_unit(tok)
            if unit is None and (counted or fields["qualifier"] != "exact" or direction):
                unit = self._antecedent(doc, span, sent, added, heads)
            if unit:
                fields["unit"] = unit
            elif fields["qualifier"] == "exact" and direction is None and not counted:
                return None
        if fields.get("unit") in self.address_nouns and next_tok is not None:
            after_unit = doc.char_span(end, min(len(text), end + 4), alignment_mode="expand")
            if after_unit is not None and after_unit[0].lower_ == "of":
                return None  # "the 7900 block of South Halsted Street" is an address
        if direction:
            fields["direction"] = direction
            fields["baseline"] = self.ctx.baseline(doc, sent, start, end)
        fields["_start"], fields["_end"], fields["_rule"] = start, end, rule
        return fields

    # --------------------------------------------------------------- helpers
    def _plural_noun_after(self, doc: Doc, tok: Token) -> Token | None:
        """The plural noun a scaled figure counts, from ``tok`` on, past modifiers ("emergency calls",
        "combined digital and physical sales"), or None; a dimension word ("5m high walls") stops it."""
        for t in doc[tok.i:min(len(doc), tok.i + 6)]:
            if t.lower_ in self.metre_words:
                return None
            if t.tag_ == "NNS" and t.text[:1].islower():
                return t
            modifier = t.tag_ in ("JJ", "VBN", "VBG") or t.tag_ in ("NN", "NNP") and t.dep_ in ("compound", "amod", "nmod", "conj") \
                or t.lower_ in ("and", "or", ",")
            if not modifier:
                return None
        return None

    def _metres_or_millions(self, doc: Doc, text: str, m: NumberMention) -> NumberMention | None:
        """A glued lower-case "m" read from what follows it: millions before a counted plural noun or a
        unit ("35m calls", "12.3m tonnes", "1.2m hours", "35m of its Echo devices"), metres otherwise
        ("a 100m sprint", "5m long", "200m from", "20m of cable", "100m of the road"). A small whole
        number before a plain plural noun ("2m fences") could be either: dropped, since a wrong figure
        is worse than a missing one."""
        if m.kind != "digits" or m.suffix != "m" or m.suffix_applied or text[m.end:m.end + 1] != "m":
            return m
        word = self.millions_of.match(text, m.end, m.end + 40)
        if word is None:
            return m
        span = doc.char_span(word.start(1), word.end(1), alignment_mode="expand")
        first = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or first is None:
            return m
        nxt, lower = span[0], word.group(1).lower()
        if first.start >= 1 and doc[first.start - 1].lower_ in ("a", "an"):
            return m  # "a 3m wall": one wall three metres high
        units = self.units
        unit_word = lower in self.time_units or lower in units.currency_words \
            or (lower in units.measures and lower not in units.glued_only and len(lower) > 2)
        if not unit_word:
            noun = self._plural_noun_after(doc, nxt)
            if noun is None:
                return m
            nxt = noun
        if not unit_word and m.value < 10 and m.value == int(m.value):
            return None
        return replace(m, end=m.end + 1, text=text[m.start:m.end + 1], value=m.value * 1_000_000,
                       suffix_applied=True)

    @staticmethod
    def _next_to_month(doc: Doc, first: Token, last: Token) -> bool:
        """A day number written beside a month: "5 March", "March 5", "9-15 October", "the 3rd of May"."""
        if first.i >= 1 and doc[first.i - 1].lower_ in MONTHS:
            return True
        j = last.i + 1
        while j < len(doc) and j - last.i <= 4 and (doc[j].like_num or doc[j].lower_ in ("-", "–", "to", "and", "of",
                                                                                         "th", "st", "nd", "rd")):
            j += 1
        return j < len(doc) and doc[j].lower_ in MONTHS

    def _age_bound_after(self, doc: Doc, first: Token, tail: str) -> bool:
        """Does a bound written after a bare number make it an age ("18 and older"; "12 and under"
        after a word for people: "children 12 and under")?"""
        if re.search(r"\b(?:older|younger)\b", tail, re.I):
            return True
        return first.i >= 1 and doc[first.i - 1].lower_ in self.age_bound_nouns

    def _time_word_modifier(self, doc: Doc, tok: Token) -> bool:
        """True where a time word stands between a number and the plural noun it counts: "24,000
        summer jobs", "40 weekend arrests", "12 night patrols" (not "40 weekends", "a 12 month sentence")."""
        if tok.i + 2 >= len(doc):
            return False
        word, noun = doc[tok.i + 1], doc[tok.i + 2]
        return word.lower_ in self.time_word_modifiers and word.is_lower and noun.tag_ == "NNS" \
            and noun.is_lower and noun.lower_ not in self.time_units

    def _emergency_number(self, doc: Doc, first: Token, tok: Token) -> bool:
        """True where an emergency number ("999", "911", "112") names the service: "Calls to 911
        reporting racing", "the 101 line", "dial 999"; not a count of something ("999 officers",
        "112 fewer offences", "112 extra patrols")."""
        if first.i >= 1 and doc[first.i - 1].lower_ in self.emergency_call_words:
            return True
        if first.i >= 2 and doc[first.i - 1].lower_ == "to" and doc[first.i - 2].lemma_.lower() in self.emergency_call_to:
            return True  # "Calls to 911", "report it to 101" (but "rose to 112 offences": the noun decides)
        j = tok.i + 1
        while j < len(doc) and j <= tok.i + 2 and (doc[j].lower_ in self.ctx.change_after or doc[j].pos_ == "ADJ"):
            j += 1  # "112 fewer offences", "112 new officers"
        noun = doc[j] if j < len(doc) else None
        return not (noun is not None and noun.pos_ == "NOUN" and noun.lower_ not in self.emergency_followers)

    def _predicate_age(self, tok: Token, m: NumberMention) -> bool:
        """A bare whole number said to be what an unnamed person is: an age ("The boy, who was 10,
        was unhurt", "The victim was 17"), never a named person's ("Maria, who was 10": that age is
        the person's)."""
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.like_num:
            tok = tok.head  # "The victims were 17 and 19"
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or not (0 < m.value < 120) or m.value != int(m.value):
            return False
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("who", "that") and tok.head.dep_ == "relcl":
            subject = tok.head.head
        if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in self.age_subject_nouns:
            return False
        return not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)

    @staticmethod
    def _date_entity(tok: Token) -> bool:
        """True when spaCy's DATE entity around ``tok`` holds a calendar word (spaCy also tags counts as DATE)."""
        ent = _entity_at(tok)
        if ent is None:
            return False
        # "from 52 to 31 | last year", tagged as one DATE: the relative date after the figures is its own;
        # "an average of 20 | per week": a rate, not a date
        cut = next((t.i for t in ent if t.i > tok.i and (t.lower_ in RELATIVE_DATE_LEADS
                                                         or t.lower_ == "per" and t.i == tok.i + 1)), ent.end)
        return any(t.lower_ in DATE_WORDS or t.lower_ in MONTHS or re.fullmatch(r"(1[89]|20)\d\d", t.text)
                   for t in ent if t.i < cut)

    def _bare_count(self, doc: Doc, tok: Token, text: str, m: NumberMention) -> bool:
        """A number with no noun that is still a figure: "151 were over the limit", "from 52 to 31",
        "and 95800 who have been", "a total of 200 million", the level after a change ("rose 8% to
        3.65", "ended down 1% at 1,463.78")."""
        if m.kind == "digits" and (m.suffix_applied or re.search(r"\s[A-Za-z]+$", m.text)):
            return True  # a scale word or suffix ("200 million", "25k") never writes a reference number
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("who", "which") and tok.dep_ != "nummod":
            return True
        if re.search(r"\b(?:average|total|median|maximum|minimum)\s+of\s+$", text[max(0, m.start - 20):m.start], re.I):
            return True  # "an average of 1500", "a total of 47"
        if self._level_after_change(doc, tok):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            return True
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.tag_ not in ("VBG", "TO") \
                and (tok.i == 0 or not doc[tok.i - 1].is_alpha
                     or doc[tok.i - 1].pos_ not in ("ADP", "VERB", "AUX", "NOUN", "PROPN")):
            return True  # "• 151 were over the limit", "57 arrested and 16 safeguarded"
        if re.search(r"\bfrom\s+(?:[£$€]\s?)?$", text[max(0, m.start - 8):m.start], re.I) \
                and re.match(r"[^.;:]{0,40}?\bto\s+(?:[£$€]\s?)?\w", text[m.end:m.end + 50]):
            return True
        if _breakdown_bullet(text, m.start):
            return True  # "issued 1,214 citations, including:" then "• 602 for speeding"
        if re.match(r"\s+of\s+(?:them|those|these|which|whom)\b", text[m.end:m.end + 16]):
            return True  # "failed to report six of them": a partitive count
        return bool(re.search(r"\bfrom\s+(?:[£$€]\s?)?\w[^.;:]{0,40}?\bto\s+(?:[£$€]\s?)?$",
                              text[max(0, m.start - 60):m.start], re.I))

    def _level_after_change(self, doc: Doc, tok: Token) -> bool:
        """"rose 8.15% to 3.65", "was up at 96.088", "lost 1.1% to end at 1,334.20": the level a
        change reached, after "to"/"at", with a change or level verb earlier in the clause."""
        first = tok.i
        while first > 0 and doc[first - 1].like_num:
            first -= 1
        if first == 0 or doc[first - 1].lower_ not in ("to", "at"):
            return False
        window = doc[max(tok.sent.start, first - 12):first - 1]
        return any(t.lemma_.lower() in self.trend_ctx.change_verbs or t.lower_ in self.level_words
                   or t.lemma_.lower() in self.level_words for t in window)

    def _antecedent(self, doc: Doc, span: Span, sent: Span, added: list[dict], heads: dict[int, tuple]) -> str | None:
        """The counted noun of the last count in this sentence or the three before it."""
        first = sent
        for _ in range(3):
            prev = first.start - 1
            if prev < 0:
                break
            first = doc[prev].sent
        earlier = [c for c in added[-RECENT_CLAIMS:] if first.start_char <= c["start"] < span.start_char and id(c) in heads]
        return heads[id(earlier[-1])][0] if earlier else None

    @staticmethod
    def _proportion(doc: Doc, m: NumberMention, nxt: NumberMention) -> bool:
        """"one in five", "1 in 4 women", "one out of three": a proportion, read as the fraction m/nxt."""
        if not re.fullmatch(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", doc_text(doc)[m.end:nxt.start], re.I):
            return False
        if not (0 < m.value < nxt.value <= 1000) or m.kind == "fraction" or nxt.kind == "fraction":
            return False
        span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
        return span is not None and span[-1].ent_type_ not in ("DATE", "TIME")

    def _range_ahead(self, text: str, m: NumberMention, nxt: NumberMention | None, start: int) -> bool:
        """True when ``m`` opens a range with the next number: "between 16 and 24", "16 to 24", "16-24",
        "15kHz to 17kHz", "ranging from $200 to $4 million" (but "fell from 52 to 31" is two figures)."""
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

    @staticmethod
    def _token_after(doc: Doc, m: NumberMention) -> int:
        """The index of the token after mention ``m`` (``len(doc)`` at the end)."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.end if span is not None else len(doc)

    def _unit_after(self, doc: Doc, i: int) -> bool:
        """True where token ``i`` is a time unit or measure: "120 months" in "36 months on count one
        and 120 months on count two" is a figure, not the next reference of a list."""
        return i < len(doc) and (doc[i].lower_ in self.time_units or doc[i].lower_ in self.units.measures)

    def _list_head(self, first: Token) -> Token | None:
        """The word before a number, or before the first number of a list it belongs to."""
        t = first
        seen = 0
        while t.dep_ == "conj" and t.head.like_num and t.head.i < t.i and seen < 6 \
                and not self._unit_after(t.doc, first.i + 1):
            t, seen = t.head, seen + 1
        if t.i == 0:
            return None
        prev = t.doc[t.i - 1]
        if prev.text in ("£", "$", "€") and t.i > 1:
            prev = t.doc[t.i - 2]
        return prev

    def _named_age(self, first: Token) -> bool:
        """True for the "Name, 34, of Croydon" pattern (the age belongs to the person); an age is a
        whole number written in digits ("S$1mil (RM3.06mil)" is a conversion, not an age)."""
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
        name = doc[i - 2]
        return name.pos_ == "PROPN" or name.ent_type_ == "PERSON" or (name.is_title and not name.is_sent_start)

    def _in_name(self, tok: Token, first: Token, sent: Span) -> bool:
        """A number inside a proper name ("Seven Kings Skate Park", "6-State Trooper Project")."""
        if first.ent_type_ in self.entity_blocks:
            ent = _entity_at(first)
            if ent is not None and any(t.is_alpha and t.text[:1].isupper() and t.i != first.i for t in ent):
                return True
        head = tok.head
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
            if not self._title_case(sent):
                return True
        if head.pos_ == "PROPN" and head.i > tok.i + 1 and head.lower_ not in self.time_units:
            between = [t for t in tok.doc[tok.i + 1:head.i] if not t.is_punct]
            caps = [t for t in between if t.text[:1].isupper()]
            if caps and len(caps) == len(between) and not self._title_case(sent):
                return True
        return False

    @staticmethod
    def _title_case(sent: Span) -> bool:
        """A headline in Title Case: no lower-case content word."""
        return not any(t.is_alpha and not t.is_stop and len(t) > 3 and t.text[0].islower() for t in sent)

    def _fraction_ok(self, doc: Doc, span: Span, before: str) -> bool:
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

    def _hedge_applies(self, hedge: str, prefix: str, rule: str, doc: Doc, start: int) -> bool:
        """"spread over five years" is a period, not a lower bound: check the word before a hedge that
        can also be a preposition ("over", "under"); "in about 8 seconds" keeps its hedge."""
        word = re.sub(r"\s+(?:a|an)$", "", hedge.strip().lower())  # "over a 20-year period" is "over"
        if word not in ("over", "under", "around", "above", "below"):
            return True  # "within 48 hours" is at most 48 hours
        before = prefix[: len(prefix) - len(hedge)].rstrip()
        prev = re.search(r"(\w+)$", before)
        prev_word = prev.group(1).lower() if prev else ""
        if rule in ("duration", "age"):
            return prev_word in ("for", "of", "is", "was", "be", "been", "are", "were", "took", "lasting", "")
        return True

    def _up_down_ok(self, doc: Doc, first: Token) -> bool:
        if first.i == 0:
            return False
        prev = doc[first.i - 1]
        if prev.dep_ == "prt" or first.i < 2:
            return first.i >= 1 and prev.dep_ != "prt"
        before = doc[first.i - 2]
        return before.pos_ == "AUX" or before.is_punct or before.is_sent_start or before.like_num \
            or self.ctx.list_item_lead(doc, first.i - 1) is not None  # "1,463 up 58", "• arrests up 40"

    def _list_item_subject(self, doc: Doc, first: Token) -> str | None:
        """The plural noun phrase a bulleted line opens with before its "up"/"down", for a bare number
        later on that line ("• burglaries down by a fifth, to 1,200" -> "burglaries"); else None."""
        i = first.i - 1
        while i >= 0 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
            if doc[i].lower_ in ("up", "down"):
                lead = self.ctx.list_item_lead(doc, i)
                if lead is not None and lead[-1].tag_ in ("NNS", "VBZ") and lead[-1].lower_.endswith("s"):
                    return lead.text
                return None
            i -= 1
        return None

    @staticmethod
    def _bullet_label(doc: Doc, first: Token) -> str | None:
        """The plural noun a labelled bullet line opens with, for a bare number after its colon
        ("- Breath tests: 212,480" -> "breath tests"; "- Drivers processed for drink driving: 344,
        27 fewer" -> "drivers"); "" for a label with no plural noun ("- Total: 344"); None where the
        number is on no labelled bullet line."""
        start = first.i
        while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
            start -= 1
        if doc[start].text not in BULLETS or start == first.i:
            return None
        colon = next((t.i for t in doc[start + 1:first.i] if t.text == ":"), None)
        if colon is None or not 1 <= colon - start - 1 <= 10:
            return None
        noun = next((t for t in doc[start + 1:min(colon, start + 5)]
                     if t.is_alpha and (t.tag_ in ("NNS", "NNPS") or _opening_plural(t))), None)
        return "" if noun is None else unit_case(doc[start + 1:noun.i + 1].text)

    def _count_noun_shared_ahead(self, doc: Doc, text: str, m: NumberMention,
                                 ahead: list[NumberMention]) -> str | None:
        """The plural noun written once after the last number of a list or a pair of levels, for a
        bare number before it: "from 14 to 20 investigators", "two, three or four vehicles"; else None."""
        for nxt in _list_members(text, m, ahead, _LEVEL_GAP):
            if nxt.kind != m.kind or self.age_after.match(text[nxt.end:nxt.end + 40]):
                return None  # "12 and 14 year olds": ages
            span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
            counted = self._counted_noun(doc, span) if span is not None else None
            if counted:
                return counted[0] if doc[counted[2][1]].tag_ == "NNS" else None
            if re.match(r"\s*[A-Za-z]", text[nxt.end:nxt.end + 2]):
                return None  # a word that is not the counted noun ends the list
        return None

    def _time_unit_shared_ahead(self, text: str, m: NumberMention, ahead: list[NumberMention]) -> str | None:
        """The time unit written once after the last number of a list ("42 and 46 months", "12, 18 or
        24 months"), for a number written bare before it; else None."""
        if m.kind == "fraction" or _YEAR_LIKE.fullmatch(m.text):
            return None  # (a year before "and 20 months later" is a date)
        for nxt in _list_members(text, m, ahead, _LIST_GAP):
            after = text[nxt.end:nxt.end + 40]
            if nxt.kind == "fraction" or self.age_after.match(after):
                return None  # "sixteen and seventeen year-olds": ages, not durations
            unit = self.time_after.match(after)
            if unit:
                return unit.group(1)
        return None

    @staticmethod
    def _hedge_of_next_figure(doc: Doc, t: Token) -> bool:
        """True where ``t`` opens "more than"/"less than" written before another figure."""
        return t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "than" \
            and (doc[t.i + 2].like_num or doc[t.i + 2].tag_ == "$")

    @staticmethod
    def _words_after(doc: Doc, tok: Token, end: int) -> Span:
        """The two tokens after a figure (``tok``, its last token) and its unit (ending at ``end``), past
        a bracketed figure: "15 officers more than", "56 (4%) more than last year"."""
        i = tok.i + 1
        while i < len(doc) and doc[i].idx < end:
            i += 1
        if i < len(doc) and doc[i].text == "(":
            close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
            if close is not None and any(t.like_num for t in doc[i + 1:close]):
                i = close + 1
        return doc[i:i + 2]

    def _head_nouns(self, span: Span) -> list[Token]:
        tok = span[-1]
        return [tok.head] if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nummod", "compound") else []

    def _counted_noun(self, doc: Doc, span: Span) -> tuple[str, int, str] | None:
        """The counted noun after a number, with its modifiers and coordinated nouns."""
        tok = span[-1]
        head = tok.head
        while head.like_num and head.i > tok.i and head.head.i != head.i \
                and not any(t.lower_ in ("to", "and", "or", "-", "–") for t in doc[tok.i + 1:head.i]):
            tok, head = head, head.head  # "4 hundred million people" (but not "1000 to 2000 hires")
        candidates = []
        if tok.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos") \
                and head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and head.i - tok.i <= 6:
            candidates.append(head)
        else:
            # linear fallback: skip change words and adjectives to the next noun
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 4 and doc[j].pos_ != "DET" \
                    and (doc[j].lower_ in self.unit_drop or doc[j].pos_ in ("ADJ",)):
                j += 1
            if j < len(doc) and doc[j].pos_ in ("NOUN",) and doc[j].lower_ not in ("per", "cent"):
                end_j = j
                while end_j + 1 < len(doc) and doc[end_j + 1].pos_ == "NOUN" and doc[end_j].dep_ == "compound":
                    end_j += 1
                candidates.append(doc[end_j])
        if not candidates and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in self.participle_nouns:
            candidates.append(doc[tok.i + 1])  # "all three accused", "the two deceased"
        if not candidates:
            return None
        head = candidates[0]
        while head.dep_ in ("nmod", "compound", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i \
                and head.head.i - tok.i <= 6:
            head = head.head  # "238 drink or drug drivers": the count is of drivers
        while not head.whitespace_ and head.i + 2 < len(doc) and doc[head.i + 1].text == "-" \
                and not doc[head.i + 1].whitespace_ and doc[head.i + 2].pos_ in ("NOUN", "PROPN"):
            head = doc[head.i + 2]  # "six co-defendants", tokenised "co" "-" "defendants" with "co" as the noun
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "times":
            head = doc[tok.i + 1]
        if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                and doc[tok.i + 2].is_alpha and doc[tok.i + 2].pos_ in ("NOUN", "PROPN") and head.i > tok.i + 2:
            word = doc[tok.i + 2]  # "a 310-bed hospital", "a seven-count indictment": the count is of beds, counts
            return word.text, word.idx + len(word.text), (word.text, word.i)
        if head.lower_ == "times" and head.i - tok.i <= 2:
            return "times", head.idx + len(head.text), ("times", head.i)
        if any(t.is_punct and t.text not in ("-",) + _OPEN_QUOTES + _CLOSE_QUOTES or t.like_num for t in doc[tok.i + 1:head.i]):
            return None  # (a quote mark may open the noun: '22 "priority zones"')
        if not head.is_alpha or head.lower_ in ("per", "cent", "percent"):
            return None
        if head.ent_type_ == "DATE" and head.lower_ in DATE_WORDS:
            return None  # "rose 12% to 1,400 last year": "last year" is when, not what is counted
        if head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_:
            return None
        words = [t for t in doc[tok.i + 1:head.i + 1] if not t.is_punct]
        while words and words[0].lower_ in self.unit_drop:
            words = words[1:]
        if not words:
            return None
        end_tok = head
        # coordinated nouns without their own number: "officers and staff"
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i - head.i <= 4]
        if conj:
            c = conj[0]
            between = doc[head.i + 1:c.i]
            if all(t.lower_ in ("and", "or", "&") or t.pos_ in ("ADJ", "NOUN") for t in between) \
                    and not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in doc[head.i + 1:c.i + 1]) \
                    and not any(ch.like_num for ch in c.children):
                end_tok = c
        if doc[tok.i + 1].text in _OPEN_QUOTES and end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].text in _CLOSE_QUOTES:
            end_tok = doc[end_tok.i + 1]  # the span runs to the closing mark
        unit_text = re.sub(r'\s*["“”]\s*', " ", doc[words[0].i:end_tok.i + 1].text).strip()
        return unit_text, end_tok.idx + len(end_tok.text), (head.text, head.i)

    def _elided_unit(self, doc: Doc, span: Span, sent: Span, added: list[dict], heads: dict[int, tuple],
                     loose: bool = False) -> str | None:
        """The unit of a bare number: "63 of those arrested", "the number of X", or the last count."""
        tok = span[-1]
        predicate = _predicate_noun(tok)
        if predicate:
            return predicate  # "142 were men and 54 were women"
        partitive = self._partitive_antecedent(doc, span, sent, added, heads)
        if partitive:
            return partitive
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        earlier = [c for c in added[-RECENT_CLAIMS:] if sent.start_char <= c["start"] < span.start_char and id(c) in heads]
        last_head = heads[id(earlier[-1])][0] if earlier else None
        before = doc[span.start - 1] if span.start >= 1 else None
        hedged = self.ctx.qualifier_before(doc_text(doc)[max(sent.start_char, span.start_char - 40):span.start_char])
        if not hedged and (before is None or before.lower_ not in self.elided_list_words):
            last_head = None  # a bare number takes the last count's noun only inside a list or comparison
        if nxt is not None and nxt.lower_ == "of" and tok.i + 2 < len(doc):
            obj = doc[tok.i + 2]
            if obj.lower_ in self.partitive_dets:
                if last_head:
                    return last_head
                return self._of_phrase(doc, tok, sent)
        number_of = self._number_of(sent, before=span.start)
        if number_of:
            return number_of
        if last_head:
            return last_head
        number_of = self._number_of(sent, before=None)
        if number_of:
            return number_of
        prev = FigureContext._previous_sentence(doc, sent)
        if prev is not None and loose:  # "a further 500", "around 150" after "the number of X"
            return self._number_of(prev, before=None)
        return None

    @staticmethod
    def _of_phrase(doc: Doc, tok: Token, sent: Span) -> str | None:
        """The noun phrase a partitive count takes its unit from, after "of" at ``tok.i + 1``: up to
        its noun, without the whole it is counted from ("15 of the 20 suspects" -> "the suspects",
        "35m of its Echo devices last year" -> "its Echo devices")."""
        nxt = doc[tok.i + 1]
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and tok.i + 2 <= pobj.i < min(sent.end, tok.i + 10):
            # "35m of its Echo devices last year": up to the noun; "15 of the 20 suspects": not the 20
            last = pobj.i
            while pobj.pos_ == "PROPN" and last + 1 < sent.end and doc[last + 1].pos_ == "NOUN" \
                    and doc[last + 1].text[:1].islower():
                last += 1  # "two of their Medicare Advantage plans", parsed with "Advantage" as object
            while not doc[last].whitespace_ and last + 1 < sent.end and (doc[last + 1].is_alpha
                                                                          or doc[last + 1].text == "-"):
                last += 1  # "three of his co-conspirators", tokenised "co" "-" "conspirators"
            words = doc[tok.i + 2:last + 1]
            figure = [t.like_num and t.whitespace_ or t.tag_ == "$" and t.i + 1 < len(doc) and doc[t.i + 1].like_num
                      for t in words]  # "15 of the 20 suspects", "Ten million of the $40 million penalty"
            return "".join(t.text_with_ws for t, num in zip(words, figure) if not num).strip()
        words = []
        for t in doc[tok.i + 2:min(sent.end, tok.i + 12)]:
            glued = not doc[t.i - 1].whitespace_ and (t.text == "-" or doc[t.i - 1].text == "-")  # "15-year-old"
            if t.is_punct and not glued or t.pos_ in ("ADP", "AUX", "CCONJ") \
                    or not glued and sum(1 for w in words if w.whitespace_) >= 4:
                break
            words.append(t)
        if all(w.pos_ in ("DET", "PRON") or w.like_num for w in words):
            return None  # "Three of the six", "about 230 of them": what is said earlier
        return doc[words[0].i:words[-1].i + 1].text

    def _partitive_antecedent(self, doc: Doc, span: Span, sent: Span, added: list[dict],
                              heads: dict[int, tuple]) -> str | None:
        """"Nine of those charged", "Of those arrested, 94": the earlier count of people charged/arrested."""
        tok = span[-1]
        verb = None
        if tok.i + 3 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ in ("those", "them", "these"):
            verb = doc[tok.i + 3]
            ends = verb.i + 1 >= len(doc) or doc[verb.i + 1].is_punct or doc[verb.i + 1].is_space
            if doc[tok.i + 2].lower_ == "them" and verb.tag_ in ("NNS", "VBZ") and verb.is_lower \
                    and verb.text.endswith("s") and ends:
                return verb.text  # "74 firearms, 48 of them handguns": the kind named after "them" (not "... remains in")
        else:
            lead = doc_text(doc)[sent.start_char:span.start_char]
            if re.fullmatch(r"\W*of\s+(?:those|these|them)\s*,\s*", lead, re.I):
                earlier = [c for c in added[-RECENT_CLAIMS:] if c["start"] < span.start_char and c.get("unit")]
                return earlier[-1]["unit"] if earlier else None  # "…, to 318. Of those, 41 were upheld"
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
    def _subject_unit(tok: Token, plural: bool = False) -> str | None:
        """The subject of the change verb a bare figure belongs to: "Collisions ... rose from three to 12";
        with ``plural``, only a plural noun ("Referrals rose by 120", not "The number rose by 120")."""
        verb = tok
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        # a plural noun opening a sentence is sometimes tagged as a verb ("Referrals/VBZ rose by 120")
        doc = tok.doc
        # ... or, opening a line, a proper noun ("• Homicides/NNP fell from 31 to 22")
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                     and (c.pos_ == "NOUN" or c.tag_ == "VBZ" or _opening_plural(c))), None)
        if subj is None or plural and subj.tag_ not in ("NNS", "VBZ") and not _opening_plural(subj):
            return None
        left = [c for c in subj.lefts if c.dep_ in ("compound", "amod", "nmod")]
        conj = [c for c in subj.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i - subj.i <= 3]
        end = conj[0].i if conj else subj.i  # "Stop and searches rose by 6% to 41,372"
        return doc[(left[0].i if left else subj.i):end + 1].text

    @staticmethod
    def _number_of(sent: Span, before: int | None) -> str | None:
        """X in "the number of X" / "numbers of X" within ``sent`` (nearest before ``before``)."""
        found = None
        for t in sent:
            if before is not None and t.i >= before:
                break
            if t.lower_ in ("number", "numbers", "total") and t.i + 2 < sent.end and t.nbor().lower_ == "of":
                obj = [c for c in t.nbor().children if c.dep_ == "pobj"]
                if obj and obj[0].pos_ == "NOUN":
                    o = obj[0]
                    left = [c for c in o.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "DET"]
                    first = left[0].i if left else o.i
                    found = sent.doc[first:o.i + 1].text
        return found

    def _add_multipliers(self, doc: Doc, blocked: list[tuple[int, int]]) -> None:
        """"doubled" (2, increase), "tripled" (3), "halved" (2, decrease): unit ``times``."""
        # only a listed word or a "...fold" word can be a multiplier: look at those tokens only
        for i in token_indices(doc, LOWER, lambda s: s in self.multipliers or "fold" in s):
            t = doc[i]
            entry = self.multipliers.get(t.lower_)
            fold = _FOLD.fullmatch(t.lower_)
            if fold and entry is None:
                value = parse_number(fold.group(1))
                if value and value >= 2:
                    entry = [value, "increase"]
            elif entry is None or t.pos_ not in ("VERB", "AUX"):
                continue
            if entry is None:
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].text in ("-",):
                continue
            value, direction = entry
            start = t.idx
            hedge = self.ctx.qualifier_before(doc_text(doc)[max(t.sent.start_char, t.idx - 40):t.idx])
            if hedge:
                start -= len(hedge[1])
            add_claim(doc, "quantity", start, t.idx + len(t.text), f"{COMPONENT}:multiplier",
                      value=float(value), unit="times", qualifier=hedge[0] if hedge else "exact", direction=direction,
                      baseline=self.ctx.baseline(doc, t.sent, t.idx, t.idx + len(t.text)))


    def _add_comparison_multipliers(self, doc: Doc) -> None:
        """"more than twice the legal limit" (2 times, lower bound), "twice as many": unit ``times``,
        no direction (a comparison, like "four times the limit"); "stabbed twice" is no figure."""
        text = doc_text(doc)
        for i in token_indices(doc, LOWER, lambda s: s in self.comparison_multipliers):
            t = doc[i]
            if i + 1 >= len(doc) or doc[i + 1].lower_ not in self.comparison_followers:
                continue
            if i + 2 < len(doc) and (doc[i + 2].lower_ in self.time_units or doc[i + 2].lower_ in DATE_WORDS):
                continue  # "called twice that week": occasions
            start = t.idx
            hedge = self.ctx.qualifier_before(text[max(t.sent.start_char, t.idx - 40):t.idx])
            if hedge:
                start -= len(hedge[1])
            add_claim(doc, "quantity", start, t.idx + len(t.text), f"{COMPONENT}:multiplier",
                      value=float(self.comparison_multipliers[t.lower_]), unit="times",
                      qualifier=hedge[0] if hedge else "exact", direction=None, baseline=None)


MONTHS = frozenset(load_data("patterns/dates.json")["months"])  # the month names the dates component reads
DATE_WORDS = frozenset(load_data("patterns/quantities.json")["date_entity_words"])
RELATIVE_DATE_LEADS = frozenset(load_data("patterns/quantities.json")["relative_date_leads"])
CODES = {"GBP", "USD", "EUR", "AUD", "NZD", "CAD", "times", "fraction"}


@Language.factory(
    COMPONENT,
    default_config={"patterns": "patterns/quantities.json", "units": "patterns/units.json",
                    "number_words": "patterns/number_words.json"},
)
def make_quantities(nlp: Language, name: str, patterns: str, units: str, number_words: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, patterns, units, number_words)
