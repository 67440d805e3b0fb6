"""Finding date phrases for ``claims_dates``: the patterns and the spans they match.

:class:`DateFinder` builds its regular expressions from the word lists in
``models/patterns/dates.json`` (explicit dates in UK and US order, dates in figures, month-year,
bare years and months (not in a place's name: "May Street"), weekdays, holidays, relative words
such as "last week", financial years and spans of years) and turns each match into a
:class:`Candidate` with its parts as far as they are written, or drops it where the context says
it is no date (:class:`~pipeline.claims.date_context.DateContext`).
Resolving the candidates to values is ``date_resolution``'s job.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("The unit was set up in June 2019 and patrols every Monday.")
    >>> [(doc.text[c.start:c.end], c.kind, c.year, c.month) for c in DateFinder().find(doc)]
    [('June 2019', 'month_year', 2019, 6), ('Monday', 'weekday', None, None)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .base import doc_text, load_data
from .date_context import DateContext
from .date_text import DAY, YEAR, alternation, cased, numeric_date_pattern, word_before

__all__ = ["Candidate", "DateFinder", "order_of"]


def order_of(month_first: int, day_first: int) -> str:
    """ "MDY" where more written dates put the month first, else "DMY" (the UK order wins a tie).

    >>> order_of(2, 1), order_of(1, 1)
    ('MDY', 'DMY')
    """
    return "MDY" if month_first > day_first else "DMY"


@dataclass
class Candidate:
    """One date span found in the text, with its parts as far as they are written.

    >>> c = Candidate(23, 32, "month_year", year=2019, month=6, grain="month")   # "June 2019"
    >>> c.year, c.month, c.value   # the value is filled in by date_resolution
    (2019, 6, None)
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    grain: str = "day"
    offset: int = 0
    value: str | None = None
    null: bool = False
    extras: dict = field(default_factory=dict)


