"""What makes a triggered clause no commitment, for ``claims_commitments``: a passive with no agent
("1,000 officers will be trained"), a hope or an appeal ("it is hoped that ..."), a scheduled event,
court appearance or agenda item ("He will appear at court", "will deliver remarks", "will announce
... at a press conference"), prosecution or litigation procedure ("the government will seek
forfeiture"), a possibility, recommendation or prediction ("can seek to", "will likely"), a
simple-past promise told as history ("the scheme promised to pay"), money predicted to help ("this
funding will help fight crime"), and a "will" verb that borrowed another clause's subject. Who says
a "we"/"I" is read by :mod:`~pipeline.claims.commitment_speakers`. The word lists live in
``models/patterns/commitments.json``.

>>> from pipeline.nlp import shared
>>> doc = shared()("He will appear at Leeds Magistrates' Court on Monday.")
>>> CommitmentExclusions().is_event(doc[2])
True
"""
from __future__ import annotations

from spacy.tokens import Token

from .base import load_data
from .commitment_actors import SUBJECT_DEPS


def is_passive(verb: Token) -> bool:
    """Whether the verb has a passive subject or auxiliary.

    >>> from pipeline.nlp import shared
    >>> is_passive(shared()("1,000 officers will be trained.")[4])
    True
    """
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def borrowed_subject(verb: Token) -> bool:
    """"the plan that EPA selected in 2006 and also will reimburse EPA's costs": a "will" verb the
    parser coordinated with a past-tense verb inside a relative clause, whose subject is not its own.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Acme will clean the site that EPA selected in 2006 and also will reimburse the costs.")
    >>> borrowed_subject(doc[13])
    True
    """
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBD" and head.dep_ in ("relcl", "acl", "advcl", "ccomp")


def _counted_plural(tok: Token) -> bool:
    """A plural noun counted by a number: "12 free fraud-awareness sessions".

    >>> from pipeline.nlp import shared
    >>> doc = shared()("The team will run 18 drop-in sessions.")
    >>> _counted_plural(doc[8])
    True
    """
    return tok.tag_ == "NNS" and any(t.like_num for t in tok.subtree if t.i < tok.i)


