"""Tests for the policeclaims command (run in-process through pipeline.cli.main)."""
import subprocess
import sys

import pytest

from pipeline.cli import main
from pipeline.tables import read_table

TEXT = "Twelve arrested in raids\n\nOfficers arrested 12 people and seized 3 cars on Monday, police said."


def test_extract_writes_three_tables_and_summary(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "raid.txt").write_text(TEXT, encoding="utf-8")
    (src / "bad.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["extract", str(src), "--out", str(out), "--format", "csv"])
    assert code == 1  # some inputs went to the errors table
    printed = capsys.readouterr()
    assert "read 2 releases: 1 processed, 1 errors" in printed.out
    assert "empty" in printed.err
    claims, releases, errors = (read_table(out / f"{n}.csv") for n in ("claims", "releases", "errors"))
    assert releases["release_id"].tolist() == ["raid"]
    assert errors["error_type"].tolist() == ["empty"]
    assert set(claims["release_id"]) <= {"raid"}


@pytest.mark.parametrize("fmt, suffix", [("parquet", ".parquet"), ("jsonl", ".jsonl")])
def test_formats(tmp_path, fmt, suffix):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "r.txt"), "--out", str(tmp_path / "o"), "--format", fmt]) == 0
    assert (tmp_path / "o" / f"releases{suffix}").is_file()


def test_nothing_processed_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "not_found" in capsys.readouterr().err


def test_bad_arguments_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--out", str(tmp_path)])
    assert exc.value.code == 2


def test_console_script_help():
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "exit status" in result.stdout and "--n-process" in result.stdout
