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
* a relative pronoun said of people after a name of two or three words ("Harjit Sandhu,
  whose Lexus was stolen, ..."; not "Kent Police, who ...": a word that ends an organisation's
  or a place's name, or a place to spaCy, rules it out);
* a byline near the top ("By Jane Doe", "Author: Jane Doe", a name alone on a line);
* a capitalised first name before an all-capitals surname that the release
  uses again on its own ("Darnell HOLT" ... "HOLT");
* a capitalised run ending in a surname that a title mention uses
  ("Leah Grant" ... "Inspector Grant").

Not persons: organisations and businesses named after people ("Suzy Lamplugh
Trust", a name followed anywhere by "Inc", "Trust", "Hotel"…), operation and taskforce names,
teams and units named after an article ("the Broads Beat team"),
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

The rules live beside this component: ``person_names`` (which capitalised runs are names),
``person_titles`` (the titles), ``person_orgs`` (the organisation beside a name), ``person_roles``
(the role after a name), ``person_ages`` (the age), ``person_mentions`` (the evidence, one mention
per occurrence) and ``person_merge`` (from mentions to one claim per person).

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

from spacy.language import Language
from spacy.tokens import Doc

from .base import add_claim, load_data
from .person_ages import add_year_old_ages
from .person_mentions import MentionFinder
from .person_merge import (drop_aliases, drop_initial_run_ons, drop_non_names, drop_overreach, full_name_text,
                           headline_name, merge_people, merge_same_start, opens_longer_org, org_names,
                           unglue_dateline)
from .person_names import NameReader
from .person_orgs import OrgReader
from .person_roles import RoleReader
from .person_titles import Titles

EXTRACTOR = "claims_people"


class PeopleExtractor:
    """Finds person mentions and merges them into one claim per person.

    The readers it owns, built from the configured ``titles`` and ``words`` files: ``names``
    (:mod:`~pipeline.claims.person_names`), ``titles`` (:mod:`~pipeline.claims.person_titles`),
    ``orgs`` (:mod:`~pipeline.claims.person_orgs`), ``roles`` (:mod:`~pipeline.claims.person_roles`)
    and ``finder`` (:mod:`~pipeline.claims.person_mentions`).
    """

    def __init__(self, nlp: Language, titles: str, words: str):
        data = load_data(words)
        self.titles = Titles(nlp, [p["pattern"] for p in load_data(titles)], data["title_modifiers"])
        self.names = NameReader(data, self.titles.words)
        self.orgs = OrgReader(data, self.names, self.titles)
        self.roles = RoleReader(data, self.names, self.titles, self.orgs)
        self.finder = MentionFinder(data, self.names, self.titles, self.orgs, self.roles)
        self.alias_lead = re.compile(rf"\b(?:{'|'.join(map(re.escape, data['alias_leads']))})\s*$", re.I)
        self.place_prepositions = frozenset(data["place_prepositions"])  # "near Tow Law": a place
        self.header_words = frozenset(data["release_header_words"])  # "NEWS RELEASE": no byline
        self.place_modified = frozenset(data["place_modified_nouns"])  # "a Point Cook man": a place
        self.articles = frozenset(data["name_articles"])  # "the Broads Beat team": no person

    def __call__(self, doc: Doc) -> Doc:
        """Add one ``person`` claim per person named in ``doc`` (see the module example)."""
        mentions = self.finder.find(doc)
        for m in mentions:
            unglue_dateline(doc, m)
        add_year_old_ages(doc, mentions)
        mentions = drop_initial_run_ons(doc, drop_overreach(mentions), self.titles.words)
        mentions = drop_non_names(doc, mentions, self.place_prepositions, self.header_words, self.place_modified,
                                  self.articles)
        mentions = [h for h in (headline_name(doc, m) for m in mentions) if h is not None]
        mentions = drop_aliases(doc, mentions, self.alias_lead)
        orgs = org_names(doc)
        mentions = [m for m in mentions if m.rule in ("title", "byline", "age", "honorific")
                    or not opens_longer_org(orgs, " ".join(m.tokens))]  # "Surrey RCMP" of "the Surrey RCMP Drug Unit"
        people = merge_people(merge_same_start(mentions), self.names.particles)
        names = {full_name_text(doc, p.mention) for p in people}
        for p in people:
            m = p.mention
            if p.organisation and any(n in p.organisation for n in names):
                p.organisation = None  # "brother of Jo Roe": a person, not an organisation
            add_claim(doc, "person", m.start, m.end, f"{EXTRACTOR}:{m.rule}",
                      name=full_name_text(doc, m), role=p.role, organisation=p.organisation, age=p.age)
        return doc


@Language.factory(
    "claims_people",
    default_config={"titles": "patterns/titles.jsonl", "words": "patterns/people_words.json"},
)
def make_people(nlp: Language, name: str, titles: str, words: str) -> PeopleExtractor:
    """The ``claims_people`` component (patterns named relative to ``models/``).

    >>> import spacy
    >>> from pipeline.claims.base import claims_of
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("claims_people")
    >>> [(c["name"], c["role"]) for c in claims_of(nlp("Chief Constable Fiona Barr thanked officers."), "person")]
    [('Fiona Barr', 'Chief Constable')]
    """
    return PeopleExtractor(nlp, titles, words)
