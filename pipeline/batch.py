"""Run the pipeline over many releases: normalise, read metadata, parse, resolve.

Every input ends up in exactly one place: the releases table (with its claims)
or the errors table with a stable ``error_type`` (ingest's codes, plus
``duplicate_id``, ``too_large`` for texts over spaCy's ``max_length`` and
``extraction_failed`` for a release the pipeline raised on). One bad release
never stops the batch.

>>> tables = run_batch([{"id": "a", "text": "Police seized 3 knives."}, {"id": "a", "text": "Again."}])
>>> len(tables.releases), tables.errors["error_type"].tolist()
(1, ['duplicate_id'])
"""
from __future__ import annotations

import hashlib
import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterable, Iterator

import pandas as pd

from .ingest import IngestError, Release, iter_releases
from .ingest.readers import DEFAULT_MAX_BYTES
from .metadata import normalise_published, read_metadata
from .normalise import normalise
from .resolve import claim_rows, sentence_bounds
from .schema import CLAIM_COLUMNS, CLAIM_TYPES, ERROR_COLUMNS, RELEASE_COLUMNS, frame


@dataclass
class Prepared:
    """A release ready for the NLP pipeline: normalised text and its metadata."""

    release_id: str
    text: str
    source: str | None
    title: str | None
    published: str | None
    author: str | None
    content_hash: str
    origin: str


@dataclass
class Tables:
    """The three output tables, plus run statistics."""

    claims: pd.DataFrame
    releases: pd.DataFrame
    errors: pd.DataFrame
    seconds: float = 0.0
    n_read: int = 0  # every input accounted for: processed + errors
    stats: dict = field(default_factory=dict)

    @classmethod
    def from_rows(cls, claims: list[dict], releases: list[dict], errors: list[IngestError], unchanged: list[str],
                  started: float, **stats) -> "Tables":
        """The tables from an engine's collected rows (``started`` a ``time.perf_counter()`` value)."""
        return cls(
            claims=frame(claims, CLAIM_COLUMNS),
            releases=frame(releases, RELEASE_COLUMNS),
            errors=frame([e.as_row() for e in errors], ERROR_COLUMNS),
            seconds=time.perf_counter() - started,
            n_read=len(releases) + len(errors) + len(unchanged),
            stats={"unchanged": len(unchanged), **stats},
        )

    def summary(self) -> str:
        """The one-line summary the CLI prints.

        >>> Tables(frame([], CLAIM_COLUMNS), frame([], RELEASE_COLUMNS), frame([], ERROR_COLUMNS), 1.0, 0).summary()
        'read 0 releases: 0 processed, 0 errors | claims 0 (quantity 0, percentage 0, person 0, quote 0, commitment 0, date 0) | 1.0 s'
        """
        counts = Counter(self.claims["claim_type"].astype(str)) if len(self.claims) else Counter()
        by_type = ", ".join(f"{t} {counts.get(t, 0)}" for t in CLAIM_TYPES)
        unchanged = self.stats.get("unchanged", 0)
        skipped = f" ({unchanged} unchanged, already in the output)" if unchanged else ""
        label = "new claims" if unchanged else "claims"
        return (f"read {self.n_read} releases: {len(self.releases) + unchanged} processed{skipped}, "
                f"{len(self.errors)} errors | {label} {len(self.claims)} ({by_type}) | {self.seconds:.1f} s")


def prepare(release: Release) -> Prepared | IngestError:
    """Normalise a release's text and fill its metadata (input metadata first, then the text).

    >>> p = prepare(Release("r1", "Knife crime down\\n3 March 2024\\nBy Sam Jones\\nPolice said..."))
    >>> p.title, p.published, p.author
    ('Knife crime down', '2024-03-03', 'Sam Jones')
    """
    text = normalise(release.text)
    where = release.origin or release.source or release.release_id
    if not text:
        return IngestError(where, release.release_id, "empty", "release has no text after normalisation")
    meta = read_metadata(text)
    return Prepared(
        release_id=release.release_id,
        text=text,
        source=release.source,
        title=release.title or meta.title,
        published=normalise_published(release.published) or meta.published,
        author=release.author or meta.author,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        origin=where,
    )


def _rows_for(doc, item: Prepared) -> tuple[dict, list[dict]]:
    rows = claim_rows(doc, item.release_id)
    author = item.author or next((r["name"] for r in rows if r["claim_type"] == "person" and r.get("role") == "author"), None)
    release_row = {
        "release_id": item.release_id, "source": item.source, "title": item.title,
        "published": item.published, "author": author, "text": item.text,
        "n_sentences": len(sentence_bounds(doc)), "n_claims": len(rows), "content_hash": item.content_hash,
    }
    return release_row, rows


def process_chunk(nlp, chunk: list[Prepared], *, zone: bool = True) -> list[tuple[dict, list[dict]] | IngestError]:
    """Process releases with ``nlp.pipe``; if the batch fails, retry one by one to isolate the bad one.

    spaCy gets the docs in batches of at most ``batching.MAX_BATCH_TOKENS`` tokens
    (its memory grows with a batch's tokens). With ``zone`` (the default) the chunk
    runs inside ``nlp.memory_zone()``, so the strings and lexemes its texts add to
    the vocab are freed when it ends. The rows it returns are plain Python values,
    never a Doc, Token, Span or string hash from inside the zone.

    >>> from pipeline.nlp import shared
    >>> [(row["release_id"], len(rows)) for row, rows in process_chunk(shared(), [prepare(Release("r1", "Seized 3 cars."))])]
    [('r1', 1)]
    """
    from .batching import memory_zone, pipe
    from .nlp import make_doc

    def docs_of(items):
        return [make_doc(nlp, it.text, published=it.published, release_id=it.release_id, source=it.source)
                for it in items]

    try:
        with memory_zone(nlp, zone):
            return [_rows_for(doc, it) for doc, it in zip(pipe(nlp, docs_of(chunk)), chunk)]
    except Exception:
        if len(chunk) == 1:
            raise
    results: list = []
    for it in chunk:
        try:
            results.extend(process_chunk(nlp, [it], zone=zone))
        except Exception as exc:  # one release failing must not stop the batch
            results.append(IngestError(it.origin, it.release_id, "extraction_failed",
                                       f"pipeline raised {type(exc).__name__}: {exc}"))
    return results


