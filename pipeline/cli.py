"""The ``policeclaims`` command.

    policeclaims extract PATH... --out DIR [--format parquet|csv|jsonl] [--n-process N] [--batch-size N]
    policeclaims evaluate GOLD.jsonl [--pred CLAIMS_TABLE] [--errors N] [--json OUT]

>>> build_parser().parse_args(["extract", "corpus", "--out", "out"]).format
'parquet'
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXTRACT_EPILOG = """\
output: DIR/claims.<fmt> (one row per claim), DIR/releases.<fmt> (one row per
release, with its normalised text, to which all offsets refer) and
DIR/errors.<fmt> (every input that could not be processed, with error_type and
message). Tables are written atomically (temporary file, then rename).

Without --resume the tables are replaced by this run's. With --resume,
releases whose normalised text is already in DIR's releases table are skipped
and the new ones are added (a release whose text changed replaces its old
rows), so re-running on a grown folder only processes what is new and gives
the same tables as one run over everything.

exit status:
  0  every input was processed
  1  some inputs went to the errors table (the rest were processed)
  2  nothing could be processed (no such path, no readable release, bad arguments)
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its subcommands."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="policeclaims",
        description="Extract claims (figures, percentages, people, quotes, commitments, dates) "
                    "from police press releases into tidy tables.")
    parser.add_argument("--version", action="version", version=f"policeclaims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract claims from files, folders or feeds into tables",
                        description="Extract claims from releases: .txt, .md, .html/.htm, .jsonl/.jsonl.gz "
                                    "and .csv files ({id, text, published?, title?, source?} records), or "
                                    "folders of them (read recursively).",
                        epilog=EXTRACT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    ex.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    ex.add_argument("--format", choices=["parquet", "csv", "jsonl"], default="parquet",
                    help="table format (default: parquet)")
    ex.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    ex.add_argument("--batch-size", type=int, default=16, metavar="N", help="releases per nlp.pipe batch (default: 16)")
    ex.add_argument("--max-bytes", type=int, default=2_000_000, metavar="N",
                    help="releases larger than this go to the errors table as too_large (default: 2000000)")
    ex.add_argument("--resume", action="store_true",
                    help="keep DIR's tables and process only releases not already in them")
    ex.add_argument("--checkpoint-every", type=int, default=500, metavar="N",
                    help="with --resume, save the tables after about every N releases (default: 500)")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    from .engines import add_arguments as add_engine_arguments

    add_engine_arguments(ex)

    ev = sub.add_parser("evaluate", help="score the pipeline (or a claims table) against gold annotations",
                        description="Score claims against a gold JSONL file (CLAIMS.md section 4).")
    from . import evaluate

    evaluate.add_arguments(ev)

    bq = sub.add_parser("bench-quantities", help="score quantities and percentages on the NewsQuant benchmark",
                        description="Score our figure extractor and quantulum3 on NewsQuant (value, value+unit, "
                                    "value+change P/R/F1, one-to-one matching).")
    from .benchmarks import newsquant

    newsquant.add_arguments(bq)

    bt = sub.add_parser("bench", help="throughput benchmark on the bulk corpus (ours vs bare spaCy vs naive)",
                        description="Throughput of the full pipeline against bare spaCy and a naive composition, "
                                    "with stage split, scaling, process and Dask comparisons.")
    from .benchmarks import throughput

    throughput.add_arguments(bt)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from .batch import run_batch
    from .output import load_existing, merge, write_output
    from .tables import table_path

    if args.n_process < 1 or args.batch_size < 1 or args.max_bytes < 1:
        print("policeclaims: --n-process, --batch-size and --max-bytes must be at least 1", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"policeclaims: --out {out} exists and is not a folder", file=sys.stderr)
        return 2
    existing = load_existing(out, args.format) if args.resume else None
    skip = set(existing.releases["content_hash"].dropna()) if existing is not None else set()
    progress = sys.stderr.isatty() and not args.no_progress
    if args.scheduler and args.engine != "dask":
        print("policeclaims: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    if args.engine == "dask":
        return _run_extract_dask(args, out)

    def save(partial):  # under --resume, progress survives an interruption
        write_output(merge(existing, partial) if existing is not None else partial, out, args.format)

    tables = run_batch(args.paths, n_process=args.n_process, batch_size=args.batch_size,
                       max_bytes=args.max_bytes, progress=progress, skip_hashes=skip,
                       checkpoint=save if args.resume else None, checkpoint_every=args.checkpoint_every)
    processed = len(tables.releases) + tables.stats.get("unchanged", 0)
    for err in tables.errors.itertuples():
        print(f"error: {err.source}: {err.error_type}: {err.message}", file=sys.stderr)
    if processed == 0 and table_path(out, "releases", args.format).is_file():
        # A run that processed nothing (a mistyped path, say) never replaces a complete output.
        print(tables.summary() + f" | nothing processed; the tables in {out}/ were left as they were")
        return 2
    write_output(merge(existing, tables) if existing is not None else tables, out, args.format)
    print(tables.summary() + f" | tables in {out}/")
    if processed == 0:
        return 2
    return 1 if len(tables.errors) else 0


def _run_extract_dask(args: argparse.Namespace, out: Path) -> int:
    from .engines.dask_engine import run_extract_dask

    try:
        tables = run_extract_dask(args, out)  # handles --resume, checkpoints, --format and writing
    except RuntimeError as exc:  # the dask extra is not installed, or the scheduler cannot be reached
        print(f"policeclaims: {exc}", file=sys.stderr)
        return 2
    for err in tables.errors.itertuples():
        print(f"error: {err.source}: {err.error_type}: {err.message}", file=sys.stderr)
    processed = len(tables.releases) + tables.stats.get("unchanged", 0)
    if tables.stats.get("left_as_is"):
        print(tables.summary() + f" | nothing processed; the tables in {out}/ were left as they were")
        return 2
    print(tables.summary() + f" | tables in {out}/claims/, {out}/releases/, {out}/errors/")
    return 2 if processed == 0 else (1 if len(tables.errors) else 0)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``policeclaims`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return run_extract(args)
    if args.command == "bench":
        from .benchmarks import throughput

        return throughput.run(args)
    if args.command == "bench-quantities":
        from .benchmarks import newsquant

        return newsquant.run(args)
    from . import evaluate

    return evaluate.run(args)


if __name__ == "__main__":
    sys.exit(main())
