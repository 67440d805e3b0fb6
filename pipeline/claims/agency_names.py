"""Whether a name is a government agency that can commit, for ``claims_commitments``: a capitalised
name headed by an agency word ("the Antitrust Division"), a known acronym ("EPA", "IRS-CI"), or an
acronym the release spells out ("the Ottawa Police Service (OPS)", "the Calgary Police Service ...
the CPS"). Word lists are those of ``models/patterns/commitments.json``.

Example:
    >>> from pipeline.nlp import shared
    >>> doc = shared()("The Antitrust Division and the EPA will continue to prosecute polluters.")
    >>> names = AgencyNames()
    >>> names.is_agency(doc[2]), names.is_agency(doc[5]), names.is_agency(doc[10])
    (True, True, False)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .base import doc_text, load_data

__all__ = ["AgencyNames"]


class AgencyNames:
    """Recognises agency names with the word lists in ``patterns``; :class:`~pipeline.claims.actors.ActorResolver`
    builds on it."""

    def __init__(self, patterns: str = "patterns/commitments.json"):
        data = load_data(patterns)
        self.agency_heads = set(data["agency_head_words"])
        self.non_agency = set(data["non_agency_words"])
        self.agency_acronyms = set(data["agency_acronyms"])
        self.acronym = re.compile(data["acronym_pattern"])

    def is_agency(self, head: Token) -> bool:
        """Whether a noun names a government body: a capitalised name headed by an agency word, a
        back-reference to one ("the Division"), or an agency acronym.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The Antitrust Division will continue to prosecute cartels.")
        >>> AgencyNames().is_agency(doc[2])
        True
        """
        if self.is_agency_acronym(head):
            return True
        if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
            return False
        name = [t for t in head.subtree if t.i <= head.i]
        words = [t.lower_ for t in name]
        if {w.rstrip(".,") for w in (t.lower_ for t in head.subtree)} & self.non_agency:
            return False  # "Acme Health Services", "the Puerto Rico Aqueduct and Sewer Authority"
        last_two = " ".join(words[-2:])
        return head.lower_ in self.agency_heads or last_two in self.agency_heads

    def is_agency_acronym(self, tok: Token) -> bool:
        """"FBI", "IRS-CI", or an all-capitals acronym the release spells out with an agency word
        ("Bureau of Justice Assistance (BJA)", "the Ottawa Police Service (OPS)").

        >>> from pipeline.nlp import shared
        >>> AgencyNames().is_agency_acronym(shared()("EPA is committed to clean water.")[0])
        True
        """
        if tok.text in self.agency_acronyms:
            return True
        if not self.acronym.match(tok.text):
            return False
        return self.spelled_out_agency(tok.doc, tok.text)  # "The Ottawa Police Service (OPS)", whatever spaCy tags

    def spelled_out_agency(self, doc: Doc, acronym: str) -> bool:
        """Whether the text defines ``acronym`` as "<Name headed by an agency word> (ACRONYM)", or
        names such an agency whose initials spell it ("the Calgary Police Service ... the CPS").

        >>> import spacy
        >>> AgencyNames().spelled_out_agency(spacy.blank("en")("the Office on Violence Against Women (OVW)."), "OVW")
        True
        >>> AgencyNames().spelled_out_agency(spacy.blank("en")("The Calgary Police Service said the CPS will act."), "CPS")
        True
        """
        text = doc_text(doc)
        m = re.search(r"((?:[A-Z][\w.'’-]*\s+|(?:of|on|for|and|the)\s+){1,8})\(" + re.escape(acronym) + r"\)", text)
        if not m:
            return any(self._agency_words(name) for name in self._names_with_initials(text, acronym))
        return self._agency_words(m.group(1).split())

    @staticmethod
    def _names_with_initials(text: str, acronym: str) -> Iterator[list[str]]:
        """The words of each capitalised name in ``text`` whose initials spell ``acronym``
        ("Calgary Police Service": CPS), lazily."""
        for run in re.finditer(r"(?<![\w.])[A-Z][a-z]+(?:\s+(?:of\s+|and\s+)?[A-Z][a-z]+){1,8}", text):
            words = run.group(0).split()
            for i in range(len(words)):
                for j in range(i + 2, len(words) + 1):
                    name = words[i:j]
                    if name[0][0].isupper() and "".join(w[0] for w in name if w[0].isupper()) == acronym:
                        yield name

    def _agency_words(self, words: list[str]) -> bool:
        """Whether a name's words end with an agency word, before any "of"/"on"/"for"."""
        words = [w.lower() for w in words]
        if set(words) & self.non_agency:
            return False
        head = next((w for w in words if w in ("of", "on", "for")), None)
        words = words[:words.index(head)] if head else words
        return bool(words) and (words[-1] in self.agency_heads or " ".join(words[-2:]) in self.agency_heads)
