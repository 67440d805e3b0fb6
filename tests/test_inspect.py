"""pipeline.inspect: the functions behind the notebooks, on small invented tables."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline import inspect as pi
from pipeline.evaluate import score
from pipeline.schema import CLAIM_COLUMNS, RELEASE_COLUMNS, frame
from pipeline.tables import write_table

TEXT = ('Deputies seized about 3 pounds of <meth> & $40,000 in cash on March 3, 2024.\n\n'
        '"We recovered 3 pounds in one stop," Sgt. Dana Ruiz said.')


def claim(n, ctype, text, rid="k1", **fields):
    start = TEXT.index(text)
    return {"release_id": rid, "claim_id": f"{rid}:{n}", "claim_type": ctype, "text": text,
            "start": start, "end": start + len(text), "extractor": f"claims_{ctype}:rule", **fields}


@pytest.fixture
def claims():
    quote = 'We recovered 3 pounds in one stop,'
    inner = TEXT.index("3 pounds in one")
    return frame([
        claim(0, "quantity", "about 3 pounds", value=3, unit="pounds", qualifier="approximate",
              context_date="2024-03-03"),
        claim(1, "quantity", "$40,000", value=40000, unit="USD", qualifier="exact", context_date="2024-03-03"),
        claim(2, "date", "March 3, 2024", date_value="2024-03-03"),
        claim(3, "quote", quote, speaker="Dana Ruiz"),
        {**claim(4, "quantity", "3 pounds", value=3, unit="pounds", qualifier="exact"),
         "start": inner, "end": inner + len("3 pounds")},
        claim(5, "person", "Dana Ruiz", name="Dana Ruiz", role="Sgt."),
        claim(0, "quote", "Deputies seized", rid="k2"),
        claim(1, "commitment", "Deputies seized", rid="k2", actor="Deputies"),
    ], CLAIM_COLUMNS)


@pytest.fixture
def releases():
    return frame([{"release_id": "k1", "title": "Meth <seized>", "published": "2024-03-04", "text": TEXT},
                  {"release_id": "k2", "title": None, "published": None, "text": TEXT}], RELEASE_COLUMNS)


def visible_text(page: str) -> str:
    body = page.split('line-height:2.4">', 1)[1]
    body = re.sub(r'<span class="pc-label"[^>]*>[A-Z]+</span>', "", body)
    return re.sub(r"<[^>]+>", "", body)


# --------------------------------------------------------------------------- render_release


def test_render_keeps_the_text_and_escapes_it(claims, releases):
    import html

    page = pi.render_release(claims, releases, "k1")
    assert "<meth>" not in page and "of &lt;meth&gt; &amp; " in page
    assert "Meth &lt;seized&gt;" in page
    assert html.unescape(visible_text(page).removesuffix("</div></div>")) == TEXT


def test_render_marks_every_claim_with_its_type_colour_and_label(claims, releases):
    page = pi.render_release(claims, releases, "k1")
    ids = set(re.findall(r'data-claim-id="([^"]+)"', page))
    assert ids == {f"k1:{n}" for n in range(6)}
    assert page.count('<span class="pc-label"') == 6  # one label per claim, at its end
    assert f'background:{pi.TYPE_COLOURS["quote"]}' in page and f'background:{pi.TYPE_COLOURS["date"]}' in page


def test_overlapping_claims_nest_inside_the_longer_one(claims, releases):
    page = pi.render_release(claims, releases, "k1")
    quote_open = page.index('data-claim-id="k1:3"')
    inner = page.index('data-claim-id="k1:4"')
    assert quote_open < inner < page.index("in one stop")


def test_hover_title_shows_the_row_fields(claims, releases):
    page = pi.render_release(claims, releases, "k1")
    titles = re.findall(r'title="([^"]*)"', page)
    money = next(t for t in titles if t.startswith("quantity (k1:1)"))
    assert money.split("&#10;") == ["quantity (k1:1)", "extractor: claims_quantity:rule", "value: 40,000",
                                    "unit: USD", "qualifier: exact", "context_date: 2024-03-03"]
    quote = next(t for t in titles if t.startswith("quote"))
    assert "speaker: Dana Ruiz" in quote


def test_filter_by_type(claims, releases):
    page = pi.render_release(claims, releases, "k1", types=["date"])
    assert re.findall(r'data-claim-id="([^"]+)"', page) == ["k1:2"]
    assert pi.render_release(claims, releases, "k1", types="person").count("pc-claim pc-person") == 1
    with pytest.raises(ValueError, match="unknown claim type"):
        pi.render_release(claims, releases, "k1", types=["figure"])


def test_render_skips_claims_without_usable_offsets(claims, releases):
    broken = claims.copy()
    broken.loc[0, "start"] = pd.NA
    broken.loc[1, "end"] = len(TEXT) + 5
    page = pi.render_release(broken, releases, "k1")
    assert 'data-claim-id="k1:0"' not in page and 'data-claim-id="k1:1"' not in page
    assert "4 claims shown" in page


def test_unknown_release(claims, releases):
    with pytest.raises(KeyError, match="nope"):
        pi.render_release(claims, releases, "nope")


def test_release_without_title_or_date(claims, releases):
    page = pi.render_release(claims, releases, "k2")
    assert "<h3 style=\"margin-bottom:0.2em\">k2</h3>" in page and "published unknown" in page


def test_displacy_view_stacks_overlaps(claims, releases):
    page = pi.render_displacy(claims, releases, "k1")
    assert 'class="spans"' in page
    assert page.count("QUANTITY") >= 3 and "QUOTE" in page


# --------------------------------------------------------------------------- tables


def test_claims_table_drops_empty_columns(claims):
    table = pi.claims_table(claims, "k1", types=["quote", "person"])
    assert table.columns.tolist() == ["claim_id", "claim_type", "text", "name", "role", "speaker", "extractor"]
    assert table["claim_id"].tolist() == ["k1:3", "k1:5"]


def test_load_output_reads_any_format(tmp_path, claims, releases):
    for fmt in ("parquet", "jsonl"):
        out = tmp_path / fmt
        write_table(claims, out, "claims", fmt)
        write_table(releases, out, "releases", fmt)
        tables = pi.load_output(out)
        assert tables.claims["claim_id"].tolist() == claims["claim_id"].tolist()
        assert tables.releases["published"].tolist()[0] == "2024-03-04" and tables.errors.empty
    with pytest.raises(FileNotFoundError, match="no releases table"):
        pi.load_output(tmp_path / "empty")


def test_summary_lists_every_type(claims):
    summary = pi.summary_by_type(claims)
    assert summary.index.tolist() == ["quantity", "percentage", "person", "quote", "commitment", "date"]
    assert summary.loc["quote"].tolist() == [2, 2] and summary.loc["percentage"].tolist() == [0, 0]


def test_by_extractor_counts_rules(claims):
    table = pi.by_extractor(claims)
    assert table.iloc[0].tolist() == ["quantity", "claims_quantity:rule", 3]


def test_top_units_and_actors(claims):
    assert pi.top_units(claims).values.tolist() == [["pounds", 2], ["USD", 1]]
    assert pi.top_units(claims, n=1)["unit"].tolist() == ["pounds"]
    assert pi.top_actors(claims).values.tolist() == [["Deputies", "Deputies", 1]]  # no resolved actor: as written


def test_figures_over_time_by_month(claims, releases):
    table = pi.figures_over_time(claims, releases, freq="month")
    assert table.to_dict(orient="index") == {"2024-03": {"by context_date": 2, "by published": 3}}
    with pytest.raises(ValueError):
        pi.figures_over_time(claims, releases, freq="week")


def test_figures_over_time_lists_every_period_between(claims, releases):
    claims = claims.copy()
    claims.loc[1, "context_date"] = "2021"
    table = pi.figures_over_time(claims, releases)
    assert table.index.tolist() == ["2021", "2022", "2023", "2024"]
    assert table["by context_date"].tolist() == [1, 0, 0, 1] and table["by published"].tolist() == [0, 0, 0, 3]
    assert pi.figures_over_time(claims.iloc[:0], releases).empty


@pytest.mark.parametrize("value, year, month", [
    ("2023-12-31", "2023", "2023-12"), ("2024-W01", "2024", "2024-01"), ("2020-W53", "2020", "2020-12"), ("2021-W53", "2021", None),
    ("2019", "2019", None), ("", None, None), (None, None, None), ("last year", None, None),
])
def test_period_of(value, year, month):
    assert pi.period_of(value) == year and pi.period_of(value, "month") == month


def test_commitments_and_quotes(claims, releases):
    table = pi.commitments_table(claims, releases)
    assert table.columns.tolist() == ["release_id", "published", "actor", "actor_resolved", "text"]
    assert table.astype(object).where(table.notna(), None).values.tolist() == [
        ["k2", None, "Deputies", None, "Deputies seized"]]
    quotes = pi.quotes_by_speaker(claims, example_chars=10)
    assert quotes.values.tolist() == [["(no speaker)", 1, 1, "Deputies…"],
                                      ["Dana Ruiz", 1, 1, "We recove…"]]


# --------------------------------------------------------------------------- misses


def small_report():
    gold = [{"id": "k1", "text": TEXT, "claims": [
        {"type": "quantity", "text": "$40,000", "value": 40000, "unit": "USD"},
        {"type": "quantity", "text": "3 pounds", "value": 3, "unit": "pounds"},
        {"type": "date", "text": "March 3, 2024", "value": "2024-03-03"}]}]
    preds = {"k1": [
        {"claim_type": "quantity", "text": "$40,000", "start": TEXT.index("$40"), "end": TEXT.index(" in cash"),
         "value": 40000.0, "unit": "dollars"},
        {"claim_type": "date", "text": "March 3, 2024", "start": TEXT.index("March"),
         "end": TEXT.index(".\n"), "date_value": "2024-03-04"}]}
    return score(gold, preds)


def test_misses_by_type_from_a_report():
    table = pi.misses_by_type(small_report())
    assert table.loc["quantity", ["gold", "pred", "tp", "fn"]].tolist() == [2, 1, 1, 1]
    assert table.loc["quantity", "missed (examples)"] == "3 pounds"
    assert table.loc["date", "false alarms (examples)"] == "March 3, 2024"
    assert table.loc["person", "F1"] == 0.0


def test_misses_by_type_from_json_without_examples():
    from pipeline.evaluate import report_to_json

    table = pi.misses_by_type(report_to_json(small_report()))
    assert table.loc["quantity", "R"] == 0.5
    assert (table["missed (examples)"] == "").all()


def test_error_examples():
    report = small_report()
    misses = pi.error_examples(report)
    assert misses[["claim_type", "text"]].values.tolist() == [["quantity", "3 pounds"], ["date", "March 3, 2024"]]
    attrs = pi.error_examples(report, "attribute_errors")
    assert attrs["note"].tolist() == ["gold USD, predicted dollars"]
    assert pi.error_examples(report, "false_alarms", types="quantity").empty
    with pytest.raises(ValueError):
        pi.error_examples(report, "typos")


def test_claims_table_blanks_for_reading_or_dtypes_kept(claims):
    shown = pi.claims_table(claims, "k1", types="quantity")
    assert shown["value"].tolist() == ["3", "40,000", "3"] and shown["context_date"].tolist()[-1] == ""
    raw = pi.claims_table(claims, "k1", types="quantity", blanks=False)
    assert str(raw["value"].dtype) == "Float64" and raw["context_date"].isna().tolist() == [False, False, True]
