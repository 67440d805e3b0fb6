"""Who may commit, for ``claims_commitments``: whether a subject names the organisation, its
officers, staff, teams, plan or operation, or "we"/"I" speaking for it, and the actor's span (the
subject's noun phrase). The word lists live in ``models/patterns/commitments.json``; agency names
("the Antitrust Division", "EPA") are recognised by :class:`~pipeline.claims.actors.ActorResolver`.

>>> from pipeline.nlp import shared
>>> doc = shared()("Officers from the Roads Policing Unit and their partners will run speed checks.")
>>> CommitmentActors().actor_span(subject_of(doc[10])).text
'Officers from the Roads Policing Unit and their partners'
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorResolver
from .base import load_data
from .person_names import in_dateline

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")  # a clause with one of these has a subject of its own


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, climbing through coordination and open complements.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("The force plans to recruit and train 40 officers.")
    >>> subject_of(doc[6]).text
    'force'
    >>> doc = shared()("DENVER – The Denver Police Department will double its teams.")
    >>> subject_of(doc[7]).text
    'Department'
    """
    seen = 0
    tok = verb
    while seen < 6:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if in_dateline(child.doc, child.i):  # "DENVER – The Denver Police Department ... will"
                    named = next((c for c in child.children if c.dep_ == "appos"), None)
                    later = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i), None)
                    if named is not None or later is not None:
                        return named if named is not None else later  # the dateline is no subject
                return child
        if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            seen += 1
            continue
        return None
    return None


def _named_unit(prep: Token) -> bool:
    """"on"/"for" inside a capitalised name: "the Office on Violence Against Women"."""
    return (prep.dep_ == "prep" and (prep.lower_ in ("on", "for") or prep.text.istitle()) and prep.head.pos_ == "PROPN"
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text[:1].isupper() for g in prep.children))


class CommitmentActors:
    """Actor tests from the word lists in ``patterns``; ``resolver`` recognises agency names and
    force aliases (a new :class:`~pipeline.claims.actors.ActorResolver` when not given).

    >>> from pipeline.nlp import shared
    >>> doc = shared()("The trial will take place in May, and officers will attend.")
    >>> [CommitmentActors().is_actor(doc[i]) for i in (1, 9)]
    [False, True]
    """

    def __init__(self, patterns: str = "patterns/commitments.json", resolver: ActorResolver | None = None):
        data = load_data(patterns)
        self.resolver = resolver if resolver is not None else ActorResolver(patterns)
        self.modals = set(data["modal_words"])
        self.pronouns = set(data["actor_pronouns"])
        self.possessives = set(data["actor_possessives"])
        self.actor_nouns = set(data["actor_nouns"])
        self.partner_nouns = set(data["partner_actor_nouns"])  # "the City", "the Province"
        self.settlement_cues = tuple(data["settlement_cues"])  # "Under the consent decree, the City will ..."
        self.police_words = set(data["police_org_words"])
        self.excluded_subjects = set(data["excluded_subject_words"])
        self.carried_pronouns = set(data["carried_pronouns"])
        self.ranks = set(data["rank_words"])

    def is_actor(self, subj: Token) -> bool:
        """Whether a subject token names the organisation, its people or its plan.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Kent Police will open two new stations.")
        >>> CommitmentActors().is_actor(doc[1])
        True
        """
        low = subj.lower_
        if low in self.pronouns:
            return True
        if low in self.carried_pronouns and subj.head.dep_ == "conj" \
                and not any(c.dep_ == "mark" for c in subj.head.children) \
                and any(c.dep_ == "aux" and c.lower_ in self.modals for c in subj.head.head.children):
            # "This plan will put more officers on the street, and it will take work off their plates"
            # (not "the Division may prove …, and that they will reimburse …": another clause's subject)
            first = next((c for c in subj.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return first is not None and first.lower_ not in self.carried_pronouns and self.is_actor(first)
        if low in self.excluded_subjects or subj.lemma_.lower() in self.excluded_subjects:
            return False
        if subj.pos_ == "PRON":
            return False
        if low in self.actor_nouns or subj.lemma_.lower() in self.actor_nouns or low.rstrip("s") in self.actor_nouns:
            return True
        if low in self.partner_nouns:  # "The City is committed to", but not a settling party's duties
            sentence = subj.sent.text.lower()
            return not any(cue in sentence for cue in self.settlement_cues)
        if self.resolver.is_agency(subj):
            return True
        if subj.pos_ == "PROPN":
            words = {t.lower_ for t in subj.subtree if t.i <= subj.i}
            # a force ("Police Scotland") or a named officer with a rank ("Chief Smith")
            return (bool(words & (self.police_words | self.ranks)) or low in self.resolver.aliases
                    or bool(self.resolver.police_acronym.match(subj.text)))
        return False

    def actor_span(self, subj: Token) -> Span:
        """The subject's noun phrase, without trailing relative clauses or appositions.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The Office on Violence Against Women, which funds the scheme, will publish a report.")
        >>> CommitmentActors().actor_span(doc[1]).text
        'The Office on Violence Against Women'
        """
        doc = subj.doc
        start = subj.left_edge.i
        end = subj.i + 1
        for child in subj.rights:
            if child.i > end + 1:
                break
            if child.dep_ in ("compound", "flat", "nmod", "cc", "conj") or (
                    child.dep_ == "prep" and child.lower_ in ("of", "from", "at")) or _named_unit(child):
                end = child.right_edge.i + 1 if child.dep_ != "cc" else child.i + 1
            else:
                break
        while end > start + 1 and doc[end - 1].dep_ == "cc":
            end -= 1
        return doc[start:end]
