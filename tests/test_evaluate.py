"""Tests for pipeline/evaluate.py: the matching rules of CLAIMS.md section 4, on hand-made releases."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import (
    add_arguments,
    attribute_agrees,
    format_errors,
    format_table,
    load_gold,
    place_gold_claims,
    report_to_json,
    run,
    score,
    values_match,
)
from pipeline.schema import CLAIM_COLUMNS, frame

DATA = Path(__file__).parent / "data"


# --------------------------------------------------------------------------- helpers


def at(text: str, span: str, occurrence: int = 0) -> tuple[int, int]:
    """(start, end) of the ``occurrence``-th (from 0) occurrence of ``span`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(span, start + 1)
    return start, start + len(span)


def gold_claim(text: str, ctype: str, span: str, occurrence: int = 0, **fields) -> dict:
    start, end = at(text, span, occurrence)
    return {"type": ctype, "text": span, "start": start, "end": end, **fields}


def pred(text: str, ctype: str, span: str, occurrence: int = 0, **fields) -> dict:
    start, end = at(text, span, occurrence)
    return {"claim_type": ctype, "text": span, "start": start, "end": end, **fields}


def counts(report, ctype: str) -> tuple[int, int, int]:
    s = report.types[ctype]
    return s.tp, s.fp, s.fn


def release(text: str, claims: list[dict], rid: str = "r1") -> dict:
    return {"id": rid, "text": text, "claims": claims}


# --------------------------------------------------------------------------- quantity / percentage

ARRESTS = "Officers made 5 arrests in Leeds on Friday and 5 arrests in Bradford on Saturday."


def test_quantity_match_and_attributes():
    text = "Detectives seized more than 40 stolen bicycles and 12 mopeds."
    gold = [release(text, [
        gold_claim(text, "quantity", "more than 40 stolen bicycles", value=40, unit="stolen bicycles",
                   qualifier="lower_bound", direction=None),
        gold_claim(text, "quantity", "12 mopeds", value=12, unit="mopeds", qualifier="exact", direction=None),
    ])]
    preds = {"r1": [
        pred(text, "quantity", "40 stolen bicycles", value=40.0, unit="bicycle", qualifier="exact"),
        pred(text, "quantity", "12 mopeds", value=12, unit="mopeds", qualifier="exact", direction="increase"),
    ]}
    r = score(gold, preds)
    assert counts(r, "quantity") == (2, 0, 0)
    assert (r.attributes["quantity.unit"].correct, r.attributes["quantity.unit"].n) == (2, 2)
    assert (r.attributes["quantity.qualifier"].correct, r.attributes["quantity.qualifier"].n) == (1, 2)
    # null == null agrees; "increase" against null does not
    assert (r.attributes["quantity.direction"].correct, r.attributes["quantity.direction"].n) == (1, 2)
    assert [e.kind for e in r.attribute_errors] == ["quantity.qualifier", "quantity.direction"]


def test_repeated_spans_are_matched_in_text_order():
    gold = [release(ARRESTS, [
        gold_claim(ARRESTS, "quantity", "5 arrests", 0, value=5, unit="arrests"),
        gold_claim(ARRESTS, "quantity", "5 arrests", 1, value=5, unit="arrests"),
    ])]
    both = {"r1": [pred(ARRESTS, "quantity", "5 arrests", 1, value=5, unit="arrests"),
                   pred(ARRESTS, "quantity", "5 arrests", 0, value=5, unit="arrests")]}
    assert counts(score(gold, both), "quantity") == (2, 0, 0)
    second_only = score(gold, {"r1": [pred(ARRESTS, "quantity", "5 arrests", 1, value=5)]})
    assert counts(second_only, "quantity") == (1, 0, 1)
    assert second_only.misses[0].start == at(ARRESTS, "5 arrests", 0)[0]


def test_gold_without_offsets_takes_successive_occurrences():
    claims = [{"type": "quantity", "text": "5 arrests", "value": 5},
              {"type": "quantity", "text": "5 arrests", "value": 5}]
    _, placed = place_gold_claims(release(ARRESTS, claims))
    assert [(c["start"], c["end"]) for c in placed] == [at(ARRESTS, "5 arrests", 0), at(ARRESTS, "5 arrests", 1)]
    r = score([release(ARRESTS, claims)], {"r1": [pred(ARRESTS, "quantity", "5 arrests", 1, value=5)]})
    assert counts(r, "quantity") == (1, 0, 1)
    assert r.misses[0].start == 14


def test_duplicate_predictions_are_false_alarms():
    text = "A 19-year-old man was charged with 3 burglaries."
    gold = [release(text, [gold_claim(text, "quantity", "3 burglaries", value=3, unit="burglaries")])]
    dup = pred(text, "quantity", "3 burglaries", value=3, unit="burglaries")
    r = score(gold, {"r1": [dup, dict(dup)]})
    assert counts(r, "quantity") == (1, 1, 0)


def test_right_span_wrong_value_is_a_miss_and_a_false_alarm():
    text = "Patrols recovered £2.5m in cash."
    gold = [release(text, [gold_claim(text, "quantity", "£2.5m", value=2_500_000, unit="GBP")])]
    r = score(gold, {"r1": [pred(text, "quantity", "£2.5m", value=2.5, unit="GBP")]})
    assert counts(r, "quantity") == (0, 1, 1)
    assert "2.5e+06" in r.misses[0].note and "value 2.5" in r.false_alarms[0].note
    assert r.attributes["quantity.unit"].n == 0


def test_same_value_elsewhere_does_not_match():
    gold = [release(ARRESTS, [gold_claim(ARRESTS, "quantity", "5 arrests", 0, value=5)])]
    r = score(gold, {"r1": [pred(ARRESTS, "quantity", "5 arrests", 1, value=5)]})
    assert counts(r, "quantity") == (0, 1, 1)


def test_partial_span_overlap_is_enough():
    text = "Crime fell by almost 30 per cent in the borough."
    gold = [release(text, [gold_claim(text, "percentage", "almost 30 per cent", value=30,
                                      qualifier="approximate", direction="decrease")])]
    r = score(gold, {"r1": [pred(text, "percentage", "30 per cent", value=30.0,
                                 qualifier="approximate", direction="decrease")]})
    assert counts(r, "percentage") == (1, 0, 0)
    assert r.attributes["percentage.qualifier"].accuracy == 1.0
    assert r.attributes["percentage.direction"].accuracy == 1.0


@pytest.mark.parametrize("gold_value, pred_value, matches", [
    (1_200_000, 1_200_000.5, True),    # relative difference 4e-7
    (1_200_000, 1_200_002, False),     # relative difference 1.7e-6
    (0.333, 0.333, True),
    (1 / 3, 0.333, False),
    (0, 0.0, True),
    (0, 1e-9, False),
    (12, None, False),
])
def test_value_tolerance(gold_value, pred_value, matches):
    assert values_match(gold_value, pred_value) is matches
    text = "The fund stands at 1,200,000 pounds."
    gold = [release(text, [gold_claim(text, "quantity", "1,200,000 pounds", value=gold_value)])]
    r = score(gold, {"r1": [pred(text, "quantity", "1,200,000 pounds", value=pred_value)]})
    assert counts(r, "quantity") == ((1, 0, 0) if matches else (0, 1, 1))


def test_unit_comparison_drops_plural_and_function_words():
    assert attribute_agrees("content_words", "officers and staff", "officer")
    assert attribute_agrees("content_words", "robberies", "robbery")
    assert attribute_agrees("content_words", "GBP", "gbp")
    assert not attribute_agrees("content_words", "years", "months")
    assert attribute_agrees("content_words", None, None)
    assert not attribute_agrees("content_words", "arrests", None)


# --------------------------------------------------------------------------- dates


DATES = "The operation ran from Monday 4 March to Friday 8 March, and a review is due next year."


def test_dates_value_and_span():
    gold = [release(DATES, [
        gold_claim(DATES, "date", "Monday 4 March", value="2024-03-04"),
        gold_claim(DATES, "date", "Friday 8 March", value="2024-03-08"),
        gold_claim(DATES, "date", "next year", value="2025"),
    ])]
    preds = {"r1": [
        pred(DATES, "date", "4 March", date_value="2024-03-04"),       # partial span, right value
        pred(DATES, "date", "Friday 8 March", date_value="2023-03-08"),  # right span, wrong value
        pred(DATES, "date", "next year", date_value="2025"),
    ]}
    r = score(gold, preds)
    assert counts(r, "date") == (2, 1, 1)
    assert r.misses[0].text == "Friday 8 March"
    assert "2023-03-08" in r.misses[0].note


def test_null_dates():
    text = "The incident happened on Tuesday 9 July."
    gold = [release(text, [gold_claim(text, "date", "Tuesday 9 July", value=None)])]
    assert counts(score(gold, {"r1": [pred(text, "date", "Tuesday 9 July", date_value=None)]}), "date") == (1, 0, 0)
    assert counts(score(gold, {"r1": [pred(text, "date", "Tuesday 9 July", date_value="2024-07-09")]}),
                  "date") == (0, 1, 1)
    valued = [release(text, [gold_claim(text, "date", "Tuesday 9 July", value="2024-07-09")])]
    assert counts(score(valued, {"r1": [pred(text, "date", "Tuesday 9 July", date_value=None)]}), "date") == (0, 1, 1)


# --------------------------------------------------------------------------- people

PEOPLE = ("Detective Inspector Sarah Okafor said the team had worked hard. "
          "Okafor added that Chief Constable Tom Reyes supported the plan.")


def people_gold() -> list[dict]:
    return [release(PEOPLE, [
        gold_claim(PEOPLE, "person", "Sarah Okafor", name="Sarah Okafor", role="Detective Inspector"),
        gold_claim(PEOPLE, "person", "Tom Reyes", name="Tom Reyes", role="Chief Constable"),
    ])]


def test_person_surname_rule():
    preds = {"r1": [pred(PEOPLE, "person", "Okafor", name="Okafor", role="Detective Inspector"),
                    pred(PEOPLE, "person", "Tom Reyes", name="Tom Reyes", role="Constable")]}
    r = score(people_gold(), preds)
    assert counts(r, "person") == (2, 0, 0)
    assert r.attributes["person.role"].accuracy == 1.0  # "Constable" overlaps "Chief Constable"


def test_person_first_name_alone_does_not_match():
    r = score(people_gold(), {"r1": [pred(PEOPLE, "person", "Sarah", name="Sarah")]})
    assert counts(r, "person") == (0, 1, 2)


def test_person_duplicate_names_are_false_alarms():
    preds = {"r1": [pred(PEOPLE, "person", "Sarah Okafor", name="Sarah Okafor", role="Detective Inspector"),
                    pred(PEOPLE, "person", "Okafor", 1, name="sarah  okafor", role=None),
                    pred(PEOPLE, "person", "Okafor", 1, name="Okafor")]}
    r = score(people_gold(), preds)
    # the repeated name is a false alarm; "Okafor" is a distinct name but its gold is taken
    assert counts(r, "person") == (1, 2, 1)
    assert r.attributes["person.role"].accuracy == 1.0
    assert any(e.note == "duplicate name" for e in r.false_alarms)


def test_person_role_null_agreement():
    text = "Jamie Patel, a local shopkeeper, helped officers."
    gold = [release(text, [gold_claim(text, "person", "Jamie Patel", name="Jamie Patel", role=None)])]
    same = score(gold, {"r1": [pred(text, "person", "Jamie Patel", name="Jamie Patel", role=None)]})
    other = score(gold, {"r1": [pred(text, "person", "Jamie Patel", name="Jamie Patel", role="shopkeeper")]})
    assert same.attributes["person.role"].accuracy == 1.0
    assert other.attributes["person.role"].accuracy == 0.0


# --------------------------------------------------------------------------- quotes

QUOTE = "“We will not stop until every dealer is off our streets,” said Superintendent Lena Marsh."
QUOTE_WORDS = "We will not stop until every dealer is off our streets"  # 11 distinct words


@pytest.mark.parametrize("predicted, matches", [
    # 6 shared words, 12 in the union: Jaccard exactly 0.5
    ("We will not stop until every motorist", True),
    # 6 shared words, 13 in the union: 0.46
    ("We will not stop until every motorist leaves", False),
    ("we will NOT stop until every dealer is off our streets!", True),
])
def test_quote_jaccard_threshold(predicted, matches):
    gold = [release(QUOTE, [gold_claim(QUOTE, "quote", QUOTE_WORDS, speaker="Lena Marsh")])]
    r = score(gold, {"r1": [{"claim_type": "quote", "text": predicted, "start": 1, "end": 30,
                             "speaker": "Superintendent Marsh"}]})
    assert counts(r, "quote") == ((1, 0, 0) if matches else (0, 1, 1))
    if matches:
        assert r.attributes["quote.speaker"].accuracy == 1.0


def test_quote_speaker_accuracy():
    gold = [release(QUOTE, [gold_claim(QUOTE, "quote", QUOTE_WORDS, speaker="Lena Marsh")])]
    wrong = score(gold, {"r1": [pred(QUOTE, "quote", QUOTE_WORDS, speaker="Lena Hart")]})
    missing = score(gold, {"r1": [pred(QUOTE, "quote", QUOTE_WORDS, speaker=None)]})
    assert counts(wrong, "quote") == (1, 0, 0)
    assert wrong.attributes["quote.speaker"].accuracy == 0.0
    assert missing.attributes["quote.speaker"].accuracy == 0.0
    unattributed = [release(QUOTE, [gold_claim(QUOTE, "quote", QUOTE_WORDS, speaker=None)])]
    both_null = score(unattributed, {"r1": [pred(QUOTE, "quote", QUOTE_WORDS)]})
    assert both_null.attributes["quote.speaker"].accuracy == 1.0


def test_quote_must_be_in_the_same_release():
    gold = [release(QUOTE, [gold_claim(QUOTE, "quote", QUOTE_WORDS)], rid="a"),
            release("No quotes here.", [], rid="b")]
    r = score(gold, {"b": [pred(QUOTE, "quote", QUOTE_WORDS)]})
    assert counts(r, "quote") == (0, 1, 1)


# --------------------------------------------------------------------------- commitments

PLEDGE = "The force will recruit 40 new neighbourhood officers by the spring."
PLEDGE_GOLD = "The force will recruit 40 new neighbourhood officers"  # 8 distinct words


@pytest.mark.parametrize("predicted, matches", [
    ("will recruit 40 extra staff", True),               # 3 of the shorter's 5 words: 0.6
    ("will recruit extra staff", False),                  # 2 of 4: 0.5
    ("The force will recruit 40 new neighbourhood officers by the spring", True),
])
def test_commitment_overlap_threshold(predicted, matches):
    gold = [release(PLEDGE, [gold_claim(PLEDGE, "commitment", PLEDGE_GOLD, actor="The force")])]
    r = score(gold, {"r1": [{"claim_type": "commitment", "text": predicted, "start": 0, "end": 10}]})
    assert counts(r, "commitment") == ((1, 0, 0) if matches else (0, 1, 1))


def test_commitment_greedy_in_text_order():
    text = "We will patrol the park. We will patrol the park at night."
    gold = [release(text, [
        gold_claim(text, "commitment", "We will patrol the park", 0),
        gold_claim(text, "commitment", "We will patrol the park at night"),
    ])]
    # listed out of order: the earlier prediction (by start) takes the first gold it fits
    preds = {"r1": [pred(text, "commitment", "We will patrol the park at night"),
                    pred(text, "commitment", "We will patrol the park", 0)]}
    assert counts(score(gold, preds), "commitment") == (2, 0, 0)


# --------------------------------------------------------------------------- totals and edges


def test_zero_counts():
    text = "Nothing of note happened."
    empty = score([release(text, [])], {})
    for ctype, s in empty.types.items():
        assert (s.tp, s.fp, s.fn, s.precision, s.recall, s.f1) == (0, 0, 0, 0.0, 0.0, 0.0), ctype
    assert empty.attributes["quantity.unit"].accuracy is None
    no_pred = score([release(ARRESTS, [gold_claim(ARRESTS, "quantity", "5 arrests", value=5)])], {})
    assert (no_pred.types["quantity"].precision, no_pred.types["quantity"].recall) == (0.0, 0.0)
    no_gold = score([release(ARRESTS, [])], {"r1": [pred(ARRESTS, "quantity", "5 arrests", value=5)]})
    assert counts(no_gold, "quantity") == (0, 1, 0)
    assert no_gold.micro.f1 == 0.0


def test_micro_totals_sum_types_and_releases():
    gold = [release(ARRESTS, [gold_claim(ARRESTS, "quantity", "5 arrests", 0, value=5),
                              gold_claim(ARRESTS, "quantity", "5 arrests", 1, value=5),
                              gold_claim(ARRESTS, "date", "Friday", value=None)], rid="a"),
            release(DATES, [gold_claim(DATES, "date", "next year", value="2025")], rid="b")]
    preds = {"a": [pred(ARRESTS, "quantity", "5 arrests", 0, value=5),
                   pred(ARRESTS, "date", "Saturday", date_value=None)],
             "b": [pred(DATES, "date", "next year", date_value="2025")],
             "unknown": [pred(DATES, "date", "next year", date_value="2025")]}
    r = score(gold, preds)
    assert counts(r, "quantity") == (1, 0, 1)
    assert counts(r, "date") == (1, 1, 1)
    micro = r.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 2)
    assert micro.precision == pytest.approx(2 / 3)
    assert micro.recall == pytest.approx(2 / 4)
    assert micro.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert r.n_releases == 2


def test_gold_offsets_are_mapped_into_normalised_text():
    raw = "  Police\u00a0said:\r\n\r\n\r\n   12\u00a0vehicles were\u00ad seized."
    norm_text, placed = place_gold_claims(release(raw, [gold_claim(raw, "quantity", "12\u00a0vehicles", value=12)]))
    assert norm_text == "Police said:\n\n12 vehicles were seized."
    start, end = placed[0]["start"], placed[0]["end"]
    assert norm_text[start:end] == "12 vehicles"
    r = score([release(raw, [gold_claim(raw, "quantity", "12\u00a0vehicles", value=12)])],
              {"r1": [pred(norm_text, "quantity", "12 vehicles", value=12)]})
    assert counts(r, "quantity") == (1, 0, 0)


def test_report_outputs():
    gold = [release(ARRESTS, [gold_claim(ARRESTS, "quantity", "5 arrests", 0, value=5, unit="arrests")])]
    r = score(gold, {"r1": [pred(ARRESTS, "quantity", "5 arrests", 1, value=5, unit="arrests")]})
    table = format_table(r)
    assert table.splitlines()[1].split() == ["quantity", "1", "1", "0", "1", "1", "0.000", "0.000", "0.000"]
    assert "micro" in table and "quantity.unit" in table
    errors = format_errors(r, 1)
    assert "quantity misses (1)" in errors and "quantity false alarms (1)" in errors
    assert format_errors(r, 0) == ""
    data = report_to_json(r)
    assert json.loads(json.dumps(data)) == data
    assert data["types"]["quantity"] == {"P": 0.0, "R": 0.0, "F1": 0.0, "tp": 0, "fp": 1, "fn": 1}


def test_load_gold_rejects_bad_records(tmp_path):
    good = {"id": "x", "text": "t", "claims": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate"):
        load_gold(path)
    path.write_text(json.dumps({"id": "y", "text": "t", "claims": [{"type": "number"}]}) + "\n")
    with pytest.raises(ValueError, match="unknown type"):
        load_gold(path)
    path.write_text(json.dumps({"id": "z", "text": "Six cars were stolen.", "claims": [
        {"type": "quantity", "text": "Six cars", "start": 1, "end": 9, "value": 6}]}) + "\n")
    with pytest.raises(ValueError, match="is not the text at 1:9"):
        load_gold(path)
    path.write_text("{not json\n")
    with pytest.raises(ValueError, match=":1:"):
        load_gold(path)


# --------------------------------------------------------------------------- command line


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="policeclaims evaluate")
    add_arguments(parser)
    return parser.parse_args(argv)


def cli_predictions(gold: list[dict]) -> pd.DataFrame:
    """The predicted claims table for tests/data/evaluate_gold.jsonl (texts need no normalising)."""
    a = gold[0]["text"]
    b = gold[1]["text"]
    rows = [
        # release a: both "4 arrests" found, one of them twice; the weekday's date wrong; a stray person
        dict(pred(a, "quantity", "4 arrests", 0, value=4, unit="arrests", qualifier="exact"), release_id="a"),
        dict(pred(a, "quantity", "4 arrests", 1, value=4, unit="arrest", qualifier="exact"), release_id="a"),
        dict(pred(a, "quantity", "4 arrests", 1, value=4, unit="arrests", qualifier="exact"), release_id="a"),
        dict(pred(a, "date", "Sunday", date_value="2024-06-09"), release_id="a"),
        dict(pred(a, "person", "Priya Lund", name="Priya Lund", role="Sergeant"), release_id="a"),
        dict(pred(a, "person", "Lund", name="Lund"), release_id="a"),
        # release b: the percentage with a wrong qualifier, the quote and its speaker, no commitment
        dict(pred(b, "percentage", "22%", value=22, qualifier="exact", direction="decrease"), release_id="b"),
        dict(pred(b, "quote", "Fewer homes are being targeted", speaker="Neil Carver"), release_id="b"),
        dict(pred(b, "person", "Neil Carver", name="Neil Carver", role="Inspector"), release_id="b"),
    ]
    claims = frame(rows, CLAIM_COLUMNS)
    claims["claim_id"] = [f"{rid}:{i}" for i, rid in enumerate(claims["release_id"])]
    return claims


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_scores_a_claims_table(tmp_path, capsys, fmt):
    gold_path = DATA / "evaluate_gold.jsonl"
    gold = load_gold(gold_path)
    claims = cli_predictions(gold)
    pred_path = tmp_path / f"claims.{fmt}"
    if fmt == "csv":
        claims.to_csv(pred_path, index=False)
    else:
        claims.to_json(pred_path, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "scores.json"
    assert run(parse([str(gold_path), "--pred", str(pred_path), "--errors", "2", "--json", str(out)])) == 0
    printed = capsys.readouterr().out
    assert "micro" in printed and "date misses (1)" in printed

    scores = json.loads(out.read_text())
    types = scores["types"]
    # by hand: quantity 2 tp + 1 duplicate fp; date 0 tp, 1 fp, 1 fn (wrong value);
    # person 2 tp, 1 fp ("Lund" is a distinct name whose gold is taken); percentage 1 tp; quote 1 tp;
    # commitment 1 fn. Micro: tp 6, fp 3, fn 2.
    assert {t: (v["tp"], v["fp"], v["fn"]) for t, v in types.items()} == {
        "quantity": (2, 1, 0), "percentage": (1, 0, 0), "person": (2, 1, 0),
        "quote": (1, 0, 0), "commitment": (0, 0, 1), "date": (0, 1, 1)}
    assert types["quantity"]["P"] == pytest.approx(2 / 3)
    assert types["quantity"]["R"] == 1.0
    assert types["quantity"]["F1"] == pytest.approx(0.8)
    assert scores["micro"]["P"] == pytest.approx(6 / 9)
    assert scores["micro"]["R"] == pytest.approx(6 / 8)
    assert scores["micro"]["F1"] == pytest.approx(2 * 6 / (9 + 8))
    attrs = scores["attributes"]
    assert attrs["quantity.unit"] == {"accuracy": 1.0, "n": 2}
    assert attrs["quantity.qualifier"] == {"accuracy": 1.0, "n": 2}
    assert attrs["percentage.qualifier"] == {"accuracy": 0.0, "n": 1}
    assert attrs["percentage.direction"] == {"accuracy": 1.0, "n": 1}
    assert attrs["person.role"] == {"accuracy": 1.0, "n": 2}
    assert attrs["quote.speaker"] == {"accuracy": 1.0, "n": 1}


def test_cli_unreadable_inputs_exit_2(tmp_path, capsys):
    missing = tmp_path / "absent.jsonl"
    assert run(parse([str(missing), "--pred", str(missing)])) == 2
    assert "cannot read gold file" in capsys.readouterr().err
    bad_table = tmp_path / "claims.csv"
    bad_table.write_text("foo,bar\n1,2\n")
    assert run(parse([str(DATA / "evaluate_gold.jsonl"), "--pred", str(bad_table)])) == 2
    assert "cannot read claims table" in capsys.readouterr().err
    assert run(parse([str(DATA / "evaluate_gold.jsonl"), "--pred", str(tmp_path / "claims.xlsx")])) == 2


def test_cli_without_pred_runs_the_pipeline_api(tmp_path, monkeypatch, capsys):
    """The no-``--pred`` path hands the gold records to ``api.extract`` (stubbed here) and scores its claims."""
    from pipeline import api
    from pipeline.normalise import normalise
    from pipeline.schema import RELEASE_COLUMNS

    gold_path = DATA / "evaluate_gold.jsonl"
    gold = load_gold(gold_path)
    seen = {}

    def fake_extract(records):
        seen["records"] = records
        releases = frame([{"release_id": r["id"], "text": normalise(r["text"])} for r in records], RELEASE_COLUMNS)
        return cli_predictions(gold), releases

    monkeypatch.setattr(api, "extract", fake_extract)
    out = tmp_path / "scores.json"
    assert run(parse([str(gold_path), "--json", str(out)])) == 0
    assert [r["id"] for r in seen["records"]] == ["a", "b"]
    assert set(seen["records"][0]) == {"id", "text", "published", "title", "source"}
    assert seen["records"][0]["published"] == "2024-06-17"
    assert json.loads(out.read_text())["micro"]["P"] == pytest.approx(6 / 9)
    assert "warning" not in capsys.readouterr().err
