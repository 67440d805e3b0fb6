"""Run the pipeline on a Dask cluster (``policeclaims extract ... --engine dask``).

The client reads every input, checks ids and normalises texts exactly as
:func:`pipeline.batch.run_batch` does (so ingest errors, duplicate ids,
``too_large`` and ``--resume`` skips are decided in one place, before any
work is sent out), then cuts the releases into partitions. Each worker runs
:func:`pipeline.batch.process_chunk` on its partitions with a spaCy pipeline
loaded once per worker process (:func:`worker_nlp`). The results are gathered
into the same three tables as the local engine: once in canonical order
(:func:`pipeline.output.canonical`) they are identical, whatever the number of
workers or partitions. :func:`write_dask_output` writes them as partitioned
datasets, ``DIR/claims/part-00000.parquet`` and so on.

Use it with your own cluster::

    from distributed import Client
    from pipeline.engines.dask_engine import run_dask, write_dask_output
    tables = run_dask(["releases/"], client=Client("tcp://scheduler:8786"))
    write_dask_output(tables, "out/")

From a script, start a local cluster under ``if __name__ == "__main__":``: its
worker processes are spawned and import the main module again.

>>> [len(p) for p in partition(list(range(7)), 3)]
[3, 2, 2]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import pandas as pd

from ..batch import Prepared, Tables, iter_prepared, process_chunk
from ..ingest import IngestError
from ..ingest.readers import DEFAULT_MAX_BYTES
from ..output import WRITE_ORDER, canonical
from ..schema import CLAIM_COLUMNS, ERROR_COLUMNS, RELEASE_COLUMNS, TABLES, conform, frame  # noqa: F401 (RELEASE_COLUMNS: doctests)
from ..tables import FORMATS, read_table, write_frame
from . import add_arguments  # noqa: F401  re-exported: --engine and --scheduler

T = TypeVar("T")

RELEASES_PER_PART = 1000  # rows of the releases table per output part file

# ----------------------------------------------------------------------------- partitioning


def partition(items: Sequence[T], n_partitions: int) -> list[list[T]]:
    """Cut ``items`` into ``n_partitions`` contiguous parts whose sizes differ by at most one.

    Never returns an empty part (fewer parts when there are fewer items).

    >>> partition(["a", "b", "c", "d", "e"], 2)
    [['a', 'b', 'c'], ['d', 'e']]
    >>> partition([], 4)
    []
    """
    if n_partitions < 1:
        raise ValueError("n_partitions must be at least 1")
    n = min(n_partitions, len(items))
    if n == 0:
        return []
    size, extra = divmod(len(items), n)
    parts, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        parts.append(list(items[start:end]))
        start = end
    return parts


def iter_partitions(items: Iterable[T], size: int, n_workers: int = 1) -> Iterator[list[T]]:
    """Stream ``items`` as partitions of ``size``, without reading them all first.

    A small input (at most ``size * n_workers`` items) is spread evenly over the
    workers instead, so a dozen releases still keep every worker busy.

    >>> [len(p) for p in iter_partitions(range(10), size=4, n_workers=2)]
    [4, 4, 2]
    >>> [len(p) for p in iter_partitions(range(5), size=4, n_workers=2)]
    [3, 2]
    """
    if size < 1:
        raise ValueError("partition size must be at least 1")
    it = iter(items)
    head = list(islice(it, size * max(1, n_workers) + 1))
    if len(head) <= size * max(1, n_workers):
        yield from partition(head, max(1, n_workers))
        return
    buffer = head
    while True:
        while len(buffer) >= size:
            yield buffer[:size]
            buffer = buffer[size:]
        more = list(islice(it, size))
        if not more:
            break
        buffer.extend(more)
    if buffer:
        yield buffer


# ----------------------------------------------------------------------------- worker side

_NLP_CACHE: dict = {}
_NLP_LOADS: Counter = Counter()
_NLP_LOCK = threading.Lock()


def worker_nlp(config_path: str = "config.cfg"):
    """The pipeline for ``config_path`` in this process, loaded on first use and then reused.

    On a Dask worker this means one load per worker process, whatever the
    number of partitions it runs.

    >>> worker_nlp() is worker_nlp()
    True
    """
    with _NLP_LOCK:
        nlp = _NLP_CACHE.get(config_path)
        if nlp is None:
            from ..nlp import shared

            nlp = _NLP_CACHE[config_path] = shared(config_path)
            _NLP_LOADS[config_path] += 1
        return nlp


def nlp_loads() -> dict[str, int]:
    """How many times this process loaded each config (``client.run(nlp_loads)`` checks the workers).

    >>> _ = worker_nlp(); nlp_loads()["config.cfg"]
    1
    """
    return dict(_NLP_LOADS)


def process_partition(items: list[Prepared], config_path: str = "config.cfg", batch_size: int = 16,
                      memory_zone: bool = True) -> tuple[list[dict], list[dict], list[IngestError]]:
    """Run one partition in ``nlp.pipe`` batches, each in ``nlp.memory_zone()`` unless ``memory_zone``
    is false (see :func:`pipeline.batch.process_chunk`): (release rows, claim rows, errors).

    >>> from pipeline.batch import prepare
    >>> from pipeline.ingest import Release
    >>> releases, claims, errors = process_partition([prepare(Release("r1", "Police seized 3 knives."))])
    >>> releases[0]["release_id"], len(claims) > 0, errors
    ('r1', True, [])
    """
    nlp = worker_nlp(config_path)
    release_rows: list[dict] = []
    claim_rows: list[dict] = []
    errors: list[IngestError] = []
    for start in range(0, len(items), max(1, batch_size)):
        for res in process_chunk(nlp, items[start:start + max(1, batch_size)], zone=memory_zone):
            if isinstance(res, IngestError):
                errors.append(res)
            else:
                release_rows.append(res[0])
                claim_rows.extend(res[1])
    return release_rows, claim_rows, errors


# ----------------------------------------------------------------------------- client side


def _n_workers(client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


@contextmanager
def dask_client(client=None, scheduler: str | None = None, n_workers: int | None = None):
    """Yield ``client`` as given, a client of ``scheduler``, or one of a new ``LocalCluster``.

    The local cluster has one single-threaded worker process per core (spaCy
    holds the GIL, so processes, not threads), or ``n_workers``. What this
    function started, it closes.
    """
    if client is not None:
        yield client
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is missing
        raise RuntimeError('the dask engine needs dask.distributed: pip install "policeclaims[dask]"') from exc

    if scheduler:
        own = Client(scheduler)
        try:
            yield own
        finally:
            own.close()
        return
    cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    own = Client(cluster)
    try:
        yield own
    finally:
        own.close()
        cluster.close()


def warm_up(client, config_path: str = "config.cfg") -> None:
    """Load the pipeline in every worker now (otherwise the first partition on each worker does it)."""
    client.run(worker_nlp, config_path)


def run_dask(inputs, *, client=None, scheduler: str | None = None, n_workers: int | None = None,
             n_partitions: int | None = None, partition_size: int | None = None, batch_size: int = 16,
             max_bytes: int = DEFAULT_MAX_BYTES, config_path: str = "config.cfg",
             skip_hashes: frozenset[str] | set[str] = frozenset(), progress: bool = False,
             checkpoint: Callable[[Tables], None] | None = None, checkpoint_every: int = 500,
             memory_zone: bool = True) -> Tables:
    """Process every input on a Dask cluster into the same :class:`~pipeline.batch.Tables` as ``run_batch``.

    ``client`` (a ``distributed.Client``) wins over ``scheduler`` (an address
    such as ``tcp://10.0.0.5:8786``); with neither, a ``LocalCluster`` of
    ``n_workers`` processes (default: one per core) is started and closed.
    ``n_partitions`` reads all inputs first and cuts them into that many
    parts; otherwise releases are streamed in partitions of ``partition_size``
    (default ``4 * batch_size``). A partition whose worker dies sends its
    releases to the errors table as ``extraction_failed``; the rest go on.
    ``skip_hashes``, ``checkpoint``, ``checkpoint_every`` and ``memory_zone`` are as in ``run_batch``.
    """
    t0 = time.perf_counter()
    errors: list[IngestError] = []
    unchanged: list[str] = []
    release_rows: list[dict] = []
    all_claims: list[dict] = []
    part_sizes: list[int] = []

    def releases_only(stream) -> Iterator[Prepared]:
        for item in stream:
            if isinstance(item, IngestError):
                errors.append(item)
            else:
                yield item

    def tables(n_workers_seen: int = 0) -> Tables:
        return Tables.from_rows(all_claims, release_rows, errors, unchanged, t0, engine="dask",
                                n_workers=n_workers_seen, n_partitions=len(part_sizes),
                                partition_sizes=list(part_sizes))

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" releases", desc="extracting (dask)", leave=False)

    with dask_client(client, scheduler, n_workers) as dc:
        from distributed import as_completed

        workers = _n_workers(dc)
        stream = releases_only(iter_prepared(inputs, max_bytes=max_bytes, skip_hashes=skip_hashes, unchanged=unchanged))
        if n_partitions is not None:
            parts: Iterable[list[Prepared]] = partition(list(stream), n_partitions)
        else:
            parts = iter_partitions(stream, partition_size or 4 * batch_size, workers)

        saved_at = 0
        in_flight: dict[str, list[Prepared]] = {}
        done = as_completed()

        def collect(future) -> None:
            nonlocal saved_at
            items = in_flight.pop(future.key)
            try:
                rel, cl, errs = future.result()
            except Exception as exc:  # a worker died or the task could not run: account for every release
                rel, cl = [], []
                errs = [IngestError(it.origin, it.release_id, "extraction_failed",
                                    f"dask task failed: {type(exc).__name__}: {exc}") for it in items]
            release_rows.extend(rel)
            all_claims.extend(cl)
            errors.extend(errs)
            future.release()
            if bar is not None:
                bar.update(len(items))
            if checkpoint is not None and len(release_rows) - saved_at >= checkpoint_every:
                checkpoint(tables(workers))
                saved_at = len(release_rows)

        max_in_flight = 4 * workers  # bounded, so a huge input is never all in memory at once
        for part in parts:
            part_sizes.append(len(part))
            [data] = dc.scatter([part], hash=False)
            future = dc.submit(process_partition, data, config_path, batch_size, memory_zone, pure=False)
            in_flight[future.key] = part
            done.add(future)
            while done.count() >= max_in_flight:
                collect(next(done))
        for future in done:
            collect(future)
    if bar is not None:
        bar.close()
    return tables(workers)


# ----------------------------------------------------------------------------- partitioned output


def dataset_dir(out_dir: str | Path, name: str) -> Path:
    """The folder of table ``name``'s part files.

    >>> dataset_dir("out", "claims").as_posix()
    'out/claims'
    """
    return Path(out_dir) / name


def _split_tables(tables: Tables, releases_per_part: int) -> list[tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]]:
    """(claims, errors, releases) per part: part i holds releases i*k..(i+1)*k-1 (canonical order) and their claims."""
    k = max(1, releases_per_part)
    n_parts = max(1, -(-len(tables.releases) // k), -(-len(tables.errors) // k))
    part_of = {rid: i // k for i, rid in enumerate(tables.releases["release_id"])}
    claim_part = tables.claims["release_id"].map(part_of)
    out = []
    for i in range(n_parts):
        out.append((tables.claims[claim_part == i].reset_index(drop=True),
                    tables.errors.iloc[i * k:(i + 1) * k].reset_index(drop=True),
                    tables.releases.iloc[i * k:(i + 1) * k].reset_index(drop=True)))
    return out


def write_dask_output(tables: Tables, out_dir: str | Path, fmt: str = "parquet",
                      releases_per_part: int = RELEASES_PER_PART) -> list[Path]:
    """Write the tables as partitioned datasets ``DIR/{claims,errors,releases}/part-NNNNN.<fmt>``.

    Canonical order, ``releases_per_part`` releases per part with their claims in
    the same part number, so the files depend only on the inputs (not on
    workers or partitions). Each table's folder is written beside its final
    place and swapped in; releases last, as in :func:`pipeline.output.write_output`.
    Read them back with :func:`read_dask_output` or ``dask.dataframe.read_parquet(DIR/"claims")``.

    >>> import tempfile
    >>> t = Tables(frame([], CLAIM_COLUMNS), frame([{"release_id": "r1"}], RELEASE_COLUMNS), frame([], ERROR_COLUMNS))
    >>> [p.name for p in write_dask_output(t, tempfile.mkdtemp())]
    ['claims', 'errors', 'releases']
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parts = _split_tables(canonical(tables), releases_per_part)
    written = []
    for name in WRITE_ORDER:
        col = ("claims", "errors", "releases").index(name)
        final = dataset_dir(out, name)
        tmp = out / f".{name}.tmp-{os.getpid()}"
        old = out / f".{name}.old-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            for i, part in enumerate(parts):
                write_frame(part[col], tmp / f"part-{i:05d}{FORMATS[fmt]}", fmt)
            if final.exists():
                os.replace(final, old)
            os.replace(tmp, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
        written.append(final)
    return written


def read_dataset(path: str | Path, name: str) -> pd.DataFrame:
    """All part files of one table's folder, in order, with the schema's dtypes."""
    files = sorted(p for p in Path(path).iterdir() if p.name.startswith("part-"))
    frames = [read_table(p, name) for p in files]
    if not frames:
        return frame([], TABLES[name])
    return conform(pd.concat(frames, ignore_index=True), TABLES[name])


def read_dask_output(out_dir: str | Path) -> Tables | None:
    """The complete tables in a partitioned output folder (claims of unlisted releases dropped), or None.

    The counterpart of :func:`pipeline.output.load_existing` for ``--resume``;
    errors are read too (``load_existing`` leaves them out, since a new run
    reports its own).
    """
    out = Path(out_dir)
    if not dataset_dir(out, "releases").is_dir():
        return None
    releases = read_dataset(dataset_dir(out, "releases"), "releases")
    claims_dir = dataset_dir(out, "claims")
    claims = read_dataset(claims_dir, "claims") if claims_dir.is_dir() else frame([], CLAIM_COLUMNS)
    claims = claims[claims["release_id"].isin(set(releases["release_id"]))].reset_index(drop=True)
    errors_dir = dataset_dir(out, "errors")
    errors = read_dataset(errors_dir, "errors") if errors_dir.is_dir() else frame([], ERROR_COLUMNS)
    return Tables(claims, releases, errors)


# ----------------------------------------------------------------------------- CLI and benchmark hooks

def run_extract_dask(args: argparse.Namespace, out_dir: str | Path) -> Tables:
    """``extract --engine dask``: run, merge under ``--resume``, write the partitioned tables; return this run's tables.

    A run that processed nothing leaves an existing output as it was
    (``stats["left_as_is"]`` is then True), as the local engine does.
    """
    out = Path(out_dir)
    fmt = getattr(args, "format", "parquet")
    existing = read_dask_output(out) if getattr(args, "resume", False) else None
    skip = set(existing.releases["content_hash"].dropna()) if existing is not None else set()

    def merged(new: Tables) -> Tables:
        if existing is None:
            return new
        from ..output import merge

        return merge(existing, new)

    save = (lambda partial: write_dask_output(merged(partial), out, fmt)) if getattr(args, "resume", False) else None
    n_process = getattr(args, "n_process", 1)
    tables = run_dask(args.paths, scheduler=getattr(args, "scheduler", None),
                      n_workers=n_process if n_process > 1 else None,
                      batch_size=getattr(args, "batch_size", 16), max_bytes=getattr(args, "max_bytes", DEFAULT_MAX_BYTES),
                      skip_hashes=skip, progress=sys.stderr.isatty() and not getattr(args, "no_progress", False), checkpoint=save,
                      checkpoint_every=getattr(args, "checkpoint_every", 500))
    processed = len(tables.releases) + tables.stats.get("unchanged", 0)
    if processed == 0 and dataset_dir(out, "releases").is_dir():
        tables.stats["left_as_is"] = True
        return tables
    write_dask_output(merged(tables), out, fmt)
    return tables


def bench_dask(records, n_workers: int = 2, batch_size: int = 16, config_path: str = "config.cfg",
               memory_zone: bool = True) -> dict:
    """Throughput of the Dask engine on a ``LocalCluster`` of ``n_workers`` processes.

    ``seconds`` times the run alone, after the cluster is up and every worker has
    loaded the pipeline (``startup_seconds``); words are whitespace-separated
    tokens of the processed releases' normalised text.
    """
    from distributed import Client, LocalCluster

    records = list(records)
    t0 = time.perf_counter()
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        warm_up(client, config_path)
        startup = time.perf_counter() - t0
        t1 = time.perf_counter()
        tables = run_dask(records, client=client, batch_size=batch_size, config_path=config_path,
                          memory_zone=memory_zone)
        seconds = time.perf_counter() - t1
    words = int(tables.releases["text"].str.split().str.len().sum()) if len(tables.releases) else 0
    n = len(tables.releases)
    return {"engine": "dask", "n_workers": n_workers, "releases": n, "errors": len(tables.errors),
            "words": words, "claims": len(tables.claims), "seconds": round(seconds, 3),
            "startup_seconds": round(startup, 3), "releases_per_s": round(n / seconds, 2) if seconds else 0.0,
            "words_per_s": round(words / seconds, 1) if seconds else 0.0}
