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

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Kent Police will open two new stations and recruit 40 officers."))
    >>> [(doc.text[c["start"]:c["end"]], c["actor"]) for c in claims_of(doc, "commitment")]
    [('Kent Police will open two new stations', 'Kent Police'), ('recruit 40 officers', 'Kent Police')]
"""
from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import ActorResolver
from .base import add_claim, claims_of, doc_text, load_data
from .commitment_lists import list_commitments
from .reported_speech import report_lemmas, reported_would
from .scan import token_indices

__all__ = ["CommitmentClaims", "claims_of"]

_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")


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
        self.cut_markers = frozenset(data["clause_cut_markers"])
        self.strong_cuts = frozenset(data["strong_cuts"])
        self.hope_governors = frozenset(data["hope_governors"])
        self.modals = set(data["modal_words"])
        self.reported_modals = set(data["reported_modal_words"])
        self.report_verbs = report_lemmas()
        self.reported_excluded = frozenset(data["reported_modal_excluded_verbs"])
        self.adjectives = set(data["commitment_adjectives"])
        self.verbs = set(data["commitment_verbs"])
        self.progressive_verbs = set(data["progressive_commitment_verbs"])
        self.nouns = set(data["commitment_nouns"])
        self.object_verbs = set(data["commitment_verbs_with_object"])
        self.pronouns = set(data["actor_pronouns"])
        self.possessives = set(data["actor_possessives"])
        self.actor_nouns = set(data["actor_nouns"])
        self.partner_nouns = set(data["partner_actor_nouns"])  # "the City", "the Province"
        self.settlement_cues = tuple(data["settlement_cues"])  # "Under the consent decree, the City will ..."
        self.police_words = set(data["police_org_words"])
        self.excluded_verbs = set(data["excluded_verbs"])
        self.excluded_phrases = tuple(data["excluded_verb_phrases"])
        self.excluded_subjects = set(data["excluded_subject_words"])
        self.carried_pronouns = set(data["carried_pronouns"])
        self.hope_words = set(data["hope_words"])
        self.ranks = set(data["rank_words"])
        self.non_org_speakers = set(data["non_org_speaker_words"])
        self.org_speakers = set(data["org_speaker_words"])
        self.event_objects = set(data["event_objects"])
        self.intransitive_events = set(data["intransitive_event_verbs"])
        self.copulas = set(data["copulas"])
        self.event_announce_verbs = set(data["event_announce_verbs"])
        self.event_preps = set(data["event_prepositions"])
        self.event_hosts = set(data["event_host_verbs"])
        self.hedge_adverbs = set(data["hedge_adverbs"])
        self.non_binding_modals = set(data["non_binding_modals"])
        self.speech_verbs = set(data["speech_verbs"])
        self.message_cues = re.compile("|".join(data["message_cues"]))
        self.message_officials = set(data["message_official_words"]) | self.ranks | self.police_words
        self.money_actors = set(data["money_actor_words"])
        self.money_predictions = set(data["money_prediction_verbs"])
        self.procedure_verbs = set(data["procedure_verbs"])
        self.procedure_object_verbs = set(data["procedure_object_verbs"])
        self.procedure_objects = set(data["procedure_objects"])

    # -------------------------------------------------------------- the actor
    def is_actor(self, subj: Token) -> bool:
        """Whether a subject token names the organisation, its people or its plan."""
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
        if self.actors.is_agency(subj):
            return True
        if subj.pos_ == "PROPN":
            words = {t.lower_ for t in subj.subtree if t.i <= subj.i}
            # a force ("Police Scotland") or a named officer with a rank ("Chief Smith")
            return (bool(words & (self.police_words | self.ranks)) or low in self.actors.aliases
                    or bool(self.actors.police_acronym.match(subj.text)))
        return False

    def actor_span(self, subj: Token) -> Span:
        """The subject's noun phrase, without trailing relative clauses or appositions."""
        doc = subj.doc
        start = subj.left_edge.i
        end = subj.i + 1
        for child in subj.rights:
            if child.i > end + 1:
                break
            if child.dep_ in ("compound", "flat", "nmod", "cc", "conj") or (
                    child.dep_ == "prep" and child.lower_ in ("of", "from", "at")) or self._named_unit(child):
                end = child.right_edge.i + 1 if child.dep_ != "cc" else child.i + 1
            else:
                break
        while end > start + 1 and doc[end - 1].dep_ == "cc":
            end -= 1
        return doc[start:end]

    def _named_unit(self, prep: Token) -> bool:
        """"on"/"for" inside a capitalised name: "the Office on Violence Against Women"."""
        return (prep.dep_ == "prep" and (prep.lower_ in ("on", "for") or prep.text.istitle()) and prep.head.pos_ == "PROPN"
                and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text[:1].isupper() for g in prep.children))

    # ----------------------------------------------------------- the triggers
    def subject_of(self, verb: Token) -> Token | None:
        """The verb's subject, climbing through coordination and open complements."""
        seen = 0
        tok = verb
        while seen < 6:
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
            if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
                tok = tok.head
                seen += 1
                continue
            return None
        return None

    def speaker_side(self, tok: Token) -> str | None:
        """For "we"/"I" inside a quote claim with a speaker: "org" when the speaker's role or
        organisation is police, "outsider" when the speaker is introduced as family, victim,
        witness..., else None. Uses the claims of ``claims_quotes`` and ``claims_people``."""
        doc = tok.doc
        quote = next((q for q in claims_of(doc, "quote") if q["start"] <= tok.idx < q["end"] and q.get("speaker")), None)
        if quote is None:
            return None
        police = self.ranks | self.police_words | self.org_speakers
        for person in claims_of(doc, "person"):
            if person.get("name") != quote["speaker"]:
                continue
            described = f"{person.get('role') or ''} {person.get('organisation') or ''}"
            context = doc_text(doc)[max(0, person["start"] - 40):person["end"] + 40]
            for words in (set(re.findall(r"[a-z]+", described.lower())), set(re.findall(r"[a-z]+", context.lower()))):
                if words & police:
                    return "org"
                if words & self.non_org_speakers:
                    return "outsider"
        return None

    def spoken_by_outsider(self, tok: Token) -> bool:
        """"we"/"I" in a quote attributed to a family member, victim or witness, not the organisation."""
        doc = tok.doc
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_end = text.find("\n", tok.idx)
        line = text[line_start: len(text) if line_end < 0 else line_end]
        before = text[line_start:tok.idx]
        double = len(re.findall(r"[“\"]", before)) % 2 == 1 or (before[:1] != "" and before[:1] in "“\"" and "”" not in before)
        single = "‘" in before and not re.search(r"‘[^‘]*’(?=\W|$)[^‘]*$", before)
        if not (double or single):
            return False
        if line[:1] not in "“\"‘" and len(re.findall(r"[“”\"]", line)) % 2 == 1:
            return False  # unbalanced quote marks (stripped by a scraper): cannot tell who speaks
        if line[:1] in "“\"‘'" and line_start > 1:
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            line = text[prev_start:line_start] + line
        outside = re.sub(r"[“\"][^”\"]*[”\"]?", " ", line)
        outside = re.sub(r"‘.*?(?:’(?=\W|$)|$)", " ", outside)
        words = set(re.findall(r"[a-z]+", outside.lower()))
        words |= {w[:-1] for w in words if w.endswith("s")}
        if words & (self.ranks | self.police_words | self.org_speakers):
            return False  # "Detective Inspector Ann Reid, who is supporting the family, said: ..."
        return bool(words & self.non_org_speakers)

    def borrowed_subject(self, verb: Token) -> bool:
        """"the plan that EPA selected in 2006 and also will reimburse EPA's costs": a "will" verb the
        parser coordinated with a past-tense verb inside a relative clause, whose subject is not its own.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("Acme will clean the site that EPA selected in 2006 and also will reimburse the costs.")
        >>> CommitmentClaims().borrowed_subject(doc[13])
        True
        """
        if verb.dep_ != "conj" or any(c.dep_ in _SUBJ for c in verb.children):
            return False
        head = verb.head
        return head.tag_ == "VBD" and head.dep_ in ("relcl", "acl", "advcl", "ccomp")

    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def is_hedged(self, verb: Token) -> bool:
        """Inside "it is hoped that ...", "we expect ...", or an appeal."""
        tok = verb
        for _ in range(4):
            if tok.head.i == tok.i:  # (spaCy makes a new Token per access: compare indices)
                return False
            tok = tok.head
            if tok.lemma_.lower() in self.hope_governors or tok.lower_ in self.hope_words:
                return True
        return False

    def is_event(self, verb: Token) -> bool:
        """A scheduled event or court appearance, not an undertaking."""
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

    def is_procedure(self, verb: Token) -> bool:
        """Prosecution or litigation procedure, not an undertaking: "the government will recommend a
        sentence", "the United States will seek forfeiture", "we will ask the court to ...".

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The government will seek forfeiture of the house.")
        >>> CommitmentClaims().is_procedure(doc[3])
        True
        """
        lemma = verb.lemma_.lower()
        if lemma in self.procedure_verbs:
            return True
        if lemma not in self.procedure_object_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(d.lower_ in ("every", "all") for o in objects for d in o.subtree):
            return False  # "we will seek forfeiture of every asset they buy with it": a pledge
        return any(o.lemma_.lower() in self.procedure_objects for o in objects)

    def _at_event(self, verb: Token) -> bool:
        """"will announce the charges at a press conference": an "at"/"during" + event noun on the verb."""
        return any(c.dep_ == "prep" and c.lower_ in self.event_preps
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in self.event_objects for g in c.children)
                   for c in verb.children)

    def _next_noun_is_event(self, verb: Token) -> bool:
        """"will hold events focused on ...": the noun right after the verb (past determiners and
        modifiers) is an event, whatever the parser made of it."""
        for tok in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 5)]:
            if tok.pos_ in ("DET", "ADJ", "NUM") or tok.dep_ in ("compound", "poss", "amod"):
                continue
            return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.event_objects
        return False

    def is_non_binding(self, kind: str, trig: Token, verb: Token) -> bool:
        """A possibility, recommendation or prediction rather than an undertaking.

        "The government can also seek to forfeit the proceeds", "the council should seek to",
        "this initiative will likely spur growth".

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The government can also seek to forfeit the proceeds.")
        >>> [CommitmentClaims().is_non_binding(k, t, v) for k, t, v, _ in CommitmentClaims().triggers(doc)]
        [True]
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
        >>> [CommitmentClaims().is_past_description(k, t, v, v) for k, t, v, _ in CommitmentClaims().triggers(doc)]
        [True]
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
        >>> [CommitmentClaims().is_money_prediction(k, v, v.doc[2]) for k, _, v, _ in CommitmentClaims().triggers(doc)]
        [True]
        """
        return (kind == "modal" and subj.lower_ in self.money_actors
                and verb.lemma_.lower() in self.money_predictions)

    def in_reported_message(self, tok: Token) -> bool:
        """"I"/"we" in the text of a message, letter or chat told as part of the case ("Smith texted the
        victim, I will find you"), not the organisation speaking. An official named just before the cue
        ("the Chief Constable wrote: ...") keeps it the organisation's.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("In text messages, Jones told his partner, I will get the cash tomorrow.")
        >>> CommitmentClaims().in_reported_message(doc[9])
        True
        """
        text = doc_text(tok.doc)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        window_start = line_start
        prev_end = line_start  # the end of the text before this line, past blank lines (no copy of the text)
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and text[prev_end - 1] == ":":  # "... stating:\n\nWhat you did ... I will never get back"
            window_start = text.rfind("\n", 0, prev_end) + 1
        window = text[window_start:tok.idx].lower()
        cues = list(self.message_cues.finditer(window))
        if not cues:
            return False
        last = cues[-1]
        near = window[max(0, last.start() - 60):last.start()] + " " + window[last.end():]
        words = set(re.findall(r"[a-z]+", near))
        words |= {w[:-1] for w in words if w.endswith("s")}
        return not words & self.message_officials

    def triggers(self, doc: Doc):
        """Yield (kind, trigger token, main verb, subject, complement) for each candidate."""
        # a trigger is a modal or adjective word, or a verb/noun whose lemma is listed: look at those tokens only
        words = self.modals | self.reported_modals | self.adjectives
        lemmas = self.verbs | self.object_verbs | self.progressive_verbs | self.nouns
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

    # -------------------------------------------------------------- the spans
    def clause_end(self, heads: list[Token], limit: int) -> int:
        """Token index just past the action: the heads' subtrees, cut before coordinated
        verbs and subordinate clauses that are not part of the undertaking."""
        end = max(h.right_edge.i for h in heads) + 1
        end = min(end, limit)
        for head in heads:
            for child in head.children:
                if child.i <= head.i:
                    continue
                cut = False
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    cut = True
                elif child.dep_ in ("advcl", "conj", "parataxis") and child.left_edge.lower_ in self.cut_markers:
                    cut = True
                elif child.dep_ == "cc":
                    verbs = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > child.i]
                    cut = bool(verbs) and not self.shares_object(head, verbs[0])
                elif child.dep_ == "mark" or child.dep_ == "punct" and child.text in ";:":
                    cut = child.dep_ == "punct"
                if cut and not self.shares_object(head, child):
                    end = min(end, child.left_edge.i)
        first = min(h.i for h in heads) + 1
        doc = heads[0].doc
        for j in range(first, end):
            if doc[j].lower_ in self.strong_cuts:
                return j
        return end

    def shares_object(self, head: Token, conj: Token) -> bool:
        """"challenge and investigate any officer": the first verb has nothing of its own."""
        if conj.dep_ != "conj" or any(c.dep_ in _SUBJ for c in conj.children):
            return False
        between = head.doc[head.i + 1:conj.left_edge.i]
        return all(t.pos_ in ("ADV", "PART", "CCONJ", "PUNCT") for t in between)

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc" or doc[end - 1].is_space):
            end -= 1
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return start, end

    def stray_base_verbs(self, doc: Doc, start: int, end: int) -> list[Token]:
        """Base verbs the parser hung on a finite verb they cannot agree with:
        "to improve how the Met protects women and build trust" - "build" goes with "improve"."""
        out = []
        for tok in doc[start:end]:
            if (tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ in ("VBZ", "VBD")
                    and not any(c.dep_ in _SUBJ or c.dep_ == "aux" for c in tok.children)):
                out.append(tok)
        return out

    def gerund_list(self, comp: Token, end: int) -> list[int]:
        """Starts of the 2nd, 3rd... items of "committed to tackling X, protecting Y and supporting Z"."""
        doc = comp.doc
        first = next((g for c in comp.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.tag_ == "VBG"), None)
        if first is None:
            return []
        starts = []
        for j in range(first.i + 2, end):
            tok = doc[j]
            if tok.tag_ == "VBG" and tok.dep_ == "prep":
                break  # ", including through a new online form": a preposition, and the list is over
            if tok.tag_ == "VBG" and doc[j - 1].lower_ in (",", "and") and tok.dep_ not in ("amod", "compound"):
                starts.append(j)
            elif tok.tag_ == "VBG" and doc[j - 1].lower_ == "and" and tok.dep_ == "amod" and doc[j - 2].pos_ == "NOUN":
                starts.append(j)
        return starts

    def coordinated(self, verb: Token) -> list[Token]:
        """Verbs coordinated with ``verb`` that share its subject (no subject of their own)."""
        out = []
        stack = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
        while stack:
            c = stack.pop(0)
            if c.pos_ not in ("VERB", "AUX") or _reduplicated(c):
                continue  # (not "block by block and hour by hour", which the parser may read as a verb)
            if any(g.dep_ in _SUBJ for g in c.children):
                continue
            if self.shares_object(c.head, c):
                continue
            own_modal = any(g.dep_ == "aux" and g.lower_ in self.modals for g in c.children)
            if verb.tag_ in ("VB", "VBG") and c.tag_ != verb.tag_ and not own_modal:
                continue
            out.append(c)
            stack.extend(g for g in c.children if g.dep_ == "conj" and g.i > c.i)
        return out

    # -------------------------------------------------------------- running
    def __call__(self, doc: Doc) -> Doc:
        org = self.actors.issuer(doc)
        claimed: set[int] = set()
        for kind, trig, verb, comp in self.triggers(doc):
            if verb.i in claimed:
                continue
            self._claim(doc, kind, trig, verb, comp, org, claimed)
        taken = [(c["start"], c["end"]) for c in claims_of(doc, "commitment")]
        for first, start, end, actor in list_commitments(doc, self.modals, self.verbs, self.is_actor):
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
                subj = self.subject_of(head) if head.pos_ in ("VERB", "AUX") else None
            if subj is None and trig.dep_ == "nsubj" and trig.head.dep_ in ("ccomp", "xcomp"):
                subj = self.subject_of(trig.head.head)
            if subj is None or not (self.is_actor(subj) or subj.lower_ in self.possessives):
                return
            actor = self.actor_span(subj)
            start = actor.start
            head_for_end = [trig] + ([trig.head] if trig.dep_ == "nsubj" and trig.head.i > trig.i else [])
            end = self.clause_end(head_for_end, sent.end)
        else:
            agent_prep = next((c for c in verb.children if c.dep_ == "agent"), None)
            if (self.is_passive(verb) and kind != "adjective") or (kind == "verb" and agent_prep is not None):
                if kind != "verb" or agent_prep is None:
                    return
                agent = next((c for c in agent_prep.children if c.dep_ == "pobj"), None)
                if agent is None or not self.is_actor(agent):
                    return
            if kind == "modal" and (self.is_event(verb) or self.is_hedged(verb) or self.is_procedure(verb)):
                return
            if self.is_non_binding(kind, trig, verb):
                return
            if kind == "modal" and self.borrowed_subject(verb):
                return
            if kind == "modal" and verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ == "VBN" for c in verb.children):
                return
            if agent is not None:
                actor = self.actor_span(agent)
                start = trig.i
            else:
                subj = self.subject_of(verb)
                if subj is None or not self.is_actor(subj):
                    return
                if subj.dep_ == "nsubjpass" and kind != "adjective":
                    return
                if self.is_past_description(kind, trig, verb, subj) or self.is_money_prediction(kind, verb, subj):
                    return
                if subj.lower_ in self.pronouns:
                    speaker = self.speaker_side(subj)
                    if speaker == "outsider" or (speaker is None and (
                            self.spoken_by_outsider(subj) or self.in_reported_message(subj))):
                        return
                actor = self.actor_span(subj)
                start = actor.start
                if not any(c.dep_ in _SUBJ for c in verb.children) and verb.dep_ == "conj":
                    # a coordinated verb with its own "will" and a shared subject
                    start = trig.i if kind == "modal" else verb.i
            heads = [verb] if comp.i == verb.i else [comp]
            end = self.clause_end(heads, sent.end)
            gerunds = self.gerund_list(comp, end) if kind in ("adjective", "verb") else []
            if gerunds:
                end = gerunds[0]
            if start > verb.i:
                start = min(start, trig.i)
        strays = self.stray_base_verbs(doc, trig.i, end)
        full_end = end
        if strays:
            end = strays[0].left_edge.i
        start, end = self._trim(doc, start, end)
        if end <= start or end - start < 2:
            return
        resolved = self.actors.resolve_actor(actor, doc, org)
        claimed.add(verb.i)
        self._emit(doc, start, end, kind, actor, resolved)
        for stray in strays:
            s_start, s_end = self._trim(doc, stray.i, min(full_end, stray.right_edge.i + 1))
            if s_end > s_start:
                claimed.add(stray.i)
                self._emit(doc, s_start, s_end, f"{kind}_coordinated", actor, resolved)
        if kind != "noun":
            for i, g_start in enumerate(gerunds):
                g_end = gerunds[i + 1] if i + 1 < len(gerunds) else self.clause_end(heads, sent.end)
                g_start, g_end = self._trim(doc, g_start, g_end)
                if g_end > g_start:
                    self._emit(doc, g_start, g_end, f"{kind}_gerund_list", actor, resolved)
        if kind == "noun":
            return
        base = comp if comp.i != verb.i else verb
        for conj in self.coordinated(base):
            if conj.i in claimed:
                continue
            if kind == "modal" and self.is_event(conj):
                continue
            aux = [c for c in conj.children if c.dep_ == "aux" and c.i < conj.i and c.lower_ in self.modals]
            cstart = aux[0].i if aux else conj.i
            cend = self.clause_end([conj], sent.end)
            cstart, cend = self._trim(doc, cstart, cend)
            if cend <= cstart:
                continue
            claimed.add(conj.i)
            self._emit(doc, cstart, cend, f"{kind}_coordinated", actor, resolved)


def _counted_plural(tok: Token) -> bool:
    """A plural noun counted by a number: "12 free fraud-awareness sessions".

    >>> from pipeline.nlp import shared
    >>> doc = shared()("The team will run 18 drop-in sessions.")
    >>> _counted_plural(doc[8])
    True
    """
    return tok.tag_ == "NNS" and any(t.like_num for t in tok.subtree if t.i < tok.i)


def _reduplicated(tok: Token) -> bool:
    """"block by block", "step by step": a word repeated after "by" is an adverbial idiom, not a verb.

    >>> import spacy
    >>> _reduplicated(spacy.blank("en")("block by block")[0])
    True
    """
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "by" and doc[tok.i + 2].lower_ == tok.lower_


@Language.factory("claims_commitments", default_config={"patterns": "patterns/commitments.json"})
def make_commitments(nlp: Language, name: str, patterns: str) -> CommitmentClaims:
    """Factory for :class:`CommitmentClaims`."""
    return CommitmentClaims(patterns)
