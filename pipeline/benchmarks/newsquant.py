"""NewsQuant: score our quantity and percentage claims on an external benchmark.

NewsQuant (Almasian et al., "CQE: A Comprehensive Quantity Extractor", EMNLP 2023)
is 590 English news sentences with 904 gold quantities, each with a value, a
canonical unit name and a change symbol (``= ~ > < up down``). The data lives in
``../shared/benchmarks/newsquant/`` (evaluation only: no licence, never shipped).
Its conventions are not CLAIMS.md's, so the figures are a reference point, not
our target.

Matching (``--match strict`` of the shared README, one-to-one): within one
sentence, each gold quantity takes at most one unused prediction whose value
equals it (numpy ``isclose``: ``|gold - pred| <= 1e-8 + 1e-5 * |pred|``; a
range matches only a range, both ends, in either order). Pairs are formed in
passes of decreasing agreement (value+unit+change, value+unit, value+change,
value), each greedy in gold order, so a prediction whose unit also matches is
preferred. Hits are counted per level: value, value+unit, value+change;
P = hits / predictions, R = hits / gold, micro-averaged over the corpus.
quantulum3 reports a range as its midpoint, so (as the paper did) gold ranges
become their midpoint when scoring it; it has no change field (n/a).

Our side runs the configured pipeline on each (normalised) sentence and takes
its ``quantity`` and ``percentage`` claims. Units are renamed to NewsQuant's
names by ``models/patterns/newsquant_units.json``: ``percent`` -> ``percentage``;
currency codes -> ``dollar``, ``pound sterling``, ``euro``...; measures and
durations -> singular unit names (``mph`` -> ``mile per hour``, ``years`` ->
``year``, or ``year of age`` when the claim reads as an age); no unit -> ``-``;
a counted noun -> its lower-cased spaCy lemmas without "and"/"of"/articles
("Kia and Hyundai vehicles" -> ``kia hyundai vehicle``). Change: a hedge
(``approximate`` ``~``, ``lower_bound`` ``>``, ``upper_bound`` ``<``) wins over
a trend (``direction`` increase ``up``, decrease ``down``), else ``=`` (the
data file's ``precedence`` switches the order; the gold is not consistent). A
change named by a noun, an additive or a comparative word ("a 75 percent
increase", "another 3.4 gigawatts", "34.4% higher") is ``=`` in NewsQuant's
convention (:func:`named_change`); our table gives it a direction (CLAIMS.md).

Run: ``python -m pipeline.benchmarks.newsquant [--data PATH] [--json OUT] [--limit N] [--errors N]``.

>>> gold = [{"value": 40.0, "unit": "officer", "change": ">"}]
>>> preds = [{"value": 40.0, "unit": "officer", "change": "="}]
>>> counts = score([gold], [preds])
>>> counts["hits"]
{'value': 1, 'value+unit': 1, 'value+change': 0}
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from ..claims.base import doc_text, load_data

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"
UNIT_TABLE = "patterns/newsquant_units.json"
LEVELS = ("value", "value+unit", "value+change")
CLAIM_TYPES = ("quantity", "percentage")

# The authors' computed scores (paper_results_NewsQuant.tsv; paper matching rule, gold file e7d6607).
PUBLISHED = {
    "CQE": {"value": (92.0, 91.9, 92.0), "value+unit": (85.6, 85.5, 85.6), "value+change": (88.2, 88.1, 88.1)},
    "quantulum3": {"value": (65.0, 83.3, 73.0), "value+unit": (42.1, 53.9, 47.2), "value+change": None},
}

_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"\s*({_NUMBER})\s*-\s*({_NUMBER})\s*")



# --- values -----------------------------------------------------------------------------------

def parse_value(text: str) -> float | tuple[float, float]:
    """A gold value string as a number, or a ``(low, high)`` pair for a range.

    >>> parse_value("6.0"), parse_value("-1.3"), parse_value("1.99E-29")
    (6.0, -1.3, 1.99e-29)
    >>> parse_value("252.0-287.0"), parse_value("3.0 - 4.0")
    ((252.0, 287.0), (3.0, 4.0))
    """
    try:
        return float(text)
    except ValueError:
        pass
    m = _RANGE.fullmatch(text)
    if not m:
        raise ValueError(f"not a NewsQuant value: {text!r}")
    return float(m.group(1)), float(m.group(2))


def close(gold: float, pred: float) -> bool:
    """numpy ``isclose`` with its default tolerances, as the paper compared values.

    >>> close(1500000000.0, 1.5e9), close(41.0, 0.41), close(100000.0, 100000.5)
    (True, False, True)
    """
    return abs(gold - pred) <= 1e-8 + 1e-5 * abs(pred)


def values_match(gold, pred) -> bool:
    """Equal values: numbers within :func:`close`; a range matches only a range (both ends, any order).

    >>> values_match((16.0, 24.0), (24.0, 16.0)), values_match((16.0, 24.0), 16.0), values_match(3.0, 3.0)
    (True, False, True)
    """
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return all(close(g, p) for g, p in zip(sorted(gold), sorted(pred)))
    return close(gold, pred)


def midpoint(value):
    """A range as its midpoint (how quantulum3 reports ranges); a number unchanged.

    >>> midpoint((252.0, 287.0)), midpoint(7.0)
    (269.5, 7.0)
    """
    return (value[0] + value[1]) / 2 if isinstance(value, tuple) else value


# --- matching and scores ----------------------------------------------------------------------

def _unit_equal(gold: dict, pred: dict) -> bool:
    return (pred.get("unit") or "").strip().lower() == (gold.get("unit") or "").strip().lower()


def _change_equal(gold: dict, pred: dict) -> bool:
    return pred.get("change") is not None and pred.get("change") == gold.get("change")


def match_sentence(gold: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, prediction index)`` of value-equal quantities in one sentence.

    Passes of decreasing agreement (value+unit+change, value+unit, value+change,
    value), each greedy in gold order, so a prediction with the right unit is
    preferred over an earlier one with the same value.

    >>> gold = [{"value": 3.0, "unit": "year", "change": "="}, {"value": 3.0, "unit": "arrest", "change": "="}]
    >>> preds = [{"value": 3.0, "unit": "arrest", "change": "="}]
    >>> match_sentence(gold, preds)
    [(1, 0)]
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for need_unit, need_change in ((True, True), (True, False), (False, True), (False, False)):
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            for pi, p in enumerate(preds):
                if pi in used_pred or not values_match(g["value"], p["value"]):
                    continue
                if (need_unit and not _unit_equal(g, p)) or (need_change and not _change_equal(g, p)):
                    continue
                pairs.append((gi, pi))
                used_gold.add(gi)
                used_pred.add(pi)
                break
    return sorted(pairs)


def score(gold_sents: list[list[dict]], pred_sents: list[list[dict]], *, ranges: str = "pairs") -> dict:
    """Hit counts and P/R/F1 (in per cent) per level over a corpus of sentences.

    ``ranges="mean"`` replaces gold ranges by their midpoint (for systems that
    report a range as one number). A system whose predictions carry no
    ``change`` gets ``None`` at the value+change level.

    >>> gold = [[{"value": 2.0, "unit": "man", "change": "="}], []]
    >>> preds = [[{"value": 2.0, "unit": "-", "change": None}], [{"value": 9.0, "unit": "-"}]]
    >>> s = score(gold, preds)
    >>> s["hits"], s["levels"]["value"], s["levels"]["value+change"]
    ({'value': 1, 'value+unit': 0, 'value+change': 0}, {'p': 50.0, 'r': 100.0, 'f1': 66.7}, None)
    """
    hits = dict.fromkeys(LEVELS, 0)
    n_gold = n_pred = 0
    has_change = False
    for gold, preds in zip(gold_sents, pred_sents, strict=True):
        if ranges == "mean":
            gold = [{**g, "value": midpoint(g["value"])} for g in gold]
        n_gold += len(gold)
        n_pred += len(preds)
        has_change = has_change or any(p.get("change") is not None for p in preds)
        for gi, pi in match_sentence(gold, preds):
            hits["value"] += 1
            hits["value+unit"] += _unit_equal(gold[gi], preds[pi])
            hits["value+change"] += _change_equal(gold[gi], preds[pi])
    levels = {level: prf(hits[level], n_pred, n_gold) for level in LEVELS}
    if not has_change:
        levels["value+change"] = None
    return {"n_gold": n_gold, "n_pred": n_pred, "hits": hits, "levels": levels}


def prf(hits: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 in per cent, one decimal.

    >>> prf(3, 4, 6)
    {'p': 75.0, 'r': 50.0, 'f1': 60.0}
    """
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f1, 1)}


