"""Tests for pipeline.engines.dask_engine: same tables as the local engine, partitioning, partitioned output."""
import argparse

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from pipeline.batch import Tables, run_batch
from pipeline.engines.dask_engine import (
    add_arguments, iter_partitions, iter_prepared, nlp_loads, partition, read_dask_output, run_dask,
    run_extract_dask, write_dask_output,
)
from pipeline.output import canonical
from pipeline.schema import CLAIM_COLUMNS, ERROR_COLUMNS, RELEASE_COLUMNS, frame

from conftest import CORPUS

RECORDS = [
    {"id": "arrests", "text": "Officers arrested 14 people and seized \u00a32,000 in cash on Monday, 4 March."},
    {"id": "speed", "text": "Speeding offences fell by 12 per cent in the year to June.\n\n"
                            "Sergeant Priya Nair said: \u201cWe will keep patrolling the A40.\u201d"},
    {"id": "knives", "text": "Around 30 knives were handed in during the amnesty, police said."},
    {"id": "empty", "text": "   "},
    {"id": "knives", "text": "A second record reusing an id."},
    {"id": "burglary", "text": "Detectives have charged a 34-year-old man with three burglaries in Leeds."},
]


def assert_same_tables(left: Tables, right: Tables) -> None:
    left, right = canonical(left), canonical(right)
    for name in ("claims", "releases", "errors"):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)
    assert left.n_read == right.n_read


@pytest.fixture(scope="module")
def client(request):
    """A 2-worker process cluster for the whole module, closed by the finaliser."""
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    dask_client = Client(cluster)

    def close():
        dask_client.close()
        cluster.close()

    request.addfinalizer(close)
    return dask_client


@pytest.fixture(scope="module")
def small_tables(nlp):
    return run_batch(RECORDS, nlp=nlp)


# ----------------------------------------------------------------------------- equality with the local engine

def test_corpus_tables_equal_the_local_engine(client, nlp):
    inputs = [CORPUS / "releases", CORPUS / "feed"]
    local = run_batch(inputs, nlp=nlp)
    dask = run_dask(inputs, client=client, n_partitions=4, batch_size=2)
    assert len(local.releases) >= 10 and len(local.claims) > 0
    assert_same_tables(dask, local)
    assert dask.stats["n_partitions"] == 4 and sum(dask.stats["partition_sizes"]) == len(dask.releases)
    # the pipeline was loaded once per worker process, though each ran several partitions
    assert sorted(client.run(nlp_loads).values(), key=str) == [{"config.cfg": 1}, {"config.cfg": 1}]


