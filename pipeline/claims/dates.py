"""``claims_dates``: calendar references, resolved to ISO values.

Spans come from regular expressions built from the word lists in
``models/patterns/dates.json`` (explicit dates in UK and US order, month-year,
bare years and months, weekdays, holidays, relative words such as "last week",
financial years and spans of years); spaCy's DATE entities confirm bare years
and months. Each span is resolved against ``doc._.published``:

* a day ``YYYY-MM-DD``, a week ``YYYY-Www`` ("last week"), a month ``YYYY-MM``
  ("July 2016", "last month", "9-15 October"), a year ``YYYY`` ("last year");
* a date written without a year takes the year that puts it nearest the
  publication date on the side the tense points to (before it, unless the
  clause that governs the date speaks of the future: "will", "due to",
  "until"; a future cue in another clause, as in "pleaded guilty in February
  and is scheduled to be sentenced", does not count) and that agrees with its
  weekday, if one is written; in a range ("between 25 March and 14 April
  2013", "from June through August last year") it borrows the end's year, and
  a range of two yearless dates runs forward; a recurring date ("every Monday",
  "every year in November") stays null, but "each weekend between Memorial Day
  and Labor Day" repeats inside one summer and resolves;
* "last weekend", "this weekend", "next weekend" are ISO weeks (the weekend's
  Saturday's week; "this weekend" told in the past is the weekend just gone);
* a relative word beside an explicit date ("today, Friday, 15 December") gives
  two claims with the same value;
* holidays resolve like dates, movable ones ("Memorial Day", "Good Friday") by
  their rule for the chosen year;
* with no publication date, a weekday + day + month takes the latest year (not
  after today) in which the weekday agrees, as ``pipeline.metadata`` does for
  date lines, and "today" beside it sets the day for the other relative words;
* financial years and spans of years resolve to null, and so does anything that
  cannot be placed (no year, no weekday and no publication date).

Numeric dates ("04/03/2022") are resolved by dateparser in the order (day
first or month first) the release's written dates show, cached per text+order.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "The scheme opens today, Monday, 4 March. Arrests rose compared with last year.",
    ...                    published="2024-03-04"))
    >>> [(doc.text[c["start"]:c["end"]], c["date_value"]) for c in claims_of(doc, "date")]
    [('today', '2024-03-04'), ('Monday, 4 March', '2024-03-04'), ('last year', '2023')]
"""
from __future__ import annotations

import datetime
import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .base import add_claim, claims_of, doc_text, load_data

__all__ = ["DateClaims", "parse_published", "month_by_offset", "claims_of"]

DATEPARSER_CACHE_SIZE = 4096  # dateparser answers kept per component; the oldest goes first beyond this

_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@dataclass
class Candidate:
    """One date span found in the text, with its parts as far as they are written."""

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


def parse_published(published: str | None) -> tuple[dt.date | None, int | None, int | None]:
    """The publication (day, year, month) from an ISO string; missing parts are None.

    >>> parse_published("2023-12-15")
    (datetime.date(2023, 12, 15), 2023, 12)
    >>> parse_published("2016-08")
    (None, 2016, 8)
    >>> parse_published(None)
    (None, None, None)
    """
    if not published:
        return None, None, None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None, None, None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = dt.date(year, month, int(m.group(3))) if m.group(3) and month else None
    return day, year, month