# --- the gold ---------------------------------------------------------------------------------

def load_gold(path: str | Path, limit: int | None = None) -> tuple[list[str], list[list[dict]]]:
    """The sentences and their gold quantities (value parsed, unit lower-cased, change stripped)."""
    with open(path, encoding="utf-8") as fh:
        items = json.load(fh)
    if limit is not None:
        items = items[:limit]
    sentences = [item["text"] for item in items]
    gold = [[{"value": parse_value(q["value"]), "unit": q["normalized_unit"].strip().lower(),
              "change": q["change"].strip(), "text": f'{q["value"]} {q["unit"]}'.strip()}
             for q in item["quantities"]] for item in items]
    return sentences, gold


# --- our claims in NewsQuant's terms ----------------------------------------------------------

def _table() -> dict:
    return load_data(UNIT_TABLE)


def counted_noun_name(words: Iterable[str]) -> str:
    """A counted noun's lemmas as one lower-cased name, without "and"/"of"/articles.

    >>> counted_noun_name(["Kia", "and", "Hyundai", "vehicle"])
    'kia hyundai vehicle'
    """
    drop = set(_table()["counted_noun_drop"])
    return " ".join(w.lower() for w in words if w.strip() and w.lower() not in drop)


def _lemmas_of(unit: str, claim: dict, doc) -> list[str]:
    """The spaCy lemmas of ``unit`` where it is written (nearest the claim), else its words."""
    text = doc_text(doc) if doc is not None else ""
    at = text.find(unit, claim.get("start", 0)) if text else -1
    if at < 0 and text:
        at = text.rfind(unit, 0, claim.get("end", len(text)))
    span = doc.char_span(at, at + len(unit), alignment_mode="expand") if at >= 0 else None
    if span is None or span.text != unit:  # no span, or a unit glued into a token with its digits ("40min")
        words = unit.split()
        return words[:-1] + [re.sub(r"(?<=[^s])s$", "", words[-1])] if words else []
    return [t.lemma_ for t in span if not (t.is_punct or t.is_space)]


