"""``claims_people``: one ``person`` claim per named person in a release.

Evidence for a person (any one suffices):

* a police or public-sector title before a capitalised name
  ("Detective Chief Inspector Jane Doe"), titles from ``patterns/titles.jsonl``;
* a spaCy ``PERSON`` entity of two or more words that passes a sanity check
  (every word capitalised, no organisation/place word such as "Trust",
  "Street", "Operation", not the start of an organisation's name);
* an age written beside the name ("John Smith, 34, of Croydon",
  "45-year-old Joseph Clark");
* a title written after the name ("Jo Roe, Assistant Attorney General for …");
* a speech verb beside the name ("…,” said Jo Roe", "Jo Roe said");
* an honorific ("Mr Hollis", "Mrs Eleanor Vance"; the honorific is dropped);
* a byline near the top ("By Jane Doe", "Author: Jane Doe", a name alone on a line);
* a capitalised first name before an all-capitals surname that the release
  uses again on its own ("Darnell HOLT" ... "HOLT");
* a capitalised run ending in a surname that a title mention uses
  ("Leah Grant" ... "Inspector Grant").

Not persons: organisations and businesses named after people ("Suzy Lamplugh
Trust", a name followed anywhere by "Inc", "Trust", "Hotel"…), operation names,
places ("Forest Hill" after "Name, 29, of"; "Pine Ridge, Texas"), runs ending in a
place or organisation noun ("Jefferson Parish", "Sinaloa Cartel"; ``non_person_nouns``),
labels ("Schedule B", "Person A"), capitalised common nouns the text also writes in
lower case ("Sex Trafficking"), product codes ("Zephyr GT"; a middle initial such as
"Bruce E. Grant" or "John A DiCicco" is no code) and quoted nicknames.

A title may name its unit before the name ("Special Agent in Charge of the Boston Field
Office Jo Roe", "U.S. Attorney for the District of Ohio Jo Roe"): the unit is the
organisation. An organisation is never an all-capitals dateline ("WASHINGTON Attorney
General …", also glued: "WASHINGTONJo Roe"), a place of residence ("Jo Roe of Marietta"
where the release writes "Marietta, Ga.") or a date ("indicted in August 2009"). A
relative clause is not a role ("who is currently a fugitive"), though the noun it names
may be ("who is the owner of Acme" -> "owner").

Later surname-only mentions ("DCI Doe", "Mr Smith") merge into the first full
mention and may supply a role, organisation or age it lacked. The claim span is
the name as first written (without title or honorific).

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> from pipeline.claims.base import claims_of
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Detective Inspector Jane Doe, of Kent Police, said the man was arrested. "
    ...                         "Later DI Doe thanked the public."))
    >>> [(c["name"], c["role"], c.get("organisation")) for c in claims_of(doc, "person")]
    [('Jane Doe', 'Detective Inspector', 'Kent Police')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .base import add_claim, doc_text, load_data
from .named_ages import person_of_age
from .numbers import parse_number
from .scan import literal_hits, token_indices

EXTRACTOR = "claims_people"
_text = doc_text  # the Doc's text, built once per Doc
_NEXT_WORD = re.compile(r"\s+([A-Z][\w.]*)")  # a capitalised word after a name
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}$")  # "E.", "C.F."
_BARE_INITIAL = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$")  # "E.", "A", "J.R.": a name's initial
_NAME_WORD = re.compile(  # letters beyond ASCII too: "Héctor", "Émile", "Ó"
    r"^(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*['’\-]?[^\W\d_][\w'’\-]*|[A-ZÀ-ÖØ-Þ][^\W\d_]+|[A-Z]{2,}(?:-[A-Z]+)?|[A-Z])$")
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:aged?\s+)?(\d{1,3})\s*(?:,|\)|$|\s+(?:of|from)\b)|\s*\((\d{1,3})\))")
_NICKNAME = re.compile(r"(?<![\w’'])([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?)\s+[\"“]([A-Z][\w’'. -]{0,20})[\"”]\s+"
                       r"([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)(?![\w’'])")  # 'Lucas "Moe" Hartsough', 'Joaquin "Chapo" Guzman Loera'
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+$")
_ORG_IN = re.compile(
    r"\b(?:of|from|at|in|for|with)\s+(?:the\s+)?((?:[A-Z][\w’'&.\-]*)(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w’'&.\-]*)*)")
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that|where)\s")  # "a lawyer who practises…"
_DASHES = ("-", "--", "–", "—", "―")
_UNIT_LINKS = ("of", "and", "the", "for", "&", "'s", "’s")  # small words inside a unit's name
_POSSESSIVE = re.compile(r"^(.+?)[’']s\s+(.+)$")


def _line_start(doc: Doc, i: int) -> bool:
    """Does token ``i`` open the text, a paragraph or a line ("HOUSTON" in "…today.\n\nHOUSTON -- …")?"""
    return i == 0 or "\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _in_dateline(doc: Doc, i: int) -> bool:
    """Is token ``i`` the end of an all-capitals dateline at the start of a line: a place
    ("WASHINGTON", "NEW YORK") or capitals before a dash ("LEEDS --")? A dateline names where a
    release was issued, not an organisation.

        "WASHINGTON Attorney General Jo Roe said" -> True for "WASHINGTON";
        "IOPC Regional Director Jo Roe said", "The FBI Director said" -> False.
    """
    j = i
    while j >= 0 and doc[j].text.isupper() and doc[j].text.rstrip(".").isalpha():
        if _line_start(doc, j):
            after = doc[i + 1] if i + 1 < len(doc) else None
            return doc[i].ent_type_ in ("GPE", "LOC", "FAC") or (after is not None and after.text in _DASHES)
        j -= 1
    return False


def _glued_dateline(word: str) -> int:
    """The length of an all-capitals dateline glued to the first word of a name, else 0.

        >>> _glued_dateline("WASHINGTONTravis"), _glued_dateline("McDonald"), _glued_dateline("JOHN")
        (10, 0, 0)
    """
    m = re.match(r"([A-Z]{3,})[A-Z][a-z]+$", word)
    return len(m.group(1)) if m else 0


@dataclass
class Mention:
    """One occurrence of a person's name, with what its context says about them."""

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
        return self.tokens[-1].lower()


