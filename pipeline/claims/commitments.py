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
police ORG entity), and a named force to its canonical name.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Kent Police will open two new stations and recruit 40 officers."))
    >>> [(doc.text[c["start"]:c["end"]], c["actor"]) for c in claims_of(doc, "commitment")]
    [('Kent Police will open two new stations', 'Kent Police'), ('recruit 40 officers', 'Kent Police')]
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import add_claim, claims_of, doc_text, load_data
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
        self.cut_markers = frozenset(data["clause_cut_markers"])
        self.strong_cuts = frozenset(data["strong_cuts"])
        self.hope_governors = frozenset(data["hope_governors"])
        self.modals = set(data["modal_words"])
        self.adjectives = set(data["commitment_adjectives"])
        self.verbs = set(data["commitment_verbs"])
        self.progressive_verbs = set(data["progressive_commitment_verbs"])
        self.nouns = set(data["commitment_nouns"])
        self.object_verbs = set(data["commitment_verbs_with_object"])
        self.pronouns = set(data["actor_pronouns"])
        self.possessives = set(data["actor_possessives"])
        self.actor_nouns = set(data["actor_nouns"])
        self.police_words = set(data["police_org_words"])
        self.generic_actors = set(data["generic_actor_words"])
        self.excluded_verbs = set(data["excluded_verbs"])
        self.excluded_phrases = tuple(data["excluded_verb_phrases"])
        self.excluded_subjects = set(data["excluded_subject_words"])
        self.aliases = dict(data["org_aliases"])
        self.hope_words = set(data["hope_words"])
        self.ranks = set(data["rank_words"])
        self.police_acronym = re.compile(data["police_acronym_pattern"])
        self.force_name = re.compile(data["force_name_pattern"])
        self.non_org_speakers = set(data["non_org_speaker_words"])
        self.org_speakers = set(data["org_speaker_words"])
        self.event_objects = set(data["event_objects"])
        self.intransitive_events = set(data["intransitive_event_verbs"])
        self.copulas = set(data["copulas"])
        self.domain_patterns = [(re.compile(p), fmt) for p, fmt in data["source_domain_patterns"]]
        self.domains = dict(data["source_domains"])
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
        self.agency_heads = set(data["agency_head_words"])
        self.non_agency = set(data["non_agency_words"])
        self.agency_acronyms = set(data["agency_acronyms"])
        self.acronym = re.compile(data["acronym_pattern"])
        self.procedure_verbs = set(data["procedure_verbs"])
        self.procedure_object_verbs = set(data["procedure_object_verbs"])
        self.procedure_objects = set(data["procedure_objects"])
        self.multi_voice_domains = tuple(data["multi_voice_domains"])
        self.attribution = re.compile(r"\b(?:%s)\b" % "|".join(data["attribution_verbs"]))
        self.speaker_dets = set(data["speaker_determiners"])
        self.role_orgs = dict(data["speaker_role_organisations"])
        self.domain_role_orgs = dict(data["domain_role_organisations"])
        self.role_prefixes = tuple(w + " " for w in data["role_prefixes"])
        self.police_type = set(data["police_type_words"])
        self.police_generic = set(data["police_generic_heads"])
        self.plan_words = set(data["plan_words"])
        self.unit_words = set(data["unit_words"])
        self.org_stop = re.compile(r"\s+and\s+(?:the\s+)?(?:%s)\b|\s+(?!(?:of|for|the|and|on|in|de|to)\b)[a-z]+\b" % "|".join(map(re.escape, data["org_stop_words"])))

    # -------------------------------------------------------------- the actor
    def is_actor(self, subj: Token) -> bool:
        """Whether a subject token names the organisation, its people or its plan."""
        low = subj.lower_
        if low in self.pronouns:
            return True
        if low in self.excluded_subjects or subj.lemma_.lower() in self.excluded_subjects:
            return False
        if subj.pos_ == "PRON":
            return False
        if low in self.actor_nouns or subj.lemma_.lower() in self.actor_nouns or low.rstrip("s") in self.actor_nouns:
            return True
        if self.is_agency(subj):
            return True
        if subj.pos_ == "PROPN":
            words = {t.lower_ for t in subj.subtree if t.i <= subj.i}
            # a force ("Police Scotland") or a named officer with a rank ("Chief Smith")
            return (bool(words & (self.police_words | self.ranks)) or low in self.aliases
                    or bool(self.police_acronym.match(subj.text)))
        return False

    def is_agency(self, head: Token) -> bool:
        """Whether a noun names a government body: a capitalised name headed by an agency word, a
        back-reference to one ("the Division"), or an agency acronym.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The Antitrust Division will continue to prosecute cartels.")
        >>> CommitmentClaims().is_agency(doc[2])
        True
        """
        if self.is_agency_acronym(head):
            return True
        if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
            return False
        name = [t for t in head.subtree if t.i <= head.i]
        words = [t.lower_ for t in name]
        if {w.rstrip(".,") for w in (t.lower_ for t in head.subtree)} & self.non_agency:
            return False  # "Acme Health Services", "the Puerto Rico Aqueduct and Sewer Authority"
        last_two = " ".join(words[-2:])
        return head.lower_ in self.agency_heads or last_two in self.agency_heads

    def is_agency_acronym(self, tok: Token) -> bool:
        """"FBI", "IRS-CI", or an all-capitals ORG the release spells out with an agency word
        ("Bureau of Justice Assistance (BJA)").

        >>> from pipeline.nlp import shared
        >>> CommitmentClaims().is_agency_acronym(shared()("EPA is committed to clean water.")[0])
        True
        """
        if tok.text in self.agency_acronyms:
            return True
        if not self.acronym.match(tok.text) or tok.ent_type_ != "ORG":
            return False
        return self.spelled_out_agency(tok.doc, tok.text)

    def spelled_out_agency(self, doc: Doc, acronym: str) -> bool:
        """Whether the text defines ``acronym`` as "<Name headed by an agency word> (ACRONYM)".

        >>> import spacy
        >>> CommitmentClaims().spelled_out_agency(spacy.blank("en")("the Office on Violence Against Women (OVW)."), "OVW")
        True
        """
        m = re.search(r"((?:[A-Z][\w.'’-]*\s+|(?:of|on|for|and|the)\s+){1,8})\(" + re.escape(acronym) + r"\)",
                      doc_text(doc))
        if not m:
            return False
        words = [w.lower() for w in m.group(1).split()]
        if set(words) & self.non_agency:
            return False
        head = next((w for w in words if w in ("of", "on", "for")), None)
        words = words[:words.index(head)] if head else words
        return bool(words) and (words[-1] in self.agency_heads or " ".join(words[-2:]) in self.agency_heads)

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

    def release_org(self, doc: Doc) -> str | None:
        """The organisation the release is from: its source domain, else an organisation line in its
        header ("U.S. Attorney's Office, District of Oregon"), else the police ORG it names far more
        often than any other agency (at least twice as often as the next); else None."""
        source = (doc._.source or "").lower()
        for domain, org in self.domains.items():
            if domain in source:
                return org
        for rx, fmt in self.domain_patterns:
            m = rx.search(source)
            if m:
                return fmt.format(m.group(1).replace("-", " ").title())
        return self.header_org(doc) or self.dominant_org(doc)

    def issuer(self, doc: Doc) -> tuple[str | None, bool]:
        """The release's organisation, and whether its site speaks for many agencies (justice.gov).

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> CommitmentClaims().issuer(nlp(make_doc(nlp, "Text.", source="https://www.justice.gov/opa/pr/x")))
        ('U.S. Department of Justice', True)
        """
        source = (doc._.source or "").lower()
        return self.release_org(doc), any(d in source for d in self.multi_voice_domains)

    def header_org(self, doc: Doc) -> str | None:
        """An organisation's name standing alone on one of the lines after the title.

        >>> import spacy
        >>> text = "Man jailed|For Immediate Release|U.S. Attorney's Office, District of Oregon||Text.".replace("|", chr(10))
        >>> CommitmentClaims().header_org(spacy.blank("en")(text))
        "U.S. Attorney's Office"
        """
        for line in doc_text(doc).split("\n")[1:8]:
            name = line.split(",")[0].strip()
            words = name.split()
            if not 1 < len(words) <= 8 or not all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words):
                continue
            if words[-1].lower().strip(".") in self.agency_heads | self.police_type and self.agency_like(name):
                return self.canonical(name)
        return None

    def dominant_org(self, doc: Doc) -> str | None:
        """The police ORG named most often, where it is named at least twice as often as any other agency."""
        counts: Counter = Counter()
        for ent in doc.ents:
            if ent.label_ == "ORG" and self.agency_like(ent.text):
                owner, _, unit = re.sub(r"[’']s\b", "\x00", ent.text, count=1).partition("\x00")
                # "BTP’s Professional Standards Department" is a unit of BTP; "Sheriff's Office" is the body
                counts[self.canonical(owner if len(unit.split()) > 1 else ent.text)] += 1
        for m in self.force_name.finditer(doc_text(doc)):
            counts[self.canonical(m.group())] += 1
        # a partial name ("Police Force") counts for the full one ("NSW Police Force")
        for short in sorted(counts, key=len):
            longer = [name for name in counts if name != short and short in name]
            if longer:
                counts[max(longer, key=lambda n: counts[n])] += counts.pop(short)
        forces = [n for n in counts if self.is_police_org(n) and not self.is_unit(n)]
        if not forces:
            return None
        best = max(forces, key=lambda n: (counts[n], len(n)))
        rivals = [counts[n] for n in counts if not self.is_police_org(n) and not self.is_unit(n)]
        return best if counts[best] > max(rivals, default=0) else None

    def is_unit(self, name: str) -> bool:
        """"Roads Policing Unit", "Traffic Bureau": a part of a force, not a body of its own."""
        words = name.lower().split()
        return bool(words) and words[-1].strip(".,") in self.unit_words

    def resolve_actor(self, actor: Span, doc: Doc, org: tuple[str | None, bool]) -> str | None:
        """The organisation an actor stands for, or None where the evidence is weak. ``org`` is the
        release's organisation and whether its site speaks for many agencies (``issuer``).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The Tax Division will pursue return preparers.")
        >>> CommitmentClaims().resolve_actor(doc[0:3], doc, (None, False))
        'Tax Division'
        """
        first = actor[0]
        if first.lower_ in self.pronouns or first.lower_ in self.possessives or (
                first.lower_ in self.speaker_dets and self.is_org_word(actor.root)):
            return self.speaker_org(first, org)  # "we", "our plan", "this office"
        named = self.named_org(actor)
        if named is not None:
            return named
        if actor.root.pos_ == "PROPN" and {t.lower_ for t in actor if t.i < actor.root.i} & self.ranks:
            return self.person_or_issuer(self.person_named(doc, actor), org)  # "Chief Constable Jo Farrell"
        return self.generic_org(actor, org)

    def is_org_word(self, tok: Token) -> bool:
        return tok.lower_ in self.agency_heads or tok.lower_ in self.actor_nouns

    def named_org(self, actor: Span) -> str | None:
        """The organisation an actor names itself: "The Antitrust Division", "EPA", "the Met", "IRS agents".

        >>> from pipeline.nlp import shared
        >>> doc = shared()("HUD and the Department of Justice will enforce the law.")
        >>> CommitmentClaims().named_org(doc[0:6])
        'HUD'
        """
        bare = re.sub(r"^(?:the|this)\s+", "", actor.text.strip(), flags=re.I).lower()
        if bare in self.aliases:
            return self.aliases[bare]
        if self.is_back_reference(actor) or bare in self.generic_actors:
            return None  # "the Department", "Police", "State Police": generic words, no name
        for tok in actor:
            if tok.lower_ in self.aliases and tok.pos_ == "PROPN":
                return self.aliases[tok.lower_]
        root = actor.root
        if self.is_agency_acronym(root):
            return self.canonical(self.name_text(root))  # "HHS-OIG", "ICE HSI"
        named_head = root.lower_ in self.agency_heads and any(t.pos_ == "PROPN" for t in root.lefts)
        if named_head or (root.text[:1].isupper() and (
                self.is_agency(root) or (root.pos_ == "PROPN" and self.police_name(actor)))):
            return self.canonical(self.name_text(root))  # "The Tax Division", "the U.S. Attorneys office"
        acronym = next((t for t in actor if t.text in self.agency_acronyms), None)
        if acronym is not None:
            return self.canonical(acronym.text)  # "HSI special agents"
        for ent in actor.doc.ents:
            if ent.label_ == "ORG" and ent.start >= actor.start and ent.end <= actor.end and self.agency_like(ent.text):
                return self.canonical(ent.text)
        return None

    def police_name(self, actor: Span) -> bool:
        return bool({t.lower_ for t in actor} & self.police_words) or bool(self.police_acronym.match(actor.root.text))

    def is_back_reference(self, actor: Span) -> bool:
        """"the Department", "The Division": a determiner and one organisation word, naming nothing."""
        words = [t for t in actor if t.dep_ != "det" and not t.is_punct]
        return len(words) == 1 and self.is_org_word(words[0]) and not self.is_agency_acronym(words[0])

    def name_text(self, root: Token) -> str:
        """The root's own name, without coordinated names: "the Department of Justice" in "HUD and ..."."""
        doc = root.doc
        start = root.left_edge.i
        while start < root.i and doc[start].dep_ in ("det", "poss") and doc[start].lower_ in ("the", "this", "our"):
            start += 1
        end = root.i + 1
        for child in root.rights:
            if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ in ("of", "for", "on", "at")):
                end = child.right_edge.i + 1
            else:
                break
        return doc[start:end].text

    def agency_like(self, name: str) -> bool:
        """Whether a written name is an organisation that can commit: a force, an agency, a known acronym."""
        words = [w.strip(".,").lower() for w in name.split()]
        return (bool(set(words) & (self.police_words | self.agency_heads)) or name.lower() in self.aliases
                or any(w in self.agency_acronyms or self.police_acronym.match(w) for w in name.split()))

    def canonical(self, name: str) -> str:
        """A force's canonical name: "the Met" → "Metropolitan Police"; others as written, without "the".

        >>> CommitmentClaims().canonical("the Met")
        'Metropolitan Police'
        """
        bare = re.sub(r"^(the|The)\s+", "", name.strip())
        bare = re.sub(r"[’']s$", "", bare)  # "Merseyside Police's" (a name cut before its unit)
        return self.aliases.get(name.strip().lower(), self.aliases.get(bare.lower(), bare))

    def owner(self, name: str) -> str:
        """The body a unit belongs to, where the name says so; else the name itself.

        >>> CommitmentClaims().owner("FBIs Tampa Field Office")
        'FBI'
        """
        words = name.split()
        for i, word in enumerate(words[:-1]):
            stem = re.sub(r"(?:[’']s|s)$", "", word)
            candidate = " ".join(words[:i] + [stem])
            if word != stem and (candidate.lower() in self.aliases or candidate in self.agency_acronyms):
                return self.canonical(candidate)
        return self.canonical(name)

    # ----------------------------------------------------------- who speaks
    def speaker_org(self, tok: Token, org: tuple[str | None, bool]) -> str | None:
        """The organisation behind "we"/"our": its speaker's, else the release's where one voice speaks.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "We will act, said Special Agent in Charge Jo Roe of the FBI."))
        >>> CommitmentClaims().speaker_org(doc[0], ("U.S. Department of Justice", True))
        'FBI'
        """
        person = self.speaker_of(tok)
        if person is not None:
            return self.person_or_issuer(person, org)
        issuer, multi = org
        return None if multi else issuer

    def person_or_issuer(self, person: dict | None, org: tuple[str | None, bool]) -> str | None:
        """A person's organisation: the release's for its police officers (one voice), else their own."""
        issuer, multi = org
        if person is None:
            return None if multi else issuer
        described = f"{person.get('role') or ''} {person.get('organisation') or ''}".lower()
        words = set(re.findall(r"[a-z']+", described))
        if issuer and not multi and self.is_police_org(issuer) and words & (self.ranks | self.police_words):
            return issuer
        own = self.person_org(person)
        if own is not None or words:
            return own
        return None if multi else issuer

    def person_org(self, person: dict) -> str | None:
        """The organisation in a person claim, or one their role implies ("U.S. Attorney").

        >>> CommitmentClaims().person_org({"role": "U.S. Attorney", "organisation": "District of Oregon"})
        "U.S. Attorney's Office for the District of Oregon"
        """
        written = self.org_after(person) or person.get("organisation")
        if written and self.agency_like(written):
            return self.owner(written)
        role = (person.get("role") or "").lower()
        for prefix in self.role_prefixes:
            role = role[len(prefix):] if role.startswith(prefix) else role
        by_domain = next((m for d, m in self.domain_role_orgs.items() if d in (person.get("_source") or "")), {})
        found = self.role_orgs.get(role) or by_domain.get(role)
        if found and written and "district" in written.lower():
            return f"{found} for the {re.sub(r'^the ', '', written)}"
        return found

    def org_after(self, person: dict) -> str | None:
        """The organisation written right after a person's name: "Jo Roe of the FBI's Denver Field Office".

        >>> CommitmentClaims().org_after({"_after": " of the FBIs Tampa Field Office, said"})
        'FBIs Tampa Field Office'
        >>> CommitmentClaims().org_after({"_after": " of the Criminal Division made the announcement"})
        'Criminal Division'
        """
        m = re.match(r"\s*,?\s*(?:of|from|with)\s+(?:the\s+)?([A-Z][^,;:()\n]*?)(?:[,;:()\n]|\.(?:\s|$)|\s+(?:said|says|added|announced)\b|$)",
                     person.get("_after") or "")
        return self.org_stop.split(m.group(1))[0].strip() if m else None

    def people(self, doc: Doc) -> list[dict]:
        """The person claims, each with the text after its name and the release's source."""
        text = doc_text(doc)
        return [dict(p, _source=doc._.source, _after=text[p["end"]:p["end"] + 120])
                for p in claims_of(doc, "person") if p.get("name")]

    def speaker_of(self, tok: Token) -> dict | None:
        """The person speaking the words around ``tok``: a quote claim's speaker, else the one person
        named beside a speech verb ("..., said U.S. Attorney Jo Roe") in its paragraph."""
        doc = tok.doc
        people = self.people(doc)
        quote = next((q for q in claims_of(doc, "quote") if q["start"] <= tok.idx < q["end"] and q.get("speaker")), None)
        if quote is not None:
            return next((p for p in people if p["name"] == quote["speaker"]), {"name": quote["speaker"]})
        text = doc_text(doc)
        start = text.rfind("\n", 0, tok.idx) + 1
        end = text.find("\n", tok.idx)
        para = text[start: len(text) if end < 0 else end]
        found = [p for p in people if self._attributed(para, p["name"].split()[-1])]
        names = {p["name"] for p in found}
        return found[0] if len(names) == 1 else None

    def _attributed(self, para: str, surname: str) -> bool:
        """Whether ``surname`` stands within a few words of a speech verb in ``para``."""
        for m in re.finditer(r"\b%s\b" % re.escape(surname), para):
            near = para[max(0, m.start() - 80):m.end() + 40]
            if self.attribution.search(near):
                return True
        return False

    def person_named(self, doc: Doc, actor: Span) -> dict | None:
        """The person claim for a ranked officer named as the actor ("Commissioner Mark Rowley")."""
        surname = actor.root.text
        return next((p for p in self.people(doc) if p["name"].split()[-1:] == [surname]), None)

    # ----------------------------------------------------------- generic actors
    def generic_org(self, actor: Span, org: tuple[str | None, bool]) -> str | None:
        """"the department", "officers", "the plan": the release's organisation where the word fits it
        (a word of its name, a police word for a force, a plan where one voice speaks); else None.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The department will monitor compliance.")
        >>> CommitmentClaims().generic_org(doc[0:2], ("U.S. Department of Justice", True))
        'U.S. Department of Justice'
        """
        issuer, multi = org
        if issuer is None:
            return None
        head = actor.root.lower_
        words = {head, actor.root.lemma_.lower()}
        if words & set(re.findall(r"[a-z]+", issuer.lower())):
            return issuer
        if self.is_police_org(issuer) and words & self.police_generic:
            return issuer
        if not multi and words & self.plan_words:
            return issuer
        return None

    def is_police_org(self, name: str) -> bool:
        return bool(set(re.findall(r"[a-z'’í]+", name.lower())) & self.police_type)

    # ----------------------------------------------------------- the triggers
    def subject_of(self, verb: Token) -> Token | None:
        """The verb's subject, climbing through coordination and open complements."""
        seen = 0
        tok = verb
        while seen < 6:
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
            if tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
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
            if tok.head is tok:
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
        if verb.lemma_.lower() in self.intransitive_events and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in objects):
            return True
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.event_objects for c in objects):
            return True
        if verb.lemma_.lower() in self.event_announce_verbs and self._at_event(verb):
            return True
        if verb.lemma_.lower() in self.event_hosts and self._next_noun_is_event(verb):
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
        carriers = [verb] if verb is trig else [verb, trig]
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
        if kind == "adjective" and verb is trig:  # "was dedicated" parsed as a passive
            tense = next((c for c in trig.children if c.dep_ in ("auxpass", "aux") and c.lemma_ in self.copulas), trig)
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tense.children):
            return True  # "the IRS had sought to impose": past perfect, never a pledge now
        if tense.tag_ != "VBD":
            return False
        if kind == "verb" and (subj.lower_ in self.pronouns or subj.pos_ == "PROPN"):
            return False
        tok = tense
        for _ in range(3):
            if tok.head is tok:
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
        words = self.modals | self.adjectives
        lemmas = self.verbs | self.object_verbs | self.progressive_verbs | self.nouns
        candidates = sorted(set(token_indices(doc, LOWER, words.__contains__))
                            | set(token_indices(doc, LEMMA, lambda s: s.lower() in lemmas)))
        for i in candidates:
            tok = doc[i]
            low = tok.lower_
            if low in self.modals and tok.tag_ == "MD" and tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
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

    def _copular_adjective(self, tok: Token) -> Token | None:
        """The copula of "is committed to", "remain determined to" (or the word itself when
        the parser read it as a passive), or None."""
        if tok.dep_ not in ("acomp", "amod", "xcomp", "ROOT", "conj"):
            return None
        if self._to_complement(tok) is None and not any(c.lower_ == "to" for c in tok.children):
            return None
        if tok.head.lemma_ in self.copulas and tok.head is not tok:
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
            if c.pos_ not in ("VERB", "AUX"):
                continue
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
        org = self.issuer(doc)
        claimed: set[int] = set()
        for kind, trig, verb, comp in self.triggers(doc):
            if verb.i in claimed:
                continue
            self._claim(doc, kind, trig, verb, comp, org, claimed)
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
            heads = [verb] if comp is verb else [comp]
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
        resolved = self.resolve_actor(actor, doc, org)
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
        base = comp if comp is not verb else verb
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


@Language.factory("claims_commitments", default_config={"patterns": "patterns/commitments.json"})
def make_commitments(nlp: Language, name: str, patterns: str) -> CommitmentClaims:
    """Factory for :class:`CommitmentClaims`."""
    return CommitmentClaims(patterns)
