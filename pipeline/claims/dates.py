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
  "until", or it is a court appearance to come, "remanded in custody to appear
  at Melbourne Magistrates' Court on 2 December"; a future cue in another
  clause, as in "pleaded guilty in February and is scheduled to be
  sentenced", does not count) and that agrees with its
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

Numeric dates ("04/03/2022", "2026/06/23", "2026.06.05", "7.30.2026", "20.09.26", the date of a
timestamp "2026-07-20T14:05:00-04:00"; ``numeric_date_forms``) are resolved by dateparser in
the order (day first or month first) the release's written dates show, unless a
part cannot be a month ("7.30.2026" is 30 July), cached per text+order; one that is part of a
reference ("quoting reference 147 of 12/05/26") is no date. Years heading the columns of a text
table ("Motivation     2025    2024") are dates.

The component is :class:`DateClaims`; its parts live beside it: ``date_phrases``
(the patterns and the spans they match), ``date_context`` (what the words around a
number or month say: a year, a name, a count, an event), ``date_tense`` (which way
the clause points), ``date_resolution`` (values, ranges, neighbours),
``date_calendar`` (the arithmetic) and ``date_text`` (shared regex helpers).

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "The scheme opens today, Monday, 4 March. Arrests rose compared with last year.",
    ...                    published="2024-03-04"))
    >>> [(doc.text[c["start"]:c["end"]], c["date_value"]) for c in claims_of(doc, "date")]
    [('today', '2024-03-04'), ('Monday, 4 March', '2024-03-04'), ('last year', '2023')]
"""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from .base import add_claim, claims_of, doc_text
from .date_calendar import month_by_offset, parse_published
from .date_phrases import Candidate, DateFinder
from .date_resolution import DateResolver

__all__ = ["DateClaims", "parse_published", "month_by_offset", "claims_of"]


class DateClaims:
    """The ``claims_dates`` component: finds date spans (:class:`~pipeline.claims.date_phrases.DateFinder`)
    and resolves them (:class:`~pipeline.claims.date_resolution.DateResolver`), both from the word
    lists in ``patterns``; ``today`` is for tests (the clock's date otherwise).

    >>> import spacy
    >>> dc = DateClaims()
    >>> doc = spacy.blank("en")("Officers were called on Monday, 3 May 2021 and again in June.")
    >>> [(doc.text[c.start:c.end], c.kind) for c in dc.find(doc)]
    [('Monday, 3 May 2021', 'day_month'), ('June', 'month')]
    """

    def __init__(self, patterns: str = "patterns/dates.json", today: dt.date | None = None):
        self.finder = DateFinder(patterns)
        self.resolver = DateResolver(patterns, today)

    def find(self, doc: Doc, text: str | None = None) -> list[Candidate]:
        """Candidate spans in text order (:meth:`DateFinder.find <pipeline.claims.date_phrases.DateFinder.find>`).

        >>> import spacy
        >>> [(c.kind, c.month, c.day) for c in DateClaims().find(spacy.blank("en")("Seen on 3 May."))]
        [('day_month', 5, 3)]
        """
        return self.finder.find(doc, text)

    def resolve(self, doc: Doc, cands: list[Candidate], text: str | None = None) -> None:
        """Fill each candidate's ``value`` in place
        (:meth:`DateResolver.resolve <pipeline.claims.date_resolution.DateResolver.resolve>`).

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "He was arrested last Monday.", published="2024-05-15"))
        >>> dc = DateClaims()
        >>> cands = dc.find(doc)
        >>> dc.resolve(doc, cands)
        >>> [(doc.text[c.start:c.end], c.value) for c in cands]
        [('last Monday', '2024-05-13')]
        """
        self.resolver.resolve(doc, cands, text)

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
