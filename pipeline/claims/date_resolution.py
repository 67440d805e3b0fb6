"""Resolving date phrases for ``claims_dates``: each :class:`~pipeline.claims.date_phrases.Candidate`
gets its ISO value, against ``doc._.published`` and its neighbours.

:class:`DateResolver` lends a date without a year the year written later in its range or list
("between 25 March and 14 April 2013"), infers the others' years from the publication date on
the side the tense points to (:class:`~pipeline.claims.date_tense.DateTense`), turns a range
that runs backwards forward, and gives a relative word beside an explicit date ("today,
Friday, 15 December") the written date. Numeric dates ("04/03/2022") are read by dateparser in
the order (day first or month first) the release's written dates show, cached per text+order.
The calendar arithmetic is in ``date_calendar``.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> from pipeline.claims.date_phrases import DateFinder
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "The crackdown ran between 28 March and 10 April 2016.", published="2016-06-01"))
    >>> cands = DateFinder().find(doc)
    >>> DateResolver().resolve(doc, cands)
    >>> [(doc.text[c.start:c.end], c.value) for c in cands]
    [('28 March', '2016-03-28'), ('10 April 2016', '2016-04-10')]
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from .base import doc_text, load_data
from .date_calendar import (holiday_date, infer_year, month_by_offset, parse_published, relative_date,
                            weekday_date, weekday_year)
from .date_phrases import Candidate, order_of
from .date_tense import DateTense
from .date_text import DAY, YEAR, alternation, word_before
from .holiday_calendars import HolidayCalendar

__all__ = ["DateResolver", "DATEPARSER_CACHE_SIZE"]

DATEPARSER_CACHE_SIZE = 4096  # dateparser answers kept per component; the oldest goes first beyond this


class DateResolver:
    """Resolves date candidates, from the word lists in ``patterns``; ``today`` (for tests,
    the clock's date otherwise) places a weekday date when there is no publication date.

    >>> from pipeline.nlp import shared, make_doc
    >>> from pipeline.claims.date_phrases import DateFinder
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "The plan is launched on Friday, 15 December."))   # no publication date
    >>> cands = DateFinder().find(doc)
    >>> DateResolver(today=dt.date(2026, 11, 21)).resolve(doc, cands)
    >>> [c.value for c in cands]
    ['2023-12-15']
    """

    def __init__(self, patterns: str = "patterns/dates.json", today: dt.date | None = None):
        data = load_data(patterns)
        self.today = today
        self.tense = DateTense(patterns)
        self.weekday_search_back = int(data["weekday_year_search_back"])
        self.year_only_from_text = set(data["relative_year_only_from_text"])
        self.past_offsets = dict(data["past_reading_offsets"])
        self.movable_holidays = {k: tuple(v) for k, v in data["movable_holidays"].items()}
        self.easter_holidays = dict(data["easter_holidays"])
        self.calendar = HolidayCalendar()  # a movable holiday where the release is from ("Labour Day" in Adelaide)
        connectors = alternation(data["range_connectors"])
        lists = alternation(data["list_connectors"])
        self.connector_gap = re.compile(rf"^\s*(?:{connectors})\s*(?:the\s+)?$")
        self.list_gap = re.compile(rf"^\s*,\s*(?:(?:{lists})\s+)?$|^\s+(?:{lists})\s+$")
        self.day_list_year = re.compile(
            rf"(?:\s*,\s*(?:(?:{lists})\s+)?{DAY}(?!\d)|\s+(?:{lists})\s+{DAY}(?!\d))+\s*,?\s+(?P<year>{YEAR})(?!\d)")
        self.beside_gap = re.compile(r"^[\s,()\-–—:]*(?:/[A-Z]+/)?[\s,()\-–—:]*$")
        self._dateparser_cache: dict[tuple[str, str], dt.date | None] = {}

    def resolve(self, doc: Doc, cands: list[Candidate], text: str | None = None) -> None:
        """Fill each candidate's ``value`` (in place), using the neighbours where needed: here
        the written date wins over the publication date for "today".

        >>> from pipeline.nlp import shared, make_doc
        >>> from pipeline.claims.date_phrases import DateFinder
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "The report was published today, Friday, 15 December.", published="2023-12-16"))
        >>> cands = DateFinder().find(doc)
        >>> DateResolver().resolve(doc, cands)
        >>> [(doc.text[c.start:c.end], c.value) for c in cands]
        [('today', '2023-12-15'), ('Friday, 15 December', '2023-12-15')]
        """
        pub_day, pub_year, pub_month = parse_published(doc._.published)
        text = doc_text(doc) if text is None else text
        order = _date_order(cands)
        for c in cands:
            if c.kind == "month_relative" and pub_year:
                c.year = pub_year + c.offset  # "August last year": a range's start borrows it
        self.borrow_years(cands, text)
        if any("holiday" in c.extras for c in cands):
            locale = self.calendar.locale(doc)
            for c in cands:
                c.extras["locale"] = locale
        text_years = {c.year for c in cands if c.year and c.kind in ("day_month", "month_day")}
        for c in cands:
            if c.null:
                continue
            c.value = self._value(c, doc, text, pub_day, pub_year, pub_month, order, text_years)
        self._last_holidays(cands, text, pub_day)
        self.order_ranges(cands, text)
        # a weekday or relative word beside an explicit date shares its value
        for a, b in zip(cands, cands[1:]):
            if not self.beside_gap.match(text[a.end:b.start]):
                continue
            pair = {a.kind, b.kind}
            if "relative" in pair and pair & {"day_month", "month_day", "weekday", "numeric"}:
                rel, other = (a, b) if a.kind == "relative" else (b, a)
                if rel.grain != "day":
                    continue
                if other.value and other.kind != "weekday" and len(other.value) == 10:
                    rel.value = other.value  # the written date wins over the publication date
                elif rel.value and (not other.value or other.kind == "weekday"):
                    other.value = rel.value
        self._weekdays_from_text(cands, pub_day)
        if pub_day is None:
            self._relatives_from_today(cands, text_years)

    def borrow_years(self, cands: list[Candidate], text: str) -> None:
        """A date without a year takes the year written later in the same phrase (in place):
        the end of a range ("between 25 March and 14 April 2013"), of a list ("April 14,
        June 9, and Sept. 16, 2010", "in May or June 2013") or of a list of days
        ("Oct. 16, 26 and 27, 2015"). An earlier month than the end's goes to the year before.

        >>> resolver = DateResolver()
        >>> text = "On 3 March, 9 June and 1 July 2019 and Oct. 16, 26 and 27, 2015."
        >>> cands = [Candidate(3, 10, "day_month", month=3, day=3), Candidate(12, 18, "day_month", month=6, day=9),
        ...          Candidate(23, 34, "day_month", year=2019, month=7, day=1),
        ...          Candidate(39, 46, "month_day", month=10, day=16)]
        >>> resolver.borrow_years(cands, text)
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

        >>> resolver = DateResolver()
        >>> text = "the summer between Memorial Day and Labor Day"
        >>> a = Candidate(19, 31, "holiday", value="2025-05-26", extras={"holiday": "Memorial Day", "future": False})
        >>> b = Candidate(36, 45, "holiday", value="2024-09-02", extras={"holiday": "Labor Day", "future": False})
        >>> resolver.order_ranges([a, b], text)
        >>> a.value, b.value
        ('2025-05-26', '2025-09-01')
        """
        for a, b in zip(cands, cands[1:]):
            if not (_inferred(a) and _inferred(b) and len(a.value) == len(b.value) and b.value < a.value):
                continue
            gap = text[a.end:b.start]
            if not self.connector_gap.match(gap) or (
                    gap.strip() == "and" and word_before(text, a.start).lower() != "between"):
                continue  # "in June and March" is a list, not a range
            if a.extras.get("future", False) is None:
                a.value = self._value_in_year(a, int(a.value[:4]) - 1)
            else:
                b.value = self._value_in_year(b, int(b.value[:4]) + 1)

    def holiday(self, c: Candidate, year: int) -> dt.date | None:
        """The date of the holiday ``c`` names in ``year``: where the release is from (its
        ``locale``, :class:`~pipeline.claims.holiday_calendars.HolidayCalendar`), else by the table.

        >>> c = Candidate(0, 10, "holiday", extras={"holiday": "Labour Day", "locale": ("AU", "SA")})
        >>> DateResolver().holiday(c, 2026), DateResolver().holiday(Candidate(0, 10, "holiday", extras={"holiday": "Labour Day"}), 2026)
        (datetime.date(2026, 10, 5), datetime.date(2026, 9, 7))
        """
        name = c.extras["holiday"]
        found = self.calendar.date(name, year, c.extras.get("locale"))
        if found is None and (name in self.movable_holidays or name in self.easter_holidays):
            found = holiday_date(year, name, self.movable_holidays, self.easter_holidays)
        return found  # None: a locale's holiday ("King's Birthday") in a release that names no country

    def _last_holiday(self, c: Candidate, pub_day: dt.date, mentions=()) -> str | None:
        """ "last Easter Monday": the latest one before publication, or the one before that where the
        release also speaks of that latest one by the bare name (``mentions``: the values of its
        mentions without "last" and without a written year). "47 drink drivers on Easter Monday, up
        from 31 last Easter Monday" is about this year's; where the bare name points ahead ("patrols
        on New Year's Eve" two days before it), "last New Year's Eve" is the one just gone.

        >>> text = "Police caught 47 drink drivers on Easter Monday, up from 31 last Easter Monday."
        >>> c = Candidate(text.index("last"), len(text) - 1, "holiday", extras={"holiday": "Easter Monday", "rel": "last"})
        >>> resolver = DateResolver()
        >>> resolver._last_holiday(c, dt.date(2026, 4, 8), {"2026-04-06"}), resolver._last_holiday(c, dt.date(2026, 4, 8))
        ('2025-04-21', '2026-04-06')
        """
        name = c.extras.get("holiday")
        build = (lambda y: self.holiday(c, y)) if name else (lambda y: dt.date(y, c.month, c.day))  # noqa: E731
        past = [d for d in (build(y) for y in range(pub_day.year - 2, pub_day.year + 1)) if d and d < pub_day]
        if not past:
            return None
        pick = past[-2] if past[-1].isoformat() in mentions and len(past) > 1 else past[-1]
        return pick.isoformat()

    def _last_holidays(self, cands: list[Candidate], text: str, pub_day: dt.date | None) -> None:
        """Re-read each "last <holiday>" (in place) once every bare mention of the same holiday has
        its value (:meth:`_last_holiday`)."""
        if pub_day is None:
            return
        for c in cands:
            if c.kind != "holiday" or c.year is not None or c.extras.get("rel") != "last":
                continue
            written = self._holiday_name(c, text)
            mentions = {o.value for o in cands if o.kind == "holiday" and o.value and o.year is None
                        and not o.extras.get("rel") and "year_offset" not in o.extras
                        and self._holiday_name(o, text) == written}
            c.value = self._last_holiday(c, pub_day, mentions)

    @staticmethod
    def _holiday_name(c: Candidate, text: str) -> str:
        """The holiday a candidate names, without "last": "Easter Monday" for "last Easter Monday"."""
        return c.extras.get("holiday") or re.sub(r"(?i)^last\s+", "", text[c.start:c.end])

    def _value_in_year(self, c: Candidate, year: int) -> str | None:
        """``c``'s value moved to ``year``."""
        if "holiday" in c.extras:
            day = self.holiday(c, year)
            return day.isoformat() if day else None
        if c.grain == "month":
            return f"{year:04d}-{c.month:02d}"
        try:
            return dt.date(year, c.month, c.day).isoformat()
        except ValueError:
            return None

    def _value(self, c, doc, text, pub_day, pub_year, pub_month, order, text_years) -> str | None:
        """``c``'s value alone, before its neighbours are read."""
        sentence = _sentence_text(doc, c.start).lower()
        if c.kind == "numeric":
            d = self._dateparse(c.extras["raw"], order)
            return d.isoformat() if d else None
        if c.kind == "relative":
            if c.extras["phrase"] in self.past_offsets and pub_day and pub_day.weekday() < 5 and (
                    self.tense.told_in_past(doc, c.start)):
                c.offset = self.past_offsets[c.extras["phrase"]]  # "the deaths we saw this weekend"
            return self._relative(c, pub_day, pub_year, pub_month, text_years)
        if c.kind == "month_relative":
            return f"{pub_year + c.offset}-{c.month:02d}" if pub_year else None
        if c.kind == "month_last":
            return month_by_offset(c.month, c.offset, pub_year, pub_month)
        if c.grain == "year":
            return f"{c.year:04d}"
        if c.year is None and self.tense.recurring_before(
                sentence[: max(0, c.start - _sentence_start(doc, c.start))], c.kind):
            return None  # "every year in November", "every Monday"
        scheduled = self.tense.scheduled_before(text, c.start)
        cue = scheduled or self.tense.future_cue(doc, c.start, sentence)
        if c.kind == "weekday":
            future = cue or self.tense.scheduled_present(doc, c.start)
            return weekday_date(c.weekday, pub_day, c.extras.get("rel"), future)
        year = c.year
        future = self.tense.direction(doc, text, c.start, cue)
        c.extras["future"] = future
        if c.grain == "month":
            if year is None:
                year = infer_year(c.month, 1, None, pub_day, pub_year, pub_month, future=future,
                                  behind=self.tense.looks_back(text, c.start))
            return f"{year:04d}-{c.month:02d}" if year else None
        if c.kind == "holiday" and c.year is None and "year_offset" in c.extras and pub_year is not None:
            year = c.year = pub_year + c.extras["year_offset"]  # "Territory Day last year"
        if c.kind == "holiday" and c.year is None and c.extras.get("rel") == "last" and pub_day is not None:
            return self._last_holiday(c, pub_day)
        if "holiday" in c.extras:  # a holiday whose day moves from year to year
            build = lambda y: self.holiday(c, y)  # noqa: E731
            if c.year is not None:
                day = build(c.year)
                return day.isoformat() if day else None
            if pub_year is None or build(pub_year) is None:
                return None  # no publication year, or a locale's holiday in a release that names no country
            year = infer_year(None, None, None, pub_day, pub_year, pub_month, future=future, build=build)
            return build(year).isoformat() if year else None
        if year is None:
            year = infer_year(c.month, c.day, c.weekday, pub_day, pub_year, pub_month, future=future,
                              behind=self.tense.looks_back(text, c.start))
        if year is None and pub_year is None and c.weekday is not None and c.day:
            year = weekday_year(c.month, c.day, c.weekday, self.today or dt.date.today(), self.weekday_search_back)
        if year is None:
            return None
        try:
            return dt.date(year, c.month, c.day).isoformat()
        except ValueError:
            return None

    def _relative(self, c, pub_day, pub_year, pub_month, text_years) -> str | None:
        """A relative phrase's value; with no publication year, "this year" and the like take
        the one year the text's full dates are written in."""
        value = relative_date(c.grain, c.offset, pub_day, pub_year, pub_month)
        if (value is None and c.grain == "year" and c.extras["phrase"] in self.year_only_from_text
                and len(text_years) == 1):
            return f"{next(iter(text_years)):04d}"
        return value

    def _relatives_from_today(self, cands: list[Candidate], text_years) -> None:
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

    def _dateparse(self, raw: str, order: str) -> dt.date | None:
        """A numeric date read by dateparser in ``order`` ("DMY" or "MDY"), or in the other order
        where a part cannot be a month ("7.30.2026" is 30 July whatever the release's order), cached.

        >>> resolver = DateResolver()
        >>> resolver._dateparse("06.09.2026", "DMY"), resolver._dateparse("7.30.2026", "DMY")
        (datetime.date(2026, 9, 6), datetime.date(2026, 7, 30))
        """
        key = (raw, order)
        if key not in self._dateparser_cache:
            import dateparser

            parsed = dateparser.parse(raw, languages=["en"], settings={
                "DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
            if len(self._dateparser_cache) >= DATEPARSER_CACHE_SIZE:
                del self._dateparser_cache[next(iter(self._dateparser_cache))]  # oldest first: bounded on long batches
            self._dateparser_cache[key] = parsed.date() if parsed else None
        return self._dateparser_cache[key]


def _inferred(c: Candidate) -> bool:
    """A value whose year was inferred (not written, not borrowed, no weekday to agree with)."""
    return (c.value is not None and c.year is None and c.weekday is None
            and c.kind in ("month", "day_month", "month_day", "holiday"))


def _date_order(cands: list[Candidate]) -> str:
    """The order of numeric dates: "MDY" where the text writes more US dates than UK ones."""
    return order_of(sum(1 for c in cands if c.kind == "month_day"), sum(1 for c in cands if c.kind == "day_month"))


def _sentence_start(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.start_char if span is not None and len(span) else 0


def _sentence_text(doc: Doc, char: int) -> str:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.text if span is not None and len(span) else ""
