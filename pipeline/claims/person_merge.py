"""From person mentions to people: the mentions that go, and the merge into one record per person.

A mention goes when it runs past the start of a name its title vouches for (``drop_overreach``), is
made of headline words the release writes nowhere else (``headline_name``), is an alias of the
person just named (``drop_aliases``) or opens a longer organisation's name (``opens_longer_org``).
Mentions at one place keep the richest reading (``merge_same_start``), and later surname-only
mentions ("DCI Doe", "Mr Smith") merge into the first full mention, supplying a role, organisation
or age it lacked (``merge_people``). Used by ``claims_people``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .base import doc_text
from .person_mentions import Mention
from .person_names import glued_dateline, surname_only

# a mention found by several rules keeps the richest reading (title first)
_RULE_ORDER = {"byline": 0, "title": 1, "age": 2, "ner": 3, "caps_surname": 4, "surname_link": 5, "honorific": 6,
               "title_after": 7, "described_speaker": 8, "speaker": 9, "relative": 10, "nickname": 11}


@dataclass
class Person:
    """One person: the mention that names them, and what all their mentions say.

    >>> Person(Mention(0, 7, ["Jo", "Roe"], "ner"), role="Sheriff").role
    'Sheriff'
    """

    mention: Mention
    role: str | None = None
    organisation: str | None = None
    age: int | None = None
    rules: list[str] = field(default_factory=list)


def full_name_text(doc: Doc, m: Mention) -> str:
    """The name as the claim gives it: the mention's text with its white space folded, and a
    nickname in quote marks left out ('Lucas "Moe" Hartsough' is Lucas Hartsough).

    >>> import spacy
    >>> doc = spacy.blank("en")("Officers saw Jo\\nRoe today.")
    >>> full_name_text(doc, Mention(13, 19, ["Jo", "Roe"], "ner"))
    'Jo Roe'
    """
    if m.rule == "nickname":
        return " ".join(m.tokens)  # 'Lucas "Moe" Hartsough' is Lucas Hartsough
    return " ".join(doc_text(doc)[m.start:m.end].split())


def unglue_dateline(doc: Doc, m: Mention) -> None:
    """Drop a dateline glued to a name at the start of a line: "WASHINGTONTravis Dardenne" -> "Travis Dardenne".

    >>> import spacy
    >>> mention = Mention(0, 26, ["WASHINGTONTravis", "Dardenne"], "ner")
    >>> unglue_dateline(spacy.blank("en")("WASHINGTONTravis Dardenne pleaded guilty."), mention)
    >>> mention.start, mention.tokens
    (10, ['Travis', 'Dardenne'])
    """
    cut = glued_dateline(m.tokens[0])
    if cut and (m.start == 0 or doc_text(doc)[m.start - 1] == "\n"):
        m.start += cut
        m.tokens[0] = m.tokens[0][cut:]


def drop_overreach(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that runs left past the start of a name its title vouches for: after
    "U.S. Attorney for the District of Massachusetts Jo Roe" the run "Massachusetts Jo Roe" goes,
    the title mention "Jo Roe" stays.

    >>> kept = drop_overreach([Mention(10, 30, ["Massachusetts", "Jo", "Roe"], "ner"),
    ...                        Mention(24, 30, ["Jo", "Roe"], "title")])
    >>> [m.tokens for m in kept]
    [['Jo', 'Roe']]
    """
    titled = {(m.start, m.end) for m in mentions if m.rule == "title"}
    return [m for m in mentions if m.rule == "title"
            or not any(m.start < s and e == m.end for s, e in titled)]


