"""Tests for pipeline/claims/figure_exclusions.py (what is written as a number but is not a figure),
through the ``claims_quantities`` component."""
from __future__ import annotations

import pytest

from conftest import at_span, quantities


@pytest.mark.parametrize("text", [
    "Anyone with information should call 101 or Crimestoppers on 0800 555 111.",
    "Please quote reference 4417 of 12 March when calling.",
    "The A10 was closed and the V100 project was praised.",
    "He was charged under section 18 of the Offences Against the Person Act 1861.",
    "Officers were called at 10.40pm on Saturday, 9 March 2024.",
    "It was the first arrest in a week, and an hour later a second man was held.",
    "Hundreds of residents and dozens of officers attended, a double-digit rise.",
    "Ryan Cole, 34, of Croydon, was remanded in custody.",
    "Mary Byrne, aged 51, from Luton, will appear in court.",
    "The 3rd suspect was released while the 21st remains wanted.",
    "The team visited the Nine Elms Youth Centre and the 3-County Drugs Taskforce.",
    "He is due at court on 4 April; the hearing lasts until 2025.",
    "In one instance a driver fled; one of the passengers was detained.",
    "The helpline is open 24/7 on 0300 123 4567.",
    "He was convicted under 18 U.S.C. 922(g)(1).",
])
def test_not_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "One victim, an elderly widow, lost her savings.",
    "One officer took a baton from the van.",           # an example, not a tally
    "One shooting is still one too many.",
    "In one attack, a hospital was forced to divert ambulances.",
    "Shots were fired in the 4500 block of West Madison Street.",
    "Call the tip line at 1-800-555-TIPS or 312-555-0199.",
    "Contact police on 101 or, in an emergency, 999.",
])
def test_more_non_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The crash closed the M1 between Junction 4 and Junction 6.",
    "The car was found on Route 66 near Highway 101.",
    "He sold the stolen iPhone 14 for cash.",
    "Officers stood in the final third of the pitch during the fourth quarter.",
])
def test_names_and_ordinal_fractions_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, span", [
    ("One person died on the roads over the long weekend, down from four last year.", "One person"),
    ("One man was arrested at the scene and later charged.", "One man"),
    ("One officer suffered minor injuries.", "One officer"),
    ("One rider was recorded at 112mph on the A66.", "One rider"),
    ("One driver was caught at more than twice the speed limit.", "One driver"),
])
def test_a_sentence_opening_one_that_reports_a_tally_is_a_count(nlp, text, span):
    assert [(q["text"], q["value"]) for q in quantities(nlp, text)][0] == (span, 1)


@pytest.mark.parametrize("text", [
    "Police were called to 575 Oxford Road at 3pm.",
    "Officers attended 16-18 Industrial Avenue on Tuesday.",
    "A man was arrested at 12 High St yesterday.",
    "The shooting happened in the 7900 block of South Halsted Street.",
    "Shots were reported in the 1500 and 1600 blocks of North Avenue.",
    "The crash happened in the 100 block of 5th Avenue.",
    "He stole an iPhone 11 Pro from the shop.",
    "The suspect flew on a Boeing 787 to Dubai.",
])
def test_addresses_and_product_names_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, span, unit", [
    ("The city will upgrade lighting on 14 blocks of lanes and side streets.", "14 blocks", "blocks"),
    ("Officers found two blocks of cocaine in the boot.", "two blocks", "blocks"),
])
def test_a_count_of_blocks_that_names_no_street_is_a_figure(nlp, text, span, unit):
    assert [(q["text"], q["unit"]) for q in quantities(nlp, text)] == [(span, unit)]


def test_count_next_to_an_address_is_kept(nlp):
    found = quantities(nlp, "Three men were arrested at 40 Mill Lane and 12 cars were seized.")
    assert [c["text"] for c in found] == ["Three men", "12 cars"]


@pytest.mark.parametrize("text", [
    "Officers were called to 17 Smith Street after the report.",
    "The team was sent to 4 Station Road, then to 12 Mill Lane.",
    "Stocks were seized from a PS5 box and a COVID -19 test kit.",
])
def test_addresses_and_codes_stay_out(nlp, text):
    assert [q["text"] for q in quantities(nlp, text)] == []


@pytest.mark.parametrize("text", [
    "The firm is listed in the FTSE 100 and the S&P 500.",
    "Sea levels could rise by 2120, the report said.",
    "Sales grew strongly in the first half and this half.",
    "He was seen on 1/2 and again on 3/4.",
    "Two men from a Boeing 737 crew were questioned.",
])
def test_names_years_and_bare_slashes_are_not_figures(nlp, text):
    assert [q["text"] for q in quantities(nlp, text) if q["unit"] != "men"] == []