class DateFinder:
    """Finds date spans, from the word lists in ``patterns``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Officers were called on Monday, 3 May 2021 and again in June.")
    >>> [(doc.text[c.start:c.end], c.kind) for c in DateFinder().find(doc)]
    [('Monday, 3 May 2021', 'day_month'), ('June', 'month')]
    """

    def __init__(self, patterns: str = "patterns/dates.json"):
        data = load_data(patterns)
        self.context = DateContext(patterns)
        self.months = dict(data["months"])
        self.weekdays = dict(data["weekdays"])
        wd_all = {**data["weekday_abbreviations"], **self.weekdays}
        self.weekdays_all = wd_all
        self.relative = {k: tuple(v) for k, v in data["relative"].items()}
        self.relative_not_after = tuple(data["relative_not_after"])
        self.holidays = {k: tuple(v) for k, v in data["holidays"].items()}
        self.holiday_year_after = re.compile(rf"\s+(?:long\s+)?weekend\s+(?:in|of)\s+({YEAR})(?!\d)")
        self.ambiguous_months = set(data["ambiguous_bare_months"])
        self.ambiguous_month_before = set(data["ambiguous_month_words_before"])
        self.generic_before = set(data["generic_words_before"])
        self.excluded_wd_prefixes = set(data["excluded_weekday_prefixes"])
        self.generic_weekday_before = set(data["generic_weekday_words_before"])
        self.month_relative_words = dict(data["month_relative_words"])
        self.fiscal_abbreviations = tuple(data["fiscal_abbreviations"])
        self.fiscal_word_year = re.compile(rf"(?:{alternation(data['fiscal_words_before_year'])})\s+\d")
        self.month_place_after = re.compile(rf"\s+(?:{alternation(data['month_place_words_after'])})(?![\w'’])")

        short_months = [k for k in self.months if any(o != k and o.startswith(k) for o in self.months)]
        full_months = [k for k in self.months if k not in short_months]
        mon = rf"(?P<mon>{cased(full_months)}|(?:{cased(short_months)})\.?)"
        wd = rf"(?:(?P<wd>{cased(wd_all)})\.?,?\s+(?:the\s+)?)?"
        year = rf"(?:,?\s+(?P<year>{YEAR}))?"
        left = r"(?<![\w£$€.,/:-])"
        right = r"(?![\w%])"
        prefixes = alternation(data["period_prefixes"])
        fiscal = alternation(data["fiscal_words"])
        fiscal_mod = alternation(data["fiscal_modifiers"])
        fiscal_abbr = alternation(data["fiscal_abbreviations"])
        fiscal_before = alternation(data["fiscal_words_before_year"])
        title_months = alternation(w.capitalize() for w in full_months)
        holiday_names = alternation(list(self.holidays) + list(data["movable_holidays"]) + list(data["easter_holidays"])
                                    + list(data["locale_holidays"]))
        span_years = rf"{YEAR}\s*[-–/]\s*(?:{YEAR}|\d{{2}})"
        day_gap = r"(?:\s+|(?<=\.)(?=\d))"  # "Nov. 6" and "Nov.6"
        day_end = r"(?![\w%]|\s*[-–]\s*\d|:\d)"
        month_rel = alternation(self.month_relative_words)
        glued = r"(?<![A-Z\d£$€.,/:-])"  # a lower-case letter may touch the month: "onMarch31"
        numeric = numeric_date_pattern(data["numeric_date_forms"], self.months)
        time_after = data["numeric_date_time_after"]  # "2026-07-20T14:05:00-04:00": the date ends before "T"
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("fiscal_year", re.compile(
                rf"(?i:(?:the\s+)?(?:{fiscal_mod})\s+(?:{fiscal}))(?!\s*{YEAR})"
                rf"|(?i:(?:the\s+)?(?:{fiscal}))\s+{span_years}"
                rf"|{left}{span_years}\s+(?i:{fiscal})"
                rf"|(?i:(?:the\s+)?(?:{fiscal}))\s+{YEAR}(?![\w-])"
                rf"|(?i:(?:the\s+)?(?:{fiscal}))\s+\((?:{fiscal_abbr})\)\s+{YEAR}(?![\w-])"  # "fiscal year (FY) 2016"
                rf"|(?<!\w)(?:{fiscal_abbr})\s?(?:{span_years}|{YEAR})(?![\w-])"  # "FY 2017", "FY2017"
                rf"|(?<!\w)(?:{fiscal_abbr})\s?[’']?\d{{2}}(?:\s*[-–/]\s*\d{{2}})?(?![\w-])"  # "FY17", "FY 17-18"
                rf"|(?<!\w)(?:{fiscal_before})\s+(?:{span_years}|{YEAR})(?![\w-])")),  # "fiscal 2009"
            ("day_range", re.compile(
                rf"{left}(?P<day>{DAY})\s*[-–]\s*(?P<day2>{DAY})(?:\s+of)?\s+{mon}{year}{right}")),
            ("day_range", re.compile(
                rf"{left}{mon}\s+(?P<day>{DAY})\s*[-–]\s*(?P<day2>{DAY}){year}{right}")),
            ("day_month", re.compile(rf"{left}{wd}(?P<day>{DAY})(?:\s+of)?\s+{mon}{year}{right}")),
            ("month_day", re.compile(rf"{left}{wd}{mon}{day_gap}(?P<day>{DAY}){year}{day_end}")),
            # a month glued to the word before it ("sentenced onApril 28, 2009"): a day or year must follow
            ("month_day", re.compile(rf"(?<=[a-z])(?P<mon>{title_months})\s+(?P<day>{DAY}){year}{day_end}")),
            ("month_year", re.compile(rf"(?<=[a-z])(?P<mon>{title_months})(?:\s+of)?,?\s+(?P<year>{YEAR}){right}")),
            # a month glued to its day or year ("onMarch31, 2010", "June1", "from April2008"): full names only
            ("month_day", re.compile(rf"{glued}(?P<mon>{title_months})(?P<day>{DAY}){year}{day_end}")),
            ("month_year", re.compile(rf"{glued}(?P<mon>{title_months})(?P<year>{YEAR}){right}")),
            ("month_of", re.compile(rf"(?i:(?:for\s+)?the\s+month\s+of)\s+{mon}{year}{right}")),
            ("month_year", re.compile(
                rf"(?:(?i:(?P<prefix>{prefixes}))[-\s]+)?{mon}(?:\s+of)?,?\s+(?P<year>{YEAR}){right}")),
            ("month_relative", re.compile(rf"{mon}\s+(?:of\s+)?(?P<rel>(?i:last|this|next)\s+year){right}")),
            ("month_last", re.compile(
                rf"(?<![\w-])(?P<rel>(?i:{month_rel}))\s+(?P<mon>{cased(full_months)})(?!\w|\s*,?\s*\d)")),
            # "06.09.2026", "7.30.2026", "2026/06/23", "23-Apr-2026" (numeric_date_forms)
            ("numeric", re.compile(rf"{left}(?:{numeric})(?:(?![\w%]|[./:-]\d)|(?={time_after}))")),
            # "Easter", "last Easter", "Easter 2024", "Territory Day last year" (the year ends the span);
            # "Memorial Day weekend in 2025" (read below)
            ("holiday", re.compile(rf"(?:(?P<hrel>(?i:last))\s+)?(?<!\w)(?P<hname>{holiday_names})"
                                   rf"(?:\s+(?P<year>{YEAR})(?![\d,])|\s+(?P<hyear>(?:last|this|next)\s+year))?(?!\w)")),
            ("event", re.compile(r"(?<![\w/.-])(?P<md>\d{1,2}/\d{1,2})(?![\w/-])")),  # "since 9/11"
            ("year_span", re.compile(rf"{left}{span_years}{right}")),
            ("relative", re.compile(rf"(?<![\w-])(?i:{alternation(self.relative)})(?![\w-])")),
            ("year", re.compile(rf"(?:(?i:(?P<prefix>{prefixes}))[-\s]+)?{left}(?P<year>{YEAR}){right}(?!\s*[-–/]\s*\d)")),
            ("weekday", re.compile(rf"(?:(?i:(?P<rel>last|next|this))\s+)?(?<!\w)(?P<wd>{cased(self.weekdays)})(?!\w)")),
            ("month", re.compile(rf"(?<!\w)(?P<mon>{cased(full_months)})(?!\w)")),
        ]

    def find(self, doc: Doc, text: str | None = None) -> list[Candidate]:
        """Candidate spans in text order, longest first where they overlap.
        ``text`` is ``doc.text`` if the caller has it (``Doc.text`` is rebuilt on every read).

        >>> import spacy
        >>> doc = spacy.blank("en")("It ran from 4-10 March 2024.")
        >>> [(doc.text[c.start:c.end], c.kind) for c in DateFinder().find(doc)]
        [('4-10 March 2024', 'day_range')]
        """
        text = doc_text(doc) if text is None else text
        found: list[Candidate] = []
        date_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]  # read once: costly
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                cand = self._candidate(kind, m, doc, date_ents, text)
                if cand is not None:
                    found.append(cand)
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[Candidate] = []
        for c in found:
            if kept and c.start < kept[-1].end:
                continue
            kept.append(c)
        return kept

    def written_order(self, text: str) -> str:
        """The order a release's numeric dates follow: "MDY" where it writes more dates month first
        ("July 2") than day first ("2 July"), else "DMY". Needs no parse, so the date-line reader
        can use it before the pipeline runs (``claims_dates`` counts its candidates the same way).

        >>> finder = DateFinder()
        >>> finder.written_order("Arrested on Thursday, July 2, after a burglary on June 30."), finder.written_order("on 2 July")
        ('MDY', 'DMY')
        """
        counts = {"day_month": 0, "month_day": 0}
        for kind, rx in self.patterns:
            if kind in counts:
                counts[kind] += sum(1 for m in rx.finditer(text) if self._written_date(kind, m))
        return order_of(counts["month_day"], counts["day_month"])

    def _written_date(self, kind: str, m: re.Match) -> bool:
        """False for a lower-case or all-capital ambiguous month without a year or weekday ("may 5")."""
        g = m.groupdict()
        if kind == "month_day" and g["mon"].lower().rstrip(".") in self.ambiguous_months and not (g.get("year") or g.get("wd")):
            return g["mon"][0].isupper() and not g["mon"].isupper()
        return True

    def _candidate(self, kind: str, m: re.Match, doc: Doc, date_ents: list[tuple[int, int]],
                   text: str) -> Candidate | None:
        start, end = m.span()
        g = m.groupdict()
        month = self.months[g["mon"].lower().rstrip(".")] if g.get("mon") else None
        year = int(g["year"]) if g.get("year") else None
        day = int(re.match(r"\d+", g["day"]).group()) if g.get("day") else None
        weekday = self.weekdays_all[g["wd"].lower()] if g.get("wd") else None
        if kind == "fiscal_year":
            abbreviated = m.group().startswith(self.fiscal_abbreviations) or self.fiscal_word_year.match(m.group())
            if abbreviated and self.context.named_year(text, start, end):
                return None  # "the FY 2017 Budget": a name (its bare year is skipped too: see reference_before)
            return Candidate(start, end, kind, null=True)
        if kind == "day_range":
            return Candidate(start, end, kind, year=year, month=month, grain="month")
        if kind in ("day_month", "month_day"):
            if not self._written_date(kind, m):
                return None
            event = self.context.event_day(text, start, end, month, day) if year is None else None
            if event:
                return self._event_candidate(start, end, month, day, event)  # "the September 11 attacks"
            return Candidate(start, end, kind, year=year, month=month, day=day, weekday=weekday)
        if kind == "month_of":
            return Candidate(start, end, kind, year=year, month=month, grain="month")
        if kind == "month_year":
            return Candidate(start, end, kind, year=year, month=month, grain="month")
        if kind == "month_relative":
            _, offset = self.relative[re.sub(r"\s+", " ", g["rel"].lower())]
            return Candidate(start, end, kind, month=month, grain="month_of_year", offset=offset)
        if kind == "month_last":
            if self._after_determiner(text, start):
                return None  # "the last May Day", "over the next March"
            rel = g["rel"].lower()
            return Candidate(start, end, kind, month=month, grain="month", offset=self.month_relative_words[rel])
        if kind == "numeric":
            if self.context.reference_date(text, start):
                return None  # "quoting reference 147 of 12/05/26": the reference's code
            return Candidate(start, end, kind, extras={"raw": m.group()})
        if kind == "event":
            month, day = map(int, g["md"].split("/"))
            event = self.context.event_day(text, start, end, month, day)
            if event != "event":
                return None  # "9/11" read only beside an event word; "3/4" is no date
            return self._event_candidate(start, end, month, day, event)
        if kind == "holiday":
            name = g["hname"]
            if year is None and (ahead := self.holiday_year_after.match(text, end)):
                year = int(ahead.group(1))  # "the Memorial Day weekend in 2025": the year stays its own claim
            extras = {"rel": "last"} if g.get("hrel") else {}
            if g.get("hyear"):  # "Territory Day last year": that year's holiday
                extras["year_offset"] = self.relative[re.sub(r"\s+", " ", g["hyear"])][1]
            if name in self.holidays:
                hm, hd = self.holidays[name]
                return Candidate(start, end, kind, year=year, month=hm, day=hd, extras=extras)
            return Candidate(start, end, kind, year=year, extras={"holiday": name, **extras})
        if kind == "year_span":
            if self.context.table_header(text, start, end):
                return Candidate(start, end, kind, null=True)  # "Type    2024/25   2025/26"
            if self.context.named_year(text, start, end) or re.match(r"[:.]\d\d", text[end:end + 3]):
                return None  # "Posted Nov. 18, 2025 - 10:30 a.m.": a year, then a clock time
            if not (self.context.temporal_context(text, start, end, date_ents)
                    or self.context.year_modifier(doc, text, start, end, int(text[start:start + 4]))):
                return None
            return Candidate(start, end, kind, null=True)
        if kind == "relative":
            phrase = re.sub(r"\s+", " ", m.group().lower())
            if phrase.split()[0] in ("last", "this", "next") and self._after_determiner(text, start):
                return None
            grain, offset = self.relative[phrase]
            return Candidate(start, end, kind, grain=grain, offset=offset, extras={"phrase": phrase})
        if kind == "year":
            ystart = m.start("year")
            if self.context.table_header(text, ystart, end):
                return Candidate(start, end, kind, year=year, grain="year")  # "Motivation     2025    2024"
            if self.context.named_year(text, ystart, end) or (
                    word_before(text, ystart).lower() in self.context.reference_before):
                return None
            if self.context.year_modifier(doc, text, ystart, end, year):
                return Candidate(start, end, kind, year=year, grain="year")  # "the 2009 shooting"
            if not g.get("prefix") and not self.context.temporal_context(text, ystart, end, date_ents):
                return None
            if self.context.counts_noun(doc, text, ystart, end):
                return None
            return Candidate(start, end, kind, year=year, grain="year")
        if kind == "weekday":
            if word_before(text, m.start("wd"), 1) in self.excluded_wd_prefixes:
                return None
            if not g.get("rel") and word_before(text, start, 1).lower() in self.generic_weekday_before:
                return None  # "can't sleep on a Saturday night": any such day, no date
            rel = (g.get("rel") or "").lower()
            return Candidate(start, end, kind, weekday=weekday, extras={"rel": rel})
        if kind == "month":
            if word_before(text, start, 1).lower() in self.generic_before:
                return None
            if g["mon"].lower() in self.ambiguous_months and (
                    word_before(text, start, 1).lower() not in self.ambiguous_month_before):
                return None
            if not self.context.temporal_context(text, start, end, date_ents):
                return None
            if self.month_place_after.match(text, end):
                return None  # "in May Street", "across June Road": a place's name
            day = re.match(r"\.?\s*(\d{1,2})(?!\d)", text[end:end + 4])
            if day and self.context.event_day(text, start, end + day.end(), month, int(day.group(1))) is not None:
                return None  # the month of "the September 11th Victim Compensation Fund"
            return Candidate(start, end, kind, month=month, grain="month")
        return None

    def _after_determiner(self, text: str, start: int) -> bool:
        """ "last"/"next" read as an adjective, not a pointer to a date: "over the last year"."""
        before = text[max(0, start - 12):start].lower()
        return any(before.endswith(w + " ") for w in self.relative_not_after)

    def _event_candidate(self, start: int, end: int, month: int, day: int, event: str) -> Candidate | None:
        """The event's own date ("the September 11 attacks": 2001-09-11), or none inside a name."""
        if event == "name":
            return None
        return Candidate(start, end, "event", year=self.context.event_days[(month, day)], month=month, day=day)
