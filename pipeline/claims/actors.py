"""Which organisation a commitment's actor stands for (``actor_resolved``).

:class:`ActorResolver` maps "we", "our plan", "the force", "officers" to the organisation the
release is from (its source's domain, an organisation line in its header, or its most frequent
police ORG entity), "we" in a quote to its speaker's organisation, and a named force or agency to
its canonical name. Where the evidence is weak it gives None. It also recognises agency names
("the Antitrust Division", "EPA": :mod:`~pipeline.claims.agency_names`), which
``claims_commitments`` uses to accept them as actors.
Word lists are those of ``models/patterns/commitments.json``.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Our teams will visit every school.", source="https://news.kent.police.uk/r/1"))
    >>> resolver = ActorResolver()
    >>> resolver.resolve_actor(doc[0:2], doc, resolver.issuer(doc))
    'Kent Police'
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .agency_names import AgencyNames
from .base import claims_of, doc_text, load_data

__all__ = ["ActorResolver"]


class ActorResolver(AgencyNames):
    """Resolves actors to organisations, from the word lists in ``patterns`` (and recognises agency
    names: :class:`~pipeline.claims.agency_names.AgencyNames`).

    ``org`` arguments are the pair :meth:`issuer` returns: the release's organisation and whether
    its site speaks for many agencies.

    >>> ActorResolver().canonical("The Met")
    'Metropolitan Police'
    """

    def __init__(self, patterns: str = "patterns/commitments.json"):
        super().__init__(patterns)
        data = load_data(patterns)
        self.pronouns = set(data["actor_pronouns"])
        self.possessives = set(data["actor_possessives"])
        self.speaker_dets = set(data["speaker_determiners"])
        self.actor_nouns = set(data["actor_nouns"])
        self.police_words = set(data["police_org_words"])
        self.police_type = set(data["police_type_words"])
        self.police_generic = set(data["police_generic_heads"])
        self.police_acronym = re.compile(data["police_acronym_pattern"])
        self.force_name = re.compile(data["force_name_pattern"])
        self.generic_actors = set(data["generic_actor_words"])
        self.plan_words = set(data["plan_words"])
        self.unit_words = set(data["unit_words"])
        self.ranks = set(data["rank_words"])
        self.aliases = dict(data["org_aliases"])
        self.domains = dict(data["source_domains"])
        self.domain_patterns = [(re.compile(p), fmt) for p, fmt in data["source_domain_patterns"]]
        self.multi_voice_domains = tuple(data["multi_voice_domains"])
        self.attribution = re.compile(r"\b(?:%s)\b" % "|".join(data["attribution_verbs"]))
        self.role_orgs = dict(data["speaker_role_organisations"])
        self.domain_role_orgs = dict(data["domain_role_organisations"])
        self.role_prefixes = tuple(w + " " for w in data["role_prefixes"])
        self.org_stop = re.compile(r"\s+and\s+(?:the\s+)?(?:%s)\b|\s+(?!(?:of|for|the|and|on|in|de|to)\b)[a-z]+\b" % "|".join(map(re.escape, data["org_stop_words"])))

    # ------------------------------------------------------ the release's organisation
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
        >>> ActorResolver().issuer(nlp(make_doc(nlp, "Text.", source="https://www.justice.gov/opa/pr/x")))
        ('U.S. Department of Justice', True)
        """
        source = (doc._.source or "").lower()
        return self.release_org(doc), any(d in source for d in self.multi_voice_domains)

    def header_org(self, doc: Doc) -> str | None:
        """An organisation's name standing alone on one of the lines after the title.

        >>> import spacy
        >>> text = "Man jailed|For Immediate Release|U.S. Attorney's Office, District of Oregon||Text.".replace("|", chr(10))
        >>> ActorResolver().header_org(spacy.blank("en")(text))
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
        """"Roads Policing Unit", "Traffic Bureau": a part of a force, not a body of its own.

        >>> ActorResolver().is_unit("Roads Policing Unit")
        True
        """
        words = name.lower().split()
        return bool(words) and words[-1].strip(".,") in self.unit_words

    # ------------------------------------------------------------ the actor
    def resolve_actor(self, actor: Span, doc: Doc, org: tuple[str | None, bool]) -> str | None:
        """The organisation an actor stands for, or None where the evidence is weak. ``org`` is the
        release's organisation and whether its site speaks for many agencies (``issuer``).

        >>> from pipeline.nlp import shared
        >>> doc = shared()("The Tax Division will pursue return preparers.")
        >>> ActorResolver().resolve_actor(doc[0:3], doc, (None, False))
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
        """Whether a word is an agency head or an actor noun ("Division", "force").

        >>> import spacy
        >>> ActorResolver().is_org_word(spacy.blank("en")("the Division")[1])
        True
        """
        return tok.lower_ in self.agency_heads or tok.lower_ in self.actor_nouns

    def named_org(self, actor: Span) -> str | None:
        """The organisation an actor names itself: "The Antitrust Division", "EPA", "the Met", "IRS agents".

        >>> from pipeline.nlp import shared
        >>> doc = shared()("HUD and the Department of Justice will enforce the law.")
        >>> ActorResolver().named_org(doc[0:6])
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
        """Whether an actor holds a police word or its root is a police acronym ("NYPD")."""
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
        """Whether a written name is an organisation that can commit: a force, an agency, a known acronym.

        >>> ActorResolver().agency_like("Kent Police"), ActorResolver().agency_like("Acme Ltd")
        (True, False)
        """
        words = [w.strip(".,").lower() for w in name.split()]
        return (bool(set(words) & (self.police_words | self.agency_heads)) or name.lower() in self.aliases
                or any(w in self.agency_acronyms or self.police_acronym.match(w) for w in name.split()))

    def canonical(self, name: str) -> str:
        """A force's canonical name: "the Met" → "Metropolitan Police"; others as written, without "the".

        >>> ActorResolver().canonical("the Met")
        'Metropolitan Police'
        """
        bare = re.sub(r"^(the|The)\s+", "", name.strip())
        bare = re.sub(r"[’']s$", "", bare)  # "Merseyside Police's" (a name cut before its unit)
        return self.aliases.get(name.strip().lower(), self.aliases.get(bare.lower(), bare))

    def owner(self, name: str) -> str:
        """The body a unit belongs to, where the name says so; else the name itself.

        >>> ActorResolver().owner("FBIs Tampa Field Office")
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
        >>> ActorResolver().speaker_org(doc[0], ("U.S. Department of Justice", True))
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

        >>> ActorResolver().person_org({"role": "U.S. Attorney", "organisation": "District of Oregon"})
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

        >>> ActorResolver().org_after({"_after": " of the FBIs Tampa Field Office, said"})
        'FBIs Tampa Field Office'
        >>> ActorResolver().org_after({"_after": " of the Criminal Division made the announcement"})
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
        >>> ActorResolver().generic_org(doc[0:2], ("U.S. Department of Justice", True))
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
        """Whether an organisation's name says it is police ("Kent Police", "Sheriff's Office").

        >>> ActorResolver().is_police_org("Kent Police"), ActorResolver().is_police_org("U.S. Department of Justice")
        (True, False)
        """
        return bool(set(re.findall(r"[a-z'’í]+", name.lower())) & self.police_type)