def test_ordinal_words_are_fractions_only_before_of_or_a_comparison(nlp):
    assert [q["value"] for q in quantities(nlp, "One fourth of calls were hoaxes.")] == [0.25]
    assert 0.25 not in [q["value"] for q in quantities(nlp, "It issued three recalls in 2016, and a fourth in 2017.")]
    assert 0.2 not in [q["value"] for q in quantities(nlp, "A fifth on the list was cleared.")]


@pytest.mark.parametrize("text", [
    "The case is United States v. Hale, No. 3-05CV1843-P (N.D. Tex.).",
    "See Hale v. Jones, No. 13-1285 (D. Del.).",
    "The case number is CR 12-646-SI.",
    "Report tips on 1-866-DHS-2-ICE.",
    "Read the complaint (205.74 KB) here, and the report (PDF, 1.2MB).",
])
def test_case_numbers_codes_and_attachment_sizes_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Officers searched a townhouse near 152 Street on Tuesday.",
    "The crash happened at 64 Avenue and 152 Street.",
])
def test_a_numbered_street_is_not_a_figure(nlp, text):
    assert quantities(nlp, text) == []


def test_a_vehicle_model_number_after_a_model_year_is_not_a_figure(nlp):
    assert quantities(nlp, "The indictment seeks forfeiture of a 2023 Ram 1500 pickup truck.") == []


def test_a_file_number_with_a_hyphen_is_not_a_range(nlp):
    assert quantities(nlp, "Please reference file 26-41187 when you call.") == []


@pytest.mark.parametrize("text,expected", [
    ("Heat-related 911 calls are up on last year.", []),
    ("The control room answered 999 calls about the fire.", []),
    ("The 101 line was busy, and 999 officers were on duty.", [999]),
])
def test_an_emergency_number_before_calls_or_line_names_the_service(nlp, text, expected):
    assert [q["value"] for q in quantities(nlp, text)] == expected


@pytest.mark.parametrize("text, span", [
    ("There were 112 fewer offences this year.", "112 fewer offences"),
    ("The force hired 999 new officers.", "999 new officers"),
])
def test_an_emergency_number_counting_something_is_a_figure(nlp, text, span):
    assert at_span(nlp, text, span)["value"] in (112, 999)


@pytest.mark.parametrize("text", [
    "Calls to 911 reporting street racing doubled.", "In an emergency, dial 112 from any phone.",
    "Officers answered 999 calls in an hour.",
])
def test_an_emergency_number_naming_the_service_is_no_figure(nlp, text):
    assert all(q["value"] not in (112, 911, 999) for q in quantities(nlp, text))


@pytest.mark.parametrize("text, span", [
    ("Offences rose to 112 offences.", "112 offences"),
    ("He was stopped on 112 occasions.", "112 occasions"),
])
def test_an_emergency_number_after_to_or_on_that_counts_a_noun_is_a_figure(nlp, text, span):
    assert at_span(nlp, text, span)["value"] == 112


@pytest.mark.parametrize("text, values", [
    ("Deaths fell from 52 to 31 last year.", [52, 31]),
    ("The number of deaths rose from 52 to 61 last year.", [52, 61]),
])
def test_levels_before_a_relative_date_are_figures(nlp, text, values):
    # spaCy tags "52 to 31 last year" as one DATE entity; the relative date is its own claim
    assert [q["value"] for q in quantities(nlp, text)] == values


def test_a_figure_per_week_is_a_rate_not_a_date(nlp):
    q = at_span(nlp, "We had 22 burglaries, compared with an average of 20 per week.", "20")
    assert q["unit"] == "burglaries"


def test_a_duration_after_a_dash_that_ends_a_date_is_a_figure(nlp):
    text = "The period ran until 6am on Monday 5 January - 11 days and 14 hours in all."
    assert at_span(nlp, text, "11 days")["unit"] == "days"


def test_age_after_a_name_is_the_persons_not_a_quantity(nlp):
    assert quantities(nlp, "Charged were John Smith, age 24, and Amy Lee, age 26, both of Gary.") == []
    assert at_span(nlp, "The victim, age 24, was treated in hospital.", "24")["unit"] == "years"