def unit_name(claim: dict, doc=None) -> str:
    """Our claim's unit renamed to NewsQuant's canonical unit name.

    >>> unit_name({"type": "percentage", "unit": "percent", "value": 41.0})
    'percentage'
    >>> unit_name({"type": "quantity", "unit": "GBP", "value": 2500000.0})
    'pound sterling'
    >>> unit_name({"type": "quantity", "unit": "mph", "value": 30.0}), unit_name({"type": "quantity", "value": 7.0})
    ('mile per hour', '-')
    >>> unit_name({"type": "quantity", "unit": "miles per gallon", "value": 20.0})
    'mile per gallon'

    """
    table = _table()
    unit = claim.get("unit")
    if not unit:
        return "-"
    if claim["type"] == "percentage":
        return table["percent"].get(unit, "percentage")
    if unit in table["currencies"]:
        return table["currencies"][unit]
    name = table["units"].get(unit, table["units"].get(unit.lower()))
    if name is not None:
        if name in table["age"]["units"] and doc is not None:
            written = doc_text(doc)[claim["start"]:claim["end"]]
            if re.search(table["age"]["pattern"], written, re.I):
                return table["age"]["units"][name]
        return name
    rate = re.fullmatch(r"(.+?)\s+(?:per|an?)\s+(\w+)", unit, re.I)  # "miles per hour", "kilometres an hour"
    if rate and claim["type"] == "quantity":
        low = (table["units"].get(rate.group(1).lower()), table["units"].get(rate.group(2).lower()))
        if all(low):
            return f"{low[0]} per {low[1]}"
    return counted_noun_name(_lemmas_of(unit, claim, doc))


def change_symbol(claim: dict) -> str:
    """Our qualifier and direction as NewsQuant's change symbol (by default a hedge wins over a trend).

    >>> change_symbol({"qualifier": "exact", "direction": "increase"})
    'up'
    >>> change_symbol({"qualifier": "approximate", "direction": "increase"}), change_symbol({"qualifier": "range"})
    ('~', '=')
    """
    table = _table()["change"]
    trend = table["direction"].get(claim.get("direction") or "")
    hedge = table["qualifier"].get(claim.get("qualifier") or "exact", "=")
    if table.get("precedence", "qualifier") == "direction":
        return trend or hedge
    return hedge if hedge != "=" else (trend or "=")