def headline_name(doc: Doc, m: Mention) -> Mention | None:
    """A mention in a title-case headline (the release's first line) whose name is written nowhere
    else in the release, cut back to the longest first words that are ("Tom Baines Praised For
    Rescue" -> "Tom Baines"); a mention with no such words is dropped (None): capitalised headline
    words read as names ("Albuquerque Man Sentenced to 97 Months ...", "Chief Constable Praises
    Officers After Storm"). Other mentions are returned as they are.

    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Albuquerque Man Sentenced to 97 Months for Laundering Proceeds\\nAn Albuquerque man was sentenced."))
    >>> headline_name(doc, Mention(0, 25, ["Albuquerque", "Man", "Sentenced"], "ner")) is None
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


def drop_aliases(doc: Doc, mentions: list[Mention], alias_lead: re.Pattern) -> list[Mention]:
    """Mentions that are not an alias of the person named just before ("Ronald Prince, aka Big
    Show, 44,"), in text order; an alias's age goes to that person. ``alias_lead`` finds the words
    that open an alias ("aka") at the end of the text before a mention.

    >>> import spacy
    >>> doc = spacy.blank("en")("Ronald Prince, aka Big Show, 44, pleaded guilty.")
    >>> kept = drop_aliases(doc, [Mention(0, 13, ["Ronald", "Prince"], "ner"),
    ...                           Mention(19, 27, ["Big", "Show"], "age", age=44)], re.compile(r"\\baka\\s*$"))
    >>> [(m.tokens, m.age) for m in kept]
    [(['Ronald', 'Prince'], 44)]
    """
    text = doc_text(doc)
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        lead = alias_lead.search(text[max(0, m.start - 16):m.start])
        if lead is None:
            kept.append(m)
            continue
        owner = next((k for k in reversed(kept) if 0 <= m.start - k.end <= 20), None)
        if owner is not None and owner.age is None:
            owner.age = m.age
    return kept


def org_names(doc: Doc) -> list[list[str]]:
    """The words of each ORG entity in the release, without a leading "the".

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("He joined the Surrey RCMP Drug Unit.")
    >>> doc.ents = [Span(doc, 2, 7, label="ORG")]
    >>> org_names(doc)
    [['Surrey', 'RCMP', 'Drug', 'Unit']]
    """
    names = []
    for ent in doc.ents:
        if ent.label_ == "ORG":
            words = ent.text.split()
            names.append(words[1:] if words and words[0].lower() == "the" else words)
    return names


def opens_longer_org(orgs: list[list[str]], name: str) -> bool:
    """Is ``name`` the start of a longer organisation name among ``orgs`` (``org_names``): "Surrey
    RCMP" in "the Surrey RCMP Drug Enforcement Unit"? (An ORG that is just the name is spaCy's doubt.)

    >>> opens_longer_org([["Surrey", "RCMP", "Drug", "Enforcement", "Unit"]], "Surrey RCMP")
    True
    >>> opens_longer_org([["W.L.", "Scott", "Bean", "III"]], "W.L. Scott Bean")
    False
    """
    size = len(name.split())
    for words in orgs:
        nxt = words[size] if len(words) > size and " ".join(words[:size]) == name else ""
        if nxt[:1].isupper() and not re.fullmatch(r"[IVX]+|Jr\.?|Sr\.?", nxt):
            return True
    return False


def merge_same_start(mentions: list[Mention]) -> list[Mention]:
    """One mention per start: the one of the richest rule (title first), given the role,
    organisation and age the others there supply. Sorts ``mentions`` in place.

    >>> merged = merge_same_start([Mention(0, 6, ["Jo", "Roe"], "speaker"),
    ...                            Mention(0, 6, ["Jo", "Roe"], "age", age=34)])
    >>> [(m.rule, m.age) for m in merged]
    [('age', 34)]
    """
    mentions.sort(key=lambda m: (m.start, _RULE_ORDER[m.rule]))
    merged: list[Mention] = []
    for m in mentions:
        if merged and merged[-1].start == m.start:
            keep = merged[-1]
            keep.role = keep.role or m.role
            keep.organisation = keep.organisation or m.organisation
            keep.age = keep.age if keep.age is not None else m.age
            continue
        merged.append(m)
    return merged


def merge_people(mentions: list[Mention], particles: set[str]) -> list[Person]:
    """One :class:`Person` per name: a later mention by surname ("Doe", "Mr Doe", "W. Doe" after
    "James W. Doe") joins the person first named in full; a surname alone names no one unless a
    title or honorific vouches for it. ``particles`` are the surname particles ("De Villa").

    >>> people = merge_people([Mention(0, 8, ["Jane", "Doe"], "ner"),
    ...                        Mention(40, 43, ["Doe"], "title", role="DI")], particles=set())
    >>> [(p.mention.tokens, p.role, p.rules) for p in people]
    [(['Jane', 'Doe'], 'DI', ['ner', 'title'])]
    """
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
        if match is None and len(m.tokens) == 1 and m.rule in ("title", "honorific"):
            match = surname_first(people, m.tokens[0])  # "Councilor Guo" after "Guo Shengkun"
        if match is None:
            if surname_only(m.tokens, particles) and m.rule not in ("title", "honorific"):
                continue
            people.append(Person(m, m.role, m.organisation, m.age, [m.rule]))
            continue
        if surname_only(match.mention.tokens, particles) and not surname_only(m.tokens, particles):
            match.mention = m  # a full name after a surname-only first mention
        match.role = match.role or m.role
        match.organisation = match.organisation or m.organisation
        match.age = match.age if match.age is not None else m.age
        match.rules.append(m.rule)
    return people


def surname_first(people: list[Person], word: str) -> Person | None:
    """The one person named in two words whose first word is ``word``: a title before a single word
    names a surname, so "Councilor Guo" after "State Councilor Guo Shengkun" is Guo Shengkun, whose
    family name is written first.

    >>> people = [Person(Mention(0, 12, ["Guo", "Shengkun"], "title"))]
    >>> surname_first(people, "Guo").mention.tokens, surname_first(people, "Shengkun")
    (['Guo', 'Shengkun'], None)
    """
    found = [p for p in people if len(p.mention.tokens) == 2 and p.mention.tokens[0] == word]
    return found[0] if len(found) == 1 else None


def drop_initial_run_ons(doc: Doc, mentions: list[Mention], title_words: set[str] | frozenset[str] = frozenset()
                         ) -> list[Mention]:
    """Drop a named-entity run that reads a product name and the next sentence's surname as one name:
    "... and a 2023 Tesla Model Y. Radulescu was indicted" is no "Model Y. Radulescu" when the
    surname is another person's ("Victor Anselm Radulescu"), a capitalised word that is no title
    (``title_words``) or a number runs straight into the mention ("Tesla Model"), and a verb follows
    it (the surname opens a sentence); "his wife, Maria T. Radulescu," and "U.S. Representative
    Stephen E. Stockman" stay.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Victor Radulescu forfeited a 2023 Tesla Model Y. Radulescu was indicted.")
    >>> kept = drop_initial_run_ons(doc, [Mention(0, 16, ["Victor", "Radulescu"], "ner"),
    ...                                   Mention(40, 58, ["Model", "Y.", "Radulescu"], "ner")])
    >>> [m.tokens for m in kept]
    [['Victor', 'Radulescu']]
    """
    text = doc_text(doc)

    def run_on(m: Mention) -> bool:
        if m.rule != "ner" or len(m.tokens) != 3 or not re.fullmatch(r"[A-Z]\.", m.tokens[1]):
            return False
        if not any(o is not m and len(o.tokens) >= 2 and o.tokens[-1] == m.tokens[-1] and o.tokens[0] != m.tokens[0]
                   for o in mentions):
            return False  # no other person with this surname
        before = re.search(r"(\S+)\s+$", text[max(0, m.start - 40):m.start])
        if not before or not before.group(1)[-1:].isalnum() or before.group(1) in title_words \
                or not (before.group(1)[:1].isupper() or before.group(1)[:1].isdigit()):
            return False
        after = doc.char_span(m.end, len(text), alignment_mode="expand")
        nxt = next((t for t in after if not t.is_space), None) if after is not None else None
        return nxt is not None and nxt.pos_ in ("AUX", "VERB")

    return [m for m in mentions if not run_on(m)]


_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


def drop_non_names(doc: Doc, mentions: list[Mention], place_prepositions: set[str] | frozenset[str],
                   header_words: set[str] | frozenset[str],
                   place_modified: set[str] | frozenset[str] = frozenset(),
                   articles: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """Drop runs that are no person: a heading in capitals on its own line ("NEWS RELEASE"; read as a
    byline only when no ``header_words`` word is in it), a place after a word that only places go
    after (``place_prepositions``: "on the A68 near Tow Law"), a place before a lower-case noun
    for a person from there (``place_modified``: "a 29-year-old Point Cook man"), or a run right
    after an article or opening with one (``articles``: "the Broads Beat team", "The Broads Beat,
    a partnership ..."; a title, an honorific or an age still vouches for a person, and "the late
    Jo Roe" has a word between).

    >>> import spacy
    >>> doc = spacy.blank("en")("The Broads Beat, a partnership, met the late Jo Roe.")
    >>> kept = drop_non_names(doc, [Mention(0, 15, ["The", "Broads", "Beat"], "ner"),
    ...                             Mention(4, 15, ["Broads", "Beat"], "ner"), Mention(45, 51, ["Jo", "Roe"], "ner")],
    ...                       set(), set(), articles={"the", "The"})
    >>> [m.tokens for m in kept]
    [['Jo', 'Roe']]

    >>> import spacy
    >>> doc = spacy.blank("en")("NEWS RELEASE\\nA rider was seen near Tow Law. Jo Roe said so.")
    >>> kept = drop_non_names(doc, [Mention(0, 12, ["NEWS", "RELEASE"], "ner"), Mention(35, 42, ["Tow", "Law"], "ner"),
    ...                             Mention(44, 50, ["Jo", "Roe"], "ner")], {"near"}, {"news", "release"})
    >>> [m.tokens for m in kept]
    [['Jo', 'Roe']]
    """
    text = doc_text(doc)

    def non_name(m: Mention) -> bool:
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if line == text[m.start:m.end] and line.isupper() and m.rule in ("ner", "byline") \
                and (m.rule == "ner" or any(w.lower() in header_words for w in m.tokens)):
            return True
        if m.rule not in ("title", "byline", "honorific") and (after := _NEXT_LOWER_WORD.match(text, m.end)) \
                and after.group(1) in place_modified:
            return True  # "a 29-year-old Point Cook man": where he is from (the age is the man's)
        if m.rule in ("title", "byline", "age", "honorific"):
            return False  # a title, a byline or an age vouches for a person
        before = re.search(r"(\w+)\s+$", text[max(0, m.start - 20):m.start])
        if m.tokens[0] in articles or (before and before.group(1) in articles):
            return True  # "the Broads Beat team": a team's or a unit's name
        return bool(before) and before.group(1).lower() in place_prepositions
    return [m for m in mentions if not non_name(m)]

