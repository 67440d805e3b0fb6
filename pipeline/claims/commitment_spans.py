"""Where a commitment's span ends, for ``claims_commitments``: the clause from the actor to the end
of the action, cut before coordinated verbs and subordinate clauses that are not part of the
undertaking, and the coordinated verbs, stray base verbs and listed gerunds ("committed to tackling
X, protecting Y and supporting Z") that get claims of their own. The cut words live in
``models/patterns/commitments.json``.

>>> from pipeline.nlp import shared
>>> doc = shared()("West Mercia Police is committed to supporting victims, although we know there is more to do.")
>>> start, end = trim(doc, 0, CommitmentSpans().clause_end([doc[4]], len(doc)))
>>> doc[start:end].text
'West Mercia Police is committed to supporting victims'
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .base import load_data
from .commitment_actors import SUBJECT_DEPS


def shares_object(head: Token, conj: Token) -> bool:
    """"challenge and investigate any officer": the first verb has nothing of its own.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("We will always challenge and thoroughly investigate any officer.")
    >>> shares_object(doc[3], doc[6])
    True
    """
    if conj.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return False
    between = head.doc[head.i + 1:conj.left_edge.i]
    return all(t.pos_ in ("ADV", "PART", "CCONJ", "PUNCT") or t.dep_ == "prt" for t in between)  # "shut down and jail"


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens ``start:end`` without punctuation, spaces and a closing conjunction at either end.

    >>> import spacy
    >>> doc = spacy.blank("en")("“We will open two stations.”")
    >>> start, end = trim(doc, 0, len(doc))
    >>> doc[start:end].text
    'We will open two stations'
    """
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc" or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def stray_base_verbs(doc: Doc, start: int, end: int) -> list[Token]:
    """Base verbs the parser hung on a finite verb they cannot agree with:
    "to improve how the Met protects women and build trust" - "build" goes with "improve".

    >>> from pipeline.nlp import shared
    >>> doc = shared()("We will work to improve how the Met protects women and build trust.")
    >>> [t.text for t in stray_base_verbs(doc, 0, len(doc))]
    ['build']
    """
    out = []
    for tok in doc[start:end]:
        if (tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ in ("VBZ", "VBD")
                and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in tok.children)):
            out.append(tok)
    return out


def gerund_list(comp: Token, end: int) -> list[int]:
    """Starts of the 2nd, 3rd... items of "committed to tackling X, protecting Y and supporting Z".

    >>> from pipeline.nlp import shared
    >>> doc = shared()("We are committed to tackling knife crime, protecting young people and supporting victims.")
    >>> [doc[i].text for i in gerund_list(doc[2], len(doc))]
    ['protecting', 'supporting']
    """
    doc = comp.doc
    first = next((g for c in comp.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.tag_ == "VBG"), None)
    if first is None:
        return []
    starts = []
    for j in range(first.i + 2, end):
        tok = doc[j]
        if tok.tag_ == "VBG" and tok.dep_ == "prep":
            break  # ", including through a new online form": a preposition, and the list is over
        if tok.tag_ == "VBG" and doc[j - 1].lower_ in (",", "and") and tok.dep_ not in ("amod", "compound"):
            starts.append(j)
        elif tok.tag_ == "VBG" and doc[j - 1].lower_ == "and" and tok.dep_ == "amod" and doc[j - 2].pos_ == "NOUN":
            starts.append(j)
    return starts


def _reduplicated(tok: Token) -> bool:
    """"block by block", "step by step": a word repeated after "by" is an adverbial idiom, not a verb.

    >>> import spacy
    >>> _reduplicated(spacy.blank("en")("block by block")[0])
    True
    """
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "by" and doc[tok.i + 2].lower_ == tok.lower_


class CommitmentSpans:
    """Clause ends and coordinated verbs, from the word lists in ``patterns``.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Kent Police will open two new stations, hire more call handlers and will expand its unit.")
    >>> [t.text for t in CommitmentSpans().coordinated(doc[3])]
    ['hire', 'expand']
    """

    def __init__(self, patterns: str = "patterns/commitments.json"):
        data = load_data(patterns)
        self.cut_markers = frozenset(data["clause_cut_markers"])
        self.strong_cuts = frozenset(data["strong_cuts"])
        self.modals = set(data["modal_words"])

    def clause_end(self, heads: list[Token], limit: int) -> int:
        """Token index just past the action: the heads' subtrees, cut before coordinated
        verbs and subordinate clauses that are not part of the undertaking.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Kent Police will open two new stations, hire more call handlers.")
        >>> doc[:CommitmentSpans().clause_end([doc[3]], len(doc))].text
        'Kent Police will open two new stations,'
        """
        end = max(h.right_edge.i for h in heads) + 1
        end = min(end, limit)
        for head in heads:
            for child in head.children:
                if child.i <= head.i:
                    continue
                cut = False
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    cut = True
                elif child.dep_ in ("advcl", "conj", "parataxis") and child.left_edge.lower_ in self.cut_markers:
                    cut = True
                elif child.dep_ == "cc":
                    verbs = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > child.i]
                    cut = bool(verbs) and not shares_object(head, verbs[0])
                elif child.dep_ == "mark" or child.dep_ == "punct" and child.text in ";:":
                    cut = child.dep_ == "punct"
                if cut and not shares_object(head, child):
                    end = min(end, child.left_edge.i)
        first = min(h.i for h in heads) + 1
        doc = heads[0].doc
        for j in range(first, end):
            if doc[j].lower_ in self.strong_cuts:
                return j
        return end

    def coordinated(self, verb: Token) -> list[Token]:
        """Verbs coordinated with ``verb`` that share its subject (no subject of their own).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("We will work with schools, and we will visit every college.")
        >>> CommitmentSpans().coordinated(doc[2])
        []
        """
        out = []
        stack = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
        while stack:
            c = stack.pop(0)
            if c.pos_ not in ("VERB", "AUX") or _reduplicated(c):
                continue  # (not "block by block and hour by hour", which the parser may read as a verb)
            if any(g.dep_ in SUBJECT_DEPS for g in c.children):
                continue
            if shares_object(c.head, c):
                continue
            own_modal = any(g.dep_ == "aux" and g.lower_ in self.modals for g in c.children)
            if verb.tag_ in ("VB", "VBG") and c.tag_ != verb.tag_ and not own_modal:
                continue
            out.append(c)
            stack.extend(g for g in c.children if g.dep_ == "conj" and g.i > c.i)
        return out
