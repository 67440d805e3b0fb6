"""Units a bare number takes from the figures read before it in the release: the last count of
its sentence or the three before it ("Troopers stopped 900 cars. Around 40 were towed"), a
count of the same value named again ("Five men …" then "the five were sentenced"), the start
of its range ("from 19 days to seven"), a rate it is compared with ("the lowest, at 38.2"),
the header above its bullet ("issued 9,874 tickets, including:"), and the body's unit for a
headline figure. Used by :class:`~pipeline.claims.elided_units.ElidedUnits`.

>>> claims = [{"start": 0, "end": 7, "unit": "cars"}]
>>> last_count_noun(claims, {id(claims[0]): ("cars", 1)}, 0, 30)
'cars'
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .bullet_lists import list_header_start
from .numbers import NumberMention

RECENT_CLAIMS = 64  # earlier figures a bare number may take its unit from: only the nearest ones
CODES = {"GBP", "USD", "EUR", "AUD", "NZD", "CAD", "times", "fraction"}  # units that name no counted thing
COMPARED_WITH = re.compile(r"\bcompared\s+(?:with|to)\s+$", re.I)  # "…, compared with 30": a figure compared


def headline_units_from_body(text: str, added: list[dict]) -> None:
    """A bare count in the release's first line takes the unit of the same figure written with its
    noun later on (in place): "Eleven killed on Michigan roads" ... "Eleven people died" -> people.

    >>> claims = [{"start": 0, "end": 6, "value": 11.0, "unit": None},
    ...           {"start": 60, "end": 72, "value": 11.0, "unit": "people"}]
    >>> headline_units_from_body("Eleven killed on roads over holiday weekend\\nNov 30\\n\\nEleven people died.", claims)
    >>> claims[0]["unit"]
    'people'
    """
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    for c in added:
        if c["start"] >= first_line_end or c.get("unit") or c.get("qualifier", "exact") != "exact":
            continue
        later = next((d for d in added if d["start"] > first_line_end and d.get("value") == c.get("value")
                      and d.get("unit") and d.get("unit") not in CODES), None)
        if later is not None:
            c["unit"] = later["unit"]


def header_count_unit(text: str, start: int, added: list[dict]) -> str | None:
    """The unit of the last figure in the header line of the bulleted list that the number at
    ``start`` opens a line of ("Troopers issued 9,874 tickets, including:" -> "tickets").

    >>> text = "Troopers issued 9,874 tickets, including:\\n\\n- 3,120 for speeding"
    >>> header_count_unit(text, text.index("3,120"), [{"start": 16, "end": 29, "unit": "tickets"}])
    'tickets'
    """
    at = list_header_start(text, start)
    if at is None:
        return None
    end = text.find("\n", at)
    units = [c["unit"] for c in added[-RECENT_CLAIMS:] if at <= c["start"] < end and c.get("unit")]
    return units[-1] if units else None


def last_count_noun(added: list[dict], heads: dict[int, tuple[str, int]], since: int, before: int,
                    whole: bool = False) -> str | None:
    """The counted noun of the last of the recent claims ``added`` that starts from character ``since``
    and before ``before`` and has a head noun in ``heads`` (claim id -> (noun, token index)); with
    ``whole``, that claim's whole unit rather than its head noun.

    >>> claims = [{"start": 0}, {"start": 10, "unit": "white vans"}, {"start": 30}]
    >>> heads = {id(claims[0]): ("cars", 1), id(claims[1]): ("vans", 3)}
    >>> last_count_noun(claims, heads, 0, 25), last_count_noun(claims, heads, 0, 25, whole=True)
    ('vans', 'white vans')
    """
    earlier = [c for c in added[-RECENT_CLAIMS:] if since <= c["start"] < before and id(c) in heads
               and c.get("unit") != "times"]  # "four times the legal limit of 0.05": a multiplier counts nothing
    if not earlier:
        return None
    unit = earlier[-1].get("unit")
    if whole or unit and " per " in f" {unit} ":  # a rate's head noun alone would misstate the figure
        return unit or heads[id(earlier[-1])][0]
    return heads[id(earlier[-1])][0]


def antecedent(doc: Doc, span: Span, sent: Span, added: list[dict], heads: dict[int, tuple[str, int]],
               whole: bool = False) -> str | None:
    """The counted noun of the last count in this sentence or the three before it (``added``,
    ``heads`` and ``whole`` as for :func:`last_count_noun`): "Troopers stopped 900 cars. Around 40
    were towed" -> "cars"."""
    first = sent
    for _ in range(3):
        prev = first.start - 1
        if prev < 0:
            break
        first = doc[prev].sent
    return last_count_noun(added, heads, first.start_char, span.start_char, whole)


