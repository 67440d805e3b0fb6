"""Recognising a person's name: a capitalised run of name words, and what rules a run out.

:class:`NameReader` holds the word lists of ``models/patterns/people_words.json`` that say whether a
word can be part of a name (honorifics, post-nominals, particles, words that end an organisation's
or a place's name, the entity labels that block a name) and finds the tokens of a name
(:meth:`NameReader.name_run`). Beside it: datelines (an all-capitals place opening a line is where
a release was issued, not a name or an organisation), product codes, and surnames a release writes
on their own. Used by ``claims_people``.

>>> from pipeline.nlp import shared, make_doc
>>> nlp = shared()
>>> names = nlp.get_pipe("claims_people").names
>>> doc = nlp(make_doc(nlp, "Officers arrested Anne-Marie Jones near the Suzy Lamplugh Trust."))
>>> names.name_run(doc, 2), names.name_run(doc, 9)
((2, 6), None)
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .base import doc_text

_NEXT_WORD = re.compile(r"\s+([A-Z][\w.]*)")  # a capitalised word after a name
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}$")  # "E.", "C.F."
_BARE_INITIAL = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$")  # "E.", "A", "J.R.": a name's initial
_NAME_WORD = re.compile(  # letters beyond ASCII too: "Héctor", "Émile", "Ó"
    r"^(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*['’\-]?[^\W\d_][\w'’\-]*|[A-ZÀ-ÖØ-Þ][^\W\d_]+|[A-Z]{2,}(?:-[A-Z]+)?|[A-Z])$")
_DASHES = ("-", "--", "–", "—", "―")


class NameReader:
    """Finds the token run of a name and tells name words from others, from the word lists of
    ``people_words.json`` and the words of the titles (``title_words``), which never end a name.

    >>> from pipeline.claims.base import load_data
    >>> names = NameReader(load_data("patterns/people_words.json"), {"Inspector"})
    >>> "Mr" in names.honorifics, "Inspector" in names.title_words
    (True, True)
    """

    def __init__(self, words: dict, title_words: set[str]):
        self.honorifics = set(words["honorifics"])
        self.postnominals = set(words["postnominals"])
        self.particles = set(words["particles"])
        self.compound_endings = set(words["hyphen_compound_endings"])  # "a Smith-led inquiry"
        self.not_name_words = set(words["not_name_words"])
        self.blocking = set(words["blocking_entity_labels"])
        self.place_surnames = set(words["surnames_also_place_words"])
        self.landscape = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in words['landscape_nouns'])})\b")
        self.plural_surnames = set(words["plural_surnames"])  # "Holroyd-Banks": not the plural of "Bank"
        self.non_person = set(words["non_person_nouns"])
        self.states = set(words["states"])
        self.title_words = title_words

    def name_like(self, tok: Token) -> bool:
        """Can ``tok`` be a word of a name: capitalised or an initial, not an honorific or an
        all-capitals post-nominal?

        >>> import spacy
        >>> from pipeline.claims.base import load_data
        >>> names = NameReader(load_data("patterns/people_words.json"), set())
        >>> [names.name_like(t) for t in spacy.blank("en")("Mr Jo E. Roe QPM said")]
        [False, True, True, True, False, False]
        """
        t = tok.text
        if t in self.honorifics or (t in self.postnominals and not t.istitle()):
            return False
        return bool(_NAME_WORD.match(t) or _INITIAL.match(t)) and not tok.is_space

    def syllable_after_hyphen(self, tok: Token) -> bool:
        """Is this short lower-case word, glued after a hyphen, the second syllable of a given name
        ("Min-jun", "Seo-yeon") rather than a compound's ending ("Smith-led")?

        >>> import spacy
        >>> from pipeline.claims.base import load_data
        >>> names = NameReader(load_data("patterns/people_words.json"), set())
        >>> doc = spacy.blank("en")("Kim Min-jun and a Smith-led inquiry")
        >>> names.syllable_after_hyphen(doc[3]), names.syllable_after_hyphen(doc[8])
        (True, False)
        """
        return (tok.is_lower and tok.is_alpha and 2 <= len(tok.text) <= 4 and tok.text not in self.compound_endings
                and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_)

    def name_run(self, doc: Doc, i: int, titled: bool = False) -> tuple[int, int] | None:
        """Token range [i, j) of a capitalised name starting at token i, or None.

        After a title (``titled``) a last word that is also a place word
        ("Sgt Ellen Park") is accepted as a surname.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> names = nlp.get_pipe("claims_people").names
        >>> doc = nlp(make_doc(nlp, "Sgt Ellen Park visited Jefferson Parish."))
        >>> names.name_run(doc, 1), names.name_run(doc, 1, titled=True), names.name_run(doc, 4)
        (None, (1, 3), None)
        """
        while i < len(doc) and doc[i].text in self.honorifics:
            i += 1
        if (i + 1 < len(doc) and doc[i].is_upper and doc[i].is_alpha and len(doc[i].text) > 1 and doc[i + 1].is_title
                and "\n" not in doc[i].whitespace_):
            i += 1  # a dateline in capitals: "WASHINGTON Jo Roe pleaded guilty"
        if i + 1 < len(doc) and "." in doc[i].text and doc[i].text in self.states:
            i += 1  # the end of a place: "…in Brooklyn, N.Y. Jo Roe, 19, was sentenced"
        j = i
        while j < len(doc) and sum(1 for t in doc[i:j] if t.text not in "-‐") < 5:  # (a hyphen is no word:
            tok = doc[j]                                                         # "Marie-Claude Tessier-Bouchard")
            if "\n" in doc[j - 1].whitespace_ and j > i:
                break
            if j > i and tok.is_sent_start and tok.is_stop:
                break  # "…identified as Person A. He was…": the next sentence
            if self.name_like(tok):
                if tok.text in self.postnominals and j > i + 1:
                    break
                j += 1
            elif tok.text in self.particles and j > i and j + 1 < len(doc) and self.name_like(doc[j + 1]):
                j += 1
            elif (tok.text in "-‐" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
                  and j + 1 < len(doc) and (self.name_like(doc[j + 1]) or self.syllable_after_hyphen(doc[j + 1]))):
                j += 1  # "Anne-Marie": the tokenizer splits the hyphen off
            elif j > i + 1 and doc[j - 1].text in "-‐" and self.syllable_after_hyphen(tok):  # (hyphen taken above)
                j += 1  # "Kim Min-jun"
            else:
                break
        if j == i:
            return None
        words = [t.text for t in doc[i:j]]
        checked = words[:-1] if titled and len(words) > 1 and words[-1] in self.place_surnames else words
        if any(self.not_name(w) for w in checked):
            return None
        if not titled and words[-1] in self.non_person:
            return None  # "Jefferson Parish", "Sinaloa Cartel" (but "Sgt Amy Bay")
        if len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1]):
            return None  # "Schedule B", "Person A": a label, or a name cut short
        if words[-1] + "." in self.states and doc_text(doc)[doc[j - 1].idx + len(words[-1]):][:1] == ".":
            return None  # "(E.D. Tex.)": a court and state
        if j < len(doc) and self.not_name(doc[j].text) and doc[j].is_title:
            return None  # "William Smith High School", "Suzy Lamplugh Trust"
        if any(w in self.title_words for w in words[:-1]) or (
                words[-1] in self.title_words and words[-1] not in self.place_surnames) or (
                len(words) == 1 and (words[0] in self.title_words or words[0][:-1] in self.title_words)):
            return None  # "Associate Attorney General Bill Baer" is a title, then a name
        if len(words) == 2 and re.fullmatch(r"[IVXLC]+", words[1]):
            return None  # "Title VII"
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and not (
                len(words[0]) >= 3 and doc_text(doc).count(words[0]) >= 2):
            return None  # an acronym, not a surname
        if _INITIAL.match(words[-1]):
            return None
        return i, j

    def not_name(self, word: str) -> bool:
        """Is ``word`` (or its singular) an organisation or place word that no name holds ("Trust",
        "Street", "Operation")?

        >>> from pipeline.nlp import shared
        >>> names = shared().get_pipe("claims_people").names
        >>> names.not_name("Trusts"), names.not_name("Operation"), names.not_name("Grant"), names.not_name("Banks")
        (True, True, False, False)
        """
        w = word.rstrip(".")
        if w.endswith(("'r", "’r")):
            return True  # the Welsh article run on: "Sherpa'r Wyddfa" (a bus service)
        return w in self.not_name_words or (
            w.endswith("s") and w[:-1] in self.not_name_words and w not in self.plural_surnames)

    def place_follows(self, doc: Doc, j: int) -> bool:
        """Is token j a comma then a place name not followed by a title ("Pine Ridge, Texas"), or a
        lower-case word for a piece of land ("Craig Phadrig woodland")?

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "He lives in Pine Ridge, Texas, near Craig Phadrig woodland."))
        >>> names = nlp.get_pipe("claims_people").names
        >>> names.place_follows(doc, 5), names.place_follows(doc, 11)
        (True, True)
        """
        if j < len(doc) and j >= 1 and self.landscape.match(doc_text(doc), doc[j - 1].idx + len(doc[j - 1].text)):
            return True
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].ent_type_ != "GPE" or doc[j + 1].ent_iob_ != "B":
            return False
        k = j + 1
        while k < len(doc) and doc[k].ent_iob_ == "I" or k == j + 1:
            k += 1
        return not (k < len(doc) and doc[k].text in self.title_words)

    def org_elsewhere(self, doc: Doc, name: str) -> bool:
        """Is ``name`` followed somewhere in the text by an organisation word ("Trust", "Inc")?

        >>> import spacy
        >>> from pipeline.claims.base import load_data
        >>> names = NameReader(load_data("patterns/people_words.json"), set())
        >>> doc = spacy.blank("en")("Harlan Voss Inc. agreed to pay. Harlan Voss admitted it.")
        >>> names.org_elsewhere(doc, "Harlan Voss"), names.org_elsewhere(doc, "Voss admitted")
        (True, False)
        """
        # = re.finditer(rf"(?<![\w’']){re.escape(name)}\s+([A-Z][\w.]*)", text), without a compile per name
        text = doc_text(doc)
        pos = text.find(name)
        while pos >= 0:
            before = text[pos - 1] if pos else ""
            m = None if before and (before.isalnum() or before in "_’'") else _NEXT_WORD.match(text, pos + len(name))
            if m is None:
                pos = text.find(name, pos + 1)
                continue
            if self.not_name(m.group(1)):
                return True
            pos = text.find(name, m.end())
        return False


def surname_only(tokens: list[str], particles: set[str]) -> bool:
    """Is a name with these words a surname alone: "Doe", or a surname with its particle
    ("De Villa", "van Dijk")?

    >>> surname_only(["De", "Villa"], {"de"}), surname_only(["Lucas", "Villa"], {"de"})
    (True, False)
    """
    return len(tokens) == 1 or (len(tokens) == 2 and tokens[0].lower() in particles)


def caps_surnames(doc: Doc) -> set[str]:
    """The all-capitals words of four letters or more that the release writes at least twice.

    >>> import spacy
    >>> sorted(caps_surnames(spacy.blank("en")("Darnell HOLT and Mabel FINCH were charged. HOLT was bailed.")))
    ['HOLT']
    """
    return {w for w in re.findall(r"\b[A-Z]{4,}\b", doc_text(doc)) if doc_text(doc).count(w) >= 2}


def has_code_word(words: list[str]) -> bool:
    """Does a name hold an all-capitals word that is not an initial (a model or product code)?

    >>> has_code_word(["Zephyr", "GT"]), has_code_word(["Bruce", "E.", "Grant"])
    (True, False)
    """
    return any(w.isupper() and len(w) > 1 and not _BARE_INITIAL.match(w) for w in words)


def entity_end(doc: Doc, ent: Span, run: tuple[int, int]) -> int:
    """Where a PERSON entity's name ends: the entity's end, or the name run's end when the
    entity stops at a middle initial that the run carries on past.

    "John A DiCicco" tagged PERSON "John A" and ORG "DiCicco" ends after "DiCicco":

    >>> import spacy
    >>> doc = spacy.blank("en")("said John A DiCicco today")
    >>> entity_end(doc, doc[1:3], (1, 4)), entity_end(doc, doc[1:4], (1, 3))
    (4, 3)
    """
    end = min(run[1], ent.end)
    if run[1] > ent.end and _BARE_INITIAL.match(doc[ent.end - 1].text):
        return run[1]
    return end


def surname_used_alone(doc: Doc, j: int) -> bool:
    """Is token ``j``'s word written elsewhere in the release without the word before it
    ("Renata Okoye" ... "Okoye said")?

    >>> import spacy
    >>> doc = spacy.blank("en")("Mayor Renata Okoye spoke. Okoye said more.")
    >>> surname_used_alone(doc, 2), surname_used_alone(doc, 1)
    (True, False)
    """
    word = doc[j].text
    return any(t.i != j and (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_sent_start)
               for t in doc if t.text == word)


# ---- datelines -------------------------------------------------------------------------

def _line_start(doc: Doc, i: int) -> bool:
    """Does token ``i`` open the text, a paragraph or a line ("HOUSTON" in "…today.\\n\\nHOUSTON -- …")?"""
    return i == 0 or "\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def in_dateline(doc: Doc, i: int) -> bool:
    """Is token ``i`` the end of an all-capitals dateline at the start of a line: a place
    ("WASHINGTON", "NEW YORK") or capitals before a dash ("LEEDS --")? A dateline names where a
    release was issued, not an organisation.

    >>> import spacy
    >>> doc = spacy.blank("en")("LEEDS -- Chief Constable Jo Roe said. IOPC Director Al Lee said.")
    >>> in_dateline(doc, 0), in_dateline(doc, 8)
    (True, False)
    """
    j = i
    while j >= 0 and doc[j].text.isupper() and doc[j].text.rstrip(".").isalpha():
        if _line_start(doc, j):
            after = doc[i + 1] if i + 1 < len(doc) else None
            return doc[i].ent_type_ in ("GPE", "LOC", "FAC") or (after is not None and after.text in _DASHES)
        j -= 1
    return False


def glued_dateline(word: str) -> int:
    """The length of an all-capitals dateline glued to the first word of a name, else 0.

    >>> glued_dateline("WASHINGTONTravis"), glued_dateline("McDonald"), glued_dateline("JOHN")
    (10, 0, 0)
    """
    m = re.match(r"([A-Z]{3,})[A-Z][a-z]+$", word)
    return len(m.group(1)) if m else 0
