"""``claims_commitments``: an organisation binding itself to act.

Built on the dependency parse. A trigger is a modal ("will", "shall") on a
verb, a commitment adjective with "to" ("committed to", "determined to"), a
commitment verb with a "to" complement ("pledges to", "aims to", "intends to",
"plans to"), a progressive "is working to", or a commitment noun with "to"
("our commitment to"). Its subject must be an actor: the organisation, its
officers, staff, teams, plan or operation, or "we"/"I" speaking for it (word
lists in ``models/patterns/commitments.json``). Rejected: passives with no
agent ("1,000 officers will be trained"), scheduled events and court
appearances ("He will appear at court", "the trial will take place"), a
prosecutor's "will prove", hopes ("it is hoped that"), current activity without
a binding word, and appeals. Also rejected: agenda items ("will deliver remarks",
"will moderate a panel", "will announce ... at a press conference"), possibilities,
recommendations and predictions ("can seek to", "should seek to", "will likely"),
simple-past promises and dedications told as history ("the scheme promised to
pay"), money predicted to help ("this funding will help fight crime"), and
"I"/"we" in a message, letter or chat reported as part of a case ("Smith texted
the victim, I will find you").

An item of a bulleted list commits the actor its header names ("Under the plan, the CPS:" then
"• will put 80 officers into ...", or "The force will:" then "- recruit 100 officers"): see
:mod:`~pipeline.claims.commitment_lists`.

A "pledge"/"promise" with a direct object ("the council has pledged £1.5m")
also counts. "We"/"I" inside a quote count only when the speaker is not an
outsider: a quote claim's speaker (from ``claims_quotes``) whose person claim
or attribution names a family member, victim or witness is rejected, and so
is a quote whose attribution line does ("his mother said: ...").

Each claim spans the clause from the actor to the end of the action. A verb
coordinated with the trigger's verb ("will create X, provide Y and increase Z")
gets its own claim spanning just its verb phrase, with the shared actor.
``actor_resolved`` maps "we", "our plan", "the force", "officers" to the
organisation the release is from (its source's domain or its most frequent
police ORG entity), and a named force to its canonical name: see
:class:`~pipeline.claims.actors.ActorResolver`, which the component owns.

This module holds the component, its triggers and the order of the checks; each step lives in a
module of its own: who may commit and the actor's span (``commitment_actors``), what makes a
triggered clause no commitment (``commitment_exclusions``), who says a quoted "we"/"I"
(``commitment_speakers``), where a claim's span ends (``commitment_spans``) and list items
(``commitment_lists``).

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Kent Police will open two new stations and recruit 40 officers."))
    >>> [(doc.text[c["start"]:c["end"]], c["actor"]) for c in claims_of(doc, "commitment")]
    [('Kent Police will open two new stations', 'Kent Police'), ('recruit 40 officers', 'Kent Police')]
"""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import ActorResolver
from .base import add_claim, claims_of, load_data
from .commitment_actors import SUBJECT_DEPS, CommitmentActors, subject_of
from .commitment_exclusions import CommitmentExclusions, borrowed_subject, is_passive
from .commitment_lists import list_commitments
from .commitment_spans import CommitmentSpans, gerund_list, shares_object, stray_base_verbs, trim
from .commitment_speakers import CommitmentSpeakers
from .reported_speech import report_lemmas, reported_would
from .scan import token_indices

__all__ = ["CommitmentClaims", "claims_of"]


