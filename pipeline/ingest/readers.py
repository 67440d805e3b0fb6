"""Read releases from files, folders (recursively) or records.

Formats: ``.txt``, ``.md``, ``.html``/``.htm`` (main text via trafilatura),
``.jsonl``/``.jsonl.gz`` and ``.csv`` (records ``{id, text, published?, title?,
source?}``). Every input yields either a :class:`Release` or an
:class:`IngestError` with a stable ``error_type``:

``not_found``, ``unreadable``, ``unsupported_format``, ``binary``, ``empty``,
``too_large``, ``bad_record``, ``missing_text``, ``missing_columns``, ``no_text``,
``no_inputs``, ``not_a_release`` (a folder's README, LICENSE or CHANGELOG file, listed so
that nothing read is lost without a trace).

>>> rows = list(iter_releases([{"id": "a", "text": "Two arrests."}, {"id": "b"}]))
>>> [(type(r).__name__, getattr(r, "error_type", None)) for r in rows]
[('Release', None), ('IngestError', 'missing_text')]
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .encoding import BinaryContent, decode
from .html import html_to_text
from .model import IngestError, Release

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".jsonl.gz", ".csv")
DEFAULT_MAX_BYTES = 2_000_000
_RECORD_FIELDS = ("id", "text", "published", "title", "source")
# a folder's documentation, by file name without its suffix: not read as a release
_DOCUMENTATION_NAMES = frozenset({"readme", "license", "licence", "changelog", "contributing"})

Item = Release | IngestError


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _stem(path: Path) -> str:
    name = path.name
    for suf in (".jsonl.gz",):
        if name.lower().endswith(suf):
            return name[: -len(suf)]
    return path.stem


def _opt(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from CSV
        return None
    text = str(value).strip()
    return text or None


def _checked(release: Release, max_bytes: int) -> Item:
    """Apply the checks every release passes, whatever its format."""
    size = len(release.text.encode("utf-8", errors="replace"))
    where = release.origin or release.source or release.release_id
    if size > max_bytes:
        return IngestError(where, release.release_id, "too_large",
                           f"release is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    if not release.text.strip():
        return IngestError(where, release.release_id, "empty", "release has no text (empty or whitespace only)")
    return release


def record_to_release(record: Mapping[str, Any], *, default_id: str, origin: str,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Item:
    """One ``{id, text, published?, title?, source?}`` record as a release or an error.

    >>> record_to_release({"text": "Hello."}, default_id="feed-1", origin="feed.jsonl:1").release_id
    'feed-1'
    """
    rid = _opt(record.get("id")) or default_id
    if not isinstance(record, Mapping):
        return IngestError(origin, None, "bad_record", "record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        what = "has no 'text' field" if text is None else f"has a 'text' of type {type(text).__name__}"
        return IngestError(origin, rid, "missing_text", f"record {what}")
    return _checked(Release(rid, text, source=_opt(record.get("source")) or origin,
                            published=_opt(record.get("published")), title=_opt(record.get("title")),
                            origin=origin), max_bytes)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    opener = gzip.open if _suffix(path) == ".jsonl.gz" else open
    try:
        with opener(path, "rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                where = f"{path}:{lineno}"
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield IngestError(where, None, "bad_record", f"line {lineno} is not valid JSON: {exc}")
                    continue
                if not isinstance(record, dict):
                    yield IngestError(where, None, "bad_record", f"line {lineno} is not a JSON object")
                    continue
                yield record_to_release(record, default_id=f"{_stem(path)}-{lineno}", origin=where,
                                        max_bytes=max_bytes)
    except (OSError, EOFError) as exc:
        yield IngestError(str(path), None, "unreadable", f"cannot read {path}: {exc}")


def _read_csv(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        text, _ = decode(path.read_bytes())
    except BinaryContent as exc:
        yield IngestError(str(path), None, "binary", str(exc))
        return
    csv.field_size_limit(max(max_bytes * 4, 1 << 20))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "text" not in columns:
        yield IngestError(str(path), None, "missing_columns",
                          f"CSV needs a 'text' column (found: {', '.join(columns) or 'none'})")
        return
    reader.fieldnames = columns
    try:
        for rowno, row in enumerate(reader, start=2):
            record = {k: row.get(k) for k in _RECORD_FIELDS if k in row}
            yield record_to_release(record, default_id=f"{path.stem}-{rowno}", origin=f"{path}:{rowno}",
                                    max_bytes=max_bytes)
    except csv.Error as exc:
        yield IngestError(str(path), None, "bad_record", f"CSV parse error: {exc}")


def _read_document(path: Path, max_bytes: int) -> Iterator[Item]:
    rid = _stem(path)
    try:
        size = path.stat().st_size
        if size > max_bytes * 4 and _suffix(path) in (".html", ".htm") or size > max_bytes and _suffix(path) in (".txt", ".md"):
            yield IngestError(str(path), rid, "too_large", f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(str(path), rid, "unreadable", f"cannot read {path}: {exc}")
        return
    if not data.strip():
        yield IngestError(str(path), rid, "empty", "file is empty or whitespace only")
        return
    try:
        text, _ = decode(data)
    except BinaryContent as exc:
        yield IngestError(str(path), rid, "binary", str(exc))
        return
    title = None
    if _suffix(path) in (".html", ".htm"):
        extracted = html_to_text(text)
        if extracted is None or not extracted.text.strip():
            yield IngestError(str(path), rid, "no_text", "HTML page has no main text to extract")
            return
        text, title = extracted.text, extracted.title
        published = extracted.published
    else:
        published = None
    yield _checked(Release(rid, text, source=str(path), title=title, published=published, origin=str(path)),
                   max_bytes)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Releases from one file, by its suffix."""
    suffix = _suffix(path)
    if suffix in (".jsonl", ".jsonl.gz"):
        yield from _read_jsonl(path, max_bytes)
    elif suffix == ".csv":
        yield from _read_csv(path, max_bytes)
    elif suffix in (".txt", ".md", ".html", ".htm"):
        yield from _read_document(path, max_bytes)
    else:
        yield IngestError(str(path), None, "unsupported_format",
                          f"unsupported file type '{suffix or path.name}' (supported: {', '.join(SUPPORTED_SUFFIXES)})")


