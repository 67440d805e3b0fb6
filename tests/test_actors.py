"""Tests for ``pipeline.claims.actors`` (``actor_resolved`` on the ``claims_commitments`` claims)."""
from __future__ import annotations

import pytest

from pipeline.claims.actors import ActorResolver
from pipeline.claims.base import claims_of
from pipeline.nlp import make_doc


def commitments(nlp, text, source=None):
    doc = nlp(make_doc(nlp, text, source=source))
    return [(doc.text[c["start"]:c["end"]], c.get("actor")) for c in claims_of(doc, "commitment")]


def resolved(nlp, text, source=None):
    doc = nlp(make_doc(nlp, text, source=source))
    return [c.get("actor_resolved") for c in claims_of(doc, "commitment")]


# ------------------------------------------------------------ actor resolution
def test_we_resolves_to_the_release_organisation(nlp):
    text = "Greater Manchester Police arrested 40 people. Greater Manchester Police said: \"We will keep going.\""
    assert resolved(nlp, text) == ["Greater Manchester Police"]


def test_actor_resolved_from_source_domain(nlp):
    assert resolved(nlp, "Our teams will visit every school.", source="https://news.kent.police.uk/r/123") == [
        "Kent Police"]


def test_named_force_resolves_to_itself(nlp):
    assert resolved(nlp, "NYPD officers will target the gangs driving violence.") == [
        "New York City Police Department"]
    assert resolved(nlp, "The Met will publish its findings.") == ["Metropolitan Police"]


def test_actor_outside_the_organisation_is_unresolved(nlp):
    assert resolved(nlp, "The charity has promised to fund two new support workers.") == []


@pytest.mark.parametrize("source,org", [
    ("https://www.west-midlands.police.uk/news/123", "West Midlands Police"),
    ("https://news.met.police.uk/news/x", "Metropolitan Police"),
    ("https://www.police.uk/", None),
])
def test_release_org_from_source(nlp, source, org):
    doc = nlp(make_doc(nlp, "Officers made arrests.", source=source))
    assert nlp.get_pipe("claims_commitments").actors.release_org(doc) == org


def test_release_org_from_a_force_name_in_the_text(nlp):
    text = ("Detective Constable Lee Hart of North Yorkshire Police said: “We are determined to find those "
            "responsible.”")
    assert resolved(nlp, text) == ["North Yorkshire Police"]


def test_unit_of_a_force_resolves_to_the_force(nlp):
    doc = nlp(make_doc(nlp, "The case was investigated by BTP’s Professional Standards Department."))
    assert nlp.get_pipe("claims_commitments").actors.release_org(doc) in ("British Transport Police", None)


def test_our_named_teams_resolve_to_the_release_organisation(nlp):
    text = "South Wales Police made arrests. Our Neighbourhood Policing Teams will increase patrols in Cathays."
    assert commitments(nlp, text) == [
        ("Our Neighbourhood Policing Teams will increase patrols in Cathays", "Our Neighbourhood Policing Teams")]
    assert resolved(nlp, text) == ["South Wales Police"]


def test_police_department_acronym_resolves_to_itself(nlp):
    assert resolved(nlp, "HPD will increase patrols in Waikiki over the holidays.") == ["HPD"]


def test_component_owns_a_resolver(nlp):
    assert isinstance(nlp.get_pipe("claims_commitments").actors, ActorResolver)


# ------------------------------------------------ actor_resolved: evidence only
DOJ = "https://www.justice.gov/opa/pr/example"


@pytest.mark.parametrize("text,org", [
    ("The Antitrust Division will continue to prosecute bid riggers.", "Antitrust Division"),
    ("The Justice Department will not tolerate hate crimes.", "U.S. Department of Justice"),
    ("HUD and the Department of Justice will enforce the Fair Housing Act.", "HUD"),
    ("The U.S. Attorney's Office will continue to work with its partners.", "U.S. Attorney's Office"),
])
def test_named_agency_resolves_to_its_own_name(nlp, text, org):
    assert resolved(nlp, text, source=DOJ) == [org]


def test_the_department_resolves_to_a_release_organisation_it_fits(nlp):
    assert resolved(nlp, "The department will monitor compliance for three years.", source=DOJ) == [
        "U.S. Department of Justice"]


@pytest.mark.parametrize("text", [
    "The task force will continue to investigate mortgage fraud.",
    "These corrections officers will receive new training.",
    "The state agencies will invest $40 million in new pipes.",
])
def test_generic_actor_that_does_not_fit_the_release_is_unresolved(nlp, text):
    assert resolved(nlp, text, source=DOJ) == [None]


def test_we_takes_the_speakers_agency_not_the_site(nlp):
    text = ("Special Agent in Charge Maria Lopez of the FBI's Denver Field Office announced the charges.\n\n"
            "We will continue to pursue anyone who preys on children, said Lopez.")
    assert resolved(nlp, text, source=DOJ) == ["FBI"]


def test_we_of_a_us_attorney_is_the_us_attorneys_office(nlp):
    text = ("U.S. Attorney Daniel Park of the District of Vermont announced the sentence.\n\n"
            "We will not let fraudsters steal from taxpayers, said U.S. Attorney Park.")
    assert resolved(nlp, text, source=DOJ) == ["U.S. Attorney's Office for the District of Vermont"]


def test_unattributed_we_on_a_many_voice_site_is_unresolved(nlp):
    assert resolved(nlp, "We will continue to pursue these cases.", source=DOJ) == [None]


def test_issuing_office_read_from_the_header(nlp):
    text = ("Trucker Sentenced for Fuel Tax Fraud\nFor Immediate Release\nU.S. Attorney's Office, District of Maine\n\n"
            "A trucker was sentenced today. The FBI investigated the case. The FBI and the IRS helped.\n\n"
            "The office intends to hire two more fraud prosecutors.")
    assert resolved(nlp, text) == ["U.S. Attorney's Office"]


def test_generic_actor_without_a_reliable_organisation_is_unresolved(nlp):
    text = ("A man was charged after an FBI investigation. The FBI and the Department of Justice worked with "
            "Smalltown Police Department. The department will review its procedures.")
    assert resolved(nlp, text) in ([None], [])


def test_city_council_in_a_police_release_is_not_the_police(nlp):
    text = "Officers from Avon Police attended. The city council has pledged £1.5m for a new cycle lane."
    assert resolved(nlp, text, source="https://www.avonandsomerset.police.uk/news/1") == [None]


def test_unit_of_the_force_does_not_rival_the_force(nlp):
    text = ("Kent Police officers from the Roads Policing Unit stopped 40 drivers. The Roads Policing Unit "
            "checked 12 vans. Sergeant Amy Lee, of the Roads Policing Unit, said: “We will be back next month.”")
    assert resolved(nlp, text) == ["Kent Police"]


@pytest.mark.parametrize("text,org", [
    ("The U.S. Attorneys office will not stand for abuse of power.", "U.S. Attorneys office"),
    ("HSI special agents will continue to hunt down smugglers.", "HSI"),
])
def test_agency_named_inside_the_actor(nlp, text, org):
    assert resolved(nlp, text, source=DOJ) == [org]
