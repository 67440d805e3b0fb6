"""Tests for pipeline/benchmarks/newsquant.py: value parsing, one-to-one matching, scores,
unit and change renaming (on our own sentences), and a short run on the real file."""
from __future__ import annotations

import argparse
import json

import pytest

from pipeline.benchmarks import newsquant as nq
from pipeline.nlp import make_doc


def q(value, unit="-", change="="):
    return {"value": value, "unit": unit, "change": change}


# --- values -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("12", 12.0), ("6.0", 6.0), ("-1.3", -1.3), ("1.99E-29", 1.99e-29), ("2.5e6", 2.5e6),
    ("252.0-287.0", (252.0, 287.0)), ("3.0 - 4.0", (3.0, 4.0)), ("4.8-4.7", (4.8, 4.7)),
    ("-2.0--1.0", (-2.0, -1.0)),
])
def test_parse_value(text, expected):
    assert nq.parse_value(text) == expected


def test_parse_value_rejects_text():
    with pytest.raises(ValueError):
        nq.parse_value("pennies")


def test_value_tolerance_is_relative():
    assert nq.close(1_200_000.0, 1_200_000.0 + 5.0)      # within 1e-5 relative
    assert not nq.close(1_200_000.0, 1_200_100.0)
    assert nq.close(0.0, 0.0) and not nq.close(0.0, 0.001)
    assert not nq.close(41.0, 0.41)                       # a percentage is 41, not a fraction


def test_ranges_match_only_ranges_in_either_order():
    assert nq.values_match((16.0, 24.0), (16.0, 24.0))
    assert nq.values_match((4.8, 4.7), (4.7, 4.8))
    assert not nq.values_match((16.0, 24.0), 16.0)
    assert not nq.values_match(20.0, (16.0, 24.0))
    assert nq.midpoint((16.0, 24.0)) == 20.0


# --- matching and scores ----------------------------------------------------------------------

def test_one_prediction_matches_one_gold_only():
    gold = [q(3.0, "officer"), q(3.0, "officer")]
    preds = [q(3.0, "officer")]
    assert nq.match_sentence(gold, preds) == [(0, 0)]
    s = nq.score([gold], [preds])
    assert s["hits"]["value"] == 1 and s["levels"]["value"] == {"p": 100.0, "r": 50.0, "f1": 66.7}


def test_duplicate_predictions_do_not_all_count():
    gold = [q(5.0, "arrest")]
    preds = [q(5.0, "arrest"), q(5.0, "arrest")]
    s = nq.score([gold], [preds])
    assert s["hits"]["value"] == 1 and s["levels"]["value"]["p"] == 50.0


def test_unit_match_is_preferred_over_text_order():
    gold = [q(2.0, "year"), q(2.0, "vehicle")]
    preds = [q(2.0, "vehicle"), q(2.0, "day")]
    pairs = nq.match_sentence(gold, preds)
    assert (1, 0) in pairs and (0, 1) in pairs
    assert nq.score([gold], [preds])["hits"] == {"value": 2, "value+unit": 1, "value+change": 2}


def test_units_compare_case_insensitively_and_exactly():
    assert nq.score([[q(7.0, "Mile")]], [[q(7.0, "mile")]])["hits"]["value+unit"] == 1
    assert nq.score([[q(7.0, "mile")]], [[q(7.0, "miles")]])["hits"]["value+unit"] == 0


def test_matches_stay_within_their_sentence():
    gold = [[q(9.0)], []]
    preds = [[], [q(9.0)]]
    s = nq.score(gold, preds)
    assert s["hits"]["value"] == 0 and s["n_gold"] == 1 and s["n_pred"] == 1


def test_mean_ranges_for_midpoint_systems():
    gold = [[q((10.0, 20.0), "metre")]]
    assert nq.score(gold, [[q(15.0, "metre", None)]])["hits"]["value"] == 0
    s = nq.score(gold, [[q(15.0, "metre", None)]], ranges="mean")
    assert s["hits"]["value+unit"] == 1 and s["levels"]["value+change"] is None


def test_change_level():
    gold = [[q(12.0, "percentage", "down"), q(40.0, "percentage", ">")]]
    preds = [[q(12.0, "percentage", "down"), q(40.0, "percentage", "=")]]
    assert nq.score(gold, preds)["hits"]["value+change"] == 1


def test_empty_corpus_scores_zero():
    assert nq.score([[]], [[]])["levels"]["value"] == {"p": 0.0, "r": 0.0, "f1": 0.0}


