"""Tests for pipeline/claims/unit_table.py: the precomputed table reads words as quantulum3 does."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.claims.base import load_data
from pipeline.claims.unit_table import COMMAND, SETTINGS, TABLE, physical_unit

# Units, plurals, abbreviations and compounds in the casings releases use, the short
# words after a number that are no unit, and a few odd readings of quantulum3's.
WORDS = """
mph MPH Mph kph KPH km/h KM/H Km/h kmh m/s M/S mi/h ft/s kt kn knots kts psi PSI bar Bar mbar hPa kPa Pa atm
kW KW kw Kw MW mW mw Mw GW W w kWh kwh KWH MWh GWh hp HP bhp J kJ cal kcal Cal BTU btu C F K degC degF
km KM Km m M cm CM mm nm NM mi MI miles mile ft FT Ft feet foot in IN In inch inches yd yds yard yards
ha Ha HA acre acres sqft sq kg KG Kg kgs g G gm mg lb LB lbs Lbs oz st ST stone ton tons Tons tonne t T
l L ml ML cl gal pint pints cc CC litre liter cu ms s h hr hrs min mins sec secs day days yr bpm Hz kHz
GB gb MB mb Mb kb p P pm PM am AM x X k bn mn B key keys officers arrests people cars knives years men
times per a an the and of to at on by is it no us US UK EU BBC NHS PC DC DS PCSO CCTV A E I O my we he
rd nd th Mar Feb Sept Oct Dec Mon Wed cwt furlong mil acft kmile wsec kfeet c c. ct µg μg
""".split()


def test_contract_word_or_none():
    assert physical_unit("mph") == "mph" and physical_unit("Km/h") == "Km/h"
    assert physical_unit("officers") is None and physical_unit("") is None
    assert all(physical_unit(w) in (w, None) for w in WORDS)


def test_table_header_says_how_it_was_made():
    data = load_data(TABLE)
    assert data["generated_by"] == COMMAND and data["quantulum3_version"]
    settings = load_data(SETTINGS)
    assert data["entities"] == sorted(settings["entities"])
    assert data["max_compound_chars"] == settings["max_compound_chars"]


def test_agrees_with_quantulum3_on_varied_words():
    pytest.importorskip("quantulum3", reason="quantulum3 is not installed: nothing to compare the table with")
    from importlib.metadata import version

    from pipeline.claims.unit_table import reads_physical

    assert len(WORDS) >= 150
    entities = frozenset(load_data(SETTINGS)["entities"])
    differ = {w: (physical_unit(w), reads_physical(w, entities)) for w in WORDS
              if (physical_unit(w) is not None) != reads_physical(w, entities)}
    assert not differ, (f"table (quantulum3 {load_data(TABLE)['quantulum3_version']}) vs installed quantulum3 "
                        f"{version('quantulum3')}: {differ}; regenerate with {COMMAND}")


def test_reading_the_table_does_not_load_quantulum3():
    code = ("import sys; from pipeline.claims.unit_table import physical_unit; "
            "print(physical_unit('mph'), 'quantulum3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["mph", "False"]


@pytest.mark.slow
def test_committed_table_is_what_the_generator_writes():
    pytest.importorskip("quantulum3", reason="quantulum3 is not installed: the table cannot be regenerated")
    import os

    from pipeline.claims.unit_table import build

    table = build(jobs=min(2, os.cpu_count() or 1))  # some minutes: half a million readings
    assert json.loads(json.dumps(table)) == load_data(TABLE), f"stale table: run {COMMAND}"