@lru_cache(maxsize=1)
def _named_change_words() -> tuple[frozenset, frozenset]:
    """The additive/comparative words (this benchmark's table) and the change nouns (quantities.json)."""
    nouns = (w for ws in load_data("patterns/quantities.json")["change_nouns"].values() for w in ws)
    return frozenset(_table()["change"]["named_change_words"]), frozenset(nouns)


def named_change(doc, claim: dict) -> bool:
    """True when a claim's change is named by a noun or an additive or comparative word rather than
    moved by a verb or adverb: NewsQuant writes ``=`` for "a 75 percent increase", "a cut of 800,000
    barrels", "another 3.4 gigawatts" and "34.4% higher", but ``up``/``down`` for "rose 8%".

    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "The FDA found a 75 percent increase in usage, and sales rose 8 percent."))
    >>> [named_change(doc, c) for c in doc._.claims if c["type"] == "percentage"]
    [True, False]
    """
    span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    if span is None:
        return False
    words, nouns = _named_change_words()
    around = doc[max(span.start - 1, 0):min(span.end + 1, len(doc))]
    if any(t.lower_ in words for t in around):
        return True
    for tok in span:
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of":
            head = head.head  # "a decrease of 400,000 barrels"
        for _ in range(2):  # "a 5% pay rise": through one compound
            if head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
                return True
            head = head.head
    return False


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.I)  # "from $75", "from up to 252 miles"
_BARE_TO = re.compile(r"\s*to\s+", re.I)  # "from 13.5 to 14.0 mm"
_WORDS_TO = re.compile(r"\s*[^\d;:]{0,30}?\bto\s+", re.I)  # "from 208 pounds to 193", "from $75 U.S. per barrel to"
_SCALED = re.compile(r"\d\s*(thousand|million|billion|trillion|bn|m|k)\b", re.I)
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def join_transitions(preds: list[dict], text: str) -> list[dict]:
    """NewsQuant writes a change from one level to another as one range ("from 252 miles to 287
    miles" is 252-287); our table gives each level its own row (CLAIMS.md). Join such pairs: the
    first after "from", the second after "to", with nothing but "to" between them, or words
    without figures when both have the same unit name (or one is bare). A scale written only on
    the second ("from $10 to $15 billion") applies to both.

    >>> t = "Horsepower jumped from 240 to 273 this year."
    >>> p = [{"value": 240.0, "unit": "-", "change": "=", "start": 23, "end": 26, "text": "240"},
    ...      {"value": 273.0, "unit": "-", "change": "=", "start": 30, "end": 33, "text": "273"}]
    >>> [(q["value"], q["unit"]) for q in join_transitions(p, t)]
    [((240.0, 273.0), '-')]
    """
    out: list[dict] = []
    i = 0
    while i < len(preds):
        a = preds[i]
        b = preds[i + 1] if i + 1 < len(preds) else None
        if b is not None and not isinstance(a["value"], tuple) and not isinstance(b["value"], tuple) \
                and _FROM_BEFORE.search(text[max(0, a["start"] - 30):a["start"]]):
            gap = text[a["end"]:b["start"]]
            same_unit = "-" in (a["unit"], b["unit"]) or a["unit"] == b["unit"]
            if _BARE_TO.fullmatch(gap) or (same_unit and _WORDS_TO.fullmatch(gap)):
                low = a["value"]
                scale = _SCALED.search(b["text"])
                if scale and not _SCALED.search(a["text"]) and low * SCALES[scale.group(1).lower()] <= b["value"]:
                    low *= SCALES[scale.group(1).lower()]
                unit = b["unit"] if b["unit"] != "-" else a["unit"]
                out.append({**a, "value": (low, b["value"]), "unit": unit, "change": "=",
                            "end": b["end"], "text": a["text"] + " … " + b["text"]})
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def our_predictions(doc) -> list[dict]:
    """The quantity and percentage claims on a processed ``doc``, and the ages of named people,
    in NewsQuant's terms (NewsQuant counts "Maddon, 66," as a quantity; our table keeps it as
    the person's ``age``)."""
    text = doc_text(doc)
    table = _table()
    preds = []
    for claim in doc._.claims:
        if claim["type"] == "person" and claim.get("age") is not None:
            preds.append({"value": float(claim["age"]), "unit": table["age"]["units"]["year"], "change": "=",
                          "text": text[claim["start"]:claim["end"]], "raw_unit": "age",
                          "extractor": claim.get("extractor"), "start": claim["start"], "end": claim["end"]})
            continue
        if claim["type"] not in CLAIM_TYPES or claim.get("value") is None:
            continue
        value = float(claim["value"])
        written = text[claim["start"]:claim["end"]]
        name = unit_name(claim, doc)
        if claim.get("unit") == "GBP" and re.search(table["pence"]["pattern"], written):
            value, name = round(value * 100, 6), table["pence"]["unit"]  # "164p": NewsQuant keeps the pence
        if claim["type"] == "percentage" and written[:1] in "-−" and claim.get("direction") == "decrease":
            value = -value  # "DAX -1.6%": our table keeps 1.6 with direction decrease; NewsQuant writes -1.6
        if claim.get("value_max") is not None:
            value = (value, float(claim["value_max"]))
        change = change_symbol(claim)
        if change in ("up", "down") and named_change(doc, claim):
            change = "="  # NewsQuant's convention for a change named by a noun ("a 75 percent increase")
        preds.append({"value": value, "unit": name, "change": change,
                      "text": written, "raw_unit": claim.get("unit"),
                      "extractor": claim.get("extractor"), "start": claim["start"], "end": claim["end"]})
    figures = sorted((q for q in preds if q["raw_unit"] != "age"), key=lambda q: q["start"])
    return join_transitions(figures, text) + [q for q in preds if q["raw_unit"] == "age"]


