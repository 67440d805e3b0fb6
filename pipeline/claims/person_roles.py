"""The role, organisation and age written right after a person's name.

:class:`RoleReader` reads an age ("Jo Roe, 34,"), an organisation ("Jo Roe of Kent Police"), a
title ("Jo Roe, Assistant Attorney General for …") or a description ("Jo Roe, the force's head of
public protection", "Jo Roe, who is the owner of Acme") after a name. A relative clause is not a
role ("who is currently a fugitive", "who runs a hire fleet": a verb phrase is never a role), though
the noun it names after "is"/"was"/"has been" may be ("who is the owner of Acme" -> "owner", "who has
been secretary of Capel Tabor" -> "secretary"), and the next person's title is not this person's
("Tony Marsh, Special Agent in Charge Jo Roe"). The word lists are those of
``models/patterns/people_words.json``. Used by ``claims_people``.

>>> from pipeline.nlp import shared, make_doc
>>> nlp = shared()
>>> doc = nlp(make_doc(nlp, "Jane Morrow, Chief Executive of Safer Streets Now, welcomed the charges."))
>>> nlp.get_pipe("claims_people").roles.after_context(doc, 11)
('Chief Executive', 'Safer Streets Now', None)
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import doc_text
from .person_ages import age_after
from .person_names import NameReader
from .person_orgs import OrgReader
from .person_titles import Titles

_POSSESSOR = r"(?:[A-Z][\w.&-]*\s+){0,4}[\w’'.-]+[’']s\s+"  # "the force's", "Denver Health's"
_OWNED_ROLE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\s)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+([a-z][a-z -]{2,60}?),\s*$")
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that|where)\s")  # "a lawyer who practises…"


class RoleReader:
    """Reads what the words after a name say about the person; ``words`` is ``people_words.json``."""

    def __init__(self, words: dict, names: NameReader, titles: Titles, orgs: OrgReader):
        self.names = names
        self.titles = titles
        self.orgs = orgs
        self.speech_verbs = set(words["speech_verbs"])
        role_nouns = "|".join(words["role_nouns"])
        links = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                         for w in sorted(words["who_role_links"], key=len, reverse=True))
        adverbs = "|".join(map(re.escape, words["who_role_adverbs"]))
        # "who is the owner", "who was also a director", "who has been secretary of": the noun phrase that
        # follows is the role (an article, a possessive, or a role noun within its first three words)
        self.who_is = re.compile(rf"^who\s+(?:{links})\s+(?:(?:{adverbs})\s+)?(?=(?:the|a|an)\s|[\w’']+[’']s\s"
                                 rf"|(?:[a-z-]+\s+){{0,2}}(?i:{role_nouns})(?![\w-]))")
        relatives = "|".join(map(re.escape, words["person_relatives"]))
        self.relative_after = re.compile(rf",\s*(?:{relatives})\s")  # "Harjit Sandhu, whose Lexus was stolen"
        self.not_role_leads = set(words["not_role_leads"])
        self.prenominal_roles = set(words["prenominal_roles"])
        self.part_played_roles = set(words["part_played_roles"])
        self.role_noun = re.compile(rf"\b(?:{role_nouns})\b", re.I)
        posts = "|".join(re.escape(p) for p in sorted(names.postnominals, key=len, reverse=True))
        self.postnominal_prefix = re.compile(rf"^(?:,?\s+(?:{posts})(?![\w]))+")

    def after_context(self, doc: Doc, end_char: int) -> tuple[str | None, str | None, int | None]:
        """Role, organisation and age from the words right after a name, which ends at ``end_char``.

            "…Jo Roe, 34, of Croydon"                      -> (None, None, 34)
            "…Jo Roe, Chief Executive of Safer Streets Now" -> ("Chief Executive", "Safer Streets Now", None)
            "…Jo Roe of Marietta" (a place in the release)  -> (None, None, None)

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Jo Roe, 34, of Croydon was charged."))
        >>> nlp.get_pipe("claims_people").roles.after_context(doc, 6)
        (None, None, 34)
        """
        raw = doc_text(doc)[end_char:end_char + 200].split("\n")[0]
        rest = self.postnominal_prefix.sub("", raw)
        end_char += len(raw) - len(rest)  # rest[n] is the text at end_char + n
        age = age_after(rest)
        if age is not None:
            described = re.match(r",\s*(?:aged\s+)?\d{1,3},(?=\s+(?:a|an|the|who)\s)", rest)
            if described:  # "Mariah Okonkwo, 34, a clinical social worker who ...", "Gwilym Parry, 74, who has
                # been secretary of Capel Tabor": the role after the age
                role, org, _ = self.after_context(doc, end_char + described.end() - 1)
                if role is not None:  # (not "a national of Cyprus": a place is no organisation)
                    return role, org, age
            return None, None, age
        if re.match(r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]", rest):
            org = self.orgs.org(re.split(r",|;|:|(?<!\b[A-Z])\.(?:\s|$)", rest)[0])
            return None, self.orgs.real_org(doc, org, end_char, rest), None  # not "Jo Roe of San Diego"
        if not rest.startswith(","):
            return None, None, None
        appos = re.split(r",|;|:|(?<!\b[A-Z])\.(?:\s|$)|\s(?:said|says|added|explained|commented|told)\b", rest[1:])[0].strip()
        if not appos or len(appos) > 120:
            return None, None, None
        tm = self.titles.lead.match(appos)
        if tm and self._title_then_name(doc, end_char + rest.find(appos) + tm.end(), appos[tm.end():]):
            return None, None, None  # the next person's title: "…, Special Agent in Charge Jo Roe"
        clause = _RELATIVE.split(appos)[0]  # "a lawyer who practises in Leeds": not "Leeds"
        if clause.startswith("who "):
            clause = re.split(r"\sfrom\s(?!the\s)", clause)[0]  # "who is missing from Salthill": a place (not "from the X Office")
        # an organisation after the title, not inside it ("Special Agent in Charge of the X Field Office")
        org = self.orgs.real_org(doc, self.orgs.org(clause[tm.end():] if tm else clause), end_char, rest)
        if tm:
            role, agency = self.title_role(tm.group(0))
            return role, org or agency, None
        return self.described_role(appos), org, None

    def title_follows(self, doc: Doc, end_char: int) -> bool:
        """Is the name followed by a comma and a title ("Tony Marsh, Assistant Attorney General"),
        not the next person's title ("Tony Marsh, Special Agent in Charge Jo Roe")?

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> roles = nlp.get_pipe("claims_people").roles
        >>> doc = nlp(make_doc(nlp, "said Tony Marsh, Assistant Attorney General, today."))
        >>> roles.title_follows(doc, 15), roles.title_follows(doc, 9)
        (True, False)
        """
        raw = doc_text(doc)[end_char:end_char + 200]
        rest = self.postnominal_prefix.sub("", raw)
        if not rest.startswith(", "):
            return False
        m = self.titles.lead.match(rest[2:])
        title_end = end_char + len(raw) - len(rest) + 2 + (m.end() if m else 0)
        return (bool(m) and any(c.isupper() for c in m.group(0))
                and not self._title_then_name(doc, title_end, rest[2 + m.end():]))

    def title_role(self, title: str) -> tuple[str, str | None]:
        """The role in a title written after a name, and the agency acronym written before it.

        >>> from pipeline.nlp import shared
        >>> roles = shared().get_pipe("claims_people").roles
        >>> roles.title_role("the force's Chief Officer"), roles.title_role("FBI Special Agent in Charge")
        (('Chief Officer', None), ('Special Agent in Charge', 'FBI'))
        """
        role = re.sub(r"^(?:the\s+)", "", title, flags=re.I)
        role = re.sub(r"^[\w’']+[’']s\s+", "", role)
        acronym = re.match(r"([A-Z]{2,})\s+(?=\S)", role)
        if acronym and acronym.group(1) not in self.titles.words:
            return role[acronym.end():], acronym.group(1)
        return role, None

    def _title_then_name(self, doc: Doc, char: int, after: str) -> bool:
        """Does a title ending at ``char`` (``after`` is the text that follows it) introduce a name?

        "…, Special Agent in Charge Jo Roe" and "…, Special Agent in Charge of the Boston Field
        Office Jo Roe" are the next person's title; "…, Special Agent in Charge of the FBI." is not.
        """
        if re.match(r"\s+(?:[A-Z]\.\s*)*[A-Z][a-z]", after):
            return True
        m = re.match(r"\s+(of|for)\s", after)
        word = m and doc.char_span(char + m.start(1), char + m.end(1))
        return bool(word) and self.orgs.unit_then_name(doc, word.start)[1] is not None

    def described_speaker(self, doc: Doc, end_char: int) -> tuple[str, str | None] | None:
        """Role and organisation of a name described between commas and then speaking, else None.

            "Grace Obi, the head of the Serious Crime Unit, said ..." -> ("head", "Serious Crime Unit")
            "Leeds, the home of the suspect, said to be ..."         -> None (no role noun)

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Grace Obi, the head of the Serious Crime Unit, said the arrests mattered."))
        >>> nlp.get_pipe("claims_people").roles.described_speaker(doc, 9)
        ('head', 'Serious Crime Unit')
        """
        rest = doc_text(doc)[end_char:end_char + 200].split("\n")[0]
        m = re.match(r",\s*([^,;:()]{3,120}),\s+(\w+)", rest)
        if not m:
            return None
        verb = doc.char_span(end_char + m.start(2), end_char + m.end(2))
        last = doc.char_span(end_char - 1, end_char, alignment_mode="expand")
        acts = verb is not None and verb[0].pos_ == "VERB" and verb[0].tag_ in ("VBD", "VBZ") \
            and re.search(r"\bof\s+(?:the\s+)?[A-Z]", m.group(1)) is not None \
            and not (last is not None and last[-1].ent_type_ in ("GPE", "LOC", "FAC"))
        # "…, president of the X Festival, thanked" (but not "… of Las Vegas, former owner of X, pleaded")
        if m.group(2).lower() not in self.speech_verbs and not acts:
            return None
        role, org, _ = self.after_context(doc, end_char)
        return (role, org) if role and not self.title_follows(doc, end_char) else None

    def role_before(self, doc: Doc, start_char: int) -> tuple[str, str | None] | None:
        """(role, organisation or None) from a lower-case noun phrase written right before the name
        that starts at ``start_char``, ending in one of ``prenominal_roles``; else None.

            "west Belfast taxi driver Colm Devenney"            -> ("taxi driver", None)
            "Phoenix Police Association president Derek Lind"  -> ("president", "Phoenix Police Association")
            "a former U.S. Postal Service city carrier, Keandra Mims" -> ("city carrier", "U.S. Postal Service")
            "Inverness man Ewan Rae", "17-year-old Tyrese Hall", "the driver, Tyler Brand" -> None

        >>> from pipeline.nlp import shared
        >>> nlp = shared()
        >>> roles = nlp.get_pipe("claims_people").roles
        >>> roles.role_before(nlp("Kent Road Safety Partnership chair Tom Harrow said it helped."), 35)
        ('chair', 'Kent Road Safety Partnership')
        """
        owned = _OWNED_ROLE_BEFORE.search(doc_text(doc)[max(0, start_char - 80):start_char])
        if owned and self.role_noun.search(owned.group(1)) and not re.search(r"\b(?:as|in|at|with|for)\b", owned.group(1)):
            return owned.group(1), None  # "Its head of operations, Pieter van Elst, said"
        span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        i = span.start - 1 if doc[span.start - 1].text == "," and span.start >= 2 else span.start
        if doc[i - 1].lower_ not in self.prenominal_roles:  # (with a comma: "A former city carrier, Keandra Mims")
            return None
        k = i
        while k - 1 >= 0 and i - k < 3 and "\n" not in doc[k - 1].whitespace_ and doc[k - 1].pos_ in ("NOUN", "ADJ") \
                and (doc[k - 1].is_lower or doc[k - 1].is_sent_start) and not doc[k - 1].ent_type_:
            k -= 1  # "taxi driver", "regional manager", "Dairy farmer" opening its sentence
        if k == i:
            return None  # "County Executive Michael Sanders": a capitalised title, read as a title
        j = k
        while j - 1 >= 0 and k - j < 6 and doc[j - 1].pos_ == "PROPN" and "\n" not in doc[j - 1].whitespace_:
            j -= 1
        org = doc[j:k].text if j < k and doc[k - 1].ent_type_ == "ORG" \
            and not any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in doc[j:k]) else None
        if i - k < 2 and doc[k].lower_ in self.part_played_roles:
            return None  # "the driver, Tyler Brandvold, 19,": the part a person played, not a post (but "taxi driver")
        return doc[k:i].text, org

    def relative_speaker(self, doc: Doc, end_char: int) -> bool:
        """Is the name ending at ``end_char`` followed by a "who" clause between commas and then a
        speech verb ("Sunil Prasad, who owns the Hornby dairy, said ...")? "who" is said of a person.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Sunil Prasad, who owns the dairy that was raided in March, said it helped."))
        >>> nlp.get_pipe("claims_people").roles.relative_speaker(doc, 12)
        True
        """
        rest = doc_text(doc)[end_char:end_char + 200].split("\n")[0]
        m = re.match(r",\s*who\s[^;:()\"“”]{3,160}?,\s+(\w+)", rest)
        return m is not None and m.group(1).lower() in self.speech_verbs

    def relative_follows(self, doc: Doc, end_char: int) -> bool:
        """Is the name ending at ``end_char`` followed by a comma and a relative pronoun said only of
        people (``person_relatives``: "Harjit Sandhu, whose Lexus was stolen, ...", "Jo Roe, who ...")?

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> roles = nlp.get_pipe("claims_people").roles
        >>> doc = nlp(make_doc(nlp, "Harjit Sandhu, whose Lexus was stolen, was contacted. Leeds, where it was found, is near."))
        >>> roles.relative_follows(doc, 13), roles.relative_follows(doc, 59)
        (True, False)
        """
        return self.relative_after.match(doc_text(doc), end_char, end_char + 12) is not None

    def described_role(self, appos: str) -> str | None:
        """The role in a description after a name, or None where it names none.

            "the force's head of public protection"  -> "head of public protection"
            "Denver Health's director of services"     -> "director of services"
            "who is the owner of Acme Tyres"          -> "owner"
            "who has been secretary of Capel Tabor"   -> "secretary"
            "a solicitor who practises in Leeds"      -> "solicitor"
            "a fisherman licensed in Maryland"        -> "fisherman"
            "who leads on road safety", "who runs a hire fleet of 22 cruisers" -> None (a verb phrase)
            "who is currently a fugitive", "who was indicted in May", "will lead the review" -> None

        >>> from pipeline.nlp import shared
        >>> roles = shared().get_pipe("claims_people").roles
        >>> roles.described_role("who is the owner of Acme Tyres"), roles.described_role("who is currently a fugitive")
        ('owner', None)
        >>> roles.described_role("who has been secretary of Capel Tabor"), roles.described_role("who runs a hire fleet")
        ('secretary', None)
        """
        text = self.who_is.sub("", appos)  # "who is the owner" -> "the owner"
        if text.startswith("who "):
            return None  # "who runs a hire fleet", "who is currently a fugitive": a clause, never a role
        linked = text != appos  # "who has been Chair of the X": a role after a link may be capitalised
        if not (self.role_noun.search(text) and (linked or re.match(rf"(?:the|a|an)\s|{_POSSESSOR}|[a-z]", text))):
            return None
        if text.split()[0] in self.not_role_leads:
            return None  # "will lead the review": a clause, not a description
        role = re.sub(r"^(?:the|a|an)\s+", "", text)
        role = re.sub(rf"^{_POSSESSOR}", "", role)  # "the force's", "Denver Health's"
        role = _RELATIVE.split(role)[0]
        role = re.split(r"\s+(?:of|at|for|in|with|from)\s+(?:the\s+)?[A-Z]|\s+and\s+(?=[A-Z])", role)[0]
        role = re.sub(r"\s+[a-z]+ed$", "", role)  # "fisherman licensed [in Maryland]"
        if linked:  # "who has been lead investigator [since 2019]": a time is no part of the role
            role = re.split(r"\s+(?:since|for|until|during|when|after|before|by)\s", role)[0]
        if not self.role_noun.search(role) or self._names_someone(role):
            return None  # "current DCI Sergeant Obe Lee": the next person, named with his title
        return role

    def _names_someone(self, text: str) -> bool:
        """Does ``text`` hold a capitalised title followed by a name ("current DCI Sergeant Obe Lee")?"""
        words = text.split()
        title_words = self.titles.words
        return any(w[:1].isupper() and w in title_words and nxt[:1].isupper() and nxt not in title_words
                   and not self.names.not_name(nxt) for w, nxt in zip(words, words[1:]))