def holiday_date(year: int, name: str, movable: dict, easter_offsets: dict) -> dt.date:
    """The date of a holiday that moves: the nth (or last) weekday of a month, or Easter-based.

    >>> holiday_date(2024, "Memorial Day", {"Memorial Day": (5, "last", 0)}, {})
    datetime.date(2024, 5, 27)
    >>> holiday_date(2024, "Good Friday", {}, {"Good Friday": -2})
    datetime.date(2024, 3, 29)
    """
    if name in easter_offsets:
        from dateutil.easter import easter

        return easter(year) + dt.timedelta(days=easter_offsets[name])
    month, nth, weekday = movable[name]
    first = dt.date(year, month, 1)
    if nth == "last":
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def weekday_year(month: int, day: int, weekday: int, today: dt.date, search_back: int = 30) -> int | None:
    """With no year and no publication date: the latest year, not after ``today``, in which
    the day falls on the written weekday (the policy of ``pipeline.metadata`` for date lines).

    >>> weekday_year(12, 15, 4, datetime.date(2026, 11, 21))   # "Friday, 15 December"
    2023
    """
    for year in range(today.year, today.year - search_back, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and d <= today:
            return year
    return None


def month_by_offset(month: int, offset: int, pub_year: int | None, pub_month: int | None) -> str | None:
    """ "last February" (offset -1): that month's most recent occurrence before the publication
    month; "next February" (offset 1): its first occurrence after it. Null without a month.

    >>> month_by_offset(2, -1, 2018, 1), month_by_offset(2, -1, 2018, 3), month_by_offset(6, -1, 2018, 6)
    ('2017-02', '2018-02', '2017-06')
    >>> month_by_offset(2, 1, 2018, 1), month_by_offset(1, 1, 2018, 1), month_by_offset(2, 1, 2018, None)
    ('2018-02', '2019-01', None)
    """
    if pub_year is None or pub_month is None:
        return None
    if offset < 0:
        year = pub_year if month < pub_month else pub_year - 1
    else:
        year = pub_year if month > pub_month else pub_year + 1
    return f"{year:04d}-{month:02d}"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cased(words) -> str:
    """Names written with a capital (or in capitals): "March", "MARCH", not "march"."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return _alternation(forms)


def _iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


class DateClaims:
    """The ``claims_dates`` component: finds date spans and resolves them.

    >>> import spacy
    >>> dc = DateClaims()
    >>> doc = spacy.blank("en")("Officers were called on Monday, 3 May 2021 and again in June.")
    >>> [(doc.text[c.start:c.end], c.kind) for c in dc.find(doc)]
    [('Monday, 3 May 2021', 'day_month'), ('June', 'month')]
    """

    def __init__(self, patterns: str = "patterns/dates.json", today: dt.date | None = None):
        data = load_data(patterns)
        self.today = today  # for tests; the clock's date otherwise
        self.weekday_search_back = int(data["weekday_year_search_back"])
        self.months = dict(data["months"])
        self.weekdays = dict(data["weekdays"])
        wd_all = {**data["weekday_abbreviations"], **self.weekdays}
        self.weekdays_all = wd_all
        self.relative = {k: tuple(v) for k, v in data["relative"].items()}
        self.relative_not_after = tuple(data["relative_not_after"])
        self.year_only_from_text = set(data["relative_year_only_from_text"])
        self.holidays = {k: tuple(v) for k, v in data["holidays"].items()}
        self.movable_holidays = {k: tuple(v) for k, v in data["movable_holidays"].items()}
        self.easter_holidays = dict(data["easter_holidays"])
        self.temporal_before = set(data["temporal_words_before"])
        self.ambiguous_months = set(data["ambiguous_bare_months"])
        self.ambiguous_month_before = set(data["ambiguous_month_words_before"])
        self.recurring = [(w.strip(), re.compile(rf"(?<!\w){re.escape(w.strip())}(?!\w)", re.I))
                          for w in data["recurring_markers"]]  # "every year", "every " (then the next word)
        self.yearly_markers = set(data["yearly_recurring_markers"])
        self.yearly_words = set(data["yearly_recurring_words"])
        self.clause_climb = set(data["clause_climb_deps"])
        self.past_offsets = dict(data["past_reading_offsets"])
        self.subclause_deps = set(data["subclause_deps"])
        self.future = tuple(data["future_markers"])
        self.future_words_before = set(data["future_words_before"])
        self.name_words = set(data["name_words_before_year"])
        self.determiners = set(data["determiners_before_named_year"])
        self.generic_before = set(data["generic_words_before"])
        self.reference_before = set(data["reference_words_before"])
        self.excluded_wd_prefixes = set(data["excluded_weekday_prefixes"])
        self.generic_weekday_before = set(data["generic_weekday_words_before"])
        self.month_relative_words = dict(data["month_relative_words"])
        self.fiscal_abbreviations = tuple(data["fiscal_abbreviations"])
        self.fiscal_word_year = re.compile(rf"(?:{_alternation(data['fiscal_words_before_year'])})\s+\d")
        self.modifier_years = tuple(data["year_modifier_range"])
        self.modifier_determiners = set(data["determiners_before_year_modifier"])
        self.count_before = set(data["count_words_before"])
        self.not_year_nouns = set(data["not_year_nouns_after"])
        self.year_plural_nouns = set(data["year_plural_nouns"])
        self.event_days = {(m, d): y for m, d, y in data["event_days"]}
        self.event_after = re.compile(rf"^(?:th)?\s+(?:{_alternation(data['event_words_after'])})\b")
        self.event_before = re.compile(rf"\b(?i:{_alternation(data['event_words_before'])})\s+(?:the\s+)?$")
        numeric_before = _alternation(data["event_numeric_words_before"])
        self.event_numeric_before = re.compile(rf"\b(?i:{numeric_before})\s+(?:the\s+)?$")
        self.event_name_after = re.compile(rf"^(?:th)?\s+(?:{_alternation(data['event_name_words_after'])})\b")
        self._dateparser_cache: dict[tuple[str, str], dt.date | None] = {}

        short_months = [k for k in self.months if any(o != k and o.startswith(k) for o in self.months)]
        full_months = [k for k in self.months if k not in short_months]
        mon = rf"(?P<mon>{_cased(full_months)}|(?:{_cased(short_months)})\.?)"
        wd = rf"(?:(?P<wd>{_cased(wd_all)})\.?,?\s+(?:the\s+)?)?"
        year = rf"(?:,?\s+(?P<year>{_YEAR}))?"
        left = r"(?<![\w£$€.,/:-])"
        right = r"(?![\w%])"
        prefixes = _alternation(data["period_prefixes"])
        connectors = _alternation(data["range_connectors"])
        fiscal = _alternation(data["fiscal_words"])
        fiscal_mod = _alternation(data["fiscal_modifiers"])
        fiscal_abbr = _alternation(data["fiscal_abbreviations"])
        fiscal_before = _alternation(data["fiscal_words_before_year"])
        title_months = _alternation(w.capitalize() for w in full_months)
        lists = _alternation(data["list_connectors"])
        holiday_names = _alternation(list(self.holidays) + list(self.movable_holidays) + list(self.easter_holidays))
        span_years = rf"{_YEAR}\s*[-–/]\s*(?:{_YEAR}|\d{{2}})"
        day_gap = r"(?:\s+|(?<=\.)(?=\d))"  # "Nov. 6" and "Nov.6"
        day_end = r"(?![\w%]|\s*[-–]\s*\d|:\d)"
        month_rel = _alternation(self.month_relative_words)
        glued = r"(?<![A-Z\d£$€.,/:-])"  # a lower-case letter may touch the month: "onMarch31"
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("fiscal_year", re.compile(
                rf"(?i:(?:the\s+)?(?:{fiscal_mod})\s+(?:{fiscal}))(?!\s*{_YEAR})"
                rf"|(?i:(?:the\s+)?(?:{fiscal}))\s+{span_years}"
                rf"|{left}{span_years}\s+(?i:{fiscal})"
                rf"|(?i:(?:the\s+)?(?:{fiscal}))\s+{_YEAR}(?![\w-])"
                rf"|(?i:(?:the\s+)?(?:{fiscal}))\s+\((?:{fiscal_abbr})\)\s+{_YEAR}(?![\w-])"  # "fiscal year (FY) 2016"
                rf"|(?<!\w)(?:{fiscal_abbr})\s?(?:{span_years}|{_YEAR})(?![\w-])"  # "FY 2017", "FY2017"
                rf"|(?<!\w)(?:{fiscal_abbr})\s?[’']?\d{{2}}(?:\s*[-–/]\s*\d{{2}})?(?![\w-])"  # "FY17", "FY 17-18"
                rf"|(?<!\w)(?:{fiscal_before})\s+(?:{span_years}|{_YEAR})(?![\w-])")),  # "fiscal 2009"
            ("day_range", re.compile(
                rf"{left}(?P<day>{_DAY})\s*[-–]\s*(?P<day2>{_DAY})(?:\s+of)?\s+{mon}{year}{right}")),
            ("day_range", re.compile(
                rf"{left}{mon}\s+(?P<day>{_DAY})\s*[-–]\s*(?P<day2>{_DAY}){year}{right}")),
            ("day_month", re.compile(rf"{left}{wd}(?P<day>{_DAY})(?:\s+of)?\s+{mon}{year}{right}")),
            ("month_day", re.compile(rf"{left}{wd}{mon}{day_gap}(?P<day>{_DAY}){year}{day_end}")),
            # a month glued to the word before it ("sentenced onApril 28, 2009"): a day or year must follow
            ("month_day", re.compile(rf"(?<=[a-z])(?P<mon>{title_months})\s+(?P<day>{_DAY}){year}{day_end}")),
            ("month_year", re.compile(rf"(?<=[a-z])(?P<mon>{title_months})(?:\s+of)?,?\s+(?P<year>{_YEAR}){right}")),
            # a month glued to its day or year ("onMarch31, 2010", "June1", "from April2008"): full names only
            ("month_day", re.compile(rf"{glued}(?P<mon>{title_months})(?P<day>{_DAY}){year}{day_end}")),
            ("month_year", re.compile(rf"{glued}(?P<mon>{title_months})(?P<year>{_YEAR}){right}")),
            ("month_of", re.compile(rf"(?i:(?:for\s+)?the\s+month\s+of)\s+{mon}{year}{right}")),
            ("month_year", re.compile(
                rf"(?:(?i:(?P<prefix>{prefixes}))[-\s]+)?{mon}(?:\s+of)?,?\s+(?P<year>{_YEAR}){right}")),
            ("month_relative", re.compile(rf"{mon}\s+(?:of\s+)?(?P<rel>(?i:last|this|next)\s+year){right}")),
            ("month_last", re.compile(
                rf"(?<![\w-])(?P<rel>(?i:{month_rel}))\s+(?P<mon>{_cased(full_months)})(?!\w|\s*,?\s*\d)")),
            ("numeric", re.compile(
                rf"{left}(?:\d{{1,2}}/\d{{1,2}}/(?:{_YEAR}|\d{{2}})|{_YEAR}-[01]\d-[0-3]\d){right}")),
            ("holiday", re.compile(rf"(?<!\w)(?:{holiday_names})(?!\w)")),
            ("event", re.compile(r"(?<![\w/.-])(?P<md>\d{1,2}/\d{1,2})(?![\w/-])")),  # "since 9/11"
            ("year_span", re.compile(rf"{left}{span_years}{right}")),
            ("relative", re.compile(rf"(?<![\w-])(?i:{_alternation(self.relative)})(?![\w-])")),
            ("year", re.compile(rf"(?:(?i:(?P<prefix>{prefixes}))[-\s]+)?{left}(?P<year>{_YEAR}){right}(?!\s*[-–/]\s*\d)")),
            ("weekday", re.compile(rf"(?:(?i:(?P<rel>last|next|this))\s+)?(?<!\w)(?P<wd>{_cased(self.weekdays)})(?!\w)")),
            ("month", re.compile(rf"(?<!\w)(?P<mon>{_cased(full_months)})(?!\w)")),
        ]
        self.connector_gap = re.compile(rf"^\s*(?:{connectors})\s*(?:the\s+)?$")
        self.list_gap = re.compile(rf"^\s*,\s*(?:(?:{lists})\s+)?$|^\s+(?:{lists})\s+$")
        self.day_list_year = re.compile(
            rf"(?:\s*,\s*(?:(?:{lists})\s+)?{_DAY}(?!\d)|\s+(?:{lists})\s+{_DAY}(?!\d))+\s*,?\s+(?P<year>{_YEAR})(?!\d)")
        self.future_phrase_before = re.compile(
            rf"(?i:\b(?:{_alternation(data['future_phrases_before'])}))"
            rf"(?:\s+[\w’',.-]+){{0,{int(data['future_phrase_max_gap_words'])}}}\s+$")
        self.beside_gap = re.compile(r"^[\s,()\-–—:]*(?:/[A-Z]+/)?[\s,()\-–—:]*$")
        chain_sep = rf"\s*(?:,\s*(?:(?:{lists})\s+)?|[-–/]|\s(?:{connectors})\s)\s*"
        self.year_chain_after = re.compile(rf"(?:{chain_sep}{_YEAR}(?!\d)|\s*[-–/]\s*\d{{2}}(?!\d))*")
        self.year_chain_before = re.compile(rf"(?:(?<![\w£$€.,/:-]){_YEAR}{chain_sep})+$")

    # ------------------------------------------------------------------ finding
    def find(self, doc: Doc, text: str | None = None) -> list[Candidate]:
        """Candidate spans in text order, longest first where they overlap.
        ``text`` is ``doc.text`` if the caller has it (``Doc.text`` is rebuilt on every read)."""
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

    def _word_before(self, text: str, start: int, n: int = 1) -> str:
        window = re.split(r"[.!?;:\n]\s", text[max(0, start - 40):start] + " ")[-1]
        words = re.findall(r"[\w’'-]+", window)
        return " ".join(words[-n:]) if words else ""

    def _date_entity_at(self, date_ents: list[tuple[int, int]], start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in date_ents)

    def _temporal_context(self, text: str, start: int, end: int, date_ents: list[tuple[int, int]]) -> bool:
        before1 = self._word_before(text, start, 1).lower()
        before2 = self._word_before(text, start, 2).lower()
        before3 = self._word_before(text, start, 3).lower()
        if before1 in self.temporal_before or before2 in self.temporal_before or before3 in self.temporal_before:
            return True
        return self._date_entity_at(date_ents, start, end)

    def _named_year(self, text: str, start: int, end: int) -> bool:
        """A year inside a name: "Criminal Justice Act 1988", "the 2019 Annual Report"."""
        before = self._word_before(text, start, 1)
        if before in self.name_words:
            return True
        if before == "of" and self._word_before(text, start, 2).split()[0] in self.name_words:
            return True  # "the Crime Control Act of 1994"
        after = re.match(r"[ ]+([A-Z][\w’'-]*)", text[end:end + 30])
        if after and after.group(1).lower() not in self.months:
            # "the 2019 Annual Report", "the force's 2023-24 Quarter 2 report"; not "In 2019 Police ..."
            return before.lower() not in self.temporal_before
        return False

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
            if abbreviated and self._named_year(text, start, end):
                return None  # "the FY 2017 Budget": a name (its bare year is skipped too: see reference_before)
            return Candidate(start, end, kind, null=True)
        if kind == "day_range":
            return Candidate(start, end, kind, year=year, month=month, grain="month")
        if kind in ("day_month", "month_day"):
            if kind == "month_day" and g["mon"].lower().rstrip(".") in self.ambiguous_months and not (year or weekday):
                if not g["mon"][0].isupper() or g["mon"].isupper():
                    return None
            event = self.event_day(text, start, end, month, day) if year is None else None
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
            return Candidate(start, end, kind, extras={"raw": m.group()})
        if kind == "event":
            month, day = map(int, g["md"].split("/"))
            event = self.event_day(text, start, end, month, day)
            if event != "event":
                return None  # "9/11" read only beside an event word; "3/4" is no date
            return self._event_candidate(start, end, month, day, event)
        if kind == "holiday":
            name = m.group()
            if name in self.holidays:
                hm, hd = self.holidays[name]
                return Candidate(start, end, kind, month=hm, day=hd)
            return Candidate(start, end, kind, extras={"holiday": name})
        if kind == "year_span":
            if self._named_year(text, start, end) or re.match(r"[:.]\d\d", text[end:end + 3]):
                return None  # "Posted Nov. 18, 2025 - 10:30 a.m.": a year, then a clock time
            if not (self._temporal_context(text, start, end, date_ents)
                    or self.year_modifier(doc, text, start, end, int(text[start:start + 4]))):
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
            if self._named_year(text, ystart, end) or self._word_before(text, ystart).lower() in self.reference_before:
                return None
            if self.year_modifier(doc, text, ystart, end, year):
                return Candidate(start, end, kind, year=year, grain="year")  # "the 2009 shooting"
            if not g.get("prefix") and not self._temporal_context(text, ystart, end, date_ents):
                return None
            if self._followed_by_noun(doc, text, end):
                return None
            return Candidate(start, end, kind, year=year, grain="year")
        if kind == "weekday":
            if self._word_before(text, m.start("wd"), 1) in self.excluded_wd_prefixes:
                return None
            if not g.get("rel") and self._word_before(text, start, 1).lower() in self.generic_weekday_before:
                return None  # "can't sleep on a Saturday night": any such day, no date
            rel = (g.get("rel") or "").lower()
            return Candidate(start, end, kind, weekday=weekday, extras={"rel": rel})
        if kind == "month":
            if self._word_before(text, start, 1).lower() in self.generic_before:
                return None
            if g["mon"].lower() in self.ambiguous_months and (
                    self._word_before(text, start, 1).lower() not in self.ambiguous_month_before):
                return None
            if not self._temporal_context(text, start, end, date_ents):
                return None
            day = re.match(r"\.?\s*(\d{1,2})(?!\d)", text[end:end + 4])
            if day and self.event_day(text, start, end + day.end(), month, int(day.group(1))) is not None:
                return None  # the month of "the September 11th Victim Compensation Fund"
            return Candidate(start, end, kind, month=month, grain="month")
        return None

    def _after_determiner(self, text: str, start: int) -> bool:
        """ "last"/"next" read as an adjective, not a pointer to a date: "over the last year"."""
        before = text[max(0, start - 12):start].lower()
        return any(before.endswith(w + " ") for w in self.relative_not_after)

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
        >>> dc = DateClaims()
        >>> doc = nlp(make_doc(nlp, "He admitted the 2009 shooting and Section 1956 violations."))
        >>> [dc.year_modifier(doc, doc.text, doc.text.index(y), doc.text.index(y) + 4, int(y)) for y in ("2009", "1956")]
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
        before = self._word_before(text, start)
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
        if self._word_before(text, start).lower() in self.modifier_determiners:
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

    def event_day(self, text: str, start: int, end: int, month: int | None, day: int | None) -> str | None:
        """A day written without a year that names an event: "event" beside an event word ("the
        September 11 attacks", "since 9/11"), "name" inside a name ("the 9/11 Commission"), else None.

        >>> dc = DateClaims()
        >>> text = "He planned the September 11 attacks. He was arrested on September 11."
        >>> dc.event_day(text, 15, 27, 9, 11), dc.event_day(text, 56, 68, 9, 11)
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

    def _event_candidate(self, start: int, end: int, month: int, day: int, event: str) -> Candidate | None:
        """The event's own date ("the September 11 attacks": 2001-09-11), or none inside a name."""
        if event == "name":
            return None
        return Candidate(start, end, "event", year=self.event_days[(month, day)], month=month, day=day)

    def _followed_by_noun(self, doc: Doc, text: str, end: int) -> bool:
        """A number counting the noun after it ("2000 officers") is a quantity, not a year;
        "in 2018 deputies recovered ..." (the number is not a modifier of the noun) is a year."""
        span = doc.char_span(end, min(len(text), end + 40), alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        if tok.idx < end or not (tok.is_lower and tok.pos_ == "NOUN" and text[end:tok.idx] == " "):
            return False
        number = doc[tok.i - 1] if tok.i > 0 else None
        return number is None or number.dep_ == "nummod" or number.head.i == tok.i

    # --------------------------------------------------------------- resolving
    def resolve(self, doc: Doc, cands: list[Candidate], text: str | None = None) -> None:
        """Fill each candidate's ``value`` (in place), using the neighbours where needed."""
        pub_day, pub_year, pub_month = parse_published(doc._.published)
        text = doc_text(doc) if text is None else text
        order = self._date_order(cands)
        for c in cands:
            if c.kind == "month_relative" and pub_year:
                c.year = pub_year + c.offset  # "August last year": a range's start borrows it
        self.borrow_years(cands, text)
        text_years = {c.year for c in cands if c.year and c.kind in ("day_month", "month_day")}
        for c in cands:
            if c.null:
                continue
            c.value = self._value(c, doc, text, pub_day, pub_year, pub_month, order, text_years)
        self.order_ranges(cands, text)
        # a weekday or relative word beside an explicit date shares its value
        for a, b in zip(cands, cands[1:]):
            if not self.beside_gap.match(text[a.end:b.start]):
                continue
            pair = {a.kind, b.kind}
            if "relative" in pair and pair & {"day_month", "month_day", "weekday", "numeric"}:
                rel, other = (a, b) if a.kind == "relative" else (b, a)
                if self.relative[rel.extras["phrase"]][0] != "day":
                    continue
                if other.value and other.kind != "weekday" and len(other.value) == 10:
                    rel.value = other.value  # the written date wins over the publication date
                elif rel.value and (not other.value or other.kind == "weekday"):
                    other.value = rel.value
        self._weekdays_from_text(cands, pub_day)
        if pub_day is None:
            self._relatives_from_today(doc, cands, text_years)

    def borrow_years(self, cands: list[Candidate], text: str) -> None:
        """A date without a year takes the year written later in the same phrase (in place):
        the end of a range ("between 25 March and 14 April 2013"), of a list ("April 14,
        June 9, and Sept. 16, 2010", "in May or June 2013") or of a list of days
        ("Oct. 16, 26 and 27, 2015"). An earlier month than the end's goes to the year before.

        >>> dc = DateClaims()
        >>> text = "On 3 March, 9 June and 1 July 2019 and Oct. 16, 26 and 27, 2015."
        >>> cands = [Candidate(3, 10, "day_month", month=3, day=3), Candidate(12, 18, "day_month", month=6, day=9),
        ...          Candidate(23, 34, "day_month", year=2019, month=7, day=1),
        ...          Candidate(39, 46, "month_day", month=10, day=16)]
        >>> dc.borrow_years(cands, text)
        >>> [c.year for c in cands]
        [2019, 2019, 2019, 2015]
        """
        for c in cands:
            if c.year is None and c.kind == "month_day":
                m = self.day_list_year.match(text, c.end)
                if m:
                    c.year = int(m.group("year"))
                    c.extras["borrowed"] = True
        for a, b in reversed(list(zip(cands, cands[1:]))):
            if a.year is not None or not a.month or not b.year or b.kind == "event":
                continue
            gap = text[a.end:b.start]
            if not (self.connector_gap.match(gap) or (b.kind != "year" and self.list_gap.match(gap))):
                continue
            a.year = b.year
            if b.month and (a.month, a.day or 1) > (b.month, b.day or 31):
                a.year = b.year - 1
            a.extras["borrowed"] = True

    def order_ranges(self, cands: list[Candidate], text: str) -> None:
        """A range of two dates without a year ends after it starts (in place): when the
        inferred values run backwards, the end moves a year on, or, in a sentence told in the
        past, the start moves a year back.

        >>> dc = DateClaims()
        >>> text = "the summer between Memorial Day and Labor Day"
        >>> a = Candidate(19, 31, "holiday", value="2025-05-26", extras={"holiday": "Memorial Day", "future": False})
        >>> b = Candidate(36, 45, "holiday", value="2024-09-02", extras={"holiday": "Labor Day", "future": False})
        >>> dc.order_ranges([a, b], text)
        >>> a.value, b.value
        ('2025-05-26', '2025-09-01')
        """
        for a, b in zip(cands, cands[1:]):
            if not (self._inferred(a) and self._inferred(b) and len(a.value) == len(b.value) and b.value < a.value):
                continue
            gap = text[a.end:b.start]
            if not self.connector_gap.match(gap) or (
                    gap.strip() == "and" and self._word_before(text, a.start).lower() != "between"):
                continue  # "in June and March" is a list, not a range
            if a.extras.get("future", False) is None:
                a.value = self._value_in_year(a, int(a.value[:4]) - 1)
            else:
                b.value = self._value_in_year(b, int(b.value[:4]) + 1)

    def _inferred(self, c: Candidate) -> bool:
        """A value whose year was inferred (not written, not borrowed, no weekday to agree with)."""
        return (c.value is not None and c.year is None and c.weekday is None
                and c.kind in ("month", "day_month", "month_day", "holiday"))

    def _value_in_year(self, c: Candidate, year: int) -> str | None:
        if "holiday" in c.extras:
            return holiday_date(year, c.extras["holiday"], self.movable_holidays, self.easter_holidays).isoformat()
        if c.grain == "month":
            return f"{year:04d}-{c.month:02d}"
        try:
            return dt.date(year, c.month, c.day).isoformat()
        except ValueError:
            return None

    def _date_order(self, cands: list[Candidate]) -> str:
        us = sum(1 for c in cands if c.kind == "month_day")
        uk = sum(1 for c in cands if c.kind == "day_month")
        return "MDY" if us > uk else "DMY"

    def _value(self, c, doc, text, pub_day, pub_year, pub_month, order, text_years) -> str | None:
        sentence = self._sentence_text(doc, c.start).lower()
        if c.kind == "numeric":
            d = self._dateparse(c.extras["raw"], order)
            return d.isoformat() if d else None
        if c.kind == "relative":
            if c.extras["phrase"] in self.past_offsets and pub_day and pub_day.weekday() < 5 and (
                    self.told_in_past(doc, c.start)):
                c.offset = self.past_offsets[c.extras["phrase"]]  # "the deaths we saw this weekend"
            return self._relative(c, pub_day, pub_year, pub_month, text_years)
        if c.kind == "month_relative":
            return f"{pub_year + c.offset}-{c.month:02d}" if pub_year else None
        if c.kind == "month_last":
            return month_by_offset(c.month, c.offset, pub_year, pub_month)
        if c.grain == "year":
            return f"{c.year:04d}"
        if c.year is None and self.recurring_before(
                sentence[: max(0, c.start - self._sentence_start(doc, c.start))], c.kind):
            return None  # "every year in November", "every Monday"
        scheduled = self.scheduled_before(text, c.start)
        cue = scheduled or self.future_cue(doc, c.start, sentence)
        if c.kind == "weekday":
            return self._weekday(c, pub_day, cue or self.scheduled_present(doc, c.start))
        year = c.year
        future = cue or (
            self._word_before(text, c.start).lower() in self.future_words_before and not self._past_tense(doc, c.start))
        if not future and self._past_tense(doc, c.start) and self._word_before(text, c.start).lower() not in (
                "until", "till", "by", "before"):
            future = None  # the sentence is told in the past: a date without a year is before publication
        c.extras["future"] = future
        if c.grain == "month":
            if year is None:
                year = self._infer_year(c.month, 1, None, pub_day, pub_year, pub_month, future=future)
            return f"{year:04d}-{c.month:02d}" if year else None
        if "holiday" in c.extras:  # a holiday whose day moves from year to year
            build = lambda y: holiday_date(y, c.extras["holiday"], self.movable_holidays, self.easter_holidays)  # noqa: E731
            year = self._infer_year(None, None, None, pub_day, pub_year, pub_month, future=future, build=build)
            return build(year).isoformat() if year else None
        if year is None:
            year = self._infer_year(c.month, c.day, c.weekday, pub_day, pub_year, pub_month, future=future)
        if year is None and pub_year is None and c.weekday is not None and c.day:
            year = weekday_year(c.month, c.day, c.weekday, self.today or dt.date.today(), self.weekday_search_back)
        if year is None:
            return None
        try:
            return dt.date(year, c.month, c.day).isoformat()
        except ValueError:
            return None

    def _sentence_start(self, doc: Doc, char: int) -> int:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0].sent.start_char if span is not None and len(span) else 0

    def _sentence_text(self, doc: Doc, char: int) -> str:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0].sent.text if span is not None and len(span) else ""

    def _relative(self, c, pub_day, pub_year, pub_month, text_years) -> str | None:
        grain, offset = c.grain, c.offset
        if grain == "year":
            if pub_year:
                return f"{pub_year + offset:04d}"
            if c.extras["phrase"] in self.year_only_from_text and len(text_years) == 1:
                return f"{next(iter(text_years)):04d}"
            return None
        if grain == "month" and pub_year and pub_month:
            y, mth = divmod(pub_year * 12 + (pub_month - 1) + offset, 12)
            return f"{y:04d}-{mth + 1:02d}"
        if pub_day is None:
            return None
        if grain == "week":
            return _iso_week(pub_day + dt.timedelta(weeks=offset))
        if grain == "day":
            return (pub_day + dt.timedelta(days=offset)).isoformat()
        return None

    def _weekday(self, c, pub_day, cue: bool = False) -> str | None:
        if pub_day is None:
            return None
        rel = c.extras.get("rel")
        future = cue or rel == "next"
        delta = (c.weekday - pub_day.weekday()) % 7
        if future:
            d = pub_day + dt.timedelta(days=delta + (7 if rel == "next" and delta == 0 else 0))
        else:
            d = pub_day - dt.timedelta(days=(pub_day.weekday() - c.weekday) % 7)
            if rel == "last" and d == pub_day:
                d -= dt.timedelta(days=7)
        return d.isoformat()

    def _relatives_from_today(self, doc: Doc, cands: list[Candidate], text_years) -> None:
        """With no publication day, "today, Friday, 15 December" tells it: resolve the other
        relative words ("last year", "yesterday") against that day."""
        today = next((c.value for c in cands if c.kind == "relative" and c.value and len(c.value) == 10
                      and c.extras["phrase"] == "today"), None)
        if today is None:
            return
        day = dt.date.fromisoformat(today)
        for c in cands:
            if c.kind == "relative" and not c.value:
                c.value = self._relative(c, day, day.year, day.month, text_years)

    def _weekdays_from_text(self, cands: list[Candidate], pub_day) -> None:
        """With no publication day, a lone weekday takes the one full date in the text on that weekday."""
        if pub_day is not None:
            return
        full = {}
        for c in cands:
            if c.kind in ("day_month", "month_day") and c.value and len(c.value) == 10:
                full.setdefault(dt.date.fromisoformat(c.value).weekday(), set()).add(c.value)
        for c in cands:
            if c.kind == "weekday" and not c.value and len(full.get(c.weekday, ())) == 1:
                c.value = next(iter(full[c.weekday]))

    def scheduled_before(self, text: str, start: int) -> bool:
        """A date fixed for an event to come, by the words just before it ("Sentencing is set
        for", "has been scheduled for", "listed for trial on"): it points to the future even in a
        sentence told in the past.

        >>> dc = DateClaims()
        >>> text = "He pleaded guilty and sentencing has been set for Aug. 17. He was arrested on 4 May."
        >>> dc.scheduled_before(text, text.index("Aug.")), dc.scheduled_before(text, text.index("4 May"))
        (True, False)
        """
        window = text[max(0, start - 80):start].split("\n")[-1]
        return bool(self.future_phrase_before.search(window))

    def _past_tense(self, doc: Doc, char: int) -> bool:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and any(t.tag_ == "VBD" for t in span[0].sent)

    def recurring_before(self, before: str, kind: str) -> bool:
        """A recurring marker in the sentence before a date without a year: "every year in
        November", "every Monday". A weekday recurs with any marker; a month, day or holiday
        only with a yearly one ("every year", "annually", "every November"), so "each weekend
        between Memorial Day and Labor Day" and "every officer ... by the end of March" stay
        single dates.

        >>> dc = DateClaims()
        >>> dc.recurring_before("checks are carried out every year in ", "month")
        True
        >>> dc.recurring_before("officers patrol each weekend between ", "holiday")
        False
        """
        for marker, pattern in self.recurring:
            for m in pattern.finditer(before):
                if kind == "weekday":
                    return True  # "every week on Monday", "every Monday"
                if marker in self.yearly_markers:
                    return True  # "every year in November"
                word = re.match(r"\s*([a-z]+)", before[m.end():].lower()) if " " not in marker else None
                if word and (word.group(1) in self.months or word.group(1) in self.yearly_words):
                    return True  # "every November", "every Christmas"; not "every officer", "every month"
        return False

    def clause_text(self, doc: Doc, char: int) -> str | None:
        """The clause that governs the date at ``char``, lower-cased with spaces between tokens:
        from the date up to its verb, then up through ``clause_climb_deps`` ("is scheduled to be
        sentenced on") and from a verb with no subject or auxiliary of its own to the clause it
        hangs on ("will be arrested and charged in June", "will receive ... when sentenced on
        December 20"), without the clauses beside it that do not hold the date; None where no
        verb governs the date.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> dc = DateClaims()
        >>> doc = nlp(make_doc(nlp, "He pleaded guilty in February and will be sentenced in June."))
        >>> dc.clause_text(doc, doc.text.index("February")), dc.clause_text(doc, doc.text.index("June"))
        ('he pleaded guilty in february and .', 'will be sentenced in june')
        """
        tokens = self.clause_tokens(doc, char)
        return None if tokens is None else " ".join(t.lower_ for t in tokens)

    def clause_tokens(self, doc: Doc, char: int) -> list | None:
        """The tokens of :meth:`clause_text`, in text order."""
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        date_tok = span[0]
        verb = next((t for t in date_tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        while verb.head.i != verb.i and (verb.dep_ in self.clause_climb or self._shares_tense(verb)):
            verb = verb.head
        return sorted(self._clause_tokens(verb, date_tok), key=lambda t: t.i)

    def _clause_tokens(self, head, date_tok) -> list:
        """``head``'s subtree without the clauses hung on it that do not hold ``date_tok``."""
        out = [head]
        for child in head.children:
            if child.dep_ in self.subclause_deps and child is not date_tok and not child.is_ancestor(date_tok):
                continue
            out.extend(self._clause_tokens(child, date_tok))
        return out

    def future_cue(self, doc: Doc, char: int, sentence: str) -> bool:
        """A future marker ("will", "is scheduled", "due to") governs the date at ``char``: it
        stands in the date's own clause, or elsewhere in the sentence while the date's clause
        is not told in the simple past ("pleaded guilty in February and is scheduled to be
        sentenced"; but "plans to hire ... and has cancelled days off on Labor Day").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> dc = DateClaims()
        >>> doc = nlp(make_doc(nlp, "He pleaded guilty in February and is scheduled to be sentenced in June."))
        >>> [dc.future_cue(doc, doc.text.index(m), doc.text.lower()) for m in ("February", "June")]
        [False, True]
        """
        clause = self.clause_text(doc, char)
        if clause is not None and self._is_future(clause):
            return True
        return self._is_future(sentence) and not self.told_in_past(doc, char, perfect=False)

    def scheduled_present(self, doc: Doc, char: int) -> bool:
        """The clause governing the weekday at ``char`` is told in the simple present, as a
        timetable is ("Recruitment opens Monday", "He appears in court Friday"): the next such day.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "The trial begins Monday. He was arrested Friday."))
        >>> dc = DateClaims()
        >>> dc.scheduled_present(doc, doc.text.index("Monday")), dc.scheduled_present(doc, doc.text.index("Friday"))
        (True, False)
        """
        tokens = self.clause_tokens(doc, char) or []
        return any(t.tag_ in ("VBZ", "VBP") and t.pos_ == "VERB" and t.lemma_ not in ("be", "have", "do", "say")
                   for t in tokens) and not self.told_in_past(doc, char)

    def told_in_past(self, doc: Doc, char: int, perfect: bool = True) -> bool:
        """The clause governing the date at ``char`` is in the past tense ("saw", and with
        ``perfect`` "has seen").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "We saw 10 deaths this weekend and we will patrol next weekend."))
        >>> dc = DateClaims()
        >>> dc.told_in_past(doc, doc.text.index("this")), dc.told_in_past(doc, doc.text.index("next"))
        (True, False)
        """
        tokens = self.clause_tokens(doc, char) or []
        return any(t.tag_ == "VBD" or (perfect and t.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lemma_ == "have" for a in t.children)) for t in tokens)

    def _shares_tense(self, verb) -> bool:
        """A coordinated or adverbial verb with no subject or auxiliary of its own takes the
        tense of the verb it hangs on: "charged" in "will be arrested and charged"."""
        own = {"aux", "auxpass", "nsubj", "nsubjpass", "expl"}
        return verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBN", "VBG", "VB") and not any(
            c.dep_ in own for c in verb.children)

    def _is_future(self, sentence: str) -> bool:
        return any(f in f" {sentence.lower()} " for f in self.future)

    def _infer_year(self, month, day, weekday, pub_day, pub_year, pub_month, future=False, build=None) -> int | None:
        """The year that puts the date nearest the publication date, on the side the tense
        points to (before it, unless the sentence speaks of the future), agreeing with the
        weekday if one is written.

        >>> dc = DateClaims()
        >>> dc._infer_year(1, 1, None, datetime.date(2017, 10, 3), 2017, 10)   # "Since January"
        2017
        >>> dc._infer_year(1, 2, None, datetime.date(2017, 12, 28), 2017, 12)  # "on 2 January", days away
        2018
        """
        if pub_year is None:
            return None
        ref = pub_day or dt.date(pub_year, pub_month or 7, 15 if pub_month else 1)
        best = None
        for y in (pub_year - 1, pub_year, pub_year + 1):
            try:
                d = build(y) if build else dt.date(y, month, day or 1)
            except ValueError:
                continue
            if weekday is not None and d.weekday() != weekday:
                continue
            if future:
                dist = (d - ref).days if d >= ref else (ref - d).days * 3
            else:  # None: told in the past; False: no sign either way
                dist = (ref - d).days if d <= ref else (d - ref).days * (10 if future is None else 4)
            if best is None or dist < best[0]:
                best = (dist, y)
        return best[1] if best else None

    def _dateparse(self, raw: str, order: str) -> dt.date | None:
        key = (raw, order)
        if key not in self._dateparser_cache:
            import dateparser

            parsed = dateparser.parse(raw, languages=["en"], settings={
                "DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
            if len(self._dateparser_cache) >= DATEPARSER_CACHE_SIZE:
                del self._dateparser_cache[next(iter(self._dateparser_cache))]  # oldest first: bounded on long batches
            self._dateparser_cache[key] = parsed.date() if parsed else None
        return self._dateparser_cache[key]

    # ----------------------------------------------------------------- running
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cands = self.find(doc, text)
        self.resolve(doc, cands, text)
        for c in cands:
            add_claim(doc, "date", c.start, c.end, f"claims_dates:{c.kind}", date_value=c.value)
        return doc


@Language.factory("claims_dates", default_config={"patterns": "patterns/dates.json"})
def make_dates(nlp: Language, name: str, patterns: str) -> DateClaims:
    """Factory for :class:`DateClaims`."""
    return DateClaims(patterns)
