"""Commitments in a bulleted list whose actor stands in the header above it.

A release may name the actor once and list what it will do::

    Under the plan, the CPS:
    • will put 80 of the new officers into district patrol teams;
    • plans to open two district offices by the end of 2027;

    The force will:
    - recruit 100 officers;
    - open two new stations.

Each item is a commitment of the header's actor when the header ends with a colon after the
actor ("the CPS:") and the item opens with a modal and a verb ("will put") or a commitment verb
and "to" ("plans to", "aims to"), or when the header ends with the actor and a modal ("The force
will:") and the item opens with a verb. The item's span runs from its first word to the end of its
line, without the closing ";", "." or "and". Used by ``claims_commitments``, which decides
whether the header's words name an actor.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from .base import doc_text
from .bullet_lists import list_header_start

_CLOSING = re.compile(r"(?:[;,.:]|\s+(?:and|or))*\s*$")


def header_of(doc: Doc, first: Token) -> Span | None:
    """The header line (a span, without its colon) above the list item that ``first`` opens,
    where that line ends with a colon; else None.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Under the plan, the CPS:\\n• will open two offices;")
    >>> header_of(doc, doc[-5]).text
    'Under the plan, the CPS'
    """
    text = doc_text(doc)
    at = list_header_start(text, first.idx)
    if at is None:
        return None
    line_end = text.find("\n", at)
    header = text[at:len(text) if line_end < 0 else line_end].rstrip()
    if not header.endswith(":"):
        return None
    return doc.char_span(at, at + len(header) - 1, alignment_mode="contract")


def closing_noun_phrase(header: Span) -> Span | None:
    """The noun phrase a header ends with ("the CPS" in "Under the plan, the CPS"), or None.

    >>> from pipeline.nlp import shared
    >>> closing_noun_phrase(shared()("Under the plan, the CPS")[:]).text
    'the CPS'
    >>> closing_noun_phrase(shared()("The City of Vancouver")[:]).text
    'The City of Vancouver'
    """
    doc, end = header.doc, header.end
    start = end
    while start > header.start and (doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON") or (
            doc[start - 1].lower_ in ("of", "and", "&") and start - 1 > header.start
            and doc[start - 2].pos_ in ("NOUN", "PROPN"))):
        start -= 1  # (through "of": "The City of Vancouver"; through "and": "the department and Denver Health")
        if doc[start].pos_ in ("DET", "PRON") and not (
                start - 2 > header.start and doc[start - 1].lower_ in ("and", "&")
                and doc[start - 2].pos_ in ("NOUN", "PROPN")):
            break  # the phrase opens here ("the next year the force": "the force"; but "the force and the councils")
    if start == end or doc[end - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return doc[start:end]


def phrase_head(phrase: Span) -> Token:
    """The word of a noun phrase that names what it is: the last word before any "of" ("The City of
    Vancouver": "City") or "and" (the first of coordinated actors, "the department and Denver
    Health": "department"), else the last word.

    >>> from pipeline.nlp import shared
    >>> phrase_head(shared()("The City of Vancouver")[:]).text
    'City'
    """
    cut = next((t for t in phrase if t.lower_ in ("of", "and", "&")), None)
    return phrase.doc[cut.i - 1] if cut is not None and cut.i > phrase.start else phrase[-1]


def list_commitments(doc: Doc, modals: set[str], to_verbs: set[str],
                     is_actor: Callable[[Token], bool]) -> Iterator[tuple[Token, int, int, Span]]:
    """(item's first token, start token, end token, actor span) for each list item that commits
    the actor its header names. ``modals`` are the modal words ("will"), ``to_verbs`` the lemmas
    of commitment verbs taking "to" ("plan", "aim"), ``is_actor`` the component's actor test.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("The force will:\\n- recruit 100 officers;\\n- open two new stations.")
    >>> [(doc[s:e].text, actor.text) for _, s, e, actor in
    ...  list_commitments(doc, {"will"}, {"plan"}, lambda t: t.lower_ == "force")]
    [('recruit 100 officers', 'The force'), ('open two new stations', 'The force')]
    """
    text = doc_text(doc)
    for line in re.finditer(r"(?m)^[ \t]*[•\-*·●▪–][ \t]*(?=\w)", text):
        first = doc.char_span(line.end(), line.end() + 1, alignment_mode="expand")
        if first is None:
            continue
        first = first[0]
        header = header_of(doc, first)
        if header is None:
            continue
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        modal_header = header[-1].lower_ in modals
        if modal_header:
            actor = closing_noun_phrase(header.doc[header.start:header.end - 1])
            # a base form: the parser may tag a list item's verb as a noun ("- recruit 100 officers")
            opens = first.is_lower and first.lemma_ == first.lower_ and (
                first.tag_ in ("VB", "VBP", "NN", "VBD", "VBN")
                or first.tag_ == "JJ" and nxt is not None and (nxt.like_num or nxt.pos_ == "DET"))  # "- open two refuges"
        else:
            actor = closing_noun_phrase(header)
            opens = nxt is not None and (
                (first.lower_ in modals and nxt.pos_ in ("VERB", "AUX"))
                or (first.lemma_.lower() in to_verbs and nxt.lower_ == "to"))
        if actor is None or not opens or not is_actor(phrase_head(actor)):
            continue
        line_end = text.find("\n", first.idx)
        item = text[first.idx:len(text) if line_end < 0 else line_end]
        item = item[:_CLOSING.search(item).start()]
        span = doc.char_span(first.idx, first.idx + len(item), alignment_mode="contract")
        if span is not None and len(span) >= 2:
            yield first, span.start, span.end, actor
