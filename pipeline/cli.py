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

exit status: 0 when at least one release was processed (inputs that failed are
listed in the errors table and counted in the summary); 2 when nothing could
be processed (no such path, no readable release, bad arguments).
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
    ex.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    ev = sub.add_parser("evaluate", help="score the pipeline (or a claims table) against gold annotations",
                        description="Score claims against a gold JSONL file (CLAIMS.md section 4).")
    from . import evaluate

    evaluate.add_arguments(ev)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from .batch import run_batch
    from .tables import write_table

    if args.n_process < 1 or args.batch_size < 1:
        print("policeclaims: --n-process and --batch-size must be at least 1", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty() and not args.no_progress
    tables = run_batch(args.paths, n_process=args.n_process, batch_size=args.batch_size,
                       max_bytes=args.max_bytes, progress=progress)
    out = Path(args.out)
    for name in ("claims", "releases", "errors"):
        write_table(getattr(tables, name), out, name, args.format)
    for err in tables.errors.itertuples():
        print(f"error: {err.source}: {err.error_type}: {err.message}", file=sys.stderr)
    print(tables.summary() + f" | tables in {out}/")
    return 0 if len(tables.releases) else 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``policeclaims`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return run_extract(args)
    from . import evaluate

    return evaluate.run(args)


if __name__ == "__main__":
    sys.exit(main())
