"""Tests for pipeline.ingest: every format, encodings, folders, and inputs that fail."""
import gzip
import json
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, Release, iter_releases
from pipeline.ingest.encoding import BinaryContent, decode

BODY = "Police arrested 12 people after raids in Leeds.\n\nDCI Amy Hart said: \u201cWe will not stop.\u201d"


def kinds(items):
    return [(type(i).__name__, getattr(i, "error_type", None)) for i in items]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_files_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "leeds-raids.txt"
    text = "Seized \u00a34,500 and \u201ctwo knives\u201d \u2013 caf\u00e9 raid."
    path.write_bytes(text.encode(encoding))
    [release] = iter_releases(path)
    assert release.release_id == "leeds-raids"
    assert release.text == text


def test_latin1_bytes_decode():
    assert decode("Caf\u00e9 \u00a35".encode("latin-1"))[0] == "Caf\u00e9 \u00a35"


def test_utf16_without_bom():
    assert decode("Twelve arrests made.".encode("utf-16-le")) == ("Twelve arrests made.", "utf-16-le")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04\x14\x00", b"\x00\x01\x02\x03\xff\xfe\x00\x00\x10"])
def test_binary_refused(data):
    with pytest.raises(BinaryContent):
        decode(data)


def test_markdown_and_html(tmp_path):
    (tmp_path / "a.md").write_text("# Knife amnesty\n\nOfficers collected 300 knives.", encoding="utf-8")
    html = ("<html><head><title>Knife amnesty results</title><script>var x = 1;</script></head><body>"
            "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><h1>Knife amnesty results</h1>"
            "<p>Officers collected 300 knives during the week-long amnesty across the county, the force said.</p>"
            "<p>Chief Inspector Dan Reed said the bins would stay open until the end of the month.</p></article>"
            "<footer>Copyright Police 2024</footer></body></html>")
    (tmp_path / "b.html").write_text(html, encoding="utf-8")
    a, b = iter_releases(tmp_path)
    assert a.text.startswith("# Knife amnesty")
    assert "300 knives" in b.text and "Dan Reed" in b.text
    assert "var x" not in b.text and "Home" not in b.text and "Copyright" not in b.text
    assert b.title == "Knife amnesty results"


def test_jsonl_records_with_a_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "r1", "text": BODY, "published": "2024-03-01", "title": "Raids", "source": "https://x"}),
             "{not json",
             json.dumps({"id": "r3", "title": "no text"}),
             json.dumps({"text": "Officers seized 2 cars."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_releases(path))
    assert kinds(items) == [("Release", None), ("IngestError", "bad_record"), ("IngestError", "missing_text"), ("Release", None)]
    assert items[0].published == "2024-03-01" and items[0].source == "https://x"
    assert "line 2" in items[1].message and items[1].source.endswith("feed.jsonl:2")
    assert items[2].release_id == "r3"
    assert items[3].release_id == "feed-4"


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": BODY}) + "\n")
    [release] = iter_releases(path)
    assert release.release_id == "g1" and release.text == BODY


def test_csv_records_and_missing_columns(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text('id,text,published\nc1,"Officers made 4 arrests, police said.",2024-01-02\nc2,,\n', encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\nx,hello\n", encoding="utf-8")
    items = list(iter_releases([good, bad]))
    assert kinds(items) == [("Release", None), ("IngestError", "empty"), ("IngestError", "missing_columns")]
    assert items[0].published == "2024-01-02"


def test_empty_whitespace_binary_unsupported_missing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(iter_releases([tmp_path, tmp_path / "nope.txt"]))
    assert sorted(kinds(items)) == sorted([("IngestError", "empty"), ("IngestError", "empty"), ("IngestError", "binary"),
                                           ("IngestError", "unsupported_format"), ("IngestError", "not_found")])
    assert all(isinstance(i, IngestError) and i.message for i in items)


def test_folder_recursion_sorted_and_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two arrests.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("One arrest.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    assert [r.release_id for r in iter_releases(tmp_path)] == ["a", "two"]


def test_a_folders_readme_is_listed_not_read_as_a_release(tmp_path):
    (tmp_path / "README.md").write_text("# Sample releases\n\nSix releases.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT", encoding="utf-8")
    (tmp_path / "kent-speeding.md").write_text("Police caught 40 drivers.", encoding="utf-8")
    items = list(iter_releases(tmp_path))
    assert [i.release_id for i in items if isinstance(i, Release)] == ["kent-speeding"]
    assert sorted((Path(i.source).name, i.error_type) for i in items if isinstance(i, IngestError)) == [
        ("LICENSE", "not_a_release"), ("README.md", "not_a_release")]


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "r.txt").write_text("Three arrests.", encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    items = list(iter_releases(tmp_path))
    assert [i.release_id for i in items if isinstance(i, Release)] == ["r"]
    assert any(getattr(i, "error_type", None) == "unreadable" for i in items)


def test_folder_without_release_files(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert ("IngestError", "no_inputs") in kinds(iter_releases(tmp_path))


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x " * 2000, encoding="utf-8")
    [err] = iter_releases(path, max_bytes=1000)
    assert err.error_type == "too_large"


def test_records_and_text_strings():
    items = list(iter_releases([{"id": "r1", "text": BODY}, "Officers seized 3 cars on Monday."]))
    assert [i.release_id for i in items] == ["r1", "text-1"]