def _drop_overreach(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that runs left past the start of a name its title vouches for: after
    "U.S. Attorney for the District of Massachusetts Jo Roe" the run "Massachusetts Jo Roe" goes,
    the title mention "Jo Roe" stays.
    """
    titled = {(m.start, m.end) for m in mentions if m.rule == "title"}
    return [m for m in mentions if m.rule == "title"
            or not any(m.start < s and e == m.end for s, e in titled)]


@dataclass
class Person:
    mention: Mention
    role: str | None = None
    organisation: str | None = None
    age: int | None = None
    rules: list[str] = field(default_factory=list)


def _full_name_text(doc: Doc, m: Mention) -> str:
    if m.rule == "nickname":
        return " ".join(m.tokens)  # 'Lucas "Moe" Hartsough' is Lucas Hartsough
    return " ".join(_text(doc)[m.start:m.end].split())


class PeopleExtractor:
    """Finds person mentions and merges them into one claim per person."""

    def __init__(self, nlp: Language, titles: str, words: str):
        self.words = load_data(words)
        self.honorifics = set(self.words["honorifics"])
        self.postnominals = set(self.words["postnominals"])
        self.particles = set(self.words["particles"])
        self.not_name = set(self.words["not_name_words"])
        self.modifiers = set(self.words["title_modifiers"])
        self.blocking = set(self.words["blocking_entity_labels"])
        self.byline_leads = tuple(self.words["byline_leads"])
        self.who_verb = re.compile(rf"who\s+(?:{'|'.join(self.words['role_verbs_after_who'])})\s")
        # "who is the owner", "who was also a director": the description that follows is the role
        self.who_is = re.compile(r"^who\s+(?:is|was)\s+(?:(?:also|now|still|currently|formerly)\s+)?"
                                 r"(?=(?:the|a|an)\s|[\w’']+[’']s\s)")
        self.not_role_leads = set(self.words["not_role_leads"])
        self.place_surnames = set(self.words["surnames_also_place_words"])
        self.non_person = set(self.words["non_person_nouns"])
        self.age_vouched = self.non_person | self.place_surnames  # an age after the name makes it a person
        kin = "|".join(map(re.escape, self.words["kin_roles"]))
        self.kin_before = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w’']+[’']s)\s+({kin})\s*,\s*$")
        self.speech_verbs = set(self.words["speech_verbs"])
        self.alias_lead = re.compile(rf"\b(?:{'|'.join(map(re.escape, self.words['alias_leads']))})\s*$", re.I)
        states = "|".join(sorted(map(re.escape, self.words["states"]), key=len, reverse=True))
        self.states = set(self.words["states"])
        self.long_states = [st for st in self.words["states"] if " " in st]  # "New York", "North Carolina"
        self.state_after = re.compile(rf",\s+(?:{states})(?![\w])")  # "…, Ga.", "…, Texas"
        posts = "|".join(re.escape(p) for p in sorted(self.postnominals, key=len, reverse=True))
        self.postnominal_prefix = re.compile(rf"^(?:,?\s+(?:{posts})(?![\w]))+")
        self.role_noun = re.compile(rf"\b(?:{'|'.join(self.words['role_nouns'])})\b", re.I)
        self.title_texts = [p["pattern"] for p in load_data(titles)]
        # plural titles before a list of names ("Assistant U.S. Attorneys Karen Liu and Paul Okoro")
        plurals = [t + "s" for t in self.title_texts if t[-1].isalpha() and not t.endswith("s")]
        self.plural_titles = {t.lower() for t in plurals}
        self.title_words = {w for t in self.title_texts + plurals for w in t.split()}
        self.ranks_before_name = self.title_words | self.honorifics  # "Sgt. Maria Alvarez" on a byline line
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("TITLE", [nlp.make_doc(t) for t in self.title_texts + plurals])
        title_re = "|".join(sorted((re.escape(t) for t in self.title_texts), key=len, reverse=True))
        modifiers = "|".join(map(re.escape, sorted(self.modifiers)))
        self.title_before_comma = re.compile(rf"(?<![\w])((?:(?:{modifiers})\s+)*(?:{title_re})),\s+$")
        # "the force's Chief Officer", "FBI Special Agent in Charge" (an acronym first), "Acting Director"
        self.title_lead = re.compile(
            rf"^(?:the\s+)?(?:[\w’']+[’']s\s+|(?-i:[A-Z]{{2,}})\s+)?(?:{title_re}|(?:(?-i:{modifiers})\s+)+(?:{title_re}))\b",
            re.I)

    # ---- name runs -------------------------------------------------------
    def _name_like(self, tok) -> bool:
        t = tok.text
        if t in self.honorifics or (t in self.postnominals and not t.istitle()):
            return False
        return bool(_NAME_WORD.match(t) or _INITIAL.match(t)) and not tok.is_space

    def _name_run(self, doc: Doc, i: int, titled: bool = False) -> tuple[int, int] | None:
        """Token range [i, j) of a capitalised name starting at token i, or None.

        After a title (``titled``) a last word that is also a place word
        ("Sgt Ellen Park") is accepted as a surname.
        """
        while i < len(doc) and doc[i].text in self.honorifics:
            i += 1
        if (i + 1 < len(doc) and doc[i].is_upper and doc[i].is_alpha and len(doc[i].text) > 1 and doc[i + 1].is_title
                and "\n" not in doc[i].whitespace_):
            i += 1  # a dateline in capitals: "WASHINGTON Jo Roe pleaded guilty"
        if i + 1 < len(doc) and "." in doc[i].text and doc[i].text in self.states:
            i += 1  # the end of a place: "…in Brooklyn, N.Y. Jo Roe, 19, was sentenced"
        j = i
        while j < len(doc) and j - i < 5:
            tok = doc[j]
            if "\n" in doc[j - 1].whitespace_ and j > i:
                break
            if j > i and tok.is_sent_start and tok.is_stop:
                break  # "…identified as Person A. He was…": the next sentence
            if self._name_like(tok):
                if tok.text in self.postnominals and j > i + 1:
                    break
                j += 1
            elif tok.text in self.particles and j > i and j + 1 < len(doc) and self._name_like(doc[j + 1]):
                j += 1
            elif (tok.text in "-‐" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
                  and j + 1 < len(doc) and self._name_like(doc[j + 1])):
                j += 1  # "Anne-Marie": the tokenizer splits the hyphen off
            else:
                break
        if j == i:
            return None
        words = [t.text for t in doc[i:j]]
        checked = words[:-1] if titled and len(words) > 1 and words[-1] in self.place_surnames else words
        if any(self._not_name(w) for w in checked):
            return None
        if not titled and words[-1] in self.non_person:
            return None  # "Jefferson Parish", "Sinaloa Cartel" (but "Sgt Amy Bay")
        if len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1]):
            return None  # "Schedule B", "Person A": a label, or a name cut short
        if words[-1] + "." in self.states and _text(doc)[doc[j - 1].idx + len(words[-1]):][:1] == ".":
            return None  # "(E.D. Tex.)": a court and state
        if j < len(doc) and self._not_name(doc[j].text) and doc[j].is_title:
            return None  # "William Smith High School", "Suzy Lamplugh Trust"
        if any(w in self.title_words for w in words[:-1]) or (
                words[-1] in self.title_words and words[-1] not in self.place_surnames) or (
                len(words) == 1 and (words[0] in self.title_words or words[0][:-1] in self.title_words)):
            return None  # "Associate Attorney General Bill Baer" is a title, then a name
        if len(words) == 2 and re.fullmatch(r"[IVXLC]+", words[1]):
            return None  # "Title VII"
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and not (
                len(words[0]) >= 3 and _text(doc).count(words[0]) >= 2):
            return None  # an acronym, not a surname
        if _INITIAL.match(words[-1]):
            return None
        return i, j

    def _not_name(self, word: str) -> bool:
        w = word.rstrip(".")
        return w in self.not_name or (w.endswith("s") and w[:-1] in self.not_name)

    def _place_follows(self, doc: Doc, j: int) -> bool:
        """Is token j a comma then a place name not followed by a title ("Pine Ridge, Texas")?"""
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].ent_type_ != "GPE" or doc[j + 1].ent_iob_ != "B":
            return False
        k = j + 1
        while k < len(doc) and doc[k].ent_iob_ == "I" or k == j + 1:
            k += 1
        return not (k < len(doc) and doc[k].text in self.title_words)

    def _title_follows(self, doc: Doc, end_char: int) -> bool:
        """Is the name followed by a comma and a title ("Tony Marsh, Assistant Attorney General"),
        not the next person's title ("Tony Marsh, Special Agent in Charge Jo Roe")?"""
        raw = _text(doc)[end_char:end_char + 200]
        rest = self.postnominal_prefix.sub("", raw)
        if not rest.startswith(", "):
            return False
        m = self.title_lead.match(rest[2:])
        title_end = end_char + len(raw) - len(rest) + 2 + (m.end() if m else 0)
        return (bool(m) and any(c.isupper() for c in m.group(0))
                and not self._title_then_name(doc, title_end, rest[2 + m.end():]))

    def _org_elsewhere(self, doc: Doc, name: str) -> bool:
        """Is ``name`` followed somewhere in the text by an organisation word ("Trust", "Inc")?"""
        # = re.finditer(rf"(?<![\w’']){re.escape(name)}\s+([A-Z][\w.]*)", text), without a compile per name
        text = _text(doc)
        pos = text.find(name)
        while pos >= 0:
            before = text[pos - 1] if pos else ""
            m = None if before and (before.isalnum() or before in "_’'") else _NEXT_WORD.match(text, pos + len(name))
            if m is None:
                pos = text.find(name, pos + 1)
                continue
            if self._not_name(m.group(1)):
                return True
            pos = text.find(name, m.end())
        return False

    def _caps_surnames(self, doc: Doc) -> set[str]:
        return {w for w in re.findall(r"\b[A-Z]{4,}\b", _text(doc)) if _text(doc).count(w) >= 2}

    # ---- context ---------------------------------------------------------
    def _after_context(self, doc: Doc, end_char: int) -> tuple[str | None, str | None, int | None]:
        """Role, organisation and age from the words right after a name.

            "…Jo Roe, 34, of Croydon"                      -> (None, None, 34)
            "…Jo Roe, Chief Executive of Safer Streets Now" -> ("Chief Executive", "Safer Streets Now", None)
            "…Jo Roe of Marietta" (a place in the release)  -> (None, None, None)
        """
        raw = _text(doc)[end_char:end_char + 200].split("\n")[0]
        rest = self.postnominal_prefix.sub("", raw)
        end_char += len(raw) - len(rest)  # rest[n] is the text at end_char + n
        m = _AGE_AFTER.match(rest)
        if m:
            return None, None, int(m.group(1) or m.group(2))
        if re.match(r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]", rest):
            org = self._org(re.split(r",|;|:|(?<!\b[A-Z])\.(?:\s|$)", rest)[0])
            return None, self._real_org(doc, org, end_char, rest), None  # not "Jo Roe of San Diego"
        if not rest.startswith(","):
            return None, None, None
        appos = re.split(r",|;|:|(?<!\b[A-Z])\.(?:\s|$)|\s(?:said|says|added|explained|commented|told)\b", rest[1:])[0].strip()
        if not appos or len(appos) > 120:
            return None, None, None
        tm = self.title_lead.match(appos)
        if tm and self._title_then_name(doc, end_char + rest.find(appos) + tm.end(), appos[tm.end():]):
            return None, None, None  # the next person's title: "…, Special Agent in Charge Jo Roe"
        clause = _RELATIVE.split(appos)[0]  # "a lawyer who practises in Leeds": not "Leeds"
        if clause.startswith("who "):
            clause = re.split(r"\sfrom\s(?!the\s)", clause)[0]  # "who is missing from Salthill": a place (not "from the X Office")
        # an organisation after the title, not inside it ("Special Agent in Charge of the X Field Office")
        org = self._real_org(doc, self._org(clause[tm.end():] if tm else clause), end_char, rest)
        if tm:
            role, agency = self._title_role(tm.group(0))
            return role, org or agency, None
        return self._described_role(appos), org, None

    def _title_role(self, title: str) -> tuple[str, str | None]:
        """The role in a title written after a name, and the agency acronym written before it.

            "the force's Chief Officer"   -> ("Chief Officer", None)
            "FBI Special Agent in Charge" -> ("Special Agent in Charge", "FBI")
        """
        role = re.sub(r"^(?:the\s+)", "", title, flags=re.I)
        role = re.sub(r"^[\w’']+[’']s\s+", "", role)
        acronym = re.match(r"([A-Z]{2,})\s+(?=\S)", role)
        if acronym and acronym.group(1) not in self.title_words:
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
        return bool(word) and self._unit_then_name(doc, word.start)[1] is not None

    def _described_speaker(self, doc: Doc, end_char: int) -> tuple[str, str | None] | None:
        """Role and organisation of a name described between commas and then speaking, else None.

            "Grace Obi, the head of the Serious Crime Unit, said ..." -> ("head", "Serious Crime Unit")
            "Leeds, the home of the suspect, said to be ..."         -> None (no role noun)
        """
        rest = _text(doc)[end_char:end_char + 200].split("\n")[0]
        m = re.match(r",\s*([^,;:()]{3,120}),\s+(\w+)", rest)
        if not m or m.group(2).lower() not in self.speech_verbs:
            return None
        role, org, _ = self._after_context(doc, end_char)
        return (role, org) if role and not self._title_follows(doc, end_char) else None

    def _described_role(self, appos: str) -> str | None:
        """The role in a description after a name, or None where it names none.

            "the force's head of public protection"  -> "head of public protection"
            "who is the owner of Acme Tyres"          -> "owner"
            "a solicitor who practises in Leeds"      -> "solicitor"
            "a fisherman licensed in Maryland"        -> "fisherman"
            "who leads on road safety"                -> "leads on road safety"
            "who is currently a fugitive", "who was indicted in May", "will lead the review" -> None
        """
        text = self.who_is.sub("", appos)  # "who is the owner" -> "the owner"
        if text.startswith("who "):
            if not self.who_verb.match(text) or re.match(r"who\s+(?:is|was)\s", text):
                return None  # "who is currently a fugitive": a state, not a role
            return re.sub(r"^[\w’']+[’']s\s+", "", text[4:])
        if not (self.role_noun.search(text) and re.match(r"(?:the|a|an)\s|[\w’']+[’']s\s|[a-z]", text)):
            return None
        if text.split()[0] in self.not_role_leads:
            return None  # "will lead the review": a clause, not a description
        role = re.sub(r"^(?:the|a|an)\s+", "", text)
        role = re.sub(r"^[\w’']+[’']s\s+", "", role)
        role = _RELATIVE.split(role)[0]
        role = re.split(r"\s+(?:of|at|for|in|with|from)\s+(?:the\s+)?[A-Z]|\s+and\s+(?=[A-Z])", role)[0]
        role = re.sub(r"\s+[a-z]+ed$", "", role)  # "fisherman licensed [in Maryland]"
        if not self.role_noun.search(role) or self._names_someone(role):
            return None  # "current DCI Sergeant Obe Lee": the next person, named with his title
        return role

    def _names_someone(self, text: str) -> bool:
        """Does ``text`` hold a capitalised title followed by a name ("current DCI Sergeant Obe Lee")?"""
        words = text.split()
        return any(w[:1].isupper() and w in self.title_words and nxt[:1].isupper() and nxt not in self.title_words
                   and not self._not_name(nxt) for w, nxt in zip(words, words[1:]))

    def _real_org(self, doc: Doc, org: str | None, char: int, rest: str) -> str | None:
        """``org`` (found in ``rest``, the text at ``char``), unless it is a place or a date."""
        if not org or rest.find(org) < 0:
            return org
        at = char + rest.find(org)
        if self._is_place(doc, at, len(org)) or self._is_date(doc, at, len(org)):
            return None  # "Jo Roe of Marietta": where he lives; "indicted in August"
        return org

    def _is_place(self, doc: Doc, char: int, length: int) -> bool:
        """Is the text at ``char`` a place: every word a place name (GPE, LOC) to spaCy, or a town
        followed by a state here ("Saddle River, N.J.") or elsewhere in the release ("Marietta, Ga."
        ... "Jo Roe of Marietta")?"""
        span = doc.char_span(char, char + length, alignment_mode="expand")
        if span is not None and all(t.ent_type_ in ("GPE", "LOC") for t in span if t.is_alpha) and (
                not self._not_name(span[-1].text) or all(t.ent_type_ == "GPE" for t in span if t.is_alpha)):
            return True  # not "South Area Command" (tagged LOC): a unit's name ends in an organisation word
        name = _text(doc)[char:char + length]
        if not self._town_like(name):
            return False
        text = _text(doc)
        at = text.find(name)  # here or anywhere in the release, the name followed by a state
        while at >= 0:
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_’'")) \
                    and self.state_after.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
        return False

    def _town_like(self, name: str) -> bool:
        """Could ``name`` be a town: one to three capitalised words, no acronym or organisation word?

            "Saddle River", "Marietta" -> True; "FBIs Tampa", "Department of Labor" -> False
        """
        words = name.split()
        return 1 <= len(words) <= 3 and all(
            re.fullmatch(r"[A-Z][a-z’'.]+(?:-[A-Z]?[a-z]+)*", w) and not self._not_name(w) for w in words)

    @staticmethod
    def _is_date(doc: Doc, char: int, length: int) -> bool:
        """Is every word of the text at ``char`` part of a date or time ("in August 2009")?"""
        span = doc.char_span(char, char + length, alignment_mode="expand")
        return span is not None and all(t.ent_type_ in ("DATE", "TIME") for t in span if t.is_alpha)

    def _org(self, text: str) -> str | None:
        m = _ORG_IN.search(text)
        if not m:
            return None
        org = m.group(1)
        for cut in re.finditer(r"\s+and\s+(?=\S)", org):
            rest = org[cut.end():]
            if self.title_lead.match(rest) or rest.split()[0] in self.modifiers:
                org = org[:cut.start()]  # "… Division and Special Agent Jo Roe": the next person's title
                break
        org = re.sub(r"(?:\s+(?:of|and|for|the|on|&))+$", "", org)
        org = org[:-1] if org.endswith(".") and not re.search(r"[A-Z]\.$", org) else org
        pm = _POSSESSIVE.match(org)
        if pm and len(pm.group(2).split()) > 1:
            org = pm.group(2)  # "the Met's Stalking Threat Assessment Centre": the unit
        return org or None

    def _before_title(self, doc: Doc, title: Span) -> str | None:
        """An organisation written just before a title ("IOPC Regional Director")."""
        if title.start == 0:
            return None
        prev = doc[title.start - 1]
        if _in_dateline(doc, prev.i):
            return None  # "WASHINGTON Attorney General Jo Roe": where the release was issued
        for ent in doc.ents:
            if ent.end == title.start and ent.label_ == "ORG":
                return ent.text
        if prev.is_upper and len(prev.text) >= 2 and prev.is_alpha and prev.text not in self.title_words:
            return prev.text  # an acronym: "IOPC", "NYPD"
        return None

    # ---- mention finders -------------------------------------------------
    def _title_mentions(self, doc: Doc) -> list[Mention]:
        spans = self.matcher(doc, as_spans=True)
        # capitalised titles, or lower-case ones of two words or more ("detective inspector")
        spans = [s for s in spans if s[0].text[:1].isupper() or len(s) > 1]
        out = []
        taken_end = -1
        for s in sorted(spans, key=lambda s: (s.start, -len(s))):
            if s.start < taken_end:
                continue
            # the longest title ending here wins; extend left over modifiers
            start = s.start
            while start > 0 and doc[start - 1].text in self.modifiers and doc[start - 1].text[:1].isupper():
                start -= 1
            longest = max((t for t in spans if t.start == s.start), key=len)
            run, unit = self._name_run(doc, longest.end, titled=True), None
            if run is None:
                unit, run = self._unit_then_name(doc, longest.end)
            if run is None:
                continue
            taken_end = run[1]
            i, j = run
            title = doc[start:longest.end]
            if unit and " " not in unit and doc[longest.end + 1].lower_ != "the":
                title, unit = doc[start:i], None  # "Chief of Department Jo Roe": one title
            role, org, age = self._after_context(doc, doc[j - 1].idx + len(doc[j - 1].text))
            out.append(Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), [t.text for t in doc[i:j]],
                               "title", role=title.text, organisation=org or unit or self._before_title(doc, title),
                               age=age))
            if longest.text.lower() in self.plural_titles:
                for i, j in self._listed_names(doc, j):
                    out.append(Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), [t.text for t in doc[i:j]],
                                       "title", role=title.text, organisation=self._before_title(doc, title)))
                    taken_end = j
        return out

    def _unit_then_name(self, doc: Doc, k: int) -> tuple[str | None, tuple[int, int] | None]:
        """The organisation and name after a title that names its unit first, from token ``k``.

        "Special Agent in Charge | of the Boston Field Office Jo Roe" gives ("Boston Field Office",
        the token range of "Jo Roe"); "U.S. Attorney | for the Eastern District of Ohio Ann Lee" gives
        ("Eastern District of Ohio", Ann Lee). The name is a spaCy PERSON entity, or else a name run
        after an organisation word ("Office", "Division"); (None, None) where there is none.
        """
        if k >= len(doc) or doc[k].lower_ not in ("of", "for"):
            return None, None
        for n in self._name_starts(doc, k):
            if self._splits_state(doc, n):
                continue  # "…District of North | Carolina Gretchen Shappert"
            between = doc[k + 1:n]
            if not all(t.text[:1].isupper() or t.lower_ in _UNIT_LINKS for t in between):
                return None, None
            if between[-1].text in self.title_words:
                continue  # "Officer in Charge of the Marine Unit Inspector Sam Reed": her own title
            run = self._name_run(doc, n, titled=True)
            unit = self._org(doc[k:n].text)
            if run and unit and (run[1] - run[0] >= 2 or doc[n].ent_type_ == "PERSON") and (not any(
                    t.ent_type_ in self.blocking for t in doc[run[0]:run[1]]) or self._surname_used_alone(doc, run[1] - 1)):
                return unit, run  # a surname alone if spaCy calls it a person; not "…Coast Guard | Sector New Orleans"
        return None, None

    def _splits_state(self, doc: Doc, n: int) -> bool:
        """Does token ``n`` end a state's name of several words ("North | Carolina", "New | York")?"""
        end = doc[n].idx + len(doc[n].text)
        return any(_text(doc).endswith(st, 0, end) and end - len(st) < doc[n].idx for st in self.long_states)

    def _name_starts(self, doc: Doc, k: int) -> list[int]:
        """Tokens after ``k`` where a name may start once a unit's name has ended: a PERSON entity
        (or the stray first name spaCy left out of it: "…of Pennsylvania Zane [David Memeger]"),
        or the token after an organisation word or a place ("…Field Office | Jo Roe", "…of Ohio | Jo Roe").
        """
        starts = set()
        for n in range(k + 2, min(k + 13, len(doc))):
            prev, tok = doc[n - 1], doc[n]
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
                stray = prev.ent_type_ == "" and doc[n - 2].ent_type_ != "" and self._name_like(prev)
                starts.update({n - 1, n} if stray and n - 1 > k + 1 else {n})
            elif self._not_name(prev.text) or (prev.ent_type_ in ("GPE", "LOC", "ORG") and tok.ent_type_ == ""):
                starts.add(n)
        end = k + 1
        while end < len(doc) and end - k <= 12 and (doc[end].text[:1].isupper() or doc[end].lower_ in _UNIT_LINKS):
            end += 1
        if end - k >= 5 and self._surname_used_alone(doc, end - 1):
            starts.add(end - 2)  # "Deputy Mayor for Community Safety | Renata Okoye ... Okoye said"
        return sorted(starts)

    @staticmethod
    def _surname_used_alone(doc: Doc, j: int) -> bool:
        """Is token ``j``'s word written elsewhere in the release without the word before it
        ("Renata Okoye" ... "Okoye said")?"""
        word = doc[j].text
        return any(t.i != j and (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_sent_start)
                   for t in doc if t.text == word)

    def _listed_names(self, doc: Doc, k: int) -> list[tuple[int, int]]:
        """The further names listed after a plural title's first one, from token ``k``: ", Paul Okoro
        and Ann Wu" (token ranges)."""
        runs = []
        while k < len(doc) and doc[k].text in (",", "and"):
            k += 1 + (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text == "and")
            run = self._name_run(doc, k, titled=True)
            if run is None:
                break
            runs.append(run)
            k = run[1]
        return runs

    def _entity_mentions(self, doc: Doc) -> list[Mention]:
        out = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            i = ent.start
            while i < ent.end and (doc[i].text in self.title_words or doc[i].text in self.honorifics):
                i += 1
            if i >= ent.end:
                continue
            if i > 0 and doc[i - 1].text in ("Operation", "Op", "Op.", "Project"):
                continue
            if i > 0 and doc[i - 1].text in self.not_name and doc[i - 1].is_title:
                continue
            if re.search(r",\s+(?:of|from)\s+$", _text(doc)[max(0, doc[i].idx - 12):doc[i].idx]):
                continue  # "Name, 29, of Thornton Heath": an address
            run = self._name_run(doc, i)
            if run is None:
                continue
            i = run[0]  # past a dateline or a state: "…Montgomery, Ala. [Jo Roe] used…"
            j = self._entity_end(doc, ent, run)
            if j <= i:
                continue
            # a PERSON that is the whole of a quoted phrase is a title or nickname
            before = _text(doc)[max(0, doc[i].idx - 1):doc[i].idx]
            after_char = doc[j - 1].idx + len(doc[j - 1].text)
            after = _text(doc)[after_char:after_char + 1]
            if before in "‘“\"'" and before and after in "’”\"'" and after:
                continue
            words = [t.text for t in doc[i:j]]
            if self._place_follows(doc, j):
                continue  # "Pine Ridge, Texas": a place
            if self._has_code_word(words) and not (words[-1].isupper() and _text(doc).count(words[-1]) >= 2):
                continue  # "Zephyr GT": a model or product code, not a capitalised surname
            if self._org_elsewhere(doc, " ".join(words)):
                continue  # "Harlan Voss Inc." elsewhere: a company named after people
            if all(literal_hits(_text(doc), w.lower(), not_after="’'") for w in words):
                continue  # "Sex Trafficking" when the text also says "sex trafficking": common nouns
            role, org, age = self._after_context(doc, after_char)
            m = _AGE_BEFORE.search(_text(doc)[max(0, doc[i].idx - 20):doc[i].idx])
            if m:
                age = int(m.group(1))
            m = self.title_before_comma.search(_text(doc)[max(0, doc[i].idx - 80):doc[i].idx])
            if m and role is None:
                role = m.group(1)  # "The force's Chief Officer, Tom Reilly, said"
            kin = self.kin_before.search(_text(doc)[max(0, doc[i].idx - 40):doc[i].idx])
            if kin and role is None:
                role = kin.group(1)  # "His mother, Celeste Ashworth, read a statement"
            out.append(Mention(doc[i].idx, after_char, words, "ner",
                               role=role, organisation=org, age=age))
        return out

    @staticmethod
    def _entity_end(doc: Doc, ent: Span, run: tuple[int, int]) -> int:
        """Where a PERSON entity's name ends: the entity's end, or the name run's end when the
        entity stops at a middle initial that the run carries on past.

        "John A DiCicco" tagged PERSON "John A" and ORG "DiCicco" ends after "DiCicco"::

            ent = "John A", run = ("John", "A", "DiCicco")  ->  end of "DiCicco"
        """
        end = min(run[1], ent.end)
        if run[1] > ent.end and _BARE_INITIAL.match(doc[ent.end - 1].text):
            return run[1]
        return end

    @staticmethod
    def _has_code_word(words: list[str]) -> bool:
        """Does a name hold an all-capitals word that is not an initial (a model or product code)?

            >>> PeopleExtractor._has_code_word(["Zephyr", "GT"]), PeopleExtractor._has_code_word(["Bruce", "E.", "Grant"])
            (True, False)
        """
        return any(w.isupper() and len(w) > 1 and not _BARE_INITIAL.match(w) for w in words)

    def _pattern_mentions(self, doc: Doc, titled: set[str]) -> list[Mention]:
        """Names shown by an age beside them, by an all-capitals surname used again,
        or by a surname that a title mention uses ("Leah Grant" ... "Inspector Grant")."""
        out = []
        caps = self._caps_surnames(doc)
        # only a token that is an honorific or capitalised can start a mention (the rest are skipped below)
        for k in token_indices(doc, ORTH, lambda s: s in self.honorifics or s[:1].isupper()):
            tok = doc[k]
            if tok.text in self.honorifics and k + 1 < len(doc):
                run = self._name_run(doc, k + 1, titled=True)
                if run is not None:  # "Mr Hollis", "Mrs Eleanor Vance"
                    i, j = run
                    end_char = doc[j - 1].idx + len(doc[j - 1].text)
                    role, org, age = self._after_context(doc, end_char)
                    out.append(Mention(doc[i].idx, end_char, [t.text for t in doc[i:j]], "honorific",
                                       role=role, organisation=org, age=age))
                continue
            if not tok.text[:1].isupper() or (k > 0 and self._name_like(doc[k - 1]) and "\n" not in doc[k - 1].whitespace_):
                continue
            if tok.is_stop or tok.text in self.title_words:
                continue
            run = self._name_run(doc, k)
            relaxed = run is None
            if relaxed:
                run = self._name_run(doc, k, titled=True)  # only a title after it can vouch for it
            if run is None or run[1] - run[0] < 2:
                continue
            i, j = run
            words = [t.text for t in doc[i:j]]
            # an age beside it outweighs a place label ("Marcus Webb, 27," tagged GPE)
            blocked = any(t.ent_type_ in self.blocking - {"GPE", "LOC", "DATE", "ORG"} for t in doc[i:j])
            speech_blocked = any(t.ent_type_ in self.blocking for t in doc[i:j])
            end_char = doc[j - 1].idx + len(doc[j - 1].text)
            _, org, age = self._after_context(doc, end_char)
            m = _AGE_BEFORE.search(_text(doc)[max(0, doc[i].idx - 20):doc[i].idx])
            if m:
                age = int(m.group(1))
                # "of 17-year-old Tyrese Holloway": an age before the name outweighs a facility label
                blocked = any(t.ent_type_ in self.blocking - {"GPE", "LOC", "DATE", "ORG", "FAC"} for t in doc[i:j])
            if age is not None and not blocked and (not relaxed or words[-1] in self.age_vouched and not m):
                # an age after the name vouches for a surname that is also a place noun: "Michael Bay, 45,"
                # (not one before it: "a 38-year-old Canning Vale man")
                out.append(Mention(doc[i].idx, end_char, words, "age", age=age))
                continue
            if doc.has_annotation("POS") and doc[i].pos_ != "PROPN":
                continue  # "Including Porath": a sentence-initial word, not a first name
            # a title after the name outweighs a product or facility label ("Harjit Sandhu-Cole" tagged PRODUCT)
            title_blocked = any(t.ent_type_ in self.blocking - {"GPE", "LOC", "DATE", "ORG", "PRODUCT", "FAC"}
                                for t in doc[i:j])
            if self._title_follows(doc, end_char) and not title_blocked:
                role, org, _ = self._after_context(doc, end_char)
                out.append(Mention(doc[i].idx, end_char, words, "title_after", role=role, organisation=org))
            elif relaxed:
                continue
            elif not blocked and (described := self._described_speaker(doc, end_char)):
                out.append(Mention(doc[i].idx, end_char, words, "described_speaker", role=described[0],
                                   organisation=described[1]))  # "Grace Obi, the head of the unit, said"
            elif not speech_blocked and (
                    (j < len(doc) and doc[j].lower_ in self.speech_verbs)
                    or (i > 0 and doc[i - 1].lower_ in self.speech_verbs)):
                out.append(Mention(doc[i].idx, end_char, words, "speaker"))  # "said Jo Roe" / "Jo Roe said"
            elif words[-1] in caps and not words[0].isupper() and (
                    not any(t.ent_type_ in ("ORG", "PRODUCT", "FAC", "LAW") for t in doc[i:j])
                    or re.match(r"\s+of\s+[A-Z]", _text(doc)[end_char:end_char + 8])):
                out.append(Mention(doc[i].idx, end_char, words, "caps_surname"))
            elif words[-1] in titled and len(words) <= 3 and not words[0].isupper():
                out.append(Mention(doc[i].idx, end_char, words, "surname_link"))
        return out

    def _nickname_mentions(self, doc: Doc) -> list[Mention]:
        """A name with a nickname in quote marks between its first name and surname: 'Lucas "Moe"
        Hartsough, 34,' is Lucas Hartsough (the span keeps the nickname).

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, 'Officers charged Lucas "Moe" Hartsough, 34, of Columbus.'))
        >>> [(m.tokens, m.age) for m in nlp.get_pipe("claims_people")._nickname_mentions(doc)]
        [(['Lucas', 'Hartsough'], 34)]
        """
        out = []
        text = _text(doc)
        for m in _NICKNAME.finditer(text):
            surnames = m.group(3).split()
            end = m.end()
            if len(surnames) == 2 and (self._not_name(surnames[1]) or surnames[1] in self.title_words):
                surnames, end = surnames[:1], m.start(3) + len(surnames[0])  # 'Moe" Hartsough Said' is not a surname
            words = m.group(1).split() + surnames
            if any(self._not_name(w) or w in self.title_words for w in words):
                continue
            role, org, age = self._after_context(doc, end)
            out.append(Mention(m.start(), end, words, "nickname", role=role, organisation=org, age=age))
        return out

    def _byline_mentions(self, doc: Doc) -> list[Mention]:
        out = []
        pos = 0
        for line in _text(doc).split("\n")[:8]:
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
            run = self._name_run(doc, span.start)
            if run is None or run != (span.start, span.end):
                continue
            if not lead and (any(t.ent_type_ in self.blocking for t in span)
                             or any(t.pos_ != "PROPN" for t in span if doc.has_annotation("POS"))):
                continue
            out.append(Mention(offset, offset + len(body), words, "byline", role="author"))
        return out

    @staticmethod
    def _unglue_dateline(doc: Doc, m: Mention) -> None:
        """Drop a dateline glued to a name at the start of a line: "WASHINGTONTravis Dardenne" -> "Travis Dardenne"."""
        cut = _glued_dateline(m.tokens[0])
        if cut and (m.start == 0 or _text(doc)[m.start - 1] == "\n"):
            m.start += cut
            m.tokens[0] = m.tokens[0][cut:]

    # ---- merging ---------------------------------------------------------
    def _surname_only(self, m: Mention) -> bool:
        """"Doe", or a surname with its particle ("De Villa", "van Dijk")."""
        return len(m.tokens) == 1 or (len(m.tokens) == 2 and m.tokens[0].lower() in self.particles)

    def _merge(self, doc: Doc, mentions: list[Mention]) -> list[Person]:
        people: list[Person] = []
        seen: set[tuple[int, int]] = set()
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if any(s <= m.start < e for s, e in seen):
                continue
            seen.add((m.start, m.end))
            match = None
            for p in reversed(people):
                first = p.mention.tokens
                if m.surname not in (p.mention.surname, p.mention.surname + "s"):
                    continue  # "Smiths" is "Smith's" where a site strips apostrophes
                if (len(m.tokens) == 1 or len(first) == 1 or first[0].rstrip(".") == m.tokens[0].rstrip(".")
                        or first[-len(m.tokens):] == m.tokens  # "De Villa" after "Lucas De Villa"
                        or set(m.tokens[:-1]) <= set(first[1:-1])):  # "W. Carell" after "James W. Carell"
                    match = p
                    break
            if match is None:
                if self._surname_only(m) and m.rule not in ("title", "honorific"):
                    continue
                people.append(Person(m, m.role, m.organisation, m.age, [m.rule]))
                continue
            if self._surname_only(match.mention) and not self._surname_only(m):
                match.mention = m  # a full name after a surname-only first mention
            match.role = match.role or m.role
            match.organisation = match.organisation or m.organisation
            match.age = match.age if match.age is not None else m.age
            match.rules.append(m.rule)
        return people

    def _drop_aliases(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Mentions that are not an alias of the person named just before ("Ronald Prince, aka Big
        Show, 44,"); an alias's age goes to that person."""
        text = doc_text(doc)
        kept: list[Mention] = []
        for m in sorted(mentions, key=lambda m: m.start):
            lead = self.alias_lead.search(text[max(0, m.start - 16):m.start])
            if lead is None:
                kept.append(m)
                continue
            owner = next((k for k in reversed(kept) if 0 <= m.start - k.end <= 20), None)
            if owner is not None and owner.age is None:
                owner.age = m.age
        return kept

    def __call__(self, doc: Doc) -> Doc:
        mentions = (self._byline_mentions(doc) + self._title_mentions(doc)
                    + self._entity_mentions(doc))
        # surnames used alone after a title, or with their particle ("De Villa")
        titled = {m.tokens[-1] for m in mentions if self._surname_only(m) and m.rule in ("title", "ner")}
        mentions += self._pattern_mentions(doc, titled) + self._nickname_mentions(doc)
        for m in mentions:
            self._unglue_dateline(doc, m)
        _add_year_old_ages(doc, mentions)
        mentions = _drop_overreach(mentions)
        mentions = [h for h in (_headline_name(doc, m) for m in mentions) if h is not None]
        mentions = self._drop_aliases(doc, mentions)
        orgs = _org_names(doc)
        mentions = [m for m in mentions if m.rule in ("title", "byline", "age", "honorific")
                    or not _opens_longer_org(orgs, " ".join(m.tokens))]  # "Surrey RCMP" of "the Surrey RCMP Drug Unit"
        # a mention found by several rules keeps the richest reading (title first)
        order = {"byline": 0, "title": 1, "age": 2, "ner": 3, "caps_surname": 4, "surname_link": 5, "honorific": 6, "title_after": 7, "described_speaker": 8, "speaker": 9, "nickname": 10}
        mentions.sort(key=lambda m: (m.start, order[m.rule]))
        merged: list[Mention] = []
        for m in mentions:
            if merged and merged[-1].start == m.start:
                keep = merged[-1]
                keep.role = keep.role or m.role
                keep.organisation = keep.organisation or m.organisation
                keep.age = keep.age if keep.age is not None else m.age
                continue
            merged.append(m)
        people = self._merge(doc, merged)
        names = {_full_name_text(doc, p.mention) for p in people}
        for p in people:
            m = p.mention
            if p.organisation and any(n in p.organisation for n in names):
                p.organisation = None  # "brother of Jo Roe": a person, not an organisation
            add_claim(doc, "person", m.start, m.end, f"{EXTRACTOR}:{m.rule}",
                      name=_full_name_text(doc, m), role=p.role, organisation=p.organisation, age=p.age)
        return doc


def _org_names(doc: Doc) -> list[list[str]]:
    """The words of each ORG entity in the release, without a leading "the"."""
    names = []
    for ent in doc.ents:
        if ent.label_ == "ORG":
            words = ent.text.split()
            names.append(words[1:] if words and words[0].lower() == "the" else words)
    return names


def _opens_longer_org(orgs: list[list[str]], name: str) -> bool:
    """Is ``name`` the start of a longer organisation name among ``orgs`` (``_org_names``): "Surrey
    RCMP" in "the Surrey RCMP Drug Enforcement Unit"? (An ORG that is just the name is spaCy's doubt.)

    >>> _opens_longer_org([["Surrey", "RCMP", "Drug", "Enforcement", "Unit"]], "Surrey RCMP")
    True
    >>> _opens_longer_org([["W.L.", "Scott", "Bean", "III"]], "W.L. Scott Bean")
    False
    """
    size = len(name.split())
    for words in orgs:
        nxt = words[size] if len(words) > size and " ".join(words[:size]) == name else ""
        if nxt[:1].isupper() and not re.fullmatch(r"[IVX]+|Jr\.?|Sr\.?", nxt):
            return True
    return False


def _headline_name(doc: Doc, m: Mention) -> Mention | None:
    """A mention in a title-case headline (the release's first line) whose name is written nowhere
    else in the release, cut back to the longest first words that are ("Tom Baines Praised For
    Rescue" -> "Tom Baines"); a mention with no such words is dropped (None): capitalised headline
    words read as names ("Albuquerque Man Sentenced to 97 Months ...", "Chief Constable Praises
    Officers After Storm"). Other mentions are returned as they are.

    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Albuquerque Man Sentenced to 97 Months for Laundering Proceeds\\nAn Albuquerque man was sentenced."))
    >>> _headline_name(doc, Mention(0, 25, ["Albuquerque", "Man", "Sentenced"], "ner")) is None
    True
    """
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end].strip()
    if line_end < 0 or text[:line_start].strip() or not line or line[-1] in ".!?:;\"”’":
        return m  # not the release's first line, or a sentence: not a headline
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", text[line_start:m.start] + " " + text[m.end:line_end])
             if len(w) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return m

    def elsewhere(name: str) -> bool:
        return text.find(name, line_end) >= 0 or text.rfind(name, 0, line_start) >= 0

    for n in range(len(m.tokens), 1, -1):
        name = " ".join(m.tokens[:n])
        if elsewhere(name):
            if n < len(m.tokens) and text.startswith(name, m.start):
                m.tokens = m.tokens[:n]
                m.end = m.start + len(name)
            return m
    return None


_YEAR_OLD = re.compile(r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[-\s]years?[-\s]old\b")


def _add_year_old_ages(doc: Doc, mentions: list[Mention]) -> None:
    """Give a mention the age written as "N-year-old" beside the name (``named_ages`` decides whose
    it is; ``claims_quantities`` leaves such an age out): "Ilya Brodsky, a 25-year-old resident",
    "convicted 32-year-old Kevin Asher"."""
    text = doc_text(doc)
    for m in _YEAR_OLD.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        value = parse_number(m.group(1))
        if span is None or value is None or not 0 < value < 130 or value != int(value):
            continue
        person = person_of_age(span[0], span[-1])
        if person is None:
            continue
        for mention in mentions:
            if mention.age is None and mention.start < person.end_char and person.start_char < mention.end:
                mention.age = int(value)


@Language.factory(
    "claims_people",
    default_config={"titles": "patterns/titles.jsonl", "words": "patterns/people_words.json"},
)
def make_people(nlp: Language, name: str, titles: str, words: str) -> PeopleExtractor:
    """The ``claims_people`` component (patterns named relative to ``models/``)."""
    return PeopleExtractor(nlp, titles, words)