# --- our claims in NewsQuant's terms ----------------------------------------------------------

@pytest.mark.parametrize("claim, expected", [
    ({"type": "percentage", "unit": "percent", "value": 12.0}, "percentage"),
    ({"type": "quantity", "unit": "USD", "value": 5.0}, "dollar"),
    ({"type": "quantity", "unit": "$", "value": 5.0}, "dollar"),
    ({"type": "quantity", "unit": "GBP", "value": 5.0}, "pound sterling"),
    ({"type": "quantity", "unit": "EUR", "value": 5.0}, "euro"),
    ({"type": "quantity", "unit": "AUD", "value": 5.0}, "australian dollar"),
    ({"type": "quantity", "unit": "km", "value": 5.0}, "kilometre"),
    ({"type": "quantity", "unit": "mph", "value": 5.0}, "mile per hour"),
    ({"type": "quantity", "unit": "kilos", "value": 5.0}, "kilogram"),
    ({"type": "quantity", "unit": "months", "value": 5.0}, "month"),
    ({"type": "quantity", "unit": "times", "value": 2.0}, "count"),
    ({"type": "quantity", "value": 5.0}, "-"),
])
def test_unit_name_tables(claim, expected):
    assert nq.unit_name(claim) == expected


def test_counted_noun_without_a_doc_drops_plural_s():
    assert nq.unit_name({"type": "quantity", "unit": "stalking orders", "value": 3.0}) == "stalking order"


def _claims(nlp, text):
    doc = nlp(make_doc(nlp, text))
    return doc, [c for c in doc._.claims if c["type"] in nq.CLAIM_TYPES]


def test_counted_nouns_are_lemmatised(nlp):
    doc, claims = _claims(nlp, "Detectives arrested 14 men and seized 3 cars and vans in the raids.")
    names = {c["value"]: nq.unit_name(c, doc) for c in claims}
    assert names[14.0] == "man"
    assert names[3.0].endswith("van") and "and" not in names[3.0].split()


def test_ages_become_year_of_age(nlp):
    doc, claims = _claims(nlp, "A 19-year-old man was jailed for six years on Friday.")
    names = {c["value"]: nq.unit_name(c, doc) for c in claims}
    assert names.get(19.0) == "year of age"
    assert names.get(6.0) == "year"


@pytest.mark.parametrize("claim, expected", [
    ({"qualifier": "exact"}, "="),
    ({"qualifier": "approximate"}, "~"),
    ({"qualifier": "lower_bound"}, ">"),
    ({"qualifier": "upper_bound"}, "<"),
    ({"qualifier": "range"}, "="),
    ({"qualifier": "exact", "direction": "increase"}, "up"),
    ({"qualifier": "exact", "direction": "decrease"}, "down"),
    ({"qualifier": "lower_bound", "direction": "increase"}, ">"),      # a hedge wins over a trend
    ({"qualifier": "upper_bound", "direction": None}, "<"),
    ({}, "="),
])
def test_change_symbol(claim, expected):
    assert nq.change_symbol(claim) == expected


def test_our_predictions_on_a_sentence(nlp):
    doc = nlp(make_doc(nlp, "Knife crime fell by 12 per cent and officers recovered around £40,000 in cash."))
    preds = {p["unit"]: p for p in nq.our_predictions(doc)}
    assert preds["percentage"]["value"] == 12.0 and preds["percentage"]["change"] == "down"
    assert preds["pound sterling"]["value"] == 40000.0 and preds["pound sterling"]["change"] == "~"
    assert all("extractor" in p and p["text"] for p in preds.values())


def test_our_ranges_are_pairs(nlp):
    doc = nlp(make_doc(nlp, "The victims were aged between 16 and 24."))
    values = [p["value"] for p in nq.our_predictions(doc)]
    assert (16.0, 24.0) in values


def test_quantulum_names():
    assert nq.quantulum_unit_name("per cent") == "percentage"
    assert nq.quantulum_unit_name("dimensionless") == "-"
    preds = nq.quantulum_predictions("The lorry was travelling at 56 mph.")
    assert [(p["value"], p["unit"], p["change"]) for p in preds] == [(56.0, "mile per hour", None)]


# --- the runner -------------------------------------------------------------------------------

def _args(**kw):
    parser = nq.add_arguments(argparse.ArgumentParser())
    argv = [x for k, v in kw.items() for x in (f"--{k}", str(v))]
    return parser.parse_args(argv)


