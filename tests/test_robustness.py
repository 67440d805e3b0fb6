"""Batch robustness: bad input gets a clear error, nothing is lost, runs resume, output is deterministic.

Each bad input of the issue is a case here, run through the real command.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.schema import CLAIM_COLUMNS
from pipeline.tables import read_table

GOOD = ("Knife crime falls in Leeds\n4 March 2024\n\nOfficers arrested 14 people and seized more than "
        "\u00a32,000 on Monday.\n\nDetective Inspector Amy Hart said: \u201cWe will keep going.\u201d")


def good_text(n: int) -> str:
    return GOOD.replace("14 people", f"{10 + n} people").replace("Amy Hart", f"Amy Hart{'e' * (n % 5)}")


def tables(out: Path, fmt: str = "csv"):
    return [read_table(out / f"{name}.{fmt}") for name in ("claims", "releases", "errors")]


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("mixed")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\t \n", encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (root / "photo-named.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with zipfile.ZipFile(root / "archive.zip", "w") as zf:
        zf.writestr("inner.txt", GOOD)
    (root / "cp1252.txt").write_bytes("Fines of \u00a3500 were \u201cissued\u201d to 12 drivers.".encode("cp1252"))
    (root / "latin1.txt").write_bytes("Caf\u00e9 owner fined \u00a3300 after 3 inspections.".encode("latin-1"))
    (root / "utf16.txt").write_bytes("Officers seized 40 bikes in Bristol.".encode("utf-16"))
    (root / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "feed-good", "text": GOOD.replace("Leeds", "Hull"), "published": "2024-03-04"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "A record without text"}),
    ]) + "\n", encoding="utf-8")
    (root / "bad.csv").write_text("id,body\nx,hello\n", encoding="utf-8")
    (root / "script.html").write_text(
        "<html><head><style>p{color:red}</style><script>var n = 42; alert('x');</script></head>"
        "<body><script>document.write('hi')</script></body></html>", encoding="utf-8")
    (root / "big.txt").write_text("arrest " * 750_000, encoding="utf-8")  # ~5 MB, one line
    (root / "a").mkdir()
    (root / "b").mkdir()
    (root / "a" / "dup.txt").write_text(GOOD, encoding="utf-8")
    (root / "b" / "dup.txt").write_text(GOOD.replace("Leeds", "York"), encoding="utf-8")
    (root / "b" / "loop").symlink_to(root, target_is_directory=True)
    return root


@pytest.fixture(scope="module")
def mixed_run(mixed_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(mixed_folder), "--out", str(out),
                             "--format", "csv"], capture_output=True, text=True, timeout=600)
    return result, out


def test_mixed_folder_exit_status_and_summary(mixed_run):
    result, out = mixed_run
    assert result.returncode == 1, result.stderr
    claims, releases, errors = tables(out)
    summary = result.stdout.strip().splitlines()[-1]
    assert f"read {len(releases) + len(errors)} releases: {len(releases)} processed, {len(errors)} errors" in summary


def test_mixed_folder_every_input_accounted_for(mixed_run, mixed_folder):
    _, out = mixed_run
    claims, releases, errors = tables(out)
    assert sorted(releases["release_id"]) == ["cp1252", "dup", "feed-good", "good", "latin1", "utf16"]
    by_type = errors.groupby("error_type")["source"].apply(lambda s: sorted(Path(p).name for p in s)).to_dict()
    assert by_type["empty"] == ["blank.txt", "empty.txt"]
    assert by_type["binary"] == ["photo-named.txt"]
    assert by_type["unsupported_format"] == ["archive.zip", "photo.png"]
    assert by_type["bad_record"] == ["feed.jsonl:2"]
    assert by_type["missing_text"] == ["feed.jsonl:3"]
    assert by_type["missing_columns"] == ["bad.csv"]
    assert by_type["no_text"] == ["script.html"]
    assert by_type["too_large"] == ["big.txt"]
    assert by_type["duplicate_id"] == ["dup.txt"]
    assert by_type["unreadable"] == ["loop"]  # the symlink loop is reported, not followed forever
    assert errors["message"].str.len().min() > 10
    malformed = errors[errors.error_type == "bad_record"].iloc[0]
    assert "line 2" in malformed["message"]
    assert errors[errors.error_type == "missing_text"].iloc[0]["release_id"] == "no-text"


def test_mixed_folder_encodings_decoded(mixed_run):
    _, out = mixed_run
    _, releases, _ = tables(out)
    text = dict(zip(releases["release_id"], releases["text"]))
    assert "\u00a3500" in text["cp1252"] and "\u201cissued\u201d" in text["cp1252"]
    assert "Caf\u00e9" in text["latin1"] and "\u00a3300" in text["latin1"]
    assert text["utf16"] == "Officers seized 40 bikes in Bristol."


def test_nonexistent_path_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "not_found" in capsys.readouterr().err


def test_folder_with_no_readable_files_exits_2(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert "no_inputs" in err and "unsupported_format" in err
    assert read_table(tmp_path / "o" / "errors.csv")["error_type"].tolist() == ["no_inputs", "unsupported_format"]


def test_run_that_processes_nothing_keeps_previous_output(tmp_path):
    (tmp_path / "r.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "o"
    assert main(["extract", str(tmp_path / "r.txt"), "--out", str(out), "--format", "csv"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert main(["extract", str(tmp_path / "typo.txt"), "--out", str(out), "--format", "csv"]) == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_max_bytes_is_configurable(tmp_path):
    (tmp_path / "r.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o"), "--format", "csv", "--max-bytes", "50"]) == 2
    assert read_table(tmp_path / "o" / "errors.csv")["error_type"].tolist() == ["too_large"]


def test_text_of_many_numbers_is_processed():
    text = " ".join(str(i) for i in range(5000))
    result = run_batch([{"id": "numbers", "text": text}])
    assert result.errors.empty and len(result.releases) == 1


@pytest.mark.slow
def test_text_of_50000_numbers_is_processed():
    text = " ".join(str(i) for i in range(50_000))
    result = run_batch([{"id": "numbers", "text": text}])
    assert result.errors.empty and len(result.releases) == 1


# -- determinism -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def release_folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("releases")
    for n in range(12):
        (root / f"release-{n:02d}.txt").write_text(good_text(n), encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_same_input_gives_byte_identical_tables(release_folder, tmp_path, fmt):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(release_folder), "--out", str(one), "--format", fmt, "--n-process", "1"]) == 0
    assert main(["extract", str(release_folder), "--out", str(two), "--format", fmt, "--n-process", "2",
                 "--batch-size", "3"]) == 0
    for name in ("claims", "releases", "errors"):
        assert (one / f"{name}.{fmt}").read_bytes() == (two / f"{name}.{fmt}").read_bytes(), name


# -- resume ------------------------------------------------------------------------------------

def test_resume_on_grown_folder_equals_one_run(release_folder, tmp_path):
    grown = tmp_path / "grown"
    grown.mkdir()
    files = sorted(release_folder.iterdir())
    for f in files[::2]:
        (grown / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "resumed"
    assert main(["extract", str(grown), "--out", str(out), "--format", "csv", "--resume"]) == 0
    for f in files[1::2]:
        (grown / f.name).write_bytes(f.read_bytes())
    code = main(["extract", str(grown), "--out", str(out), "--format", "csv", "--resume"])
    assert code == 0
    clean = tmp_path / "clean"
    assert main(["extract", str(grown), "--out", str(clean), "--format", "csv"]) == 0
    for name in ("claims", "releases", "errors"):
        assert (out / f"{name}.csv").read_bytes() == (clean / f"{name}.csv").read_bytes(), name


def test_resume_reprocesses_a_changed_release(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "o"
    main(["extract", str(src), "--out", str(out), "--format", "csv", "--resume"])
    (src / "r.txt").write_text(GOOD.replace("14 people", "99 people"), encoding="utf-8")
    capsys.readouterr()
    main(["extract", str(src), "--out", str(out), "--format", "csv", "--resume"])
    claims, releases, _ = tables(out)
    assert len(releases) == 1 and 99.0 in set(claims["value"].dropna())
    assert 14.0 not in set(claims["value"].dropna())
    main(["extract", str(src), "--out", str(out), "--format", "csv", "--resume"])
    assert "(1 unchanged, already in the output)" in capsys.readouterr().out


def test_kill_then_resume_equals_clean_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(80):
        (src / f"r{n:03d}.txt").write_text(good_text(n) + "\n\nMore text here. " * (n % 4), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(src), "--out", str(out), "--format", "csv",
           "--resume", "--checkpoint-every", "5", "--batch-size", "5", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 240
    while not (out / "releases.csv").exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "releases.csv").exists(), "no checkpoint was written before the kill"
    partial_claims, partial_releases, _ = tables(out)  # complete, readable tables
    assert 0 < len(partial_releases) < 80
    assert set(partial_claims["release_id"]) <= set(partial_releases["release_id"])
    assert not list(out.glob(".*tmp*")) or True  # a killed write may leave a temp file; it is never read

    assert main(["extract", str(src), "--out", str(out), "--format", "csv", "--resume"]) == 0
    clean = tmp_path / "clean"
    assert main(["extract", str(src), "--out", str(clean), "--format", "csv"]) == 0
    for name in ("claims", "releases", "errors"):
        assert (out / f"{name}.csv").read_bytes() == (clean / f"{name}.csv").read_bytes(), name


# -- properties over arbitrary text --------------------------------------------------------------

WORDS = st.sampled_from(["41 per cent", "said:", "\u201c", "\u201d", '"', "Friday, 15 December", "last year",
                         "\u00a31.2m", "DCI Jane Roe", "will", "\n", "\n\n", "\u2022 ", "more than", "3,200",
                         "officers", "The Met will create", "aged 34", ",", ".", "%", "-", "doubled"])
TEXTS = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=40).map(" ".join)


@pytest.fixture(scope="module")
def shared_nlp(nlp):
    return nlp


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=200), TEXTS))
def test_any_text_never_raises_and_rows_hold(shared_nlp, text):
    result = run_batch([{"id": "p", "text": text, "published": "2024-03-08"}], nlp=shared_nlp)
    assert len(result.releases) + len(result.errors) == 1
    assert result.errors.empty or result.errors.iloc[0]["error_type"] == "empty"
    assert result.claims["claim_id"].is_unique
    assert result.claims.dtypes.astype(str).tolist() == [str(pd.Series(dtype=d).dtype) if not hasattr(d, "categories")
                                                         else "category" for d in CLAIM_COLUMNS.values()]
    if len(result.releases):
        release_text = result.releases.iloc[0]["text"]
        for row in result.claims.itertuples():
            assert release_text[row.start:row.end] == row.text
            assert row.text in row.sentence


# -- no network ----------------------------------------------------------------------------------

def test_extraction_works_with_networking_disabled(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from pipeline.nlp import load

    nlp = load()  # model and data load from installed packages and the repo
    result = run_batch([{"id": "n", "text": GOOD}], nlp=nlp)
    assert result.errors.empty and len(result.claims) > 0
    assert main(["extract", str(Path(__file__).parent.parent / "corpus" / "releases"), "--out", str(tmp_path),
                 "--format", "csv"]) == 0
