"""Holidays whose date depends on where a release is from, from the ``holidays`` library.

"Labour Day" is the first Monday of September in the United States and Canada, of October in
South Australia, the second Monday of March in Victoria and the fourth Monday of October in New
Zealand; Canadian Thanksgiving falls in October; Scotland's August bank holiday is the first Monday
of August, England's the last. :class:`HolidayCalendar` reads the release's
country (the locale its dollars are read in: source domain, else the most-mentioned country) and
its state or province (the most-mentioned of ``subdivisions`` in
``models/patterns/holiday_calendars.json``), and asks python-holidays for the named holiday in that
year. ``claims_dates`` falls back to its own table (``movable_holidays`` in ``dates.json``) where
the calendar has no such holiday or the release gives no country.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("One person died on South Australian roads over the Labour Day long weekend.")
    >>> calendar = HolidayCalendar()
    >>> calendar.date("Labour Day", 2026, calendar.locale(doc))
    datetime.date(2026, 10, 5)
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import holidays
from spacy.tokens import Doc

from .base import doc_text, load_data
from .figure_context import _phrases
from .units_reader import UnitReader

__all__ = ["HolidayCalendar"]

Locale = tuple[str, str | None]


@lru_cache(maxsize=256)
def _calendar(country: str, subdivision: str | None, year: int, language: str) -> dict[str, dt.date]:
    """{holiday name: date} for one country (and subdivision) and year, as the library names them."""
    days = holidays.country_holidays(country, subdiv=subdivision, years=year, language=language)
    out: dict[str, dt.date] = {}
    for day, names in sorted(days.items()):
        for name in names.split("; "):
            out.setdefault(name, day)
    return out


class HolidayCalendar:
    """A release's locale, and the date of a named holiday there (patterns in ``models/``).

    >>> import spacy
    >>> calendar = HolidayCalendar()
    >>> calendar.locale(spacy.blank("en")("Waikato police stopped 300 drivers."))
    ('NZ', None)
    """

    def __init__(self, patterns: str = "patterns/holiday_calendars.json", units: str = "patterns/units.json"):
        data = load_data(patterns)
        self.units = UnitReader(units)
        self.currency_countries = dict(data["currency_countries"])
        self.countries = dict(data["countries"])
        self.subdivisions = {country: {code: re.compile(rf"\b(?:{_phrases(words)})(?!\w)")
                                       for code, words in subs.items()}
                             for country, subs in data["subdivisions"].items()}
        self.folds = [tuple(pair) for pair in data["name_folds"]]
        self.aliases = {self.fold(name): [self.fold(a) for a in names] for name, names in data["name_aliases"].items()}
        self._folded_days: dict[tuple, dict[str, dt.date]] = {}

    def locale(self, doc: Doc) -> Locale | None:
        """(country, subdivision or None) of a release, or None where it names no country.

        >>> import spacy
        >>> HolidayCalendar().locale(spacy.blank("en")("Calgary police seized $5,000 over the Thanksgiving weekend."))
        ('CA', 'AB')
        """
        text = doc_text(doc)
        country = self.currency_countries.get(self.units.dollar_unit(doc))
        if country == "US" and not self.units.locales["USD"][1].search(text):
            country = None  # USD is only the default: nothing says the release is American
        counts = sorted(((len(rx.findall(text)), place, code) for place, subs in self.subdivisions.items()
                         for code, rx in subs.items() if country in (None, place)), reverse=True)
        counts += [(0, None, None), (0, None, None)]
        (n, place, code), (runner_up, _, _) = counts[0], counts[1]
        if country is None:
            if not n:
                return None
            country = place  # "Hobart", "Winnipeg": a state's or province's name gives the country
        if country not in self.countries:
            return None
        return country, code if n > runner_up else self.countries[country].get("default_subdivision")

    def fold(self, name: str) -> str:
        """A holiday name folded for matching.

        >>> HolidayCalendar().fold("Labour Day"), HolidayCalendar().fold("Thanksgiving")
        ('labor', 'thanksgiving')
        """
        low = name.lower()
        for a, b in self.folds:
            low = low.replace(a, b)
        low = re.sub(r"'s\b", "", low)
        return re.sub(r"\s+day$", "", low.strip())

    def date(self, name: str, year: int, locale: Locale | None) -> dt.date | None:
        """The date of holiday ``name`` in ``year`` where the release is from, else None.

        >>> HolidayCalendar().date("Thanksgiving", 2026, ("CA", "ON")), HolidayCalendar().date("Thanksgiving", 2026, None)
        (datetime.date(2026, 10, 12), None)
        >>> HolidayCalendar().date("August bank holiday", 2026, ("GB", "SCT"))
        datetime.date(2026, 8, 3)
        """
        if locale is None:
            return None
        country, sub = locale
        key = (country, sub, year)
        if key not in self._folded_days:  # the library's names folded once per place and year
            self._folded_days[key] = {self.fold(found): day for found, day in
                                      reversed(_calendar(country, sub, year, self.countries[country]["language"]).items())}
        days = self._folded_days[key]
        folded = self.fold(name)
        return next((days[w] for w in [folded] + self.aliases.get(folded, []) if w in days), None)
