"""Reading the unit written next to a figure: money (a currency sign, code or word, pence) and
measures (a unit from ``models/patterns/units.json``, or a short word found in the unit table
precomputed from quantulum3's data). Used by the ``claims_quantities`` component.

>>> from pipeline.claims.numbers import NumberFinder
>>> text = "The gang laundered £3.4m and 500 euros."
>>> reader = UnitReader()
>>> [reader.currency(text, m, "USD")[0] for m in NumberFinder().find(text)]
['GBP', 'EUR']
"""
from __future__ import annotations

import re
from urllib.parse import urlparse

from spacy.tokens import Doc

from .base import doc_text, entries, load_data
from .figure_context import _phrases
from .numbers import NumberMention
from .unit_table import physical_unit

STOP_UNITS = frozenset(load_data("patterns/quantities.json")["not_unit_words"])  # never a unit after a number


def sentence_opening(text: str, start: int) -> bool:
    """True where ``start`` opens a sentence, a line or a quote ("A $5,000 reward is offered").

    >>> sentence_opening("Police said. A $5 fee", 13), sentence_opening("worth A $5 million", 6)
    (True, False)
    """
    prev = text[:start].rstrip(" \t")
    return not prev or prev[-1] in ".!?\"“”'(:;\n•*-–"


def _ordinal_st(digits: str) -> bool:
    """Does "st" after ``digits`` write an ordinal ("1st", "21st", "101st"; not "11st" or "12st")?

    >>> [_ordinal_st(d) for d in ("1", "21", "11", "12", "9")]
    [True, True, False, False, False]
    """
    n = int(digits) if digits.isdigit() else -1
    return n % 10 == 1 and n % 100 != 11


