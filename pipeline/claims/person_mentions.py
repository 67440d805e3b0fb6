"""Finding the mentions of people in a release, each with the evidence that it names a person.

:class:`MentionFinder` gives one :class:`Mention` per occurrence of a name that some evidence
vouches for (``Mention.rule`` says which): a title before it (``title``), a spaCy PERSON entity
(``ner``), a byline (``byline``), an honorific (``honorific``), an age beside it (``age``), a title
or a description after it (``title_after``, ``described_speaker``), a speech verb (``speaker``), an
all-capitals surname used again (``caps_surname``), a surname a title mention uses
(``surname_link``), a relative pronoun said of people after it (``relative``: "Harjit Sandhu, whose
Lexus was stolen, ...") or a nickname in quote marks (``nickname``). ``claims_people`` then merges the
mentions into one claim per person (``person_merge``). See :meth:`MentionFinder.find`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.tokens import Doc

from .base import doc_text
from .person_ages import age_before
from .person_names import NameReader, caps_surnames, entity_end, has_code_word, surname_only
from .person_orgs import OrgReader
from .person_roles import RoleReader
from .person_titles import Titles
from .scan import literal_hits, token_indices

_NICKNAME = re.compile(r"(?<![\w’'])([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?)\s+[\"“]([A-Z][\w’'. -]{0,20})[\"”]\s+"
                       r"([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)(?![\w’'])")  # 'Lucas "Moe" Hartsough', 'Joaquin "Chapo" Guzman Loera'


@dataclass
class Mention:
    """One occurrence of a person's name, with what its context says about them.

    >>> Mention(0, 16, ["Anne", "-", "Marie", "Jones"], "age", age=52).tokens
    ['Anne-Marie', 'Jones']
    """

    start: int
    end: int
    tokens: list[str]
    rule: str
    role: str | None = None
    organisation: str | None = None
    age: int | None = None

    def __post_init__(self):
        # the words of the name, hyphenated parts rejoined ("Gray-Burriss" is one word)
        self.tokens = re.sub(r"\s*([-‐])\s*", r"\1", " ".join(self.tokens)).split()

    @property
    def surname(self) -> str:
        """The last word of the name, lower-cased.

        >>> Mention(0, 6, ["Jo", "Roe"], "ner").surname
        'roe'
        """
        return self.tokens[-1].lower()


class MentionFinder:
    """Finds the person mentions of a Doc; ``words`` is ``people_words.json``."""

    def __init__(self, words: dict, names: NameReader, titles: Titles, orgs: OrgReader, roles: RoleReader):
        self.names = names
        self.titles = titles
        self.orgs = orgs
        self.roles = roles
        self.byline_leads = tuple(words["byline_leads"])
        self.title_body_org_heads = frozenset(words["title_body_org_heads"])  # "Chief Constable of Kent Police, ..."
        self.age_vouched = names.non_person | names.place_surnames  # an age after the name makes it a person
        kin = "|".join(map(re.escape, words["kin_roles"]))
        self.kin_before = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w’']+[’']s)\s+({kin})\s*,\s*$")
        self.ranks_before_name = titles.words | names.honorifics  # "Sgt. Maria Alvarez" on a byline line
        self.relative_place_leads = frozenset(words["relative_place_leads"])  # "…, of Melton Mowbray, who": a place

    def find(self, doc: Doc) -> list[Mention]:
        """Every mention the rules find, in the order of the rules; one name may have several.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Detective Inspector Jane Doe said Kieran Blake, 29, of Leeds, was charged."))
        >>> [(m.tokens, m.rule) for m in nlp.get_pipe("claims_people").finder.find(doc)]
        [(['Jane', 'Doe'], 'title'), (['Jane', 'Doe'], 'ner'), (['Kieran', 'Blake'], 'ner'), (['Kieran', 'Blake'], 'age')]
        """
        mentions = self.byline_mentions(doc) + self.title_mentions(doc) + self.entity_mentions(doc)
        # surnames used alone after a title, or with their particle ("De Villa")
        titled = {m.tokens[-1] for m in mentions
                  if surname_only(m.tokens, self.names.particles) and m.rule in ("title", "ner")}
        mentions += self.pattern_mentions(doc, titled) + self.nickname_mentions(doc)
        for m in mentions:
            if m.rule == "title" or (m.role is not None and m.organisation is not None):
                continue
            before = self.roles.role_before(doc, m.start)
            # "taxi driver Colm Devenney"; a post in a named body outweighs a description after the name
            # ("Phoenix Police Association president Derek Lindqvist, a 22-year veteran patrol sergeant")
            if before is not None and (m.role is None or before[1] is not None):
                m.role, m.organisation = before[0], m.organisation or before[1]
        return mentions

    def title_mentions(self, doc: Doc) -> list[Mention]:
        """Names after a title ("Detective Chief Inspector Jane Doe"), with the title as the role;
        after a plural title, every name listed ("Assistant U.S. Attorneys Karen Liu and Paul Okoro").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "IOPC Regional Director Simon Akers said the report would follow."))
        >>> [(m.tokens, m.role, m.organisation) for m in nlp.get_pipe("claims_people").finder.title_mentions(doc)]
        [(['Simon', 'Akers'], 'Regional Director', 'IOPC')]
        """
        spans = self.titles.spans(doc)
        out = []
        taken_end = -1
        for s in sorted(spans, key=lambda s: (s.start, -len(s))):
            if s.start < taken_end:
                continue
            # the longest title ending here wins; extend left over modifiers
            start = s.start
            while start > 0 and doc[start - 1].text in self.titles.modifiers and doc[start - 1].text[:1].isupper():
                start -= 1
            longest = max((t for t in spans if t.start == s.start), key=len)
            run, unit = self.names.name_run(doc, longest.end, titled=True), None
            if run is None:
                unit, run = self.orgs.unit_then_name(doc, longest.end)
            if run is None:
                continue
            taken_end = run[1]
            i, j = run
            title = doc[start:longest.end]
            if unit and " " not in unit and doc[longest.end + 1].lower_ != "the":
                title, unit = doc[start:i], None  # "Chief of Department Jo Roe": one title
            role, org, age = self.roles.after_context(doc, doc[j - 1].idx + len(doc[j - 1].text))
            out.append(Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), [t.text for t in doc[i:j]],
                               "title", role=title.text, organisation=org or unit or self.orgs.before_title(doc, title),
                               age=age))
            if longest.text.lower() in self.titles.plurals:
                for i, j in self._listed_names(doc, j):
                    out.append(Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), [t.text for t in doc[i:j]],
                                       "title", role=title.text, organisation=self.orgs.before_title(doc, title)))
                    taken_end = j
        return out

    def _listed_names(self, doc: Doc, k: int) -> list[tuple[int, int]]:
        """The further names listed after a plural title's first one, from token ``k``: ", Paul Okoro
        and Ann Wu" (token ranges)."""
        runs = []
        while k < len(doc) and doc[k].text in (",", "and"):
            k += 1 + (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text == "and")
            run = self.names.name_run(doc, k, titled=True)
            if run is None:
                break
            runs.append(run)
            k = run[1]
        return runs

    def entity_mentions(self, doc: Doc) -> list[Mention]:
        """Names spaCy tags PERSON that pass the checks of a name: not an operation, an address, a
        place, a product code, a company named after people or common nouns written in capitals.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "His mother, Celeste Ashworth, read a statement."))
        >>> [(m.tokens, m.role) for m in nlp.get_pipe("claims_people").finder.entity_mentions(doc)]
        [(['Celeste', 'Ashworth'], 'mother')]
        """
        out = []
        text = doc_text(doc)
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            i = ent.start
            while i < ent.end and (doc[i].text in self.titles.words or doc[i].text in self.names.honorifics):
                i += 1
            if i >= ent.end:
                continue
            if i > 0 and doc[i - 1].text in ("Operation", "Op", "Op.", "Project"):
                continue
            if i > 0 and doc[i - 1].text in self.names.not_name_words and doc[i - 1].is_title:
                continue
            if re.search(r",\s+(?:of|from)\s+$", text[max(0, doc[i].idx - 12):doc[i].idx]):
                continue  # "Name, 29, of Thornton Heath": an address
            run = self.names.name_run(doc, i)
            if run is None:
                continue
            i = run[0]  # past a dateline or a state: "…Montgomery, Ala. [Jo Roe] used…"
            j = entity_end(doc, ent, run)
            i = self._first_name_left_out(doc, i, j)
            occupation, i = self._opening_occupation(doc, i, j)  # "Farmer Richard Atkinson, 58, said"
            if j <= i:
                continue
            # a PERSON that is the whole of a quoted phrase is a title or nickname
            before = text[max(0, doc[i].idx - 1):doc[i].idx]
            after_char = doc[j - 1].idx + len(doc[j - 1].text)
            after = text[after_char:after_char + 1]
            if before in "‘“\"'" and before and after in "’”\"'" and after:
                continue
            words = [t.text for t in doc[i:j]]
            if self.names.place_follows(doc, j):
                continue  # "Pine Ridge, Texas": a place
            if has_code_word(words) and not (words[-1].isupper() and text.count(words[-1]) >= 2):
                continue  # "Zephyr GT": a model or product code, not a capitalised surname
            if self.names.org_elsewhere(doc, " ".join(words)):
                continue  # "Harlan Voss Inc." elsewhere: a company named after people
            if all(literal_hits(text, w.lower(), not_after="’'") for w in words):
                continue  # "Sex Trafficking" when the text also says "sex trafficking": common nouns
            role, org, age = self.roles.after_context(doc, after_char)
            age_first = age_before(text, doc[i].idx)
            if age_first is not None:
                age = age_first
            m = self.titles.before_comma.search(text[max(0, doc[i].idx - 80):doc[i].idx])
            if m and role is None:
                role = m.group(1)  # "The force's Chief Officer, Tom Reilly, said"
                body = m.group(2)
                if body and body.split()[-1] in self.title_body_org_heads:
                    # "The Chief Constable of Kent Police, Jane Smith": the body is the organisation
                    role = role[:role.rindex(body)].rsplit(None, 1)[0]
                    org = org or body
                # else "The Police and Crime Commissioner for Lancashire, Gareth Holroyd": a place, in the role
            kin = self.kin_before.search(text[max(0, doc[i].idx - 40):doc[i].idx])
            if kin and role is None:
                role = kin.group(1)  # "His mother, Celeste Ashworth, read a statement"
            role = role or occupation
            out.append(Mention(doc[i].idx, after_char, words, "ner",
                               role=role, organisation=org, age=age))
        return out

    def _first_name_left_out(self, doc: Doc, i: int, j: int) -> int:
        """Where a name that opens its sentence starts when spaCy's PERSON entity [i, j) left its
        first word out ("Yolanda [Pierre-Saintil] lost her son"): one capitalised word before it that
        is tagged as nothing else and is no title; else ``i``. (Here the entity is taken as if it
        had started at "Pierre".)

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Sheriff Ray Cole spoke. Yolanda Pierre-Saintil lost her son."))
        >>> finder = nlp.get_pipe("claims_people").finder
        >>> finder._first_name_left_out(doc, 6, 9), finder._first_name_left_out(doc, 2, 3)
        (5, 2)
        """
        k = i - 1
        if k < 0 or not doc[k].is_sent_start or doc[k].pos_ != "PROPN" or not doc[k].is_title \
                or doc[k].ent_type_ not in ("", "PERSON") or doc[k].is_stop or doc[k].text in self.titles.words \
                or doc[k].text in self.names.not_name_words:
            return i
        run = self.names.name_run(doc, k)
        return k if run is not None and run[0] == k and run[1] >= j else i

    def _opening_occupation(self, doc: Doc, i: int, j: int) -> tuple[str | None, int]:
        """(the occupation, the name's first token) for a name run [i, j) that opens its sentence
        with an occupation ("Farmer Richard Atkinson, 58, said"); else (None, i).

        >>> from pipeline.nlp import shared
        >>> nlp = shared()
        >>> doc = nlp("Farmer Richard Atkinson lost 31 sheep.")
        >>> nlp.get_pipe("claims_people").finder._opening_occupation(doc, 0, 3)
        ('farmer', 1)
        """
        if j - i >= 3 and doc[i].is_sent_start and doc[i].lower_ in self.roles.prenominal_roles:
            return doc[i].lower_, i + 1
        return None, i

    def _speaks_after(self, doc: Doc, j: int) -> bool:
        """Is token ``j`` (right after a name) a speech verb?"""
        return j < len(doc) and doc[j].lower_ in self.roles.speech_verbs

    def pattern_mentions(self, doc: Doc, titled: set[str]) -> list[Mention]:
        """Names shown by an honorific, an age beside them, a title, a description or a speech verb
        after them, a relative pronoun said of people after them ("Harjit Sandhu, whose Lexus was
        stolen, ..."), by an all-capitals surname used again, or by a surname that a title mention
        uses (``titled``: "Leah Grant" ... "Inspector Grant").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Mr Hollis, the shop owner, said he was relieved."))
        >>> [(m.tokens, m.rule, m.role) for m in nlp.get_pipe("claims_people").finder.pattern_mentions(doc, set())]
        [(['Hollis'], 'honorific', 'shop owner')]
        >>> doc = nlp(make_doc(nlp, "Harjit Sandhu, whose Lexus was stolen, was contacted by Kent Police, "
        ...                         "who thanked him."))
        >>> [(m.tokens, m.rule) for m in nlp.get_pipe("claims_people").finder.pattern_mentions(doc, set())]
        [(['Harjit', 'Sandhu'], 'relative')]
        """
        out = []
        text = doc_text(doc)
        caps = caps_surnames(doc)
        blocking = self.names.blocking
        # only a token that is an honorific or capitalised can start a mention (the rest are skipped below)
        for k in token_indices(doc, ORTH, lambda s: s in self.names.honorifics or s[:1].isupper()):
            tok = doc[k]
            if tok.text in self.names.honorifics and k + 1 < len(doc):
                run = self.names.name_run(doc, k + 1, titled=True)
                if run is not None:  # "Mr Hollis", "Mrs Eleanor Vance"
                    i, j = run
                    end_char = doc[j - 1].idx + len(doc[j - 1].text)
                    role, org, age = self.roles.after_context(doc, end_char)
                    out.append(Mention(doc[i].idx, end_char, [t.text for t in doc[i:j]], "honorific",
                                       role=role, organisation=org, age=age))
                continue
            inside_run = k > 0 and self.names.name_like(doc[k - 1]) and "\n" not in doc[k - 1].whitespace_
            after_org_word = inside_run and self.names.not_name(doc[k - 1].text)
            if not tok.text[:1].isupper() or inside_run and not after_org_word:
                continue
            # (a name may follow an organisation word, when a speech verb vouches for it:
            # "Commander Cyber Command Helena Marsh said")
            if after_org_word and not ((run := self.names.name_run(doc, k)) is not None
                                       and self._speaks_after(doc, run[1])):
                continue
            if tok.is_stop or tok.text in self.titles.words:
                continue
            run = self.names.name_run(doc, k)
            relaxed = run is None
            if relaxed:
                run = self.names.name_run(doc, k, titled=True)  # only a title after it can vouch for it
            if run is None or run[1] - run[0] < 2:
                continue
            i, j = run
            occupation, i = self._opening_occupation(doc, i, j)  # "Farmer Richard Atkinson, 58, said"
            words = [t.text for t in doc[i:j]]
            # an age beside it outweighs a place label ("Marcus Webb, 27," tagged GPE)
            blocked = any(t.ent_type_ in blocking - {"GPE", "LOC", "DATE", "ORG"} for t in doc[i:j])
            speech_blocked = any(t.ent_type_ in blocking for t in doc[i:j])
            end_char = doc[j - 1].idx + len(doc[j - 1].text)
            described, org, age = self.roles.after_context(doc, end_char)
            age_first = age_before(text, doc[i].idx)
            if age_first is not None:
                age = age_first
                # "of 17-year-old Tyrese Holloway": an age before the name outweighs a facility label
                blocked = any(t.ent_type_ in blocking - {"GPE", "LOC", "DATE", "ORG", "FAC"} for t in doc[i:j])
            if age is not None and not blocked and (
                    not relaxed or words[-1] in self.age_vouched and age_first is None):
                # an age after the name vouches for a surname that is also a place noun: "Michael Bay, 45,"
                # (not one before it: "a 38-year-old Canning Vale man")
                out.append(Mention(doc[i].idx, end_char, words, "age", role=described or occupation, age=age))
                continue
            if doc.has_annotation("POS") and doc[i].pos_ != "PROPN":
                continue  # "Including Porath": a sentence-initial word, not a first name
            # a title after the name outweighs a product or facility label ("Harjit Sandhu-Cole" tagged PRODUCT)
            title_blocked = any(t.ent_type_ in blocking - {"GPE", "LOC", "DATE", "ORG", "PRODUCT", "FAC"}
                                for t in doc[i:j])
            if self.roles.title_follows(doc, end_char) and not title_blocked:
                role, org, _ = self.roles.after_context(doc, end_char)
                out.append(Mention(doc[i].idx, end_char, words, "title_after", role=role, organisation=org))
            elif relaxed:
                continue
            elif not blocked and (described := self.roles.described_speaker(doc, end_char)):
                out.append(Mention(doc[i].idx, end_char, words, "described_speaker", role=described[0],
                                   organisation=described[1]))  # "Grace Obi, the head of the unit, said"
            elif not speech_blocked and (
                    (j < len(doc) and doc[j].lower_ in self.roles.speech_verbs)
                    or (i > 0 and doc[i - 1].lower_ in self.roles.speech_verbs)
                    or self.roles.relative_speaker(doc, end_char)):
                # "said Jo Roe" / "Jo Roe said" / "Jo Roe, who owns the shop, said"
                out.append(Mention(doc[i].idx, end_char, words, "speaker"))
            elif j - i <= 3 and self.roles.relative_follows(doc, end_char) and not has_code_word(words) \
                    and not any(t.ent_type_ in blocking - {"ORG", "PRODUCT", "FAC"} for t in doc[i:j]) \
                    and not all(t.ent_type_ == "ORG" for t in doc[i:j]) \
                    and not (i > 0 and doc[i - 1].lower_ in self.relative_place_leads) \
                    and not (i > 1 and doc[i - 1].lower_ in ("and", "&") and doc[i - 2].text[:1].isupper()) \
                    and not self.names.org_elsewhere(doc, " ".join(words)):
                # "Harjit Sandhu, whose Lexus was stolen, was among the owners": "who" is said of a person
                # (spaCy may call an unknown name a facility, or part of it an organisation, "Harjit [Sandhu]";
                # not the whole run, "[Tesco Express], whose staff ...", and a place it names is none; nor the
                # end of a body's name, "Customs and Border Protection, who")
                role, org, _ = self.roles.after_context(doc, end_char)
                out.append(Mention(doc[i].idx, end_char, words, "relative", role=role, organisation=org))
            elif words[-1] in caps and not words[0].isupper() and (
                    not any(t.ent_type_ in ("ORG", "PRODUCT", "FAC", "LAW") for t in doc[i:j])
                    or re.match(r"\s+of\s+[A-Z]", text[end_char:end_char + 8])):
                out.append(Mention(doc[i].idx, end_char, words, "caps_surname"))
            elif words[-1] in titled and len(words) <= 3 and not words[0].isupper():
                out.append(Mention(doc[i].idx, end_char, words, "surname_link"))
        return out

    def nickname_mentions(self, doc: Doc) -> list[Mention]:
        """A name with a nickname in quote marks between its first name and surname: 'Lucas "Moe"
        Hartsough, 34,' is Lucas Hartsough (the span keeps the nickname).

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, 'Officers charged Lucas "Moe" Hartsough, 34, of Columbus.'))
        >>> [(m.tokens, m.age) for m in nlp.get_pipe("claims_people").finder.nickname_mentions(doc)]
        [(['Lucas', 'Hartsough'], 34)]
        """
        out = []
        for m in _NICKNAME.finditer(doc_text(doc)):
            surnames = m.group(3).split()
            end = m.end()
            if len(surnames) == 2 and (self.names.not_name(surnames[1]) or surnames[1] in self.titles.words):
                surnames, end = surnames[:1], m.start(3) + len(surnames[0])  # 'Moe" Hartsough Said' is not a surname
            words = m.group(1).split() + surnames
            if any(self.names.not_name(w) or w in self.titles.words for w in words):
                continue
            role, org, age = self.roles.after_context(doc, end)
            out.append(Mention(m.start(), end, words, "nickname", role=role, organisation=org, age=age))
        return out

    def byline_mentions(self, doc: Doc) -> list[Mention]:
        """The author's name on a byline near the top: "By Jane Doe", "Author: Jane Doe", a name alone
        on a line (role "author").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Burglary gang jailed\\nBy Tom Archer, Crime Correspondent\\n\\nThree men were jailed."))
        >>> [(m.tokens, m.role) for m in nlp.get_pipe("claims_people").finder.byline_mentions(doc)]
        [(['Tom', 'Archer'], 'author')]
        """
        out = []
        pos = 0
        for line in doc_text(doc).split("\n")[:8]:
            start = pos
            pos += len(line) + 1
            body = line.strip()
            offset = start + (len(line) - len(line.lstrip()))
            if body.startswith("• "):
                body, offset = body[2:], offset + 2
            lead = next((b for b in self.byline_leads if body.startswith(b + " ")), None)
            if lead:
                body, offset = body[len(lead) + 1:], offset + len(lead) + 1
            if lead:
                body = body.split(",")[0].rstrip()  # "By Tom Archer, Crime Reporter"
            label = re.match(r"(?:[A-Z][\w’']*\s+){0,4}[A-Z][\w’']*:\s+", body)  # "Public Information Officer: "
            if label:
                body, offset = body[label.end():], offset + label.end()
            while len(body.split()) > 2 and body.split()[0] in self.ranks_before_name:
                first = body.split()[0]  # "Sgt. Maria Alvarez": a rank before the author's name
                cut = len(body) - len(body[len(first):].lstrip())
                body, offset = body[cut:], offset + cut
            words = body.split()
            if not 2 <= len(words) <= 4:
                continue
            span = doc.char_span(offset, offset + len(body))
            if span is None:
                continue
            run = self.names.name_run(doc, span.start)
            if run is None or run != (span.start, span.end):
                continue
            if not lead and (any(t.ent_type_ in self.names.blocking for t in span)
                             or any(t.pos_ != "PROPN" for t in span if doc.has_annotation("POS"))):
                continue
            out.append(Mention(offset, offset + len(body), words, "byline", role="author"))
        return out
