"""Bulleted lists, read for the unit of a bare number on one of their lines: the header above the
list ("Of the 47 victims:", "issued 1,214 citations, including:", "Victims by age group:"), a
line's label before its colon ("- Breath tests: 212,480") and the noun a line opens with before its
"up"/"down" ("• burglaries down by a fifth, to 1,200"). Used by the ``claims_quantities`` component.

>>> text = "Of the 47 victims:\\n- 14 were aged 80 or older\\n- 15 were in their 70s"
>>> list_header(text, text.index("15")), partitive_header_noun(text, text.index("15"))
('Of the 47 victims:', 'victims')
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .figure_context import BULLETS, FigureContext
from .table_cells import irregular_plural, unit_case

_BULLET = "[" + re.escape("".join(sorted(BULLETS))) + "]"  # a list item's marker
_BULLET_LEAD = re.compile(rf"[ \t]*{_BULLET}[ \t]*")  # what stands before a list item's first word
_BULLET_ITEM = re.compile(rf"{_BULLET}\s")
_PARTITIVE_HEADER = re.compile(r"(?i:of)\s+(?:the|these|those|all)\s+(?:[\d,]+\s+|[a-z]+-?[a-z]*\s+)?"
                               r"((?:[a-z]+\s+){0,2}[a-z]+s)\s*(?:\([^)]*\))?\s*:")


def list_header(text: str, start: int) -> str | None:
    """The line above the bulleted list whose line ``start`` opens after its bullet (a blank line
    between them allowed), else None.

    >>> list_header("Victims by age group:\\n- 75 and older: 46 per cent\\n- 65 to 74: 31 per cent", 52)
    'Victims by age group:'
    """
    at = list_header_start(text, start)
    return None if at is None else text[at:text.find("\n", at) if "\n" in text[at:] else len(text)].strip()


def item_header(text: str, char: int) -> str | None:
    """The header of the list item whose line holds character ``char`` (anywhere in the item), else None.

    >>> text = "The force will:\\n\\n- hire 30 officers;\\n- open a station in March."
    >>> item_header(text, text.index("March")), item_header("Arrests rose in March.", 15)
    ('The force will:', None)
    """
    line_start = text.rfind("\n", 0, char) + 1
    lead = _BULLET_LEAD.match(text, line_start)
    return list_header(text, lead.end()) if lead is not None and lead.end() > line_start else None


def list_header_start(text: str, start: int) -> int | None:
    """Where the line of :func:`list_header` starts, else None.

    >>> list_header_start("Arrests:\\n\\n- 12 for theft", 12)
    0
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET_LEAD.fullmatch(text[line_start:start]):
        return None
    end = line_start - 1
    blank_seen = False
    while end > 0:
        header_start = text.rfind("\n", 0, end) + 1
        header = text[header_start:end].strip()
        if not header and not blank_seen:
            blank_seen = True  # "including:" then a blank line, then the bullets
        elif not _BULLET_ITEM.match(header):
            return header_start if header else None
        end = header_start - 1
    return None


def partitive_header_noun(text: str, start: int) -> str | None:
    """The plural noun of a list header that takes a part of a group ("Of the 47 victims:" then
    "- 15 were in their 70s" -> "victims"), for a bare count opening a bullet under it; else None.

    >>> partitive_header_noun("Of the 47 victims:\\n- 14 were aged 80 or older\\n- 15 were in their 70s", 21)
    'victims'
    """
    header = list_header(text, start)
    match = _PARTITIVE_HEADER.fullmatch(header) if header else None
    return match.group(1) if match else None


def breakdown_bullet(text: str, start: int) -> bool:
    """Does a number at ``start`` open a bulleted line under a header that ends with ":" and holds a
    figure ("issued 1,214 citations, including:" then "• 602 for speeding")? Such a bullet counts
    a part of the header's figure.

    >>> breakdown_bullet("They issued 1,214 citations, including:\\n• 602 for speeding\\n• 148 for seat belts", 42)
    True
    """
    header = list_header(text, start)
    return header is not None and header.endswith(":") and bool(re.search(r"\d", header))


def opening_plural(tok: Token) -> bool:
    """A capitalised plural word that opens its line or sentence, which the tagger may call a proper
    noun ("• Homicides fell from 31 to 22").

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Key figures:\\n• Homicides fell from 31 to 22")
    >>> [t.text for t in doc if opening_plural(t)]
    ['Homicides']
    """
    doc = tok.doc
    opening = tok.is_sent_start or tok.i == 0 or doc[tok.i - 1].text in BULLETS or "\n" in doc[tok.i - 1].text
    return tok.tag_ in ("NNP", "NNPS") and opening and tok.text[1:].islower() and tok.text.endswith("s")


def bullet_label(doc: Doc, first: Token) -> str | None:
    """The plural noun a labelled bullet line opens with, for a bare number after its colon
    ("- Breath tests: 212,480" -> "breath tests"; "- Drivers processed for drink driving: 344,
    27 fewer" -> "drivers"; "- People charged: 112" -> "people"); "" for a label with no plural noun ("- Total: 344"); None where the
    number is on no labelled bullet line.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Results:\\n- Breath tests: 12,480\\n- Total: 51")
    >>> bullet_label(doc, doc[7]), bullet_label(doc, doc[12])
    ('breath tests', '')
    """
    start = first.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    if doc[start].text not in BULLETS or start == first.i:
        return None
    colon = next((t.i for t in doc[start + 1:first.i] if t.text == ":"), None)
    if colon is None or not 1 <= colon - start - 1 <= 20:  # (a long label: "Bogus officials, including people posing as …: 19")
        return None
    noun = next((t for t in doc[start + 1:min(colon, start + 5)]
                 if t.is_alpha and (t.tag_ in ("NNS", "NNPS") or opening_plural(t) or irregular_plural(t.text))), None)
    return "" if noun is None else unit_case(doc[start + 1:noun.i + 1].text)


def list_item_subject(doc: Doc, first: Token) -> str | None:
    """The plural noun phrase a bulleted line opens with before its "up"/"down", for a bare number
    later on that line ("• burglaries down by a fifth, to 1,200" -> "burglaries"); else None.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Key figures:\\n• burglaries down by a fifth, to 1,200")
    >>> list_item_subject(doc, doc[-1])
    'burglaries'
    """
    i = first.i - 1
    while i >= 0 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
        if doc[i].lower_ in ("up", "down"):
            lead = FigureContext.list_item_lead(doc, i)
            if lead is not None and lead[-1].tag_ in ("NNS", "VBZ") and lead[-1].lower_.endswith("s"):
                return lead.text
            return None
        i -= 1
    return None
