"""The output tables' schema, defined once.

Every writer, reader and test takes column names and dtypes from here, so the
tables of ``CLAIMS.md`` section 2 cannot drift apart.

Example:
    >>> from pipeline.schema import frame, CLAIM_COLUMNS
    >>> df = frame([], CLAIM_COLUMNS)
    >>> list(df.columns)[:3]
    ['release_id', 'claim_id', 'claim_type']
"""
from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

CLAIM_TYPES = ("quantity", "percentage", "person", "quote", "commitment", "date")
QUALIFIERS = ("exact", "approximate", "lower_bound", "upper_bound", "range")
DIRECTIONS = ("increase", "decrease")

CLAIM_COLUMNS: dict[str, object] = {
    "release_id": "string",
    "claim_id": "string",
    "claim_type": pd.CategoricalDtype(list(CLAIM_TYPES)),
    "text": "string",
    "start": "Int64",
    "end": "Int64",
    "sentence_id": "Int64",
    "sentence": "string",
    "value": "Float64",
    "value_max": "Float64",
    "unit": "string",
    "qualifier": pd.CategoricalDtype(list(QUALIFIERS)),
    "direction": pd.CategoricalDtype(list(DIRECTIONS)),
    "baseline": "string",
    "name": "string",
    "role": "string",
    "organisation": "string",
    "age": "Int64",
    "speaker": "string",
    "actor": "string",
    "actor_resolved": "string",
    "date_value": "string",
    "context_date": "string",
    "extractor": "string",
}

# Fields a claim component may set on a claim (the rest are filled by the resolver).
CLAIM_FIELDS = (
    "value", "value_max", "unit", "qualifier", "direction", "baseline",
    "name", "role", "organisation", "age", "speaker", "actor", "actor_resolved",
    "date_value",
)

RELEASE_COLUMNS: dict[str, object] = {
    "release_id": "string",
    "source": "string",
    "title": "string",
    "published": "string",
    "author": "string",
    "text": "string",
    "n_sentences": "Int64",
    "n_claims": "Int64",
    "content_hash": "string",
}

ERROR_COLUMNS: dict[str, object] = {
    "source": "string",
    "release_id": "string",
    "error_type": "string",
    "message": "string",
}

TABLES = {"claims": CLAIM_COLUMNS, "releases": RELEASE_COLUMNS, "errors": ERROR_COLUMNS}


def frame(rows: Iterable[Mapping], columns: Mapping[str, object]) -> pd.DataFrame:
    """Build a DataFrame with exactly ``columns``, in order, with their dtypes.

    Missing keys become nulls; unknown keys are an error, so a typo in a
    component cannot silently drop a field.

    >>> frame([{"release_id": "r1", "source": "a.txt"}], RELEASE_COLUMNS).dtypes["n_claims"]
    Int64Dtype()
    """
    rows = list(rows)
    for row in rows:
        extra = set(row) - set(columns)
        if extra:
            raise KeyError(f"unknown column(s) {sorted(extra)}")
    data = {name: [row.get(name) for row in rows] for name in columns}
    df = pd.DataFrame(data, columns=list(columns))
    return conform(df, columns)


def conform(df: pd.DataFrame, columns: Mapping[str, object]) -> pd.DataFrame:
    """Cast ``df`` to the schema's dtypes (e.g. after reading CSV or JSONL back)."""
    out = pd.DataFrame(index=df.index)
    for name, dtype in columns.items():
        col = df[name] if name in df.columns else pd.Series([None] * len(df), index=df.index)
        if dtype in ("Int64", "Float64"):
            col = pd.to_numeric(col.astype("object").where(col.notna(), None), errors="raise")
        elif dtype == "string":
            col = col.astype("object").where(col.notna(), None)
        if isinstance(dtype, pd.CategoricalDtype):
            outside = col.notna() & ~col.isin(list(dtype.categories))
            if outside.any():
                bad = sorted(set(col[outside].astype(str)))
                raise ValueError(f"column {name!r} has value(s) outside {list(dtype.categories)}: {bad}")
        out[name] = col.astype(dtype)
    return out.reset_index(drop=True)
