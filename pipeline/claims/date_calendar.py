"""Calendar arithmetic for ``claims_dates``: no text and no spaCy, only dates.

The publication date's parts, a movable holiday's day in a given year, the year a date without
one takes (nearest the publication date on the side the tense points to, agreeing with a written
weekday), and the values of relative phrases ("last year", "last week", "last February", a lone
"Saturday") counted from the publication date.

Example:
    >>> pub_day, pub_year, pub_month = parse_published("2024-03-07")
    >>> relative_date("week", -1, pub_day, pub_year, pub_month), month_by_offset(2, -1, pub_year, pub_month)
    ('2024-W09', '2024-02')
"""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_published", "holiday_date", "weekday_year", "month_by_offset", "iso_week", "infer_year",
           "relative_date", "weekday_date"]


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

    >>> weekday_year(12, 15, 4, dt.date(2026, 11, 21))   # "Friday, 15 December"
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


def iso_week(day: dt.date) -> str:
    """The ISO week of ``day``, as ``YYYY-Www``.

    >>> iso_week(dt.date(2024, 12, 30))
    '2025-W01'
    """
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def infer_year(month, day, weekday, pub_day, pub_year, pub_month, future=False, build=None,
               behind=False) -> int | None:
    """The year that puts the date nearest the publication date, on the side the tense
    points to (before it, unless the sentence speaks of the future), agreeing with the
    weekday if one is written. ``future`` is True (ahead), None (told in the past: far
    from ahead) or False (no sign either way); ``behind`` keeps the date on or before
    publication ("since 3 December"); ``build`` makes the date of a year where month and
    day do not (a movable holiday).

    >>> infer_year(1, 1, None, dt.date(2017, 10, 3), 2017, 10)   # "Since January"
    2017
    >>> infer_year(1, 2, None, dt.date(2017, 12, 28), 2017, 12)  # "on 2 January", days away
    2018
    >>> infer_year(12, 3, None, dt.date(2026, 11, 30), 2026, 11, future=None, behind=True)  # "since 3 December"
    2025
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
        if behind and d > ref:
            dist += 10_000
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None


def relative_date(grain: str, offset: int, pub_day: dt.date | None, pub_year: int | None,
                  pub_month: int | None) -> str | None:
    """The value of a relative phrase of ``grain`` "year", "month", "week" or "day", moved by
    ``offset`` from the publication date; None where the publication date lacks the part needed.

    >>> pub = dt.date(2024, 3, 7)
    >>> [relative_date(grain, -1, pub, 2024, 3) for grain in ("year", "month", "week", "day")]
    ['2023', '2024-02', '2024-W09', '2024-03-06']
    """
    if grain == "year":
        return f"{pub_year + offset:04d}" if pub_year else None
    if grain == "month" and pub_year and pub_month:
        y, mth = divmod(pub_year * 12 + (pub_month - 1) + offset, 12)
        return f"{y:04d}-{mth + 1:02d}"
    if pub_day is None:
        return None
    if grain == "week":
        return iso_week(pub_day + dt.timedelta(weeks=offset))
    if grain == "day":
        return (pub_day + dt.timedelta(days=offset)).isoformat()
    return None


def weekday_date(weekday: int, pub_day: dt.date | None, rel: str | None = None, future: bool = False) -> str | None:
    """The date of a weekday named alone: the latest one up to the publication day, or with
    ``future`` the first one from it on; ``rel`` "last" is always behind the publication day
    (whatever the clause's tense: "approved last Thursday, will pay for"), "next" always ahead of it.

    >>> pub = dt.date(2024, 5, 15)   # a Wednesday
    >>> weekday_date(5, pub), weekday_date(4, pub, future=True), weekday_date(2, pub, "next")
    ('2024-05-11', '2024-05-17', '2024-05-22')
    >>> weekday_date(3, pub, "last", future=True)
    '2024-05-09'
    """
    if pub_day is None:
        return None
    future = future and rel != "last" or rel == "next"
    delta = (weekday - pub_day.weekday()) % 7
    if future:
        d = pub_day + dt.timedelta(days=delta + (7 if rel == "next" and delta == 0 else 0))
    else:
        d = pub_day - dt.timedelta(days=(pub_day.weekday() - weekday) % 7)
        if rel == "last" and d == pub_day:
            d -= dt.timedelta(days=7)
    return d.isoformat()
