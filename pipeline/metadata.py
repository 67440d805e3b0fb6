"""Release metadata read from the text: title, publication date (date line), byline.

Input metadata always wins; these functions fill what the input lacks. Date
lines seen in releases: "Friday, 15 December", "Updated: Apr 22",
"12 February 2024 17:00", "March 3, 2024". A date line without a year takes
the latest year (not after ``today``) whose weekday agrees when a weekday is
given; without a weekday, the latest year mentioned in the text (not after
``today``), else ``today``'s year; ``published_source`` records which.

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

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:GMT|BST|UTC|[ECMP][SD]T))?\b", re.I)


@dataclass
class Metadata:
    title: str | None
    published: str | None
    published_source: str | None
    author: str | None


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = dict(load_data("patterns/metadata.json"))
    months = "|".join(sorted(rules["months"], key=len, reverse=True))
    days = "|".join(sorted(rules["weekdays"], key=len, reverse=True))
    rules["month_re"] = re.compile(rf"\b(?:{months})\.?\b", re.I)
    rules["weekday_re"] = re.compile(rf"\b({days})\b", re.I)
    prefixes = "|".join(re.escape(p) for p in sorted(rules["date_line_prefixes"], key=len, reverse=True))
    rules["prefix_re"] = re.compile(rf"^\s*(?:{prefixes})\s*[:\-–—]?\s*", re.I)
    by = "|".join(re.escape(p) for p in rules["byline_prefixes"])
    rules["byline_re"] = re.compile(rf"^\s*(?i:{by})\s*:?\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}})\s*$")
    rules["numeric_re"] = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})$|^\d{4}-\d{2}-\d{2}$")
    return rules


def _weekday_index(name: str) -> int:
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(name.lower()[:3])


def parse_date_line(line: str, *, text_years: list[int] | None = None, today: date | None = None) -> tuple[str, str] | None:
    """The ISO date a date line gives, and how its year was found; None if it is not a date line.

    >>> parse_date_line("12 February 2024 17:00")
    ('2024-02-12', 'date_line')
    >>> parse_date_line("Updated: Apr 22", text_years=[2021], today=date(2026, 11, 21))
    ('2021-04-22', 'date_line_text_year')
    >>> parse_date_line("The new plan outlines ten commitments") is None
    True
    """
    rules = _rules()
    today = today or date.today()
    body = rules["prefix_re"].sub("", line.strip()).strip(" .,-–—•")
    body = _CLOCK.sub("", body).strip(" ,.-–—")
    if not body or len(body.split()) > rules["date_line_max_words"]:
        return None
    has_month = bool(rules["month_re"].search(body))
    if not has_month and not rules["numeric_re"].match(body):
        return None
    leftovers = rules["month_re"].sub("", rules["weekday_re"].sub("", body))
    leftovers = re.sub(r"\b\d{1,4}(?:st|nd|rd|th)?\b|[,./\-\s]|\bof\b|\bthe\b", "", leftovers, flags=re.I)
    if leftovers:
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    parsed = dateparser.parse(body, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if _YEAR.search(body) or re.search(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", body):
        return parsed.date().isoformat(), "date_line"
    weekday = rules["weekday_re"].search(body)
    if weekday:
        want = _weekday_index(weekday.group(1))
        for year in range(today.year, today.year - rules["weekday_year_search_back"], -1):
            try:
                candidate = date(year, parsed.month, parsed.day)
            except ValueError:
                continue
            if candidate.weekday() == want and candidate <= today:
                return candidate.isoformat(), "date_line_weekday_year"
        return None
    years = [y for y in (text_years or []) if y <= today.year]
    year, how = (max(years), "date_line_text_year") if years else (today.year, "date_line_current_year")
    try:
        return date(year, parsed.month, parsed.day).isoformat(), how
    except ValueError:
        return None


def _title(lines: list[str]) -> str | None:
    rules = _rules()
    for line in lines[:6]:
        words = line.split()
        if (rules["title_min_words"] <= len(words) <= rules["title_max_words"]
                and not line.rstrip().endswith((".", ":", "?")) and not line.startswith("\u2022")
                and parse_date_line(line) is None and not rules["byline_re"].match(line)):
            return line.strip()
    return None


def read_metadata(text: str, *, today: date | None = None) -> Metadata:
    """Title, published date and byline from the top of a normalised release text."""
    rules = _rules()
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = lines[: rules["date_line_scan_lines"]]
    years = sorted({int(y) for y in _YEAR.findall(text)})
    published = how = None
    for line in head:
        found = parse_date_line(line, text_years=years, today=today)
        if found:
            published, how = found
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