class UnitReader:
    """The money and measure units of ``units`` (a data file under ``models/``), read next to a figure."""

    def __init__(self, units: str = "patterns/units.json"):
        u = load_data(units)
        self.measures = set(u["measures"])
        self.metre_words = set(u["metre_words"])  # "5m long", "200m from": a glued "m" before them is metres
        self.glued_only = set(u["glued_only"])
        self.case_sensitive = entries(u["case_sensitive"])
        cur = u["currencies"]
        self.currency_symbols = cur["symbols"]
        self.article_signs = set(cur["article_signs"])  # "A $5,000 reward ...": the article, then a dollar sign
        self.currency_words = cur["words_after"]
        self.locales = {code: (loc["domains"], re.compile(rf"\b(?:{_phrases(loc['words'])})\b"))
                        for code, loc in u["dollar_locales"].items()}
        self.sterling = re.compile(r"£|\bGBP\b|\bsterling\b", re.I)
        self.symbol_before = re.compile(rf"(?:{_phrases(cur['symbols'])})(?:\s?|[-−])$")  # "$-50.8bn": signed
        self.folded = entries(cur["ascii_folded"])
        self.folded_before = re.compile(rf"(?<![\w])({_phrases(self.folded)})$")
        self.symbol_after = re.compile(rf"^ ?({_phrases(cur['symbols_after'])})")
        self.symbols_after = cur["symbols_after"]
        self.pence_after = re.compile(rf"^(?:({_phrases(cur['pence_words'])})(?![\w£$€])|\s+(pence)\b)")
        self.measure_after = re.compile(rf"^(\s?|-)({_phrases(self.measures)})(?![\w]|\.[A-Za-z])", re.I)
        self.rate_after = re.compile(rf"^\s+(?:per|an?)\s+(?:{_phrases(u['rate_denominators'])})\b"
                                    r"(?!\s+(?:ago|earlier|later|before|after|prior|previously)\b)", re.I)  # not "a week ago"
        # a rate per head of population: "per 100,000 residents", "for every 1,000 people", "per capita"
        base_noun = rf"(?:\s+(?:thousand|million))?\s+(?:[a-z]+\s+)?(?:{_phrases(u['rate_base_nouns'])})\b"
        self.rate_base_noun_after = re.compile(base_noun, re.I)  # what follows the number after "per"
        self.rate_base_before = re.compile(r"\b(?:per|for\s+every)\s+$", re.I)
        self.rate_base_after = re.compile(
            rf"\s+((?:per|for\s+every)\s+(?:\d{{1,3}}(?:,\d{{3}})+|\d+|one|a|ten|a\s+hundred|a\s+thousand|one\s+hundred)"
            rf"{base_noun}|per\s+capita\b)", re.I)
        self.currency_after = re.compile(rf"^\s+({_phrases(cur['words_after'])})\b", re.I)

    def dollar_unit(self, doc: Doc) -> str:
        """USD unless the source's domain or the text says Australia, New Zealand or Canada more
        often than it says the United States (a tie is USD).

        >>> import spacy
        >>> d = spacy.blank("en")("RCMP officers in Toronto seized $5,000.")
        >>> e = spacy.blank("en")("A Canadian citizen paid the U.S. Attorney's Office $5,000.")
        >>> UnitReader().dollar_unit(d), UnitReader().dollar_unit(e)
        ('CAD', 'USD')
        """
        host = urlparse(doc._.source or "").netloc.lower() if doc._.source else ""
        for code, (domains, _) in self.locales.items():
            if host and any(host.endswith(d) for d in domains):
                return code
        counts = {code: len(words.findall(doc_text(doc))) for code, (_, words) in self.locales.items()}
        code, n = max(counts.items(), key=lambda kv: kv[1])
        return code if n >= 1 and sorted(counts.values())[-2] < n else "USD"

    def pounds_weigh(self, doc: Doc, dollar: str) -> bool:
        """True where "pounds" in this release is a weight: an American release (its dollars are USD
        and it writes "$" or names the United States) that never writes "£", "GBP" or "sterling".

        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> us, uk = nlp("Agents seized 1,846 pounds and $5,000."), nlp("He stole 500 pounds and £20.")
        >>> UnitReader().pounds_weigh(us, "USD"), UnitReader().pounds_weigh(uk, "USD")
        (True, False)
        """
        text = doc_text(doc)
        if dollar != "USD" or self.sterling.search(text):
            return False
        return "$" in text or bool(self.locales["USD"][1].search(text))

    def currency(self, text: str, m: NumberMention, dollar: str,
                 pounds_weigh: bool = False) -> tuple[str, int, int, float] | None:
        """(unit, start, end, divisor) of a money figure: a sign or code before it ("£5", "USD 10m",
        "$A500", signed "$-50.8bn"), a sign after it ("1,200€"), a currency word ("500 euros") or pence ("164p", GBP
        1.64: ``divisor`` 100 turns pence into the main unit), else None."""
        before = text[max(0, m.start - 4):m.start]
        sym = self.symbol_before.search(before)
        if sym and not (sym.start() == 0 and m.start - 4 > 0 and text[m.start - 5].isalpha()) \
                and not (len(before) > sym.start() > 0 and before[sym.start() - 1].isalpha()
                         and (sym.group(0)[0].isalpha() or before[sym.start() - 1].isupper())):  # "than$1.5 million"
            if sym.group(0)[-1].isalpha() and re.fullmatch(r"\d", m.text):
                return None  # a code glued to one bare digit is a label: "Bank A (RM1)", a relationship manager
            sign, start = sym.group(0).rstrip("-−").strip(), m.start - len(sym.group(0))
            if sign in self.article_signs and sentence_opening(text, start):
                sign, start = "$", start + sym.group(0).index("$")
            code = self.currency_symbols[sign]
            end = m.end
            word = self.currency_after.match(text[m.end:m.end + 20])
            if word:
                end = m.end + word.end()
            return (dollar if code == "$" else code), start, end, 1.0
        folded = self.folded_before.search(before)
        if folded and m.kind == "digits" and (m.suffix_applied or " " in m.text or re.search(r"[.,]\d", m.text)):
            return self.folded[folded.group(1)], m.start - len(folded.group(1)), m.end, 1.0  # "PS6m", "PS21,700"
        if m.kind == "digits" and not m.suffix_applied:
            after_sym = self.symbol_after.match(text[m.end:m.end + 3])
            if after_sym:
                return self.symbols_after[after_sym.group(1)], m.start, m.end + after_sym.end(), 1.0
            pence = self.pence_after.match(text[m.end:m.end + 10])
            if pence:
                return "GBP", m.start, m.end + pence.end(), 100.0
        word = self.currency_after.match(text[m.end:m.end + 20])
        if word and word.group(1).lower().startswith("pound") \
                and (pounds_weigh or re.match(r"\s+of\b", text[m.end + word.end():])):
            return None  # "20 pounds of cannabis" is a weight, and so is "1,846 pounds" in an American release
        if word and m.kind != "fraction":
            code = self.currency_words[word.group(1).lower()]
            return (dollar if code == "$" else code), m.start, m.end + word.end(), 1.0
        return None

    @staticmethod
    def ordinal(m: NumberMention, glued: str) -> bool:
        """Do the letters ``glued`` to the digits of ``m`` make an ordinal that is also a unit ("21st",
        not "12st", 12 stone)?

        >>> from pipeline.claims.numbers import NumberFinder
        >>> [UnitReader.ordinal(NumberFinder().find(t)[0], "st") for t in ("the 21st", "weighs 12st")]
        [True, False]
        """
        return glued.lower() == "st" and _ordinal_st(m.text)

    def wrong_case(self, unit: str) -> bool:
        """True for a symbol whose case is part of the unit, written in the other case.

        >>> UnitReader().wrong_case("G"), UnitReader().wrong_case("g")
        (True, False)
        """
        right = self.case_sensitive.get(unit.lower())
        return right is not None and unit != right

    def measure(self, text: str, m: NumberMention) -> tuple[str, int] | None:
        """(unit, end) of a measure written after the figure ("2.3 kilograms", "450g", "9 ksi", a rate
        "95 miles per hour"), or None.

        >>> from pipeline.claims.numbers import NumberFinder
        >>> text = "Troopers found 2.3 kilograms of fentanyl."
        >>> UnitReader().measure(text, NumberFinder().find(text)[0])
        ('kilograms', 28)
        """
        after = text[m.end:m.end + 20]
        mm = self.measure_after.match(after)
        if mm:
            unit = mm.group(2)
            if mm.group(1) == " " and unit.lower() in self.glued_only or self.wrong_case(unit):
                return None
            if unit.lower() == "st" and (mm.group(1) or _ordinal_st(m.text)):
                return None  # "12st" is 12 stone, but "21st" is an ordinal
            end = m.end + mm.end()
            rate = self.rate_after.match(text[end:end + 20]) if len(unit) > 2 else None
            if rate:  # "95 miles per hour", "70 kilometres an hour": the rate is the unit
                return unit + rate.group(0), end + rate.end()
            return unit, end
        word = re.match(r"^\s?([A-Za-z/]{1,5})(?![\w]|\.[A-Za-z])", after)  # not "94 U.S. attorneys"
        if word and m.kind == "digits" and word.group(1).lower() not in STOP_UNITS:
            found = physical_unit(word.group(1))
            if found:
                return found, m.end + word.end()
        return None
