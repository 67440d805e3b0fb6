"""Write and read the output tables (claims, releases, errors) atomically.

Each table goes to a temporary file in the output folder and is renamed into
place, so an interrupted run never leaves a half-written table.

>>> import tempfile
>>> from pipeline.schema import frame, ERROR_COLUMNS
>>> out = tempfile.mkdtemp()
>>> path = write_table(frame([{"source": "a.png", "error_type": "binary", "message": "image"}], ERROR_COLUMNS), out, "errors", "csv")
>>> read_table(path)["error_type"].tolist()
['binary']
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .schema import TABLES, conform

FORMATS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}


def table_path(out_dir: str | Path, name: str, fmt: str) -> Path:
    """Where table ``name`` is written in ``out_dir`` for format ``fmt``."""
    return Path(out_dir) / f"{name}{FORMATS[fmt]}"


def write_frame(df: pd.DataFrame, path: str | Path, fmt: str) -> None:
    """Write ``df`` to ``path`` in ``fmt`` (parquet, csv or jsonl), as every table file is written."""
    if fmt == "parquet":
        df.to_parquet(path, index=False)
    elif fmt == "csv":
        df.to_csv(path, index=False)
    else:
        df.to_json(path, orient="records", lines=True, force_ascii=False)


def write_table(df: pd.DataFrame, out_dir: str | Path, name: str, fmt: str = "parquet") -> Path:
    """Write ``df`` as ``out_dir/name.<fmt>`` via a temporary file and an atomic rename."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    final = table_path(out, name, fmt)
    tmp = out / f".{final.name}.tmp-{os.getpid()}"
    try:
        write_frame(df, tmp, fmt)
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()
    return final


def read_table(path: str | Path, name: str | None = None) -> pd.DataFrame:
    """Read a table written by :func:`write_table`, with the schema's dtypes restored.

    ``name`` (claims, releases, errors) defaults to the file's stem.
    """
    path = Path(path)
    name = name or path.name.split(".")[0]
    if name not in TABLES:
        raise ValueError(f"cannot tell which table {path} holds; pass name= one of {', '.join(TABLES)}")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        df = pd.read_parquet(path)
    elif suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    elif suffix in (".jsonl", ".json"):
        df = pd.read_json(path, lines=True, dtype=False) if path.stat().st_size else pd.DataFrame()
    else:
        raise ValueError(f"unknown table format {suffix!r}")
    return conform(df, TABLES[name])