_WORKER_NLP = None  # set in the parent just before it forks its workers, which inherit the loaded pipeline


def _worker_chunk(chunk: list[Prepared], zone: bool = True):
    return process_chunk(_WORKER_NLP, chunk, zone=zone)


SPACY_MAX_LENGTH = 1_000_000  # spaCy's default Language.max_length


def iter_prepared(inputs, *, max_bytes: int = DEFAULT_MAX_BYTES, skip_hashes: frozenset[str] | set[str] = frozenset(),
                  unchanged: list[str] | None = None, max_length: int = SPACY_MAX_LENGTH) -> Iterator[Prepared | IngestError]:
    """Everything before the NLP pipeline: ingest, duplicate ids, normalise, skip unchanged, too_large.

    Shared by every engine. Ids of releases skipped because their text hash is
    in ``skip_hashes`` are appended to ``unchanged``.

    >>> out = list(iter_prepared([{"id": "a", "text": "Seized 3 cars."}, {"id": "a", "text": "Again."}]))
    >>> [type(x).__name__ for x in out], out[1].error_type
    (['Prepared', 'IngestError'], 'duplicate_id')
    """
    seen: dict[str, str] = {}
    for item in iter_releases(inputs, max_bytes=max_bytes):
        if isinstance(item, IngestError):
            yield item
            continue
        if item.release_id in seen:
            yield IngestError(item.origin or item.release_id, item.release_id, "duplicate_id",
                              f"release id {item.release_id!r} was already read from {seen[item.release_id]}; "
                              "this copy was not processed")
            continue
        seen[item.release_id] = item.origin or item.release_id
        ready = prepare(item)
        if isinstance(ready, Prepared) and ready.content_hash in skip_hashes:
            if unchanged is not None:
                unchanged.append(ready.release_id)
            continue
        if isinstance(ready, Prepared) and len(ready.text) > max_length:
            yield IngestError(ready.origin, ready.release_id, "too_large",
                              f"release has {len(ready.text):,} characters, over the pipeline's max_length {max_length:,}")
            continue
        yield ready


def _chunks(items: Iterable[Prepared | IngestError], size: int, errors: list) -> Iterator[list[Prepared]]:
    chunk: list[Prepared] = []
    for item in items:
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(inputs, *, nlp=None, n_process: int = 1, batch_size: int = 16,
              max_bytes: int = DEFAULT_MAX_BYTES, config_path: str = "config.cfg",
              progress: bool = False, skip_hashes: frozenset[str] | set[str] = frozenset(),
              checkpoint: Callable[[Tables], None] | None = None, checkpoint_every: int = 500,
              memory_zone: bool = True) -> Tables:
    """Process every input (paths, folders, records or a text) into the three tables.

    With ``n_process`` > 1 the pipeline (``nlp``, or the shared one for
    ``config_path``) is loaded once here and inherited by forked worker
    processes, which never load a model themselves. ``memory_zone`` runs each
    chunk of ``batch_size`` releases in ``nlp.memory_zone()`` (see ``process_chunk``).

    Releases whose normalised text hashes to one of ``skip_hashes`` (already in
    an output folder) are counted in ``stats["unchanged"]`` and not processed.
    ``checkpoint``, if given, receives the tables so far after about every
    ``checkpoint_every`` processed releases (the CLI saves them under --resume,
    so an interrupted run keeps its progress).
    """
    t0 = time.perf_counter()
    errors: list[IngestError] = []
    unchanged: list[str] = []
    if nlp is None:
        from .nlp import shared

        nlp = shared(config_path)
    max_length = nlp.max_length
    prepared = iter_prepared(inputs, max_bytes=max_bytes, skip_hashes=skip_hashes, unchanged=unchanged,
                             max_length=max_length)
    chunks = _chunks(prepared, batch_size, errors)

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" releases", desc="extracting", leave=False)

    release_rows: list[dict] = []
    all_claims: list[dict] = []

    def collect(results) -> None:
        for res in results:
            if isinstance(res, IngestError):
                errors.append(res)
            else:
                release_rows.append(res[0])
                all_claims.extend(res[1])
            if bar is not None:
                bar.update(1)

    def tables() -> Tables:
        return Tables.from_rows(all_claims, release_rows, errors, unchanged, t0)

    saved_at = 0

    def after_chunk(results) -> None:
        nonlocal saved_at
        collect(results)
        if checkpoint is not None and len(release_rows) - saved_at >= checkpoint_every:
            checkpoint(tables())
            saved_at = len(release_rows)

    if n_process > 1:
        global _WORKER_NLP
        _WORKER_NLP = nlp
        try:
            with multiprocessing.get_context("fork").Pool(n_process) as pool:
                for results in pool.imap(partial(_worker_chunk, zone=memory_zone), chunks):
                    after_chunk(results)
        finally:
            _WORKER_NLP = None
    else:
        for chunk in chunks:
            after_chunk(process_chunk(nlp, chunk, zone=memory_zone))
    if bar is not None:
        bar.close()
    return tables()
