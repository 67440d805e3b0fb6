"""Shared number parsing: find and read the numbers written in a text.

Numbers come as digits with separators and decimals ("3,200", "0.3"), as words
("eight", "twenty-five", "Eighty three", "a dozen"), with a scale ("1.5 million",
"£1.2m", "14k") or as fractions ("a third", "half"). The word lists live in
``models/patterns/number_words.json``.

Example:
    >>> finder = NumberFinder()
    >>> [(m.text, m.value) for m in finder.find("Officers seized 1.5 million pounds and eight cars.")]
    [('1.5 million', 1500000.0), ('eight', 8.0)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .base import entries, load_data

CURRENCIES = "patterns/units.json"  # currency signs and codes are listed once, with the quantities' units

DEFAULT_WORDS = "patterns/number_words.json"


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: its characters, value and how it was written.

    ``kind`` is ``digits``, ``words`` or ``fraction``; ``suffix`` is a scale
    suffix glued to digits ("m" in "£1.2m"), applied to ``value`` only when
    ``suffix_applied``.
    """

    start: int
    end: int
    text: str
    value: float
    kind: str
    suffix: str | None = None
    suffix_applied: bool = False


@lru_cache(maxsize=4)
def number_words(path: str = DEFAULT_WORDS) -> dict:
    """The number word lists (cached).

    >>> number_words()["tens"]["twenty"]
    20
    """
    return load_data(path)


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def words_to_number(text: str, path: str = DEFAULT_WORDS) -> float | None:
    """The value of a number written in words, or None.

    >>> words_to_number("twenty-five"), words_to_number("Eighty three"), words_to_number("a dozen")
    (25.0, 83.0, 12.0)
    >>> words_to_number("one hundred and twenty"), words_to_number("two million")
    (120.0, 2000000.0)
    """
    w = number_words(path)
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word in ("a", "an", "and", ""):
            continue
        if word in w["units"]:
            current += w["units"][word]
        elif word in w["tens"]:
            current += w["tens"][word]
        elif word in w["collectives"]:
            current = max(current, 1) * w["collectives"][word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in w["scale_words"]:
            total += max(current, 1) * w["scale_words"][word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def parse_number(text: str, path: str = DEFAULT_WORDS) -> float | None:
    """The value of one written number (digits, words, scales, fractions), or None.

    >>> parse_number("3,200"), parse_number("0.3"), parse_number("1.5 million")
    (3200.0, 0.3, 1500000.0)
    >>> parse_number("£1.2m"), parse_number("14k"), parse_number("a third")
    (1200000.0, 14000.0, 0.3333333333333333)
    >>> parse_number("hundreds") is None
    True
    """
    w = number_words(path)
    s = text.strip().lower().lstrip("£$€").strip()
    if s in w["not_figures"]:
        return None
    m = re.fullmatch(r"([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*([a-z]*)", s)
    if m and m.group(1) and any(c.isdigit() for c in m.group(1)):
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if not scale:
            return value
        factor = w["scale_words"].get(scale) or w["scale_suffixes"].get(scale)
        return value * factor if factor else None
    parts = s.replace("-", " ").split()
    if parts and parts[-1] in w["fractions"]:
        count = words_to_number(" ".join(parts[:-1]), path) if len(parts) > 1 else 1.0
        if len(parts) > 1 and parts[0] in ("a", "an"):
            count = 1.0
        return None if count is None else count * w["fractions"][parts[-1]]
    if len(parts) > 1 and re.fullmatch(r"\d[\d,.]*", parts[0]):
        head = parse_number(parts[0], path)
        rest = words_to_number(" ".join(parts[1:]), path)
        return None if head is None or rest is None else head * rest
    return words_to_number(s, path)


YEAR_LIKE = re.compile(r"(1[89]|2[01])\d\d")  # "2019": a year, not a count

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


def _and_a_half(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Join "two and a half" (a number, then the fraction "half" after "and a") into one mention.

    >>> m = _and_a_half("two and a half months", [NumberMention(0, 3, "two", 2.0, "words"),
    ...                                          NumberMention(8, 14, "a half", 0.5, "fraction")])
    >>> [(x.text, x.value) for x in m]
    [('two and a half', 2.5)]
    """
    out: list[NumberMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "fraction" and m.text.lower() == "a half" and prev.kind != "fraction" \
                and re.fullmatch(r"\s+and\s+", text[prev.end:m.start], re.I):
            out[-1] = NumberMention(prev.start, m.end, text[prev.start:m.end], prev.value + 0.5, prev.kind,
                                    prev.suffix, prev.suffix_applied)
            continue
        out.append(m)
    return out


class NumberFinder:
    """Finds the numbers in a text with one compiled regular expression.

    A glued lower-case "m" scales only after a currency sign or code ("£1.2m",
    "USD10m", "EUR 50m"), so "7m" stays 7 here (the quantities component decides
    from the parse whether "35m calls" means millions); "k", "bn", "mn" and a
    capital "M" always scale. Digits glued to a currency code are numbers too.

    >>> f = NumberFinder()
    >>> [(m.text, m.value) for m in f.find("A total of £1.2m and 14k fans, a third of them")]
    [('1.2m', 1200000.0), ('14k', 14000.0), ('a third', 0.3333333333333333)]
    >>> [m.text for m in f.find("Hundreds of officers and dozens of staff")]
    []
    >>> [(m.text, m.value) for m in f.find("Cash of USD10m, EUR 50m and $A82,615 but not AB12 or 7m")]
    [('10m', 10000000.0), ('50m', 50000000.0), ('82,615', 82615.0), ('7', 7.0)]
    """

    def __init__(self, path: str = DEFAULT_WORDS):
        self.path = path
        w = number_words(path)
        word = _alternation(list(w["units"]) + list(w["tens"]) + ["hundred"] + list(w["scale_words"]))
        word_run = rf"(?:{word})(?:(?:[ \t]+|-)(?:{word})|[ \t]+and[ \t]+(?:{word}))*"
        collective = rf"(?:(?:an?|{word})[ \t]+)(?:{_alternation(w['collectives'])})"
        fraction = (rf"(?:(?:an?|one|two|three|four|five|six|seven|nine)(?:[ \t]+|-)"
                    rf"(?:{_alternation(w['fractions'])})|(?<![\w-])half)")
        a_scale = r"an?[ \t]+(?:hundred|thousand|million|billion)"
        digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
        scale_word = _alternation(w["scale_words"])
        suffix = _alternation(w["scale_suffixes"])
        currencies = load_data(CURRENCIES)["currencies"]
        prefixes = list(currencies["symbols"])  # the signs and codes money is written with
        folded = list(entries(currencies["ascii_folded"]))
        codes = [c for c in prefixes + folded if c[-1].isalpha()]  # "USD10m", "$A82,615", "PS6m": glued letters
        after_code = "".join(f"|(?<={re.escape(c)})" for c in codes)
        signs = [c for c in prefixes if not c[0].isalpha()]  # "$", "£": may follow a word, "more than$1.5m"
        self.money_before = re.compile(rf"(?:(?<![A-Za-z])(?:{_alternation(prefixes + folded)})|(?<![A-Z])"
                                       rf"(?:{_alternation(signs)}))(?: ?|[-−])$")  # not "FORM 5m"
        self.regex = re.compile(
            r"(?P<sci>(?<![\w.,])\d+(?:\.\d+)?[ \t]?[×x][ \t]?10(?:\^|\*\*)?[−-]?\d{1,3}(?![\w.]))|"
            r"(?P<dfrac>(?<![\w.,/:-])[1-9]\d?[/⁄][1-9]\d{0,2}(?![\w/⁄.:-]|,\d))|"
            rf"(?P<digits>(?:(?<![\w.,:/]){after_code})(?>{digits})(?![:/]\d)(?:(?:[ \t]+|-)(?:{scale_word})\b){{0,2}})(?P<suffix>(?:{suffix})(?![A-Za-z]))?"
            rf"|(?<![\w-])(?P<collective>{collective})\b"
            rf"|(?<![\w-])(?P<fraction>{fraction})\b(?!-)"
            rf"|(?<![\w-])(?P<ascale>{a_scale})\b"
            rf"|(?<![\w-])(?P<words>{word_run})\b(?![\w'’])",
            re.IGNORECASE,
        )
        self.multiples = {"hundred", "thousand", "million", "billion", "trillion"}

    def find(self, text: str) -> list[NumberMention]:
        """Every number in ``text`` in order (a suffix "m"/"bn" scales money only)."""
        out: list[NumberMention] = []

        def money(start: int, end: int) -> bool:
            return start > 0 and self.money_before.search(text[max(0, start - 4):start]) is not None

        for m in self.regex.finditer(text):
            if m.group("digits"):
                start, end = m.span("digits")
                value = parse_number(m.group("digits"), self.path)
                if value is None:
                    continue
                suffix = m.group("suffix")
                applied = False
                if suffix and (suffix.lower() in ("k", "bn", "mn") or suffix == "M" or money(start, end)):
                    factor = parse_number("1" + suffix.lower(), self.path)
                    if factor:
                        value, end, applied = value * factor, m.end(), True
                out.append(NumberMention(start, end, text[start:end], value, "digits",
                                         suffix.lower() if suffix else None, applied))
            elif m.group("sci"):  # "2.998×10−8", "6 x 10^23": scientific notation
                mantissa, exponent = re.fullmatch(r"([\d.]+)\s?[×x]\s?10(?:\^|\*\*)?([−-]?\d+)",
                                                  m.group("sci")).groups()
                value = float(f"{mantissa}e{exponent.replace('−', '-')}")
                out.append(NumberMention(m.start(), m.end(), m.group(0), value, "digits"))
            elif m.group("dfrac"):
                num, den = (int(x) for x in re.split(r"[/⁄]", m.group("dfrac")))
                if num < den:  # "1/2", "1⁄32"; "7/4" is not written as a fraction, and "24/7" is a slogan
                    out.append(NumberMention(m.start(), m.end(), m.group(0), num / den, "fraction"))
            elif m.group("fraction"):
                value = parse_number(m.group("fraction"), self.path)
                if value is not None:
                    out.append(NumberMention(m.start(), m.end(), m.group(0), value, "fraction"))
            else:
                out.extend(self._word_mentions(text, m))
        return _and_a_half(text, out)

    def _word_mentions(self, text: str, m: re.Match) -> list[NumberMention]:
        """Split a run like "five and six" (two numbers) but keep "one hundred and five"."""
        out, start = [], m.start()
        pieces = re.split(r"([ \t]+and[ \t]+)", m.group(0), flags=re.IGNORECASE)
        chunk, chunk_start, pos = "", start, start
        for i, piece in enumerate(pieces):
            if i % 2 == 1:
                last = chunk.lower().split()[-1] if chunk.split() else ""
                nxt = pieces[i + 1].lower().split()[0] if i + 1 < len(pieces) and pieces[i + 1].split() else ""
                if last in self.multiples and nxt not in self.multiples:
                    chunk += piece
                else:
                    value = words_to_number(chunk, self.path)
                    if value is not None:
                        out.append(NumberMention(chunk_start, chunk_start + len(chunk), chunk, value, "words"))
                    chunk_start = pos + len(piece)
                    chunk = ""
            else:
                chunk += piece
            pos += len(piece)
        value = words_to_number(chunk, self.path)
        if chunk and value is not None:
            out.append(NumberMention(chunk_start, chunk_start + len(chunk), chunk, value, "words"))
        return out