def same_count(doc: Doc, first: Token, m: NumberMention, added: list[dict]) -> str | None:
    """The unit of an earlier count of the same value, for a bare number after "the", "these",
    "those" or "all" that names that group again: "Five men ran the line" then "the five were
    sentenced" -> "men" (but "aged between 19 and 27" then "double the 19 received" names no age); else None.

    >>> from pipeline.claims.numbers import NumberFinder
    >>> from pipeline.nlp import shared
    >>> doc = shared()("Five men were jailed. The five were sentenced on Friday.")
    >>> m = NumberFinder().find(doc.text)[1]
    >>> same_count(doc, doc[6], m, [{"start": 0, "value": 5.0, "unit": "men"}])
    'men'
    """
    if first.i == 0 or doc[first.i - 1].lower_ not in ("the", "these", "those", "all"):
        return None
    same = [c for c in added[-RECENT_CLAIMS:] if c["start"] < m.start and c.get("value") == m.value
            and c.get("unit") and c["unit"] not in CODES and c.get("value_max") is None
            and ":age" not in c.get("extractor", "")]  # a group is counted, never an age or a range's end
    return same[-1]["unit"] if same else None


def range_start_unit(text: str, m: NumberMention, added: list[dict],
                     time_units: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The unit of the figure a "from … to" range starts at, for the bare number it ends at ("from
    19 days to seven" -> "days"), or of the level a change left or a comparison names ("20 hours a
    day, up from 12" -> "hours", "27 fires, compared with 30" -> "fires", never a duration of
    ``time_units``: "41 murders in the first three months, compared with 52"); else None.

    >>> from pipeline.claims.numbers import NumberFinder
    >>> text = "cut the wait from 19 days to seven by December"
    >>> range_start_unit(text, NumberFinder().find(text)[1], [{"start": 18, "end": 25, "unit": "days"}])
    'days'
    """
    if not added or added[-1].get("unit") in CODES:
        return None
    start = added[-1]
    between = text[start["end"]:m.start]
    left = re.fullmatch(r"[^.;\d]{0,16},?\s+(?:up|down)\s+from\s+", between)  # "20 hours a day, up from 12"
    ends = re.fullmatch(r"\s+to\s+", between) and re.search(r"\bfrom\s+$", text[max(0, start["start"] - 6):start["start"]])
    if left or ends:
        return start.get("unit")
    compared = COMPARED_WITH.search(text, max(0, m.start - 18), m.start)
    if compared is not None and text[:compared.start()].rstrip().endswith(","):  # "27 fires, compared with 30"
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        counts = [c for c in added[-RECENT_CLAIMS:] if sentence_start <= c["start"] < m.start and c.get("unit")
                  and c["unit"] not in CODES and c["unit"] not in time_units]
        return counts[-1]["unit"] if counts else None
    return None


def compared_rate(text: str, m: NumberMention, sent: Span, added: list[dict]) -> str | None:
    """The unit of the last rate in this sentence, for a bare number after ", at" that closes a
    comparison: "the highest rate, at 121.4 crimes per 1,000 residents, while X had the lowest,
    at 38.2" -> "crimes per 1,000 residents"; else None.

    >>> from pipeline.claims.numbers import NumberFinder
    >>> from pipeline.nlp import shared
    >>> text = "A had 12 crimes per 1,000 people, while B had the lowest, at 3.5."
    >>> sent = shared()(text)[:]
    >>> compared_rate(text, NumberFinder().find(text)[-1], sent, [{"start": 6, "unit": "crimes per 1,000 people"}])
    'crimes per 1,000 people'
    """
    after_comma_at = re.search(r",\s*at\s+$", text[max(0, m.start - 6):m.start])
    if not (after_comma_at and re.match(r"\s*(?:[.,;)]|$)", text[m.end:m.end + 2])):
        return None
    rates = [c for c in added[-RECENT_CLAIMS:] if sent.start_char <= c["start"] < m.start
             and " per " in f" {c.get('unit') or ''} "]
    return rates[-1]["unit"] if rates else None
