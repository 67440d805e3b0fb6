"""The Python API: ``extract`` returns the claims and releases tables.

>>> claims, releases = extract("Officers arrested 12 people.")
>>> releases["release_id"].tolist(), claims["text"].tolist()
(['text-1'], ['12 people'])
"""
from __future__ import annotations

from .batch import Tables, run_batch


def extract(inputs, *, with_errors: bool = False, **options):
    """Claims and releases DataFrames for a path, folder, text string, record dict or list of them.

    ``options`` go to :func:`pipeline.batch.run_batch` (``nlp``, ``n_process``,
    ``batch_size``, ``max_bytes``). With ``with_errors=True`` a third table,
    the errors, is returned too; otherwise inputs that failed are only in that
    table, which this call drops (use the CLI or ``run_batch`` to keep it).
    """
    tables: Tables = run_batch(inputs, **options)
    if with_errors:
        return tables.claims, tables.releases, tables.errors
    return tables.claims, tables.releases