class CommitmentExclusions:
    """Exclusion tests from the word lists in ``patterns``.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("It is hoped that officers will make more arrests.")
    >>> CommitmentExclusions().is_hedged(doc[6])
    True
    """

    def __init__(self, patterns: str = "patterns/commitments.json"):
        data = load_data(patterns)
        self.hope_governors = frozenset(data["hope_governors"])
        self.hope_words = set(data["hope_words"])
        self.excluded_verbs = set(data["excluded_verbs"])
        self.excluded_phrases = tuple(data["excluded_verb_phrases"])
        self.event_objects = set(data["event_objects"])
        self.intransitive_events = set(data["intransitive_event_verbs"])
        self.event_announce_verbs = set(data["event_announce_verbs"])
        self.event_preps = set(data["event_prepositions"])
        self.event_hosts = set(data["event_host_verbs"])
        self.event_quantifiers = set(data["event_quantifier_nouns"])  # "a series of … discussions"
        self.procedure_verbs = set(data["procedure_verbs"])
        self.motion_verbs = set(data["procedure_motion_verbs"])  # "will move to dismiss" (not "move officers")
        self.procedure_object_verbs = set(data["procedure_object_verbs"])
        self.procedure_objects = set(data["procedure_objects"])
        self.hedge_adverbs = set(data["hedge_adverbs"])
        self.non_binding_modals = set(data["non_binding_modals"])
        self.copulas = set(data["copulas"])
        self.pronouns = set(data["actor_pronouns"])
        self.speech_verbs = set(data["speech_verbs"])
        self.money_actors = set(data["money_actor_words"])
        self.money_predictions = set(data["money_prediction_verbs"])

    def is_hedged(self, verb: Token) -> bool:
        """Inside "it is hoped that ...", "we expect ...", or an appeal.

        >>> from pipeline.nlp import shared
        >>> CommitmentExclusions().is_hedged(shared()("We will find them.")[2])
        False
        """
        tok = verb
        for _ in range(4):
            if tok.head.i == tok.i:  # (spaCy makes a new Token per access: compare indices)
                return False
            tok = tok.head
            if tok.lemma_.lower() in self.hope_governors or tok.lower_ in self.hope_words:
                return True
        return False

    # ------------------------------------------------------------- events
    def is_event(self, verb: Token) -> bool:
        """A scheduled event or court appearance, not an undertaking.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The team will run 18 drop-in sessions.")
        >>> CommitmentExclusions().is_event(doc[3])
        False
        """
        if verb.lemma_.lower() in self.excluded_verbs:
            return True
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp")]
        if verb.lemma_.lower() in self.intransitive_events and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in objects) \
                and not any(c.lower_ == "after" for c in verb.children):
            return True  # (but "we will go after every dollar" pursues)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.event_objects and not _counted_plural(c) for c in objects):
            return True  # (but "will run 18 drop-in sessions" is a programme the force commits to)
        if verb.lemma_.lower() in self.event_announce_verbs and self._at_event(verb):
            return True
        if verb.lemma_.lower() in self.event_hosts and self._next_noun_is_event(verb) \
                and not any(c.dep_ == "dobj" and _counted_plural(c) for c in verb.children):
            return True
        following = verb.doc[verb.i:verb.i + 3].text.lower()
        phrase = verb.lemma_.lower() + following[len(verb.text):]
        return any(phrase.startswith(p) for p in self.excluded_phrases)

    def _at_event(self, verb: Token) -> bool:
        """"will announce the charges at a press conference": an "at"/"during" + event noun on the verb."""
        return any(c.dep_ == "prep" and c.lower_ in self.event_preps
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in self.event_objects for g in c.children)
                   for c in verb.children)

    def _next_noun_is_event(self, verb: Token) -> bool:
        """"will hold events focused on ...": the noun right after the verb (past determiners, modifiers
        and "a series of") is an event, or is named by one ("a roundtable discussion"), whatever the
        parser made of it."""
        doc = verb.doc
        for tok in doc[verb.i + 1:min(len(doc), verb.i + 9)]:
            if tok.pos_ in ("DET", "ADJ", "NUM") or tok.dep_ in ("compound", "poss", "amod") or tok.lower_ == "of":
                continue
            if tok.lower_ in self.event_quantifiers and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
                continue  # "will hold a series of three public roundtable discussions"
            return tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.event_objects or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.event_objects for c in tok.children))
        return False

    def is_procedure(self, verb: Token) -> bool:
        """Prosecution or litigation procedure, not an undertaking: "the government will recommend a
        sentence", "the United States will seek forfeiture", "we will ask the court to ...", "the
        government will move to dismiss" (but "we will move officers into the area" is an action).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The government will seek forfeiture of the house.")
        >>> CommitmentExclusions().is_procedure(doc[3])
        True
        """
        lemma = verb.lemma_.lower()
        if lemma in self.procedure_verbs:
            return True
        if lemma in self.motion_verbs:
            return not any(c.dep_ == "dobj" for c in verb.children)
        if lemma not in self.procedure_object_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(d.lower_ in ("every", "all") for o in objects for d in o.subtree):
            return False  # "we will seek forfeiture of every asset they buy with it": a pledge
        return any(o.lemma_.lower() in self.procedure_objects for o in objects)

    # ----------------------------------------------- not binding anyone now
    def is_non_binding(self, kind: str, trig: Token, verb: Token) -> bool:
        """A possibility, recommendation or prediction rather than an undertaking.

        "The government can also seek to forfeit the proceeds", "the council should seek to",
        "this initiative will likely spur growth". ``kind`` is the trigger's kind ("modal", "verb",
        "adjective", "progressive"), ``trig`` the trigger word and ``verb`` its main verb.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The government can also seek to forfeit the proceeds.")
        >>> CommitmentExclusions().is_non_binding("verb", doc[4], doc[4])
        True
        """
        carriers = [verb] if verb.i == trig.i else [verb, trig]
        for tok in carriers:
            for c in tok.children:
                if c.dep_ == "aux" and c.lower_ in self.non_binding_modals and kind != "modal":
                    return True
                if c.dep_ == "advmod" and c.lower_ in self.hedge_adverbs:
                    return True
        return False

    def is_past_description(self, kind: str, trig: Token, verb: Token, subj: Token) -> bool:
        """A simple-past promise or dedication told as history, not a commitment now: "the program
        promised to make the homeowners' payments", "the forum was dedicated to ...". Kept when the
        clause is reported speech ("the chief said the force was committed to ...") or, for a verb, the
        actor is a pronoun or a name ("we vowed to", "the Commissioner pledged to"): a news report of
        a pledge. "PC Lee was dedicated to his work" describes a past state whoever the subject is.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The scheme promised to pay the investors every month.")
        >>> CommitmentExclusions().is_past_description("verb", doc[2], doc[2], doc[1])
        True
        """
        if kind not in ("verb", "adjective"):
            return False
        tense = verb if kind == "adjective" else trig
        if kind == "adjective" and verb.i == trig.i:  # "was dedicated" parsed as a passive
            tense = next((c for c in trig.children if c.dep_ in ("auxpass", "aux") and c.lemma_ in self.copulas), trig)
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tense.children):
            return True  # "the IRS had sought to impose": past perfect, never a pledge now
        if tense.tag_ != "VBD":
            return False
        if kind == "verb" and (subj.lower_ in self.pronouns or subj.pos_ == "PROPN"):
            return False
        tok = tense
        for _ in range(3):
            if tok.head.i == tok.i:  # (spaCy makes a new Token per access: compare indices)
                return True
            if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in self.speech_verbs:
                return False
            tok = tok.head
        return True

    def is_money_prediction(self, kind: str, verb: Token, subj: Token) -> bool:
        """"This funding will help fight crime": money predicted to have an effect. A grant or fund is
        not the organisation, its people, plan or operation (CLAIMS.md), and "will help/allow/enable"
        forecasts a benefit rather than binding anyone to act. Money that "will fund"/"will pay for"
        something still counts (it commits the spend).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The new funding will help officers tackle burglary.")
        >>> CommitmentExclusions().is_money_prediction("modal", doc[4], doc[2])
        True
        """
        return (kind == "modal" and subj.lower_ in self.money_actors
                and verb.lemma_.lower() in self.money_predictions)
