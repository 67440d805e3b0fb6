"""Tests for pipeline.tables and pipeline.schema: round trips in every format keep the schema."""
import pandas as pd
import pytest

from pipeline.schema import CLAIM_COLUMNS, RELEASE_COLUMNS, conform, frame
from pipeline.tables import read_table, write_table

ROWS = [
    {"release_id": "r1", "claim_id": "r1:0", "claim_type": "quantity", "text": "12 arrests", "start": 5, "end": 15,
     "sentence_id": 0, "sentence": "Made 12 arrests.", "value": 12.0, "unit": "arrests", "qualifier": "exact",
     "extractor": "claims_quantities:count"},
    {"release_id": "r1", "claim_id": "r1:1", "claim_type": "person", "text": "Amy Hart \u201cquoted\u201d, ok", "start": 20,
     "end": 28, "sentence_id": 1, "sentence": "DCI Amy Hart spoke.", "name": "Amy Hart", "role": "DCI", "age": 41,
     "extractor": "claims_people:title"},
]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_round_trip_keeps_values_and_dtypes(tmp_path, fmt):
    df = frame(ROWS, CLAIM_COLUMNS)
    back = read_table(write_table(df, tmp_path, "claims", fmt))
    assert list(back.columns) == list(CLAIM_COLUMNS)
    assert back.dtypes.astype(str).tolist() == df.dtypes.astype(str).tolist()
    pd.testing.assert_frame_equal(back, df)
    assert not list(tmp_path.glob(".*tmp*"))


def test_empty_tables_round_trip(tmp_path):
    for fmt in ("parquet", "csv", "jsonl"):
        back = read_table(write_table(frame([], RELEASE_COLUMNS), tmp_path, "releases", fmt))
        assert len(back) == 0 and list(back.columns) == list(RELEASE_COLUMNS)


def test_frame_rejects_unknown_columns():
    with pytest.raises(KeyError):
        frame([{"release_id": "r", "valeu": 3}], CLAIM_COLUMNS)


def test_conform_casts_strings_from_csv():
    df = conform(pd.DataFrame({"start": ["3"], "value": ["1.5"], "claim_type": ["date"]}), CLAIM_COLUMNS)
    assert df["start"].dtype == "Int64" and df["value"].iloc[0] == 1.5 and df["claim_type"].iloc[0] == "date"


def test_failed_write_leaves_previous_table(tmp_path, monkeypatch):
    df = frame(ROWS, CLAIM_COLUMNS)
    path = write_table(df, tmp_path, "claims", "csv")
    before = path.read_bytes()

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(KeyboardInterrupt):
        write_table(df.head(1), tmp_path, "claims", "csv")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*tmp*"))


def test_conform_refuses_unknown_categories():
    with pytest.raises(ValueError, match="claim_type"):
        conform(pd.DataFrame({"claim_type": ["quantity", "figure"]}), CLAIM_COLUMNS)