def run_ours(sentences: list[str]) -> list[list[dict]]:
    """Our predictions per sentence: the shared pipeline on each normalised sentence."""
    from ..nlp import make_doc, shared
    from ..normalise import normalise

    nlp = shared()
    docs = nlp.pipe((make_doc(nlp, normalise(s)) for s in sentences), batch_size=64)
    return [our_predictions(doc) for doc in docs]


# --- quantulum3 -------------------------------------------------------------------------------

def quantulum_unit_name(name: str) -> str:
    """quantulum3's unit name renamed to NewsQuant's (``per cent`` -> ``percentage``).

    >>> quantulum_unit_name("per cent"), quantulum_unit_name("dimensionless"), quantulum_unit_name("Mile per hour")
    ('percentage', '-', 'mile per hour')
    """
    name = name.strip().lower()
    return _table()["quantulum3"].get(name, name)


def quantulum_predictions(sentence: str, parse: Callable | None = None) -> list[dict]:
    """quantulum3's quantities in one sentence, in NewsQuant's terms (no change field)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if parse is None:
            from quantulum3 import parser

            parse = parser.parse
        found = parse(sentence)
    return [{"value": float(q.value), "unit": quantulum_unit_name(q.unit.name), "change": None,
             "text": q.surface} for q in found]


def run_quantulum(sentences: list[str]) -> list[list[dict]]:
    """quantulum3's predictions per sentence."""
    return [quantulum_predictions(s) for s in sentences]


# --- errors -----------------------------------------------------------------------------------

def _show(q: dict) -> str:
    v = q["value"]
    value = f"{v[0]:g}-{v[1]:g}" if isinstance(v, tuple) else f"{v:g}"
    extra = f' [{q["extractor"]}, unit {q.get("raw_unit")!r}]' if q.get("extractor") else ""
    return f'{value} {q.get("unit")!r} ({q.get("change")}) "{q.get("text", "")}"{extra}'


def error_cases(sentences: list[str], gold_sents: list[list[dict]], pred_sents: list[list[dict]]) -> dict:
    """Misses, false alarms, unit and change disagreements, each a list of (sentence index, line)."""
    cases: dict[str, list] = {"miss": [], "false_alarm": [], "unit": [], "change": []}
    for i, (gold, preds) in enumerate(zip(gold_sents, pred_sents, strict=True)):
        pairs = match_sentence(gold, preds)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        cases["miss"] += [(i, "gold " + _show(g)) for gi, g in enumerate(gold) if gi not in matched_g]
        cases["false_alarm"] += [(i, "ours " + _show(p)) for pi, p in enumerate(preds) if pi not in matched_p]
        for gi, pi in pairs:
            if not _unit_equal(gold[gi], preds[pi]):
                cases["unit"].append((i, f"gold {_show(gold[gi])}  vs  ours {_show(preds[pi])}"))
            if not _change_equal(gold[gi], preds[pi]):
                cases["change"].append((i, f"gold {_show(gold[gi])}  vs  ours {_show(preds[pi])}"))
    return cases


