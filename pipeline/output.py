"""The output folder: canonical order, resume (merge with what is there), atomic writes.

Tables are ordered canonically (releases by id, claims by release then
position, errors by source), so the same inputs always give byte-identical
files whatever the number of processes or the order of runs. The releases table
is written last: it is the record of what is complete, and ``--resume`` trusts
only claims of releases it lists.

>>> from pipeline.schema import frame, CLAIM_COLUMNS
>>> claims = frame([{"release_id": "b", "claim_id": "b:10"}, {"release_id": "b", "claim_id": "b:9"},
...                 {"release_id": "a", "claim_id": "a:0"}], CLAIM_COLUMNS)
>>> sort_claims(claims)["claim_id"].tolist()
['a:0', 'b:9', 'b:10']
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .batch import Tables
from .schema import CLAIM_COLUMNS, ERROR_COLUMNS, frame
from .tables import read_table, table_path, write_table

WRITE_ORDER = ("claims", "errors", "releases")


def sort_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims by release id, then by their position N in ``release_id:N``."""
    if claims.empty:
        return claims.reset_index(drop=True)
    position = claims["claim_id"].str.rsplit(":", n=1).str[-1].astype("Int64")
    order = pd.DataFrame({"r": claims["release_id"], "n": position}).sort_values(["r", "n"], kind="stable").index
    return claims.loc[order].reset_index(drop=True)


def canonical(tables: Tables) -> Tables:
    """The same tables in canonical order."""
    releases = tables.releases.sort_values("release_id", kind="stable").reset_index(drop=True)
    errors = tables.errors.sort_values(["source", "release_id", "error_type", "message"], kind="stable",
                                       na_position="first").reset_index(drop=True)
    return Tables(sort_claims(tables.claims), releases, errors, tables.seconds, tables.n_read, tables.stats)


def load_existing(out_dir: str | Path, fmt: str) -> Tables | None:
    """The complete tables already in ``out_dir`` (claims of unlisted releases dropped), or None."""
    releases_path = table_path(out_dir, "releases", fmt)
    claims_path = table_path(out_dir, "claims", fmt)
    if not releases_path.is_file():
        return None
    releases = read_table(releases_path, "releases")
    claims = read_table(claims_path, "claims") if claims_path.is_file() else frame([], CLAIM_COLUMNS)
    claims = claims[claims["release_id"].isin(set(releases["release_id"]))]
    return Tables(claims, releases, frame([], ERROR_COLUMNS))


def merge(old: Tables, new: Tables) -> Tables:
    """Old output updated with a new run: releases processed again replace their old rows.

    Errors are this run's only (every input is read again, so a file that still
    fails is reported again, and one that now works is not).
    """
    replaced = set(new.releases["release_id"])
    releases = pd.concat([old.releases[~old.releases["release_id"].isin(replaced)], new.releases], ignore_index=True)
    claims = pd.concat([old.claims[~old.claims["release_id"].isin(replaced)], new.claims], ignore_index=True)
    return Tables(claims.astype(new.claims.dtypes.to_dict()), releases.astype(new.releases.dtypes.to_dict()),
                  new.errors, new.seconds, new.n_read, new.stats)


def write_output(tables: Tables, out_dir: str | Path, fmt: str) -> list[Path]:
    """Write the three tables (canonical order, each atomically, releases last)."""
    tables = canonical(tables)
    return [write_table(getattr(tables, name), out_dir, name, fmt) for name in WRITE_ORDER]

