"""Tests for pipeline.batch and pipeline.api: every input accounted for, tables consistent."""
import pytest

from pipeline import extract
from pipeline.batch import prepare, run_batch
from pipeline.ingest import Release
from pipeline.schema import CLAIM_COLUMNS, ERROR_COLUMNS, RELEASE_COLUMNS

TEXT = ("Knife arrests rise\n12 March 2024\n\nOfficers arrested 14 people and seized \u00a32,000 in cash on Monday.\n\n"
        "Chief Inspector Ruth Cole said: \u201cWe will keep going.\u201d")


def test_mixed_inputs_every_one_accounted_for(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n")
    records = [{"id": "rec", "text": TEXT}, {"id": "good", "text": TEXT}]
    tables = run_batch([tmp_path, *records, tmp_path / "missing.txt"])
    assert tables.releases["release_id"].tolist() == ["good", "rec"]
    assert sorted(tables.errors["error_type"]) == ["duplicate_id", "empty", "not_found", "unsupported_format"]
    assert tables.n_read == len(tables.releases) + len(tables.errors) == 6
    assert "read 6 releases: 2 processed, 4 errors" in tables.summary()


def test_tables_follow_the_schema_and_offsets_hold():
    tables = run_batch([{"id": "r1", "text": TEXT}])
    assert list(tables.claims.columns) == list(CLAIM_COLUMNS)
    assert list(tables.releases.columns) == list(RELEASE_COLUMNS)
    assert list(tables.errors.columns) == list(ERROR_COLUMNS)
    release = tables.releases.iloc[0]
    assert release["title"] == "Knife arrests rise" and release["published"] == "2024-03-12"
    assert release["n_claims"] == len(tables.claims) > 0
    for row in tables.claims.itertuples():
        assert release["text"][row.start:row.end] == row.text
        assert row.text in row.sentence


def test_input_metadata_wins_over_text():
    item = prepare(Release("r", TEXT, published="2024-03-14", title="Given title"))
    assert (item.published, item.title) == ("2024-03-14", "Given title")


def test_failing_release_goes_to_errors_and_batch_continues(nlp, monkeypatch):
    import pipeline.batch as batch

    real = batch.claim_rows

    def flaky(doc, release_id):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return real(doc, release_id)

    monkeypatch.setattr(batch, "claim_rows", flaky)
    tables = run_batch([{"id": "a", "text": "Seized 3 cars."}, {"id": "b", "text": "EXPLODE 4 times."},
                        {"id": "c", "text": "Seized 5 vans."}], nlp=nlp, batch_size=8)
    assert tables.releases["release_id"].tolist() == ["a", "c"]
    [err] = tables.errors.itertuples()
    assert (err.release_id, err.error_type) == ("b", "extraction_failed") and "boom" in err.message


def test_release_over_spacy_max_length_goes_to_errors(nlp):
    from pipeline.nlp import load

    small = load(max_length=50)
    tables = run_batch([{"id": "long", "text": "Officers made arrests. " * 10}, {"id": "ok", "text": "Seized 3 cars."}], nlp=small)
    assert tables.errors["error_type"].tolist() == ["too_large"]
    assert tables.releases["release_id"].tolist() == ["ok"]


def test_two_processes_give_the_same_tables():
    records = [{"id": f"r{i}", "text": TEXT.replace("14", str(10 + i))} for i in range(6)]
    one = run_batch(records, n_process=1, batch_size=2)
    two = run_batch(records, n_process=2, batch_size=2)
    assert one.claims.equals(two.claims) and one.releases.equals(two.releases)


def test_api_extract_shapes():
    claims, releases = extract({"id": "r1", "text": TEXT})
    assert len(releases) == 1 and set(claims["release_id"]) == {"r1"}
    claims, releases, errors = extract([{"id": "x", "text": " "}], with_errors=True)
    assert len(releases) == 0 and errors["error_type"].tolist() == ["empty"]


def _fresh_chunk(tag: str, n: int = 3) -> list:
    """Releases full of words no vocab has seen (``tag`` keeps each chunk's words new)."""
    return [prepare(Release(f"{tag}{i}", f"Officers seized 3 zq{tag}{i}a and 40 zq{tag}{i}b in Wexq{tag}{i}ton on 12 March "
                            f"2024. Chief Inspector Qorva{tag}{i} said: \u201cWe will stop zq{tag}{i}c.\u201d",
                            published="2024-03-14")) for i in range(n)]


def _plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    return value is None or type(value) in (str, int, float, bool)


def test_rows_are_the_same_with_and_without_the_memory_zone(nlp):
    from pipeline.batch import process_chunk

    chunks = [_fresh_chunk("mza"), _fresh_chunk("mzb")]
    zoned = [process_chunk(nlp, chunk, zone=True) for chunk in chunks]  # first, while the words are new
    plain = [process_chunk(nlp, chunk, zone=False) for chunk in chunks]
    assert zoned == plain
    assert all(len(rows) >= 3 for chunk in zoned for _, rows in chunk)
    assert _plain([list(res) for chunk in zoned for res in chunk])  # no Doc, Span, Token or numpy value survives


def test_vocab_strings_stay_bounded_across_chunks_of_fresh_words(nlp):
    from pipeline.batch import process_chunk

    process_chunk(nlp, _fresh_chunk("warm"))  # lazy loads (patterns, caches) happen once
    sizes = []
    for k in range(6):
        process_chunk(nlp, _fresh_chunk(f"mzs{k}"))
        sizes.append(len(nlp.vocab.strings))
    assert max(sizes) == min(sizes), sizes  # each chunk brings about 35 new strings; none are kept
    before = len(nlp.vocab.strings)
    process_chunk(nlp, _fresh_chunk("nozone"), zone=False)
    assert len(nlp.vocab.strings) - before >= 12  # without the zone they stay: the check above can fail