def test_missing_data_exits_2(tmp_path, capsys):
    assert nq.run(_args(data=tmp_path / "absent.json")) == 2
    assert "not found" in capsys.readouterr().err


def test_runner_on_the_first_sentences(shared_dir, tmp_path, capsys, nlp):
    data = shared_dir / "benchmarks" / "newsquant" / "NewsQuant.json"
    if not data.is_file():
        pytest.skip("NewsQuant is not in ../shared")
    out = tmp_path / "nq.json"
    assert nq.run(_args(data=data, json=out, limit=20, errors=2)) == 0
    printed = capsys.readouterr().out
    assert "ours (policeclaims)" in printed and "published" in printed and "== ours: miss" in printed
    report = json.loads(out.read_text())
    assert report["n_sentences"] == 20 and report["match"] == "one-to-one"
    for name in ("ours (policeclaims)", "quantulum3"):
        system = report["systems"][name]
        assert system["n_gold"] == report["n_gold"] > 0
        assert set(system["levels"]) == set(nq.LEVELS)
        for level in ("value", "value+unit"):
            assert set(system["levels"][level]) == {"p", "r", "f1"}
            assert 0 <= system["levels"][level]["f1"] <= 100
    assert report["systems"]["quantulum3"]["levels"]["value+change"] is None
    assert report["published"]["CQE"]["value"]["f1"] == 92.0
    assert set(report["our_errors"]) == {"miss", "false_alarm", "unit", "change"}


def _pred(value, start, end, text, unit="-"):
    return {"value": value, "unit": unit, "change": "=", "start": start, "end": end, "text": text}


def test_join_transitions_makes_one_range():
    t = "Thefts rose from 2,100 thefts to 2,450 thefts."
    a, b = t.index("2,100"), t.index("2,450")
    preds = [_pred(2100.0, a, a + 12, "2,100 thefts", "theft"), _pred(2450.0, b, b + 12, "2,450 thefts", "theft")]
    assert [p["value"] for p in nq.join_transitions(preds, t)] == [(2100.0, 2450.0)]


def test_join_transitions_spreads_a_scale_and_needs_from():
    t = "Losses went from $10 to $15 billion, and 40 to 50 staff left."
    a, b = t.index("$10"), t.index("$15")
    c, d = t.index("40"), t.index("50")
    preds = [_pred(10.0, a, a + 3, "$10", "dollar"), _pred(1.5e10, b, b + 11, "$15 billion", "dollar"),
             _pred(40.0, c, c + 2, "40"), _pred(50.0, d, d + 8, "50 staff", "staff")]
    out = nq.join_transitions(preds, t)
    assert out[0]["value"] == (1e10, 1.5e10)
    assert [p["value"] for p in out[1:]] == [40.0, 50.0]  # no "from": not joined


def test_join_transitions_keeps_different_units_apart_when_words_between():
    t = "It grew from 20 miles in 2008 to 29 mpg."
    a, b = t.index("20"), t.index("29")
    preds = [_pred(20.0, a, a + 8, "20 miles", "mile"), _pred(29.0, b, b + 6, "29 mpg", "mile per gallon")]
    assert len(nq.join_transitions(preds, t)) == 2


def test_named_ages_pence_and_signs_in_newsquant_terms(nlp):
    doc = nlp(make_doc(nlp, "Shares in Acme, run by John Smith, 66, fell to 164p. Index moves: FTSE -0.6%."))
    preds = nq.our_predictions(doc)
    assert {"value": 66.0, "unit": "year of age"}.items() <= next(p for p in preds if p["value"] == 66.0).items()
    assert any(p["value"] == pytest.approx(164.0) for p in preds)        # NewsQuant keeps the pence
    assert any(p["value"] == pytest.approx(-0.6) and p["change"] == "down" for p in preds)


@pytest.mark.parametrize("text,expected", [
    ("Burglary rose 12 per cent in the year.", "up"),
    ("Shares were down 40 pence at 210p.", "down"),
    ("The report found a 75 percent increase in knife crime.", "="),
    ("The forces agreed a cut of 800 officers.", "="),
    ("The county will train another 30 officers.", "="),
    ("Thefts were 34.4% higher than in 2022.", "="),
])
def test_a_change_named_by_a_noun_or_comparative_is_equal_in_newsquant_terms(nlp, text, expected):
    doc = nlp(make_doc(nlp, text))
    changed = [p for p in nq.our_predictions(doc) if p["value"] in (12.0, 40.0, 75.0, 800.0, 30.0, 34.4)]
    assert [p["change"] for p in changed] == [expected]
