"""The organisation beside a person's name, and what is no organisation.

:class:`OrgReader` reads an organisation from the words after a name or a title ("of Kent Police",
"from the Met's South Area Command"), the unit a title names before the name ("Special Agent in
Charge of the Boston Field Office Jo Roe") and an agency written before a title ("IOPC Regional
Director"). An organisation is never a place of residence ("Jo Roe of Marietta" where the release
writes "Marietta, Ga."), a date ("indicted in August 2009") or a dateline ("WASHINGTON Attorney
General"). The states are ``states`` of ``models/patterns/people_words.json``. Used by ``claims_people``.

>>> from pipeline.nlp import shared
>>> shared().get_pipe("claims_people").orgs.org(", of the Child Exploitation and Obscenity Section, said")
'Child Exploitation and Obscenity Section'
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .base import doc_text
from .person_names import NameReader, in_dateline, surname_used_alone
from .person_titles import Titles

_ORG_IN = re.compile(
    r"\b(?:of|from|at|in|for|with)\s+(?:the\s+)?((?:[A-Z][\w’'&.\-]*)(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w’'&.\-]*)*)")
_UNIT_LINKS = ("of", "and", "the", "for", "&", "'s", "’s")  # small words inside a unit's name
_POSSESSIVE = re.compile(r"^(.+?)[’']s\s+(.+)$")


def is_date(doc: Doc, char: int, length: int) -> bool:
    """Is every word of the text at ``char`` part of a date or time ("in August 2009")?

    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "He was indicted in August 2009."))
    >>> is_date(doc, 19, 11), is_date(doc, 0, 2)
    (True, False)
    """
    span = doc.char_span(char, char + length, alignment_mode="expand")
    return span is not None and all(t.ent_type_ in ("DATE", "TIME") for t in span if t.is_alpha)


class OrgReader:
    """Reads organisations beside names; ``words`` is ``people_words.json`` (for its ``states``)."""

    def __init__(self, words: dict, names: NameReader, titles: Titles):
        self.names = names
        self.titles = titles
        states = "|".join(sorted(map(re.escape, words["states"]), key=len, reverse=True))
        self.long_states = [st for st in words["states"] if " " in st]  # "New York", "North Carolina"
        self.state_after = re.compile(rf",\s+(?:{states})(?![\w])")  # "…, Ga.", "…, Texas"

    def org(self, text: str) -> str | None:
        """The organisation after "of", "from", "at", "in", "for" or "with" in ``text``, or None. A
        unit after a possessive is the organisation, and "and" before the next person's title ends it.

        >>> from pipeline.nlp import shared
        >>> orgs = shared().get_pipe("claims_people").orgs
        >>> orgs.org(", from the Met's Stalking Threat Assessment Centre"), orgs.org(", a retired officer")
        ('Stalking Threat Assessment Centre', None)
        """
        m = _ORG_IN.search(text)
        if not m:
            return None
        org = m.group(1)
        for cut in re.finditer(r"\s+and\s+(?=\S)", org):
            rest = org[cut.end():]
            if self.titles.lead.match(rest) or rest.split()[0] in self.titles.modifiers:
                org = org[:cut.start()]  # "… Division and Special Agent Jo Roe": the next person's title
                break
        org = re.sub(r"(?:\s+(?:of|and|for|the|on|&))+$", "", org)
        org = org[:-1] if org.endswith(".") and not re.search(r"[A-Z]\.$", org) else org
        pm = _POSSESSIVE.match(org)
        if pm and len(pm.group(2).split()) > 1:
            org = pm.group(2)  # "the Met's Stalking Threat Assessment Centre": the unit
        return org or None

    def real_org(self, doc: Doc, org: str | None, char: int, rest: str) -> str | None:
        """``org`` (found in ``rest``, the text at ``char``), unless it is a place or a date.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> def org_after(text, name, org):
        ...     char = text.index(name) + len(name)
        ...     return nlp.get_pipe("claims_people").orgs.real_org(nlp(make_doc(nlp, text)), org, char, text[char:])
        >>> org_after("A preparer in Dalton, Ga., was sued. Martin Oakes of Dalton filed returns.", "Oakes", "Dalton")
        >>> org_after("Carl Ince of Thames Valley Police said the van was stolen.", "Ince", "Thames Valley Police")
        'Thames Valley Police'
        """
        if not org or rest.find(org) < 0:
            return org
        at = char + rest.find(org)
        if self.is_place(doc, at, len(org)) or is_date(doc, at, len(org)):
            return None  # "Jo Roe of Marietta": where he lives; "indicted in August"
        return org

    def is_place(self, doc: Doc, char: int, length: int) -> bool:
        """Is the text at ``char`` a place: every word a place name (GPE, LOC) to spaCy, or a town
        followed by a state here ("Saddle River, N.J.") or elsewhere in the release ("Marietta, Ga."
        ... "Jo Roe of Marietta")?

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Officers arrested Dean Fry of Saddle Brook, N.J. on Tuesday."))
        >>> nlp.get_pipe("claims_people").orgs.is_place(doc, 30, 12)
        True
        """
        span = doc.char_span(char, char + length, alignment_mode="expand")
        if span is not None and all(t.ent_type_ in ("GPE", "LOC") for t in span if t.is_alpha) and (
                not self.names.not_name(span[-1].text) or all(t.ent_type_ == "GPE" for t in span if t.is_alpha)):
            return True  # not "South Area Command" (tagged LOC): a unit's name ends in an organisation word
        name = doc_text(doc)[char:char + length]
        if not self.town_like(name):
            return False
        text = doc_text(doc)
        at = text.find(name)  # here or anywhere in the release, the name followed by a state
        while at >= 0:
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_’'")) \
                    and self.state_after.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
        return False

    def town_like(self, name: str) -> bool:
        """Could ``name`` be a town: one to three capitalised words, no acronym or organisation word?

        >>> from pipeline.nlp import shared
        >>> orgs = shared().get_pipe("claims_people").orgs
        >>> [orgs.town_like(n) for n in ("Saddle River", "Marietta", "FBIs Tampa", "Department of Labor")]
        [True, True, False, False]
        """
        words = name.split()
        return 1 <= len(words) <= 3 and all(
            re.fullmatch(r"[A-Z][a-z’'.]+(?:-[A-Z]?[a-z]+)*", w) and not self.names.not_name(w) for w in words)

    def before_title(self, doc: Doc, title: Span) -> str | None:
        """An organisation written just before a title ("IOPC Regional Director"), not a dateline.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "IOPC Regional Director Simon Akers said the report would follow."))
        >>> nlp.get_pipe("claims_people").orgs.before_title(doc, doc[1:3])
        'IOPC'
        """
        if title.start == 0:
            return None
        prev = doc[title.start - 1]
        if in_dateline(doc, prev.i):
            return None  # "WASHINGTON Attorney General Jo Roe": where the release was issued
        for ent in doc.ents:
            if ent.end == title.start and ent.label_ == "ORG":
                return ent.text
        if prev.is_upper and len(prev.text) >= 2 and prev.is_alpha and prev.text not in self.titles.words:
            return prev.text  # an acronym: "IOPC", "NYPD"
        return None

    # ---- a unit between a title and a name ------------------------------------------------
    def unit_then_name(self, doc: Doc, k: int) -> tuple[str | None, tuple[int, int] | None]:
        """The organisation and name after a title that names its unit first, from token ``k``.

        "Special Agent in Charge | of the Boston Field Office Jo Roe" gives ("Boston Field Office",
        the token range of "Jo Roe"); "U.S. Attorney | for the Eastern District of Ohio Ann Lee" gives
        ("Eastern District of Ohio", Ann Lee). The name is a spaCy PERSON entity, or else a name run
        after an organisation word ("Office", "Division"); (None, None) where there is none.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Special Agent in Charge of the Boston Field Office Harold Ngata spoke."))
        >>> nlp.get_pipe("claims_people").orgs.unit_then_name(doc, 4)
        ('Boston Field Office', (9, 11))
        """
        if k >= len(doc) or doc[k].lower_ not in ("of", "for"):
            return None, None
        for n in self._name_starts(doc, k):
            if self._splits_state(doc, n):
                continue  # "…District of North | Carolina Gretchen Shappert"
            between = doc[k + 1:n]
            if not all(t.text[:1].isupper() or t.lower_ in _UNIT_LINKS for t in between):
                return None, None
            if between[-1].text in self.titles.words:
                continue  # "Officer in Charge of the Marine Unit Inspector Sam Reed": her own title
            run = self.names.name_run(doc, n, titled=True)
            unit = self.org(doc[k:n].text)
            if run and unit and (run[1] - run[0] >= 2 or doc[n].ent_type_ == "PERSON") and (not any(
                    t.ent_type_ in self.names.blocking for t in doc[run[0]:run[1]])
                    or surname_used_alone(doc, run[1] - 1)):
                return unit, run  # a surname alone if spaCy calls it a person; not "…Coast Guard | Sector New Orleans"
        return None, None

    def _splits_state(self, doc: Doc, n: int) -> bool:
        """Does token ``n`` end a state's name of several words ("North | Carolina", "New | York")?"""
        end = doc[n].idx + len(doc[n].text)
        return any(doc_text(doc).endswith(st, 0, end) and end - len(st) < doc[n].idx for st in self.long_states)

    def _name_starts(self, doc: Doc, k: int) -> list[int]:
        """Tokens after ``k`` where a name may start once a unit's name has ended: a PERSON entity
        (or the stray first name spaCy left out of it: "…of Pennsylvania Zane [David Memeger]"),
        or the token after an organisation word or a place ("…Field Office | Jo Roe", "…of Ohio | Jo Roe").
        """
        starts = set()
        for n in range(k + 2, min(k + 13, len(doc))):
            prev, tok = doc[n - 1], doc[n]
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
                stray = prev.ent_type_ == "" and doc[n - 2].ent_type_ != "" and self.names.name_like(prev)
                starts.update({n - 1, n} if stray and n - 1 > k + 1 else {n})
            elif self.names.not_name(prev.text) or (prev.ent_type_ in ("GPE", "LOC", "ORG") and tok.ent_type_ == ""):
                starts.add(n)
        end = k + 1
        while end < len(doc) and end - k <= 12 and (doc[end].text[:1].isupper() or doc[end].lower_ in _UNIT_LINKS):
            end += 1
        if end - k >= 5 and surname_used_alone(doc, end - 1):
            starts.add(end - 2)  # "Deputy Mayor for Community Safety | Renata Okoye ... Okoye said"
        return sorted(starts)
