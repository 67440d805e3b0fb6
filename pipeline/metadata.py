"""Release metadata read from the text: title, publication date (date line), byline.

Input metadata always wins; these functions fill what the input lacks. Date
lines seen in releases: "Friday, 15 December", "Updated: Apr 22",
"12 February 2024 17:00", "March 3, 2024", and in figures (``numeric_date_forms``
in ``dates.json``) "2026/06/23", "7.30.2026", "06.09.2026" (where either order is possible, the
one its weekday agrees with, else the order the release's written dates
follow: month first if it writes "July 2" more often than "2 July", else
day first), "2026-07-20T14:05:00-04:00". A date line without a year takes
the latest year (not after ``today``) whose weekday agrees when a weekday is
given. Without a weekday the year cannot be known ("Updated: Apr 22" on an
archived page), so ``published`` stays null rather than guessing a wrong
date; ``published_source`` records how the value was found.

>>> from datetime import date
>>> read_metadata("Arrests made in city raids\\nFriday, 15 December\\nPolice arrested 12.", today=date(2026, 11, 21))
Metadata(title='Arrests made in city raids', published='2023-12-15', published_source='date_line_weekday_year', author=None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from .claims.base import load_data
from .claims.date_calendar import weekday_year
from .claims.date_phrases import DateFinder
from .claims.date_text import numeric_date_pattern

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_CLOCK = re.compile(r"\b(?<!\d\.)\d{1,2}[:.]\d{2}(?!\.\d)\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|HST|AK[SD]T))?\b", re.I)


@dataclass
class Metadata:
    title: str | None
    published: str | None
    published_source: str | None
    author: str | None


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = dict(load_data("patterns/metadata.json"))
    dates = load_data("patterns/dates.json")
    rules["months"] = list(dates["months"])
    rules["weekdays"] = list(dates["weekdays"]) + list(dates["weekday_abbreviations"])
    rules["weekday_year_search_back"] = dates["weekday_year_search_back"]
    months = "|".join(sorted(rules["months"], key=len, reverse=True))
    days = "|".join(sorted(rules["weekdays"], key=len, reverse=True))
    rules["month_re"] = re.compile(rf"\b(?:{months})\.?\b", re.I)
    rules["weekday_re"] = re.compile(rf"\b({days})\b", re.I)
    prefixes = "|".join(re.escape(p) for p in sorted(rules["date_line_prefixes"], key=len, reverse=True))
    rules["prefix_re"] = re.compile(rf"^\s*(?:{prefixes})\s*[:\-–—]?\s*", re.I)
    by = "|".join(re.escape(p) for p in rules["byline_prefixes"])
    rules["byline_re"] = re.compile(rf"^\s*(?i:{by})\s*:?\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}})\s*$")
    # the numeric forms claims_dates reads ("2026/06/23", "7.30.2026"), and the looser ones date lines
    # have always taken ("23-04-26")
    numeric = numeric_date_pattern(dates["numeric_date_forms"], dates["months"])
    rules["numeric_re"] = re.compile(
        rf"^\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})$|^\d{{4}}-\d{{2}}-\d{{2}}$|^(?:{numeric})$")
    # the time of a timestamp is no part of its date: "2026-07-20T14:05:00-04:00"
    rules["time_after_re"] = re.compile(rf"(?<=\d)(?:{dates['numeric_date_time_after']})(?![\w:])")
    return rules


@lru_cache(maxsize=1)
def _date_finder() -> DateFinder:
    return DateFinder()


def _weekday_index(name: str) -> int:
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(name.lower()[:3])


@lru_cache(maxsize=4096)
def _date_line_parts(line: str, order: str = "DMY"):
    """(parsed datetime, has_year, weekday index or None) for a date line, else None. A numeric line
    that reads either way ("07.03.2026") is read in ``order``, unless only the other order agrees
    with its weekday."""
    rules = _rules()
    body = rules["prefix_re"].sub("", line.strip()).strip(" .,-–—•")
    body = _CLOCK.sub("", rules["time_after_re"].sub("", body)).strip(" ,.-–—")
    if not body or len(body.split()) > rules["date_line_max_words"]:
        return None
    if not rules["month_re"].search(body) and not rules["numeric_re"].match(rules["weekday_re"].sub("", body).strip(" ,")):
        return None
    leftovers = rules["month_re"].sub("", rules["weekday_re"].sub("", body))
    leftovers = re.sub(r"\b\d{1,4}(?:st|nd|rd|th)?\b|[,./\-\s]|\bof\b|\bthe\b", "", leftovers, flags=re.I)
    if leftovers:
        return None
    import dateparser

    weekday = rules["weekday_re"].search(body)
    weekday = _weekday_index(weekday.group(1)) if weekday else None
    readings = []
    for date_order in (order, "MDY" if order == "DMY" else "DMY"):
        settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                    "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": date_order}
        parsed = dateparser.parse(body, languages=["en"], settings=settings)
        if parsed is not None:
            readings.append(parsed)
    if not readings:
        return None
    parsed = next((r for r in readings if weekday is None or r.weekday() == weekday), readings[0])
    has_year = bool(_YEAR.search(body) or re.search(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", body))
    return parsed, has_year, weekday


def parse_date_line(line: str, *, today: date | None = None, order: str = "DMY") -> tuple[str, str] | None:
    """The ISO date a date line gives, and how its year was found; None if it gives none. ``order``
    ("DMY" or "MDY") reads a numeric line that could be either (the release's own order).

    >>> parse_date_line("12 February 2024 17:00")
    ('2024-02-12', 'date_line')
    >>> parse_date_line("7.30.2026"), parse_date_line("2026-07-20T14:05:00-04:00")
    (('2026-07-30', 'date_line'), ('2026-07-20', 'date_line'))
    >>> parse_date_line("Friday, 15 December", today=date(2026, 11, 21))
    ('2023-12-15', 'date_line_weekday_year')
    >>> parse_date_line("Updated: Apr 22", today=date(2026, 11, 21)) is None  # year unknowable
    True
    """
    parts = _date_line_parts(line, order)
    if parts is None:
        return None
    parsed, has_year, weekday = parts
    if has_year:
        return parsed.date().isoformat(), "date_line"
    if weekday is None:
        return None
    year = weekday_year(parsed.month, parsed.day, weekday, today or date.today(), _rules()["weekday_year_search_back"])
    return (date(year, parsed.month, parsed.day).isoformat(), "date_line_weekday_year") if year else None


def _title(lines: list[str]) -> str | None:
    rules = _rules()
    for line in lines[:6]:
        words = line.split()
        words = [w for w in words if w != "#" * len(w)]
        if (rules["title_min_words"] <= len(words) <= rules["title_max_words"]
                and not line.rstrip().endswith((".", ":", "?")) and not line.startswith("\u2022")
                and _date_line_parts(line) is None and not rules["byline_re"].match(line)):
            return line.strip().lstrip("#").strip()
    return None


def read_metadata(text: str, *, today: date | None = None) -> Metadata:
    """Title, published date and byline from the top of a normalised release text."""
    rules = _rules()
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = lines[: rules["date_line_scan_lines"]]
    published = how = None
    for line in head:
        if _date_line_parts(line) is not None:
            numeric = not rules["month_re"].search(line)  # "07.03.2026": the order the release's dates follow
            order = _date_finder().written_order(text) if numeric else "DMY"
            published, how = parse_date_line(line, today=today, order=order) or (None, None)
            break
    author = None
    for line in head:
        m = rules["byline_re"].match(line.lstrip("\u2022 "))
        if m:
            author = m.group(1)
            break
    return Metadata(title=_title(lines), published=published, published_source=how, author=author)


def normalise_published(value: str | None) -> str | None:
    """An input ``published`` value as ISO ``YYYY-MM-DD``/``YYYY-MM``/``YYYY``, or None.

    >>> normalise_published("2023-12-15T09:30:00Z"), normalise_published("2016-08"), normalise_published("n/a")
    ('2023-12-15', '2016-08', None)
    """
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?$", value)
    if m:
        return "-".join(p for p in m.groups() if p)
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        import dateparser

        parsed = dateparser.parse(value, languages=["en"])
        return parsed.date().isoformat() if parsed else None