@pytest.mark.parametrize("text, span, unit", [
    ("The man was jailed in January for 30 months.", "30 months", "months"),        # a month two words off
    ("Kell was sentenced in September to two years of probation.", "two years", "years"),
    ("She admitted selling Antwi-Boateng two postal keys for cash.", "two postal keys", "postal keys"),  # words are no code
    ("A youth aid officer will be on call seven days a week.", "seven days", "days"),  # "call" before a duration
])
def test_figures_beside_a_month_a_name_or_call(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text", [
    "The average response time to Priority 1 calls fell.",          # a priority grade
    "Police will take a zero-tolerance approach to drink driving.",  # set phrases
    "The force has zero tolerance for violence against women.",
    "Officers were issued two-way radios as part of a three-pronged approach.",
])
def test_grades_and_set_phrases_are_not_figures(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text", [
    "For a few hundred dollars a month, anyone could rent the platform.",   # a vague amount
    "Several thousand people lined the route.",
    "Two teams will work the District 6 night shift.",                    # a district's number
])
def test_vague_scales_and_district_numbers_are_not_figures(nlp, text):
    assert [q["text"] for q in quantities(nlp, text) if q["unit"] != "teams"] == []


def test_a_hundred_is_still_a_figure(nlp):
    assert [q["text"] for q in quantities(nlp, "A hundred officers searched the woods.")] == ["A hundred officers"]


@pytest.mark.parametrize("text", [
    "In one attack near Shap in April, ewes were killed.",              # an example, not a count
    "Every organisation is saying with one voice that it will act.",   # a set phrase
])
def test_one_as_an_example_or_a_set_phrase(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, absent", [
    ("At one car wash on the A34 near Stone, officers found five men living in a container.", "one car wash"),
    ("On one occasion, the pair stole a van.", "one occasion"),
    ("In one case in August, a woman was charged £18,500.", "one case"),
])
def test_one_after_an_opening_preposition_is_an_example(nlp, text, absent):
    assert all(q["text"] != absent for q in quantities(nlp, text))


def test_one_after_a_preposition_inside_the_sentence_is_still_a_count(nlp):
    assert at_span(nlp, "Officers found five men at one car wash.", "one car wash")["value"] == 1


@pytest.mark.parametrize("text, absent", [
    ("The clinic is at 22 Division on Saturday.", "22"),
    ("Officers from 14 Division and 3 Commando took part.", "14"),
])
def test_a_number_naming_a_division_is_no_figure(nlp, text, absent):
    assert all(not q["text"].startswith(absent) for q in quantities(nlp, text))


def test_a_count_of_divisions_is_still_a_figure(nlp):
    assert at_span(nlp, "Officers from 22 divisions took part.", "22 divisions")["value"] == 22


def test_a_list_items_tally_after_a_spaced_dash_is_no_part_of_the_name_before_it(nlp):
    text = "- a 17-year-old youth, who cannot be identified under the Youth Criminal Justice Act - four charges"
    assert at_span(nlp, text, "four charges")["unit"] == "charges"


@pytest.mark.parametrize("text, span", [
    ("The unit is reviewing 84 homicides, down from 112 at the start of 2024.", "112"),
    ("Calls fell to 999 last month, compared with 1,204 a year earlier.", "999"),
])
def test_an_emergency_number_after_a_comparison_word_is_a_figure(nlp, text, span):
    assert at_span(nlp, text, span)["value"] == float(span.replace(",", ""))


@pytest.mark.parametrize("text", ["In an emergency, dial 999.", "Call 101 or 999.", "Contact police on 101."])
def test_an_emergency_number_to_call_is_still_no_figure(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, span, unit", [
    ("Officers recovered 12 Honda Civics from the yard.", "12 Honda Civics", "Honda Civics"),
    ("Detectives traced four Range Rovers and two Ford Transits to the lock-up.", "four Range Rovers", "Range Rovers"),
    ("Detectives traced four Range Rovers and two Ford Transits to the lock-up.", "two Ford Transits", "Ford Transits"),
    ("The memo went to all 94 U.S. Attorneys Offices on Monday.", "94 U.S. Attorneys Offices", "U.S. Attorneys Offices"),
    ("Two Canadians were among those arrested.", "Two Canadians", "Canadians"),
])
def test_a_count_of_a_plural_name_is_a_figure(nlp, text, span, unit):
    assert at_span(nlp, text, span)["unit"] == unit


@pytest.mark.parametrize("text", [
    "Officers patrolled the Seven Kings Skate Park overnight.",        # the plural is inside a longer name
    "Police said the Nine Trey Gangsters were behind the attacks.",    # a name spelling its number with a capital
    "He was added to the list of Ten Most Wanted Fugitives in May.",
])
def test_a_plural_inside_a_name_is_no_count(nlp, text):
    assert [q["text"] for q in quantities(nlp, text)] == []
