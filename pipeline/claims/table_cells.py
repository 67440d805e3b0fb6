"""Figures in the cells of a plain-text table: a Markdown-style table (what the HTML reader makes of
an HTML ``<table>``: ``| Sefton | 233 | 262 |``) or columns aligned with runs of spaces or tabs
(``Sefton               233    (262)``). Used by the ``claims_quantities`` component, which reads a
data cell as a figure and takes its unit from the column header or the table's caption.

>>> text = "Knife crime offences by district:\\n\\nLiverpool North    412    (468)\\nSefton    233    (262)\\n"
>>> cell = table_cell(text, text.index("233"), text.index("233") + 3)
>>> cell.row_label, cell.unit
('Sefton', 'knife crime offences')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .base import load_data

_NUMBER_CELL = re.compile(r"\(?[+−-]?[£$€]?\d[\d,]*(?:\.\d+)?\s?%?\)?")  # "412", "(1,723)", "£6,000", "12.5%", "+46%"
_GAP = re.compile(r" {2,}|\t+")  # a column gap in an aligned table
_ALIGNED_ROW = re.compile(rf"^(\S[^\t\n]*?)((?:(?: {{2,}}|\t+){_NUMBER_CELL.pattern})+)[ \t]*$")
_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")  # "|---|---|"
_PLURAL = re.compile(r"[A-Za-z][A-Za-z' -]{0,60}[A-Za-z]s(?<!ss)(?<!us)(?<!is)")  # "Offences", not "Previous", "Status"
_TOTAL = re.compile(r"(?:sub-?)?totals?\b|all\b", re.I)  # "Totals", "All offences": a sum, not a kind
_CAPTION_CUT = re.compile(r"\s+(?:by|in|per|for|across|from|during|over|since)\s+|\s*[(:–—]\s*|\s+-\s+|,\s*", re.I)
_BREAKDOWN = re.compile(r"^(.+?)\s+by\s+\w+")  # "Reports by type, 12 months to …:": a breakdown of reports


@dataclass(frozen=True)
class Cell:
    """A data cell holding a figure: its row's label, its column's header and the unit they give."""
    row_label: str
    header: str | None
    caption: str | None

    @property
    def unit(self) -> str | None:
        """The counted noun: a plural column header ("Offences"), else the count a caption breaks
        down ("Pyrotechnic offences by type:" -> "pyrotechnic offences", whatever its rows are called),
        else a plural row label that names what the row counts ("Speeding detections", under year
        columns), else the caption's leading noun phrase ("Knife crime offences in 2025:"), else None."""
        # a row label counts only as a common noun phrase (its last word in lower case), not a place ("St Helens")
        bracketed = re.fullmatch(r".*\(([a-z]+)\)\s*", self.row_label)
        if bracketed and bracketed.group(1) in _bracket_units():
            return bracketed.group(1)  # "Fentanyl seized (grams)": the unit written in brackets
        label = _without_participles(self.row_label)  # "Overdose calls attended": what is counted
        label = label if len(label.split()) > 1 and label.split()[-1].islower() else None
        bare_header = _without_participles(self.header) if self.header else None  # "Machines seized"
        # a caption that breaks a count down ("Pyrotechnic offences by type:") makes its rows kinds of
        # that count ("Smoke bombs", "Total"), not what they count
        return next((unit for words in (self.header, bare_header) if (unit := counted_phrase(words))), None) \
            or breakdown_unit(self.caption) \
            or next((unit for words in (label, _caption_noun(self.caption)) if (unit := counted_phrase(words))), None)


@lru_cache(maxsize=1)
def _bracket_units() -> frozenset[str]:
    """The units a row label may give in brackets: the measures and time units of the data files."""
    units, words = load_data("patterns/units.json"), load_data("patterns/quantities.json")
    return frozenset(units["measures"]) | frozenset(words["time_units"])


def irregular_plural(words: str) -> bool:
    """A header that opens with a plural not written with "s" ("People charged", "Children").

    >>> irregular_plural("People charged"), irregular_plural("Person")
    (True, False)
    """
    first = words.split()[0].lower() if words.split() else ""
    return first in load_data("patterns/quantities.json")["irregular_plurals"]


def unit_case(words: str) -> str:
    """A noun phrase written as a unit: its capital dropped where it only opens a line or title.

    >>> unit_case("Breath tests"), unit_case("PCSOs on patrol")
    ('breath tests', 'PCSOs on patrol')
    """
    return words[0].lower() + words[1:] if words.split()[0][1:].islower() else words


def _without_participles(words: str) -> str:
    """A label without the participles that close it: what is counted.

    >>> _without_participles("Machines seized"), _without_participles("Overdose calls attended")
    ('Machines', 'Overdose calls')
    """
    return re.sub(r"(?:\s+[a-z]+ed)+$", "", words)


