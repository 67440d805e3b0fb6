"""Tests for ``pipeline.claims.dates`` (the ``claims_dates`` component): written dates end to end,
the pipeline's wiring, ``today`` and the seed releases. The rules of its parts are tested beside
their modules: test_date_phrases, test_date_context, test_date_tense, test_date_resolution and
test_date_calendar."""
from __future__ import annotations

import pytest

from pipeline.claims.base import claims_of
from pipeline.claims.dates import DateClaims
from pipeline.nlp import make_doc
from pipeline.normalise import normalise

from conftest import date_claims


# ---------------------------------------------------------------- explicit dates
@pytest.mark.parametrize("text,span,value", [
    ("The operation ran on Tuesday, 7 March 2023 across the borough.", "Tuesday, 7 March 2023", "2023-03-07"),
    ("Officers were called at 2am on 3rd June 2021.", "3rd June 2021", "2021-06-03"),
    ("The suspect was arrested on January 22, 2019 in Ohio.", "January 22, 2019", "2019-01-22"),
    ("DENVER, Feb. 9, 2020 - Deputies responded to a call.", "Feb. 9, 2020", "2020-02-09"),
    ("Published 4th Nov 2022\nA man has been charged.", "4th Nov 2022", "2022-11-04"),
    ("The scheme began in September 2019 in Leeds.", "September 2019", "2019-09"),
    ("Figures have been recorded since April 2020.", "April 2020", "2020-04"),
])
def test_explicit_dates(nlp, text, span, value):
    assert (span, value) in date_claims(nlp, text, published="2024-01-10")


def test_weekday_is_part_of_the_span(nlp):
    found = date_claims(nlp, "The victim was found on Sunday 12 May 2024.", published="2024-05-13")
    assert found == [("Sunday 12 May 2024", "2024-05-12")]


def test_clock_time_is_not_part_of_a_date(nlp):
    found = date_claims(nlp, "Jun 3, 2019 07:15 BST\nPolice made arrests.", published="2019-06-03")
    assert found == [("Jun 3, 2019", "2019-06-03")]


# ---------------------------------------------------------------- the component
def test_component_is_configurable(nlp):
    assert isinstance(nlp.get_pipe("claims_dates"), DateClaims)
    assert nlp.pipe_names.index("claims_dates") < nlp.pipe_names.index("claims_quantities")


def test_weekday_date_without_year_or_publication_takes_the_latest_matching_year(nlp):
    # the same policy as pipeline.metadata for year-less date lines; "today" beside it sets the
    # reference for the other relative words
    doc = nlp(make_doc(nlp, "The plan is launched today, Friday, 15 December. Charges rose compared with last year."))
    dc = DateClaims(today=__import__("datetime").date(2026, 11, 21))
    doc.user_data.clear()
    dc(doc)
    found = [(doc.text[c["start"]:c["end"]], c.get("date_value")) for c in claims_of(doc, "date")]
    assert found == [("today", "2023-12-15"), ("Friday, 15 December", "2023-12-15"), ("last year", "2022")]


# --------------------------------------------------------------------- seeds
def test_seed_000(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "000_40f5129cc41fd8f2.txt").read_text(encoding="utf-8"))
    found = date_claims(nlp, text, published="2023-12-15")
    assert ("today", "2023-12-15") in found
    assert ("Friday, 15 December", "2023-12-15") in found
    assert ("last year", "2022") in found


def test_seed_003(nlp, shared_dir):
    text = normalise((shared_dir / "seeds" / "003_045f0130e513505c.txt").read_text(encoding="utf-8"))
    assert ("Monday, April 4th", "2022-04-04") in date_claims(nlp, text, published="2022-04-22")


# ------------------------------------------------ a release with no input date
@pytest.mark.parametrize("line, day, before", [
    ("2026/06/23", "2026-06-23", "2026-06-22"),
    ("7.30.2026", "2026-07-30", "2026-07-29"),
    ("2026-07-20T14:05:00-04:00", "2026-07-20", "2026-07-19"),
    ("06.09.2026", "2026-09-06", "2026-09-05"),
])
def test_a_numeric_date_line_is_the_release_date_and_a_date_claim(nlp, line, day, before):
    # the line gives the release's published date (pipeline.metadata) and a date claim of its own
    # (only the date of a timestamp), and the relative words are read against it
    from pipeline.api import extract

    text = f"Free vehicle security clinics\n{line}\nOfficers arrested two men yesterday."
    claims, releases = extract([{"id": "r1", "text": text}], nlp=nlp)
    assert releases.loc[0, "published"] == day
    dates = claims[claims.claim_type == "date"]
    assert list(zip(dates.text, dates.date_value)) == [(line[:10] if "T" in line else line, day), ("yesterday", before)]
