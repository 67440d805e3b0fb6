"""The canonical example: the Met's VAWG release (../shared/seeds), read as a plain file.

What issue 2 requires the claims table to hold for it. Skipped where ../shared is absent.
"""
import pytest

from pipeline import extract

SEED = "seeds/000_40f5129cc41fd8f2.txt"


@pytest.fixture(scope="module")
def seed(shared_dir):
    claims, releases = extract(shared_dir / SEED)
    assert len(releases) == 1
    return claims, releases.iloc[0]["text"]


def _rows(claims, claim_type, **where):
    rows = claims[claims.claim_type == claim_type]
    for key, value in where.items():
        rows = rows[rows[key] == value]
    return rows


def test_offsets_hold(seed):
    claims, text = seed
    for row in claims.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.text in row.sentence


def test_percentage_41_increase_against_last_year(seed):
    claims, _ = seed
    rows = _rows(claims, "percentage", value=41.0)
    assert len(rows) >= 1
    first = rows.iloc[0]
    assert first["direction"] == "increase" and first["baseline"] == "last year"


@pytest.mark.parametrize("value, qualifier, unit", [
    (500.0, "lower_bound", "serious sexual offences"),
    (200.0, "lower_bound", None),
    (270.0, "approximate", "stalking protection orders"),
    (8.0, None, "men"),
])
def test_quantities(seed, value, qualifier, unit):
    claims, _ = seed
    rows = _rows(claims, "quantity", value=value)
    assert len(rows) >= 1, f"no quantity {value}"
    if qualifier:
        assert qualifier in set(rows["qualifier"].astype(str))
    if unit:
        assert unit in set(rows["unit"])


def test_doubled_is_a_quantity_of_two(seed):
    claims, _ = seed
    rows = _rows(claims, "quantity", value=2.0)
    assert "doubled" in set(rows["text"])
    row = rows[rows.text == "doubled"].iloc[0]
    assert row["direction"] == "increase" and row["unit"] == "times"


def test_no_quantity_for_v100(seed):
    claims, _ = seed
    assert not claims[(claims.claim_type == "quantity") & claims.text.str.contains("V100")].shape[0]
    assert 100.0 not in set(_rows(claims, "quantity")["value"])


def test_helen_millichap_and_her_quotes(seed):
    claims, _ = seed
    person = _rows(claims, "person", name="Helen Millichap")
    assert len(person) == 1
    assert person.iloc[0]["role"] == "Deputy Assistant Commissioner"
    quotes = _rows(claims, "quote")
    assert len(quotes) >= 5
    assert set(quotes["speaker"]) == {"Helen Millichap"}


def test_commitment_bigger_teams(seed):
    claims, _ = seed
    texts = _rows(claims, "commitment")["text"].tolist()
    assert any(t.startswith("The Met will create bigger teams") for t in texts), texts


def test_friday_15_december_resolved(seed):
    claims, _ = seed
    row = _rows(claims, "date", text="Friday, 15 December")
    assert row["date_value"].tolist() == ["2023-12-15"]
