"""Execution engines: where the pipeline runs.

``local`` is :func:`pipeline.batch.run_batch` (one process, or a fork pool with
``--n-process``). ``dask`` (:mod:`pipeline.engines.dask_engine`) spreads the
releases over the workers of a Dask cluster, local or remote; it needs
``pip install "policeclaims[dask]"``. Both give the same tables once sorted
canonically.

>>> ENGINES
('local', 'dask')
"""
from __future__ import annotations

import argparse

ENGINES = ("local", "dask")

ENGINE_HELP = ("where to run: 'local' (this machine, --n-process worker processes; default) or 'dask' "
               "(the workers of a Dask cluster; tables are written as partitioned datasets "
               "DIR/claims/part-00000.<fmt> ...; needs pip install \"policeclaims[dask]\")")
SCHEDULER_HELP = ("with --engine dask: address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                  "(default: start a local cluster with one worker process per core, or --n-process workers)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--engine`` and ``--scheduler`` to the ``extract`` parser (imports nothing heavy).

    >>> p = argparse.ArgumentParser(); add_arguments(p)
    >>> args = p.parse_args(["--engine", "dask", "--scheduler", "tcp://h:8786"])
    >>> args.engine, args.scheduler
    ('dask', 'tcp://h:8786')
    """
    parser.add_argument("--engine", choices=list(ENGINES), default="local", help=ENGINE_HELP)
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None, help=SCHEDULER_HELP)


__all__ = ["ENGINES", "add_arguments"]
