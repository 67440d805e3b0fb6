"""The throughput benchmark's measuring and formatting functions, on a tiny set (no timing assertions)."""
from __future__ import annotations

import argparse
import json

import pytest
import spacy

from pipeline.benchmarks import throughput as tp
from pipeline.benchmarks.throughput import Measurement

RELEASES = [
    {"id": "t1", "published": "2024-03-08", "text": "Officers arrested 12 people on Monday after a raid in Leeds."},
    {"id": "t2", "published": "2023-11-02", "text": "Burglaries fell by 14 per cent last year.\n\nThe force said it will publish figures."},
    {"id": "t3", "text": "A 34-year-old man from Dayton was sentenced to 60 months in prison."},
    {"id": "t4", "text": "Detectives seized $2.5 million in cash and three vehicles."},
    {"id": "t5", "text": "Chief Constable Amy Hart said: \"We will not tolerate this.\""},
]


@pytest.fixture()
def data_file(tmp_path):
    path = tmp_path / "releases.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RELEASES), encoding="utf-8")
    return path


def args_for(data, tmp_path, **over):
    parser = argparse.ArgumentParser()
    tp.add_arguments(parser)
    argv = ["--data", str(data), "--json", str(tmp_path / "bench.json")]
    for k, v in over.items():
        flag = "--" + k.replace("_", "-")
        argv += [flag] if v is True else [flag, str(v)]
    return parser.parse_args(argv)


def test_load_releases_limit_and_gzip(tmp_path, data_file):
    import gzip

    gz = tmp_path / "r.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(data_file.read_text(encoding="utf-8"))
    assert [r["id"] for r in tp.load_releases(data_file, 3)] == ["t1", "t2", "t3"]
    assert len(tp.load_releases(gz)) == 5


def test_rates_and_ratios():
    spacy_m = Measurement("spacy", n_releases=5, n_words=1000, seconds=2.0, cpu_seconds=2.0)
    full_m = Measurement("full", n_releases=5, n_words=1000, seconds=2.5, cpu_seconds=4.0)
    naive_m = Measurement("naive", n_releases=5, n_words=1000, seconds=10.0, cpu_seconds=10.0)
    assert full_m.words_per_second == 400.0 and full_m.releases_per_second == 2.0
    summary = tp.summarise([spacy_m, full_m, naive_m])
    assert summary["full_vs_spacy"] == {"wall": 0.8, "cpu": 0.5}
    assert summary["naive_vs_spacy"]["wall"] == pytest.approx(0.2)
    assert summary["full_vs_naive"]["wall"] == pytest.approx(4.0)
    assert tp.ratio(1.0, 0.0) is None


def test_scaling_and_process_ratios():
    small = Measurement("full", 200, 100_000, 10.0, 10.0)
    big = Measurement("full", 1000, 500_000, 55.0, 50.0)
    spacy_small = Measurement("spacy", 200, 100_000, 8.0, 8.0)
    one = Measurement("full", 1000, 500_000, 50.0, 50.0, n_process=1)
    two = Measurement("full", 1000, 500_000, 27.0, 52.0, n_process=2)
    summary = tp.summarise([small], [small, big, spacy_small], [one, two])
    assert summary["per_word_vs_smallest"]["1000"]["wall"] == pytest.approx(1.1)
    assert summary["per_word_vs_smallest"]["200"]["wall"] == pytest.approx(1.0)
    assert summary["full_vs_spacy_by_size"] == {"200": pytest.approx(0.8)}
    assert summary["two_vs_one_process"] == pytest.approx(50 / 27)
    checks = tp.targets(summary, [small, big, one, two])
    assert checks["two_vs_one_process >= 1.7"] is True
    assert checks["per_word drift <= 10%"] is True  # exactly 10% is within
    assert checks["full_vs_spacy >= 0.75"] is None  # no main comparison in this summary


def test_targets_missed():
    m = Measurement("full", 1, 1, 1.0, 1.0, startup_seconds=3.0, peak_rss_mb=2048)
    checks = tp.targets({"full_vs_spacy": {"wall": 0.5, "cpu": 0.5}}, [m])
    assert checks["full_vs_spacy >= 0.75"] is False
    assert checks["peak_rss <= 1024 MB"] is False and checks["startup <= 2 s"] is False


