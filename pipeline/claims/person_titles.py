"""Police and public-sector titles ("Detective Chief Inspector", "U.S. Attorney"), read before or after a name.

:class:`Titles` holds the titles of ``models/patterns/titles.jsonl`` with their plurals
("Assistant U.S. Attorneys" before a list of names), the words they are made of (a name never holds
one), a phrase matcher for them and the regexes that find a title opening a description ("the
force's Chief Officer", "FBI Special Agent in Charge") or standing before a comma and a name. The
modifiers ("Acting", "Senior", "Deputy"...) are ``title_modifiers`` of ``people_words.json``.
Used by ``claims_people``.

>>> import spacy
>>> titles = Titles(spacy.blank("en"), ["Special Agent in Charge", "Chief Officer"], ["Acting"])
>>> titles.lead.match("Acting Special Agent in Charge of the FBI").group(0)
'Acting Special Agent in Charge'
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span


class Titles:
    """The titles (``texts``), their plurals and words, a matcher and the title regexes.

    >>> import spacy
    >>> titles = Titles(spacy.blank("en"), ["Detective Constable", "Sgt."], ["Acting"])
    >>> sorted(titles.plurals), sorted(titles.words)
    (['detective constables'], ['Constable', 'Constables', 'Detective', 'Sgt.'])
    """

    def __init__(self, nlp: Language, texts: list[str], modifiers: list[str]):
        self.texts = texts
        # plural titles before a list of names ("Assistant U.S. Attorneys Karen Liu and Paul Okoro")
        plurals = [t + "s" for t in texts if t[-1].isalpha() and not t.endswith("s")]
        self.plurals = {t.lower() for t in plurals}
        self.words = {w for t in texts + plurals for w in t.split()}
        self.modifiers = set(modifiers)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("TITLE", [nlp.make_doc(t) for t in texts + plurals])
        title_re = "|".join(sorted((re.escape(t) for t in texts), key=len, reverse=True))
        modifiers_re = "|".join(map(re.escape, sorted(self.modifiers)))
        # "The force's Chief Officer, Tom Reilly, said": a title, then a comma before the name
        # "Chief Officer, Tom Reilly", "The Police and Crime Commissioner for Lancashire, Gareth Holroyd",
        # "... for Hampshire and the Isle of Wight, Rupert Shaw"
        # (group 2: the place or body the title is "for"/"of")
        self.before_comma = re.compile(rf"(?<![\w])((?:(?:{modifiers_re})\s+)*(?:{title_re})"
                                       rf"(?:\s+(?-i:for|of)\s+((?-i:[A-Z][\w’'-]*)(?:\s+(?:(?-i:and|of|the)\s+){{0,2}}(?-i:[A-Z][\w’'-]*)){{0,4}}))?),\s+$")
        # "the force's Chief Officer", "FBI Special Agent in Charge" (an acronym first), "Acting Director"
        self.lead = re.compile(
            rf"^(?:the\s+)?(?:[\w’']+[’']s\s+|(?-i:[A-Z]{{2,}})\s+)?(?:{title_re}|(?:(?-i:{modifiers_re})\s+)+(?:{title_re}))\b",
            re.I)

    def spans(self, doc: Doc) -> list[Span]:
        """The titles in ``doc``: capitalised ones, or lower-case ones of two words or more
        ("detective inspector"), as the matcher finds them (overlapping).

        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> titles = Titles(nlp, ["Detective Inspector", "Inspector"], [])
        >>> [s.text for s in titles.spans(nlp("The inspector met detective inspector Gwen Talbot."))]
        ['detective inspector']
        """
        spans = self.matcher(doc, as_spans=True)
        return [s for s in spans if s[0].text[:1].isupper() or len(s) > 1]