def _walk(folder: Path) -> Iterator[Path | IngestError]:
    """Files below ``folder`` in sorted order, following links but never looping."""
    seen: set[str] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        if real in seen:
            yield IngestError(str(current), None, "unreadable", "folder link loops back to a folder already read; skipped")
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            yield IngestError(str(current), None, "unreadable", f"cannot list folder: {exc}")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError as exc:
                yield IngestError(entry.path, None, "unreadable", str(exc))
                continue
            if is_dir:
                subdirs.append(Path(entry.path))
            elif entry.is_file():
                yield Path(entry.path)
            else:
                yield IngestError(entry.path, None, "unreadable", "broken link or not a regular file")
        stack.extend(reversed(subdirs))


def _looks_like_path(text: str) -> bool:
    return "\n" not in text and len(text) < 1024 and (
        os.sep in text or any(text.lower().endswith(s) for s in SUPPORTED_SUFFIXES))


def iter_releases(inputs: str | Path | Mapping | Iterable[str | Path | Mapping], *,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every release (or error) from paths, folders, record dicts, or a raw text string.

    A string that names no existing file and does not look like a path is taken
    as the text of one release (id ``text-1``).
    """
    if isinstance(inputs, (str, Path, Mapping)):
        inputs = [inputs]
    n_text = 0
    for n, item in enumerate(inputs, start=1):
        if isinstance(item, Mapping):
            yield record_to_release(item, default_id=f"record-{n}", origin=f"record {n}", max_bytes=max_bytes)
            continue
        path = Path(item)
        if isinstance(item, str) and not path.exists() and not _looks_like_path(item):
            n_text += 1
            yield _checked(Release(f"text-{n_text}", item, origin=f"text argument {n}"), max_bytes)
            continue
        if not path.exists():
            yield IngestError(str(path), None, "not_found", f"no such file or folder: {path}")
        elif path.is_dir():
            found = False
            for entry in _walk(path):
                if isinstance(entry, IngestError):
                    yield entry
                    continue
                if entry.name.split(".")[0].lower() in _DOCUMENTATION_NAMES:
                    yield IngestError(str(entry), None, "not_a_release",
                                      "a folder's documentation file (README, LICENSE, ...), not read as a release")
                elif _suffix(entry) in SUPPORTED_SUFFIXES:
                    found = True
                    yield from read_path(entry, max_bytes)
                else:
                    yield IngestError(str(entry), None, "unsupported_format",
                                      f"unsupported file type '{_suffix(entry) or entry.name}'")
            if not found:
                yield IngestError(str(path), None, "no_inputs", f"folder holds no readable release files ({', '.join(SUPPORTED_SUFFIXES)})")
        else:
            yield from read_path(path, max_bytes)