def test_group_stages_and_component_timing():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    clock = tp.StageClock()
    tp.time_components(nlp, clock)
    docs = list(nlp.pipe([r["text"] for r in RELEASES], batch_size=2))
    assert len(docs) == 5 and len(list(docs[1].sents)) == 2  # the wrapper keeps the component working
    assert set(clock.seconds) == {"sentencizer"} and clock.seconds["sentencizer"] >= 0
    grouped = tp.group_stages({"ingest": 1.0, "tok2vec": 1.0, "claims_dates": 0.5, "resolver": 0.5}, 4.0)
    assert grouped == {"ingest": 1.0, "spacy": 1.0, "claims_dates": 0.5, "resolver": 0.5, "writing": 0.0, "other": 1.0}


def test_timed_iter_counts_production_time():
    clock = tp.StageClock()
    assert list(clock.timed_iter("ingest", iter([1, 2, 3]))) == [1, 2, 3]
    assert "ingest" in clock.seconds


def test_formatting(tmp_path):
    ms = [Measurement("spacy", 5, 60, 1.0, 1.0, startup_seconds=0.5, peak_rss_mb=200.0),
          Measurement("full", 5, 60, 2.0, 2.0, startup_seconds=1.0, peak_rss_mb=300.0,
                      stages={"spacy": 1.0, "claims_dates": 1.0})]
    table = tp.format_table(ms)
    assert table.splitlines()[0].startswith("variant") and len(table.splitlines()) == 3
    assert "50.0%" in tp.format_stages(ms[1].stages)
    d = ms[1].as_dict()
    assert d["words_per_second"] == 30.0 and d["stages"] == {"spacy": 1.0, "claims_dates": 1.0}
    assert Measurement.from_dict(d) == ms[1]
    assert "full_vs_spacy: wall 0.50, cpu 0.50" in tp.format_summary(tp.summarise(ms))


def test_missing_data_exits_2(tmp_path, capsys):
    args = args_for(tmp_path / "absent.jsonl.gz", tmp_path)
    assert tp.run(args) == 2
    assert "not found" in capsys.readouterr().err


def test_bad_sizes_exit_2(tmp_path, data_file):
    assert tp.run(args_for(data_file, tmp_path, sizes="200,many")) == 2


def test_run_writes_json(tmp_path, data_file, monkeypatch, capsys):
    """The driver end to end, with the subprocess measurement replaced by a stub."""
    def fake_measure(variant, data, limit, *, n_process=1, batch_size=16, n_words=None, memory_zone=True):
        seconds = {"spacy": 1.0, "full": 1.25, "naive": 5.0}[variant] * limit / (2 if n_process == 2 else 1)
        return Measurement(variant, limit, n_words or 0, seconds, seconds, n_process=n_process, startup_seconds=1.0,
                           peak_rss_mb=400.0, stages={"spacy": 1.0} if variant == "full" else {},
                           memory_zone=memory_zone and variant != "naive")

    monkeypatch.setattr(tp, "measure", fake_measure)
    args = args_for(data_file, tmp_path, limit=4, sizes="2,4", n_process_compare=True)
    assert tp.run(args) == 0
    report = json.loads((tmp_path / "bench.json").read_text())
    assert set(report) >= {"measurements", "scaling", "processes", "summary", "targets"}
    assert [m["variant"] for m in report["measurements"]] == ["spacy", "full", "naive"]
    assert report["summary"]["full_vs_spacy"]["wall"] == pytest.approx(0.8)
    assert report["summary"]["two_vs_one_process"] == pytest.approx(2.0)
    assert report["memory_zone"] == {"requested": True, "runs": ["full", "spacy"]}
    assert report["targets"]["full_vs_spacy >= 0.75"] is True
    assert {m["n_releases"] for m in report["scaling"]} == {2, 4}
    assert report["measurements"][0]["n_words"] == tp.count_words(r["text"] for r in RELEASES[:4])
    assert "stage split" in capsys.readouterr().out


def test_skip_naive(tmp_path, data_file, monkeypatch):
    seen = []
    monkeypatch.setattr(tp, "measure", lambda v, *a, **k: seen.append(v) or Measurement(v, 1, 1, 1.0, 1.0))
    assert tp.run(args_for(data_file, tmp_path, limit=2, skip_naive=True)) == 0
    assert seen == ["spacy", "full"]


def test_measure_in_subprocess_spacy(data_file):
    """One real (tiny) measurement: the worker protocol, the word count and the peak memory."""
    m = tp.measure("spacy", data_file, 3)
    assert m.variant == "spacy" and m.n_releases == 3
    assert m.n_words == tp.count_words(r["text"] for r in RELEASES[:3])
    assert m.seconds > 0 and m.peak_rss_mb > 0 and m.startup_seconds > 0


def test_bulk_sample_loads(shared_dir):
    records = tp.load_releases(shared_dir / "corpus" / "bulk" / "releases.jsonl.gz", 5)
    assert len(records) == 5 and all(r["text"] for r in records)