def breakdown_unit(header: str | None) -> str | None:
    """The counted noun of a list header that breaks a count down ("Reports by type, 12 months to
    the end of September:" -> "reports"), for the bare numbers of its labelled items; else None.

    >>> breakdown_unit("Reports by type, 12 months to the end of September:"), breakdown_unit("Results:")
    ('reports', None)
    """
    m = _BREAKDOWN.match(header.strip()) if header else None
    if m is None:
        return None
    return counted_phrase(m.group(1).strip())


def counted_phrase(words: str | None) -> str | None:
    """``words`` as a unit where they name a counted thing: a plural noun phrase of five words at most,
    not a total ("Totals") and not a generic word ("Results"); else None.

    >>> counted_phrase("Knife crime offences"), counted_phrase("Results"), counted_phrase("Previous")
    ('knife crime offences', None, None)
    """
    if words and (_PLURAL.fullmatch(words) or irregular_plural(words)) and len(words.split()) <= 5 \
            and not _TOTAL.match(words) and words.lower() not in _generic_nouns():
        return unit_case(words)
    return None


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    """Caption words that name no counted thing ("Results")."""
    return frozenset(load_data("patterns/quantities.json")["generic_caption_nouns"])


def _caption_noun(caption: str | None) -> str | None:
    if not caption:
        return None
    return _CAPTION_CUT.split(caption.strip(), maxsplit=1)[0].strip() or None


def _caption(lines: list[str], first_row: int) -> str | None:
    """The title above a table's first row (two lines up at most): a line that is no sentence of
    prose ("Knife crime offences by district:", not "Figures were published today.")."""
    for i in range(first_row - 1, max(-1, first_row - 3), -1):
        if lines[i].strip():
            line = lines[i].strip()
            return None if line.endswith((".", "!", "?")) else line
    return None


def _markdown_cell(lines: list[str], row: int, column_text: str, column: int) -> Cell | None:
    cells = [(m.start(), m.group(0)) for m in re.finditer(r"[^|]+", lines[row])]
    cells = [(at, c) for at, c in cells if c.strip()] if lines[row].lstrip().startswith("|") else cells
    index = next((i for i, (at, c) in enumerate(cells) if at <= column < at + len(c)), None)
    if index is None or index == 0 or cells[index][1].strip() != column_text:
        return None  # the first column labels the row
    top = row
    while top > 0 and lines[top - 1].lstrip().startswith("|"):
        top -= 1
    header_row = top if top + 1 < len(lines) and _SEPARATOR.match(lines[top + 1]) else None
    if header_row is None or row <= header_row + 1:
        return None  # no header row, or this is it (or its separator)
    headers = [h.strip() for h in lines[header_row].strip().strip("|").split("|")]
    header = headers[index] if index < len(headers) else None
    return Cell(cells[0][1].strip(), header or None, _caption(lines, top))


def _aligned_cell(lines: list[str], row: int, column_text: str) -> Cell | None:
    match = _ALIGNED_ROW.match(lines[row])
    if not match or column_text not in [c.strip() for c in _GAP.split(match.group(2)) if c.strip()]:
        return None
    top, bottom = row, row
    while top > 0 and _ALIGNED_ROW.match(lines[top - 1]):
        top -= 1
    while bottom + 1 < len(lines) and _ALIGNED_ROW.match(lines[bottom + 1]):
        bottom += 1
    if bottom == top:
        return None  # one aligned line is no table
    above = lines[top - 1] if top > 0 else ""
    header = None
    if _GAP.search(above.strip()) and not re.search(r"\d", above):  # "District    Offences    Previous"
        headers = [h for h in _GAP.split(above.strip()) if h]
        values = [c.strip() for c in _GAP.split(match.group(2)) if c.strip()]
        if len(headers) == len(values) + 1:
            header = headers[1 + values.index(column_text)]
        top -= 1
    return Cell(match.group(1).strip(), header, _caption(lines, top))


def table_cell(text: str, start: int, end: int) -> Cell | None:
    """The table cell that the figure at ``text[start:end]`` fills on its own (a header row, the row
    labels and any cell with words in it are not data cells), or None.

    >>> t = "Arrests by year:\\n| District | 2024 | 2025 |\\n|---|---|---|\\n| Sefton | 233 | 262 |"
    >>> table_cell(t, t.index("262"), t.index("262") + 3).header
    '2025'
    >>> table_cell(t, t.index("2024"), t.index("2024") + 4) is None
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    markdown = line.lstrip().startswith("|") and line.count("|") >= 3
    if not markdown and ("  " not in line and "\t" not in line or not _ALIGNED_ROW.match(line)):
        return None  # most numbers: no table row, and no need to split the text into lines
    lines, row = text.split("\n"), text.count("\n", 0, start)
    written = text[start:end]
    bracketed = re.search(rf"\(?[£$€]?{re.escape(written)}\s?%?\)?", line[max(0, start - line_start - 2):])
    column_text = bracketed.group(0).strip() if bracketed else written
    if markdown:
        cell = _markdown_cell(lines, row, column_text, start - line_start)
        if cell is None and column_text != written:
            cell = _markdown_cell(lines, row, written, start - line_start)
        return cell
    return _aligned_cell(lines, row, column_text)