class CommitmentClaims:
    """The ``claims_commitments`` component.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("We will not tolerate abuse of our staff.")
    >>> [(kind, trig.text, verb.text) for kind, trig, verb, _ in CommitmentClaims().triggers(doc)]
    [('modal', 'will', 'tolerate')]
    """

    def __init__(self, patterns: str = "patterns/commitments.json"):
        data = load_data(patterns)
        self.actors = ActorResolver(patterns)  # actor_resolved, and agency names for is_actor
        self.actor_words = CommitmentActors(patterns, self.actors)
        self.exclusions = CommitmentExclusions(patterns)
        self.speakers = CommitmentSpeakers(patterns)
        self.spans = CommitmentSpans(patterns)
        self.modals = set(data["modal_words"])
        self.reported_modals = set(data["reported_modal_words"])
        self.report_verbs = report_lemmas()
        self.reported_excluded = frozenset(data["reported_modal_excluded_verbs"])
        self.adjectives = set(data["commitment_adjectives"])
        self.verbs = set(data["commitment_verbs"])
        self.progressive_verbs = set(data["progressive_commitment_verbs"])
        self.nouns = set(data["commitment_nouns"])
        self.object_verbs = set(data["commitment_verbs_with_object"])
        self.money_verbs = set(data["money_commitment_verbs"])
        self.resource_nouns = set(data["committed_resource_nouns"])  # "committed 25 detectives to"
        self.copulas = set(data["copulas"])

    # ----------------------------------------------------------- the triggers
    def triggers(self, doc: Doc):
        """Yield (kind, trigger token, main verb, complement) for each candidate."""
        # a trigger is a modal or adjective word, or a verb/noun whose lemma is listed: look at those tokens only
        words = self.modals | self.reported_modals | self.adjectives
        lemmas = self.verbs | self.object_verbs | self.money_verbs | self.progressive_verbs | self.nouns
        candidates = sorted(set(token_indices(doc, LOWER, words.__contains__))
                            | set(token_indices(doc, LEMMA, lambda s: s.lower() in lemmas)))
        for i in candidates:
            tok = doc[i]
            low = tok.lower_
            if low in self.modals and tok.tag_ == "MD" and tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
                yield "modal", tok, tok.head, tok.head
            elif low in self.reported_modals and self._reported_will(tok):
                yield "modal", tok, tok.head, tok.head
            elif low in self.adjectives and self._copular_adjective(tok) is not None:
                yield "adjective", tok, self._copular_adjective(tok), tok
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.verbs and self._to_complement(tok) is not None:
                yield "verb", tok, tok, tok
            elif (tok.pos_ == "VERB" and tok.lemma_.lower() in self.object_verbs
                  and any(c.dep_ == "dobj" for c in tok.children)):
                yield "verb", tok, tok, tok  # "the council has pledged £1.5m for ..."
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.money_verbs and any(
                    c.dep_ == "dobj" and ((c.like_num or c.tag_ == "CD") and any(g.tag_ == "$" for g in c.subtree)
                                          or self._committed_resource(c)) for c in tok.children):
                yield "verb", tok, tok, tok  # "the council has committed £40,000 to extra CCTV"
            elif (tok.pos_ == "VERB" and tok.lemma_.lower() in self.progressive_verbs and tok.tag_ == "VBG"
                  and any(c.lemma_ == "be" and c.dep_ == "aux" for c in tok.children)
                  and self._to_complement(tok) is not None):
                yield "progressive", tok, tok, tok
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.nouns and self._followed_by_to(tok):
                yield "noun", tok, tok, tok

    def _reported_will(self, tok: Token) -> bool:
        """"She said SAPOL would also run an operation": "would" in a clause reported by a speech
        verb is the reported "will" (not "would like", "would have", or a "would" of its own).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Mr Dunleavy said his office would publish quarterly updates.")
        >>> [CommitmentClaims()._reported_will(t) for t in doc if t.lower_ == "would"]
        [True]
        """
        verb = tok.head
        return (tok.dep_ == "aux" and verb.pos_ == "VERB" and reported_would(verb, self.report_verbs)
                and verb.lemma_.lower() not in self.reported_excluded
                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children))

    def _copular_adjective(self, tok: Token) -> Token | None:
        """The copula of "is committed to", "remain determined to" (or the word itself when
        the parser read it as a passive), or None."""
        if tok.dep_ not in ("acomp", "amod", "xcomp", "ROOT", "conj", "ccomp"):  # "ccomp": "he said the force is committed to"
            return None
        if self._to_complement(tok) is None and not any(c.lower_ == "to" for c in tok.children):
            return None
        if tok.head.lemma_ in self.copulas and tok.head.i != tok.i:
            return tok.head
        if any(c.dep_ == "auxpass" and c.lemma_ in self.copulas for c in tok.children):
            return tok
        return None

    def _committed_resource(self, obj: Token) -> bool:
        """Is a committed object a counted resource given to something ("has committed an additional 25
        detectives to the taskforce"), not a counted offence ("committed 14 thefts")?

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Victoria Police has committed 25 detectives to the taskforce.")
        >>> CommitmentClaims()._committed_resource(doc[5])
        True
        """
        return obj.lemma_.lower() in self.resource_nouns and any(c.dep_ == "nummod" for c in obj.children) \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in obj.head.children)

    def _to_complement(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and any(g.lower_ == "to" for g in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ == "to" and any(g.tag_ == "VBG" for g in c.children):
                return c
        return None

    def _possessor_before(self, noun: Token) -> Token | None:
        """"the force's focus on and commitment to": a possessor a few words back, no verb between."""
        doc = noun.doc
        for j in range(noun.i - 1, max(noun.sent.start, noun.i - 6) - 1, -1):
            if doc[j].pos_ in ("VERB", "AUX"):
                return None
            if doc[j].dep_ == "poss":
                return doc[j]
        return None

    def _followed_by_to(self, noun: Token) -> bool:
        doc = noun.doc
        for j in range(noun.i + 1, min(len(doc), noun.i + 3)):
            if doc[j].lower_ == "to":
                return True
            if doc[j].pos_ != "ADV":
                return False
        return False

    # -------------------------------------------------------------- running
    def __call__(self, doc: Doc) -> Doc:
        org = self.actors.issuer(doc)
        claimed: set[int] = set()
        for kind, trig, verb, comp in self.triggers(doc):
            if verb.i in claimed:
                continue
            self._claim(doc, kind, trig, verb, comp, org, claimed)
        taken = [(c["start"], c["end"]) for c in claims_of(doc, "commitment")]
        for first, start, end, actor in list_commitments(doc, self.modals, self.verbs, self.actor_words.is_actor):
            if not any(s < doc[end - 1].idx + len(doc[end - 1]) and first.idx < e for s, e in taken):
                self._emit(doc, start, end, "list_item", actor, self.actors.resolve_actor(actor, doc, org))
        return doc

    def _emit(self, doc: Doc, start: int, end: int, rule: str, actor: Span, resolved: str | None) -> None:
        """Add one commitment over tokens ``start:end``."""
        add_claim(doc, "commitment", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                  f"claims_commitments:{rule}", actor=actor.text, actor_resolved=resolved)

    def _claim(self, doc: Doc, kind: str, trig: Token, verb: Token, comp: Token, org, claimed: set[int]) -> None:
        """Check one trigger's subject and exclusions; add its clause and its coordinated clauses."""
        sent = trig.sent
        agent = None
        if kind == "noun":
            subj = next((c for c in trig.children if c.dep_ == "poss"), None)
            if subj is None and trig.dep_ == "conj":
                subj = next((c for c in trig.head.children if c.dep_ == "poss"), None)
            if subj is None:
                subj = self._possessor_before(trig)
            if subj is None and trig.dep_ in ("dobj", "attr", "pobj"):
                head = trig.head.head if trig.dep_ == "pobj" else trig.head
                subj = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
            if subj is None and trig.dep_ == "nsubj" and trig.head.dep_ in ("ccomp", "xcomp"):
                subj = subject_of(trig.head.head)
            if subj is None or not (self.actor_words.is_actor(subj) or subj.lower_ in self.actor_words.possessives):
                return
            actor = self.actor_words.actor_span(subj)
            start = actor.start
            head_for_end = [trig] + ([trig.head] if trig.dep_ == "nsubj" and trig.head.i > trig.i else [])
            end = self.spans.clause_end(head_for_end, sent.end)
        else:
            agent_prep = next((c for c in verb.children if c.dep_ == "agent"), None)
            if (is_passive(verb) and kind != "adjective") or (kind == "verb" and agent_prep is not None):
                if kind != "verb" or agent_prep is None:
                    return
                agent = next((c for c in agent_prep.children if c.dep_ == "pobj"), None)
                if agent is None or not self.actor_words.is_actor(agent):
                    return
            if kind == "modal" and (self.exclusions.is_event(verb) or self.exclusions.is_hedged(verb)
                                    or self.exclusions.is_procedure(verb)):
                return
            if self.exclusions.is_non_binding(kind, trig, verb):
                return
            if kind == "modal" and borrowed_subject(verb):
                return
            if kind == "modal" and verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ == "VBN" for c in verb.children):
                return
            if agent is not None:
                actor = self.actor_words.actor_span(agent)
                start = trig.i
            else:
                subj = subject_of(verb)
                if subj is None or not self.actor_words.is_actor(subj):
                    return
                if subj.dep_ == "nsubjpass" and kind != "adjective":
                    return
                if (self.exclusions.is_past_description(kind, trig, verb, subj)
                        or self.exclusions.is_money_prediction(kind, verb, subj)):
                    return
                if subj.lower_ in self.actor_words.pronouns:
                    speaker = self.speakers.speaker_side(subj)
                    if speaker == "outsider" or (speaker is None and (
                            self.speakers.spoken_by_outsider(subj) or self.speakers.in_reported_message(subj))):
                        return
                actor = self.actor_words.actor_span(subj)
                start = actor.start
                if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj":
                    # a coordinated verb with its own "will" and a shared subject
                    start = trig.i if kind == "modal" else verb.i
            heads = [verb] if comp.i == verb.i else [comp]
            action = self._to_complement(verb) if kind in ("verb", "progressive") else None
            if action is not None and action.pos_ == "VERB" and any(
                    c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > action.i and not shares_object(action, c)
                    for c in action.children):
                heads = [action]  # "plans to hire …, and to open …": the action's own coordinated verbs split it
            end = self.spans.clause_end(heads, sent.end)
            gerunds = gerund_list(comp, end) if kind in ("adjective", "verb") else []
            if gerunds:
                end = gerunds[0]
            if start > verb.i:
                start = min(start, trig.i)
        strays = stray_base_verbs(doc, trig.i, end)
        full_end = end
        if strays:
            end = strays[0].left_edge.i
        start, end = trim(doc, start, end)
        if end <= start or end - start < 2:
            return
        resolved = self.actors.resolve_actor(actor, doc, org)
        claimed.add(verb.i)
        self._emit(doc, start, end, kind, actor, resolved)
        for stray in strays:
            s_start, s_end = trim(doc, stray.i, min(full_end, stray.right_edge.i + 1))
            if s_end > s_start:
                claimed.add(stray.i)
                self._emit(doc, s_start, s_end, f"{kind}_coordinated", actor, resolved)
        if kind != "noun":
            for i, g_start in enumerate(gerunds):
                g_end = gerunds[i + 1] if i + 1 < len(gerunds) else self.spans.clause_end(heads, sent.end)
                g_start, g_end = trim(doc, g_start, g_end)
                if g_end > g_start:
                    self._emit(doc, g_start, g_end, f"{kind}_gerund_list", actor, resolved)
        if kind == "noun":
            return
        for conj in self.spans.coordinated(heads[0]):
            if conj.i in claimed:
                continue
            if kind == "modal" and self.exclusions.is_event(conj):
                continue
            aux = [c for c in conj.children if c.dep_ == "aux" and c.i < conj.i and c.lower_ in self.modals]
            cstart = aux[0].i if aux else conj.i
            cend = self.spans.clause_end([conj], sent.end)
            cstart, cend = trim(doc, cstart, cend)
            if cend <= cstart:
                continue
            claimed.add(conj.i)
            self._emit(doc, cstart, cend, f"{kind}_coordinated", actor, resolved)


@Language.factory("claims_commitments", default_config={"patterns": "patterns/commitments.json"})
def make_commitments(nlp: Language, name: str, patterns: str) -> CommitmentClaims:
    """Factory for :class:`CommitmentClaims`."""
    return CommitmentClaims(patterns)