def format_errors(cases: dict, sentences: list[str], limit: int) -> str:
    """Up to ``limit`` cases per kind, each with its sentence."""
    lines = []
    for kind, items in cases.items():
        lines.append(f"\n== ours: {kind.replace('_', ' ')} ({len(items)}) ==")
        for i, line in items[:limit]:
            lines.append(f"[{i}] {sentences[i][:200]}")
            lines.append(f"     {line}")
    return "\n".join(lines)


# --- report -----------------------------------------------------------------------------------

def _cells(levels: dict) -> str:
    out = []
    for level in LEVELS:
        v = levels.get(level)
        out.append("   n/a   n/a   n/a" if v is None else
                   "".join(f"{x:6.1f}" for x in ((v["p"], v["r"], v["f1"]) if isinstance(v, dict) else v)))
    return "  |".join(out)


def format_table(report: dict) -> str:
    """The printed table: system x level x P/R/F1."""
    head = (f"NewsQuant: {report['n_sentences']} sentences, {report['n_gold']} gold quantities; "
            f"one-to-one matching (value isclose, unit exact, change exact)\n")
    cols = f"{'system':34} {'preds':>6} |" + "  |".join(f"{lv:^18}" for lv in LEVELS)
    sub = f"{'':34} {'':>6} |" + "  |".join("     P     R    F1" for _ in LEVELS)
    rows = [head, cols, sub, "-" * len(sub)]
    for name, s in report["systems"].items():
        rows.append(f"{name:34} {s['n_pred']:6d} |{_cells(s['levels'])}")
    for name, levels in report["published"].items():
        rows.append(f"{name + ' (published, paper rule)':34} {'':>6} |{_cells(levels)}")
    rows.append("\npublished: the authors' scores (paper_results_NewsQuant.tsv), computed on the e7d6607 gold "
                "file with the paper's many-to-one rule; quantulum3 was not scored on change.")
    return "\n".join(rows)


def evaluate(data: str | Path, *, limit: int | None = None) -> tuple[dict, dict]:
    """Run both systems and score them; returns (report, our error cases)."""
    sentences, gold = load_gold(data, limit)
    t0 = time.perf_counter()
    ours = run_ours(sentences)
    t1 = time.perf_counter()
    theirs = run_quantulum(sentences)
    t2 = time.perf_counter()
    cases = error_cases(sentences, gold, ours)
    report = {
        "benchmark": "NewsQuant", "data": str(data), "match": "one-to-one",
        "n_sentences": len(sentences), "n_gold": sum(len(g) for g in gold),
        "systems": {
            "ours (policeclaims)": {**score(gold, ours), "seconds": round(t1 - t0, 2)},
            "quantulum3": {**score(gold, theirs, ranges="mean"), "seconds": round(t2 - t1, 2)},
        },
        "published": {name: {lv: (None if v is None else dict(zip(("p", "r", "f1"), v)))
                             for lv, v in levels.items()} for name, levels in PUBLISHED.items()},
        "our_errors": {kind: len(items) for kind, items in cases.items()},
    }
    return report, {"sentences": sentences, "cases": cases}


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The runner's options (for ``policeclaims bench-quantities`` or ``python -m``).

    >>> add_arguments(argparse.ArgumentParser()).parse_args(["--limit", "5"]).limit
    5
    """
    parser.add_argument("--data", default=str(DEFAULT_DATA), metavar="PATH",
                        help="NewsQuant.json (default: ../shared/benchmarks/newsquant/NewsQuant.json "
                             "beside the project)")
    parser.add_argument("--json", metavar="OUT", help="also write the numbers to this JSON file")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N sentences")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print up to N of our misses, false alarms, unit and change disagreements")
    return parser


def run(args: argparse.Namespace) -> int:
    """Score, print the table (and errors), write ``--json``; 0 on success, 2 when the data is absent."""
    data = Path(args.data)
    if not data.is_file():
        print(f"bench-quantities: {data} not found; NewsQuant lives in ../shared/benchmarks/newsquant/ "
              "beside the project (give --data PATH)", file=sys.stderr)
        return 2
    try:
        report, errors = evaluate(data, limit=args.limit)
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        print(f"bench-quantities: cannot read {data}: {exc}", file=sys.stderr)
        return 2
    print(format_table(report))
    if args.errors:
        print(format_errors(errors["cases"], errors["sentences"], args.errors))
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.benchmarks.newsquant``."""
    parser = add_arguments(argparse.ArgumentParser(
        prog="python -m pipeline.benchmarks.newsquant",
        description="Score our quantity/percentage claims and quantulum3 on NewsQuant (CQE, EMNLP 2023)."))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