def test_errors_and_duplicates_match_the_local_engine(client, small_tables, tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    inputs = [*RECORDS, tmp_path / "photo.png", tmp_path / "missing.txt"]
    local = run_batch(inputs)
    dask = run_dask(inputs, client=client)
    assert_same_tables(dask, local)
    assert sorted(dask.errors["error_type"]) == ["duplicate_id", "empty", "not_found", "unsupported_format"]
    assert dask.n_read == len(dask.releases) + len(dask.errors) == 8


def test_skip_hashes_leave_unchanged_releases_out(client, small_tables):
    skip = {small_tables.releases.set_index("release_id").loc["speed", "content_hash"]}
    tables = run_dask(RECORDS, client=client, skip_hashes=skip)
    assert "speed" not in set(tables.releases["release_id"])
    assert tables.stats["unchanged"] == 1 and tables.n_read == len(RECORDS)


def test_too_large_release_goes_to_errors_on_the_client():
    out = list(iter_prepared([{"id": "big", "text": "Police seized 3 vans. " * 10}], max_length=50))
    assert [(e.release_id, e.error_type) for e in out] == [("big", "too_large")]


def test_cli_entry_point_writes_partitioned_tables_and_resumes(client, small_tables, tmp_path):
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(["--engine", "dask", "--scheduler", client.scheduler.address])
    args.paths, args.format, args.resume, args.batch_size = RECORDS[:3], "parquet", False, 16
    first = run_extract_dask(args, tmp_path)
    assert sorted((tmp_path / "claims").iterdir())[0].name == "part-00000.parquet"
    args.paths, args.resume = RECORDS, True
    second = run_extract_dask(args, tmp_path)
    assert second.stats["unchanged"] == 3 and len(first.releases) == 3
    saved = read_dask_output(tmp_path)
    expected = canonical(small_tables)
    pd.testing.assert_frame_equal(canonical(saved).claims, expected.claims)
    pd.testing.assert_frame_equal(canonical(saved).releases, expected.releases)


# ----------------------------------------------------------------------------- partitioning

@given(st.lists(st.integers(), max_size=60), st.integers(min_value=1, max_value=12))
def test_partition_keeps_order_and_balances(items, n):
    parts = partition(items, n)
    assert [x for p in parts for x in p] == items
    assert all(parts) and len(parts) == min(n, len(items))
    if parts:
        assert max(map(len, parts)) - min(map(len, parts)) <= 1


@given(st.lists(st.integers(), max_size=80), st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=4))
def test_iter_partitions_streams_everything_in_order(items, size, workers):
    parts = list(iter_partitions(iter(items), size, workers))
    assert [x for p in parts for x in p] == items
    assert all(0 < len(p) <= max(size, -(-len(items) // workers)) for p in parts)


def test_small_input_is_spread_over_the_workers():
    assert [len(p) for p in iter_partitions(range(6), size=16, n_workers=2)] == [3, 3]


def test_bad_partition_arguments_raise():
    with pytest.raises(ValueError):
        partition([1, 2], 0)
    with pytest.raises(ValueError):
        list(iter_partitions([1], 0))


# ----------------------------------------------------------------------------- partitioned output

def test_partitioned_parquet_round_trip(small_tables, tmp_path):
    write_dask_output(small_tables, tmp_path, releases_per_part=2)
    parts = sorted(p.name for p in (tmp_path / "releases").iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet"]
    back = read_dask_output(tmp_path)
    expected = canonical(small_tables)
    for name in ("claims", "releases", "errors"):
        pd.testing.assert_frame_equal(getattr(back, name), getattr(expected, name), obj=name)
    # a release's claims are in the part with the same number as the release
    for i in range(2):
        rel = pd.read_parquet(tmp_path / "releases" / f"part-{i:05d}.parquet")
        claims = pd.read_parquet(tmp_path / "claims" / f"part-{i:05d}.parquet")
        assert set(claims["release_id"]) <= set(rel["release_id"])


def test_dataset_reads_with_dask_dataframe(small_tables, tmp_path):
    dd = pytest.importorskip("dask.dataframe")
    write_dask_output(small_tables, tmp_path, releases_per_part=1)
    claims = dd.read_parquet(str(tmp_path / "claims")).compute()
    assert len(claims) == len(small_tables.claims)


def test_rewrite_replaces_old_parts_and_is_byte_identical(small_tables, tmp_path):
    write_dask_output(small_tables, tmp_path, releases_per_part=1)
    write_dask_output(small_tables, tmp_path, releases_per_part=3)
    files = sorted(p.name for p in (tmp_path / "releases").iterdir())
    assert files == ["part-00000.parquet", "part-00001.parquet"]
    first = (tmp_path / "claims" / "part-00000.parquet").read_bytes()
    write_dask_output(small_tables, tmp_path, releases_per_part=3)
    assert (tmp_path / "claims" / "part-00000.parquet").read_bytes() == first
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_other_formats_round_trip(small_tables, tmp_path, fmt):
    write_dask_output(small_tables, tmp_path, fmt=fmt, releases_per_part=2)
    back = read_dask_output(tmp_path)
    pd.testing.assert_frame_equal(back.releases, canonical(small_tables).releases)
    assert len(back.claims) == len(small_tables.claims)


def test_empty_tables_still_write_readable_datasets(tmp_path):
    empty = Tables(frame([], CLAIM_COLUMNS), frame([], RELEASE_COLUMNS), frame([], ERROR_COLUMNS))
    write_dask_output(empty, tmp_path)
    back = read_dask_output(tmp_path)
    assert list(back.claims.columns) == list(CLAIM_COLUMNS) and back.releases.empty


def test_failed_partition_sends_its_releases_to_errors(monkeypatch, nlp):
    from distributed import Client, LocalCluster

    import pipeline.engines.dask_engine as engine

    real = engine.process_partition

    def flaky(items, *args):
        if any(it.release_id == "speed" for it in items):
            raise MemoryError("worker ran out of memory")
        return real(items, *args)

    monkeypatch.setattr(engine, "process_partition", flaky)
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster, Client(cluster) as threads:
        tables = run_dask(RECORDS, client=threads, n_partitions=4)
    failed = tables.errors[tables.errors["error_type"] == "extraction_failed"]
    assert "speed" in set(failed["release_id"]) and "MemoryError" in failed["message"].iloc[0]
    assert "speed" not in set(tables.releases["release_id"])
    assert tables.n_read == len(RECORDS) == len(tables.releases) + len(tables.errors)
