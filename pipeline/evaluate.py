"""Score a claims table against gold releases, as ``CLAIMS.md`` section 4 says.

Scoring is per release, then summed over the corpus: true positives, false
alarms (fp) and misses (fn) per claim type, precision, recall and F1 per type
and micro-averaged over all types, then attribute accuracies over matched pairs.

Matching (one gold claim matches at most one prediction):

- ``quantity``, ``percentage``: same ``value`` (relative difference under
  1e-6; 0 matches only 0; null matches only null) and overlapping character spans.
- ``date``: same resolved value (null matches null) and overlapping spans, so
  a right span with a wrong value is one miss and one false alarm.
- ``person``: predictions are first reduced to one per distinct name (the
  extra rows are false alarms); a name matches when it equals the gold name or
  one is the other's surname (its last word).
- ``quote``: Jaccard similarity of the lower-cased word sets is at least 0.5.
- ``commitment``: the shared words divided by the word count of the shorter of
  the two (as sets) is at least 0.6.

Greedy in text order: the predictions of a type are taken in order of their
``start`` offset (rows without offsets last, in table order), and each takes
the first unmatched gold claim of that type, in text order, that satisfies the
rule. A greedy pass is simple and predictable; it can score a little lower than
an optimal assignment when one prediction could match two gold claims.

Gold claims are placed in the *normalised* text (the text the pipeline's
offsets refer to) by mapping their raw ``start``/``end`` through
:func:`pipeline.normalise.normalise_with_offsets`; a gold claim without offsets
is located by searching its (normalised) text, repeated strings taking
successive occurrences.

Zero counts: precision is 0.0 when nothing was predicted, recall is 0.0 when
there is no gold claim, and F1 is 0.0 when precision and recall are both 0
(the ``zero_division=0`` convention). An attribute accuracy over no matched
pair is ``None`` (shown as "-").

Attributes compared over matched pairs: ``qualifier`` and ``direction`` must be
equal (null equals null); ``unit`` and ``role`` agree when their lower-cased
content words overlap after dropping a plural "s" ("officers" ~ "officers and
staff"); ``speaker`` agrees on the surname (last word). For every attribute,
both null agree and one null disagrees.

>>> gold = [{"id": "r1", "text": "Officers made 5 arrests.", "claims": [
...     {"type": "quantity", "text": "5 arrests", "start": 14, "end": 23,
...      "value": 5, "unit": "arrests", "qualifier": "exact", "direction": None}]}]
>>> preds = {"r1": [{"claim_type": "quantity", "text": "5 arrests", "start": 14, "end": 23,
...                  "value": 5.0, "unit": "arrest", "qualifier": "exact", "direction": None}]}
>>> report = score(gold, preds)
>>> report.types["quantity"].f1, report.attributes["quantity.unit"].accuracy
(1.0, 1.0)
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .normalise import normalise, normalise_with_offsets, to_normalised_offset
from .schema import CLAIM_TYPES

VALUE_TOLERANCE = 1e-6
QUOTE_JACCARD = 0.5
COMMITMENT_OVERLAP = 0.6

# Attributes compared over matched pairs: name -> (claim type, field, comparison).
ATTRIBUTES: dict[str, tuple[str, str, str]] = {
    "quantity.qualifier": ("quantity", "qualifier", "equal"),
    "quantity.direction": ("quantity", "direction", "equal"),
    "quantity.unit": ("quantity", "unit", "content_words"),
    "percentage.qualifier": ("percentage", "qualifier", "equal"),
    "percentage.direction": ("percentage", "direction", "equal"),
    "person.role": ("person", "role", "content_words"),
    "quote.speaker": ("quote", "speaker", "surname"),
}

# Function words ignored when comparing units and roles (part of the scoring rule).
_STOPWORDS = frozenset(
    "a an the of and or for to in on at by with from as per s".split()
)
_WORD = re.compile(r"\w+(?:'\w+)*")


# --------------------------------------------------------------------------- results


@dataclass
class TypeScore:
    """Counts for one claim type (or the micro total) and the rates derived from them.

    >>> s = TypeScore(tp=3, fp=1, fn=2)
    >>> round(s.precision, 3), round(s.recall, 3), round(s.f1, 3), s.n_gold, s.n_pred
    (0.75, 0.6, 0.667, 5, 4)
    >>> TypeScore().precision, TypeScore().f1
    (0.0, 0.0)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def n_gold(self) -> int:
        return self.tp + self.fn

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class AttributeScore:
    """Agreement on one attribute over matched pairs.

    >>> AttributeScore(correct=3, n=4).accuracy, AttributeScore().accuracy
    (0.75, None)
    """

    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None


@dataclass
class ScoringError:
    """One miss, false alarm or attribute disagreement, for reading by a person."""

    kind: str  # "miss", "false_alarm" or an attribute name such as "quantity.unit"
    claim_type: str
    release_id: str
    text: str | None
    start: int | None = None
    end: int | None = None
    value: Any = None
    note: str = ""


@dataclass
class Report:
    """The result of :func:`score`: per-type counts, attribute accuracies and error lists."""

    types: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in CLAIM_TYPES})
    attributes: dict[str, AttributeScore] = field(
        default_factory=lambda: {a: AttributeScore() for a in ATTRIBUTES})
    misses: list[ScoringError] = field(default_factory=list)
    false_alarms: list[ScoringError] = field(default_factory=list)
    attribute_errors: list[ScoringError] = field(default_factory=list)
    n_releases: int = 0

    @property
    def micro(self) -> TypeScore:
        """Counts summed over all claim types."""
        return TypeScore(
            tp=sum(s.tp for s in self.types.values()),
            fp=sum(s.fp for s in self.types.values()),
            fn=sum(s.fn for s in self.types.values()),
        )


# --------------------------------------------------------------------------- small helpers


def _blank(x: Any) -> Any:
    """None for every flavour of missing (None, NaN, pd.NA, "")."""
    if x is None:
        return None
    if isinstance(x, str):
        return x if x.strip() else None
    try:
        if x != x:  # NaN
            return None
    except TypeError:  # pd.NA refuses to be compared
        return None
    return x


def _number(x: Any) -> float | None:
    x = _blank(x)
    if x is None:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _offset(x: Any) -> int | None:
    f = _number(x)
    return None if f is None else int(f)


def _words(text: Any) -> list[str]:
    """Lower-cased words (letters/digits, inner apostrophes kept).

    >>> _words("We’ll NOT tolerate 12 offences.")
    ["we'll", 'not', 'tolerate', '12', 'offences']
    """
    text = _blank(text)
    if text is None:
        return []
    return _WORD.findall(str(text).lower().replace("\u2019", "'").replace("\u2018", "'"))


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _content_words(text: Any) -> set[str]:
    """Lower-cased content words with a plural "s" dropped.

    >>> sorted(_content_words("Officers and staff"))
    ['officer', 'staff']
    """
    return {_singular(w) for w in _words(text) if w not in _STOPWORDS}


def values_match(a: Any, b: Any) -> bool:
    """Numeric values equal within a relative difference of 1e-6 (both null also match).

    >>> values_match(1200000, 1200000.4), values_match(0, 0.0), values_match(0, 1e-9), values_match(None, 3)
    (True, True, False, False)
    """
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return x is None and y is None
    if x == y:
        return True
    return abs(x - y) < VALUE_TOLERANCE * max(abs(x), abs(y))


def _date_values_match(a: Any, b: Any) -> bool:
    x, y = _blank(a), _blank(b)
    if x is None or y is None:
        return x is None and y is None
    return str(x).strip().upper() == str(y).strip().upper()


def _overlap(a: Mapping, b: Mapping) -> bool:
    if a["start"] is None or b["start"] is None or a["end"] is None or b["end"] is None:
        return False
    return a["start"] < b["end"] and b["start"] < a["end"]


def _surname(name: Any) -> str | None:
    words = _words(name)
    return words[-1] if words else None


def _name_key(name: Any) -> str:
    return " ".join(_words(name))


def names_match(gold_name: Any, pred_name: Any) -> bool:
    """Equal names (case and punctuation aside), or one is the other's surname.

    >>> names_match("Helen Carter", "Carter"), names_match("Carter", "helen carter"), names_match("Helen Carter", "Helen")
    (True, True, False)
    """
    g, p = _name_key(gold_name), _name_key(pred_name)
    if not g or not p:
        return False
    return g == p or g == _surname(p) or p == _surname(g)


def jaccard(a: Any, b: Any) -> float:
    """Jaccard similarity of the lower-cased word sets.

    >>> jaccard("We will find them", "we will find you")
    0.6
    """
    x, y = set(_words(a)), set(_words(b))
    return len(x & y) / len(x | y) if x | y else 0.0


def overlap_of_shorter(a: Any, b: Any) -> float:
    """Shared words over the word count of the shorter text (word sets, lower-cased).

    >>> overlap_of_shorter("The force will recruit 40 officers", "will recruit 40 new officers")
    0.8
    """
    x, y = set(_words(a)), set(_words(b))
    shorter = min(len(x), len(y))
    return len(x & y) / shorter if shorter else 0.0


def attribute_agrees(comparison: str, gold: Any, pred: Any) -> bool:
    """Whether a gold and a predicted attribute agree (both null agree; one null does not).

    >>> attribute_agrees("content_words", "stalking protection orders", "stalking protection order")
    True
    >>> attribute_agrees("equal", None, None), attribute_agrees("equal", "exact", None)
    (True, False)
    >>> attribute_agrees("surname", "Helen Carter", "Ms Carter")
    True
    """
    g, p = _blank(gold), _blank(pred)
    if g is None or p is None:
        return g is None and p is None
    if comparison == "equal":
        return str(g).strip().lower() == str(p).strip().lower()
    if comparison == "surname":
        return _surname(g) == _surname(p)
    gw, pw = _content_words(g), _content_words(p)
    if not gw or not pw:
        return str(g).strip().lower() == str(p).strip().lower()
    return bool(gw & pw)


# --------------------------------------------------------------------------- gold


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSON Lines file (``CLAIMS.md`` section 3): one release dict per line.

    Checks that every record has an ``id``, a ``text`` and a ``claims`` list whose
    claims have a known ``type`` (and, where they carry offsets, a ``text`` equal
    to ``text[start:end]``), and that ids are unique; raises ``ValueError``
    naming the line otherwise. Blank lines are skipped.

    >>> import tempfile, os
    >>> rec = {"id": "r1", "text": "Two men were arrested.", "claims": [
    ...     {"type": "quantity", "text": "Two men", "start": 0, "end": 7, "value": 2}]}
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    ...     _ = f.write(json.dumps(rec) + "\\n")
    >>> [r["id"] for r in load_gold(f.name)], len(load_gold(f.name)[0]["claims"])
    (['r1'], 1)
    >>> os.unlink(f.name)
    """
    releases: list[dict] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get("text"), str):
                raise ValueError(f"{path}:{lineno}: a gold record needs an 'id' and a 'text'")
            claims = rec.get("claims")
            if not isinstance(claims, list):
                raise ValueError(f"{path}:{lineno}: record {rec['id']!r} has no 'claims' list")
            for claim in claims:
                if not isinstance(claim, dict) or claim.get("type") not in CLAIM_TYPES:
                    raise ValueError(f"{path}:{lineno}: record {rec['id']!r} has a claim of unknown "
                                     f"type {claim.get('type') if isinstance(claim, dict) else claim!r}")
                start, end = _offset(claim.get("start")), _offset(claim.get("end"))
                if start is not None and end is not None and rec["text"][start:end] != claim.get("text"):
                    raise ValueError(f"{path}:{lineno}: record {rec['id']!r}: claim {claim.get('text')!r} "
                                     f"is not the text at {start}:{end} ({rec['text'][start:end]!r})")
            rid = str(rec["id"])
            if rid in seen:
                raise ValueError(f"{path}:{lineno}: duplicate release id {rid!r}")
            seen.add(rid)
            releases.append(rec)
    return releases


def place_gold_claims(release: Mapping) -> tuple[str, list[dict]]:
    """The release's normalised text and its gold claims placed in it (``start``/``end``).

    Claims with raw offsets are mapped through the normaliser's offset map; a
    claim without offsets is found by searching its normalised text, a repeated
    string taking the next occurrence after the previous one (unfound: no span).

    >>> text, claims = place_gold_claims({"id": "r", "text": "  5 arrests,\\u00a05 arrests", "claims": [
    ...     {"type": "quantity", "text": "5 arrests", "start": 2, "end": 11, "value": 5},
    ...     {"type": "quantity", "text": "5 arrests", "value": 5}]})
    >>> text, [(c["start"], c["end"]) for c in claims]
    ('5 arrests, 5 arrests', [(0, 9), (11, 20)])
    """
    norm, offsets = normalise_with_offsets(release["text"])
    next_search: dict[str, int] = {}
    placed = []
    for claim in release.get("claims", []):
        c = dict(claim)
        start, end = _offset(claim.get("start")), _offset(claim.get("end"))
        if start is not None and end is not None:
            c["start"] = to_normalised_offset(offsets, start)
            c["end"] = to_normalised_offset(offsets, end)
            next_search[norm[c["start"]:c["end"]]] = c["end"]
        else:
            needle = normalise(str(claim.get("text") or ""))
            at = norm.find(needle, next_search.get(needle, 0)) if needle else -1
            if at < 0 and needle:
                at = norm.find(needle)
            if at >= 0:
                c["start"], c["end"] = at, at + len(needle)
                next_search[needle] = at + max(len(needle), 1)
            else:
                c["start"] = c["end"] = None
        placed.append(c)
    return norm, placed


# --------------------------------------------------------------------------- matching


def _gold_view(claim: Mapping) -> dict:
    ctype = claim["type"]
    name = claim.get("name") if ctype == "person" else None
    return {
        "claim_type": ctype, "text": claim.get("text"), "start": claim.get("start"),
        "end": claim.get("end"),
        "value": claim.get("value"), "unit": claim.get("unit"), "qualifier": claim.get("qualifier"),
        "direction": claim.get("direction"), "name": _blank(name) or claim.get("text"),
        "role": claim.get("role"), "speaker": claim.get("speaker"),
    }


def _pred_view(row: Mapping) -> dict:
    ctype = _blank(row.get("claim_type")) or _blank(row.get("type"))
    if ctype == "date":
        value = row.get("date_value") if "date_value" in row else row.get("value")
    else:
        value = row.get("value")
    return {
        "claim_type": str(ctype) if ctype is not None else None,
        "text": _blank(row.get("text")), "start": _offset(row.get("start")), "end": _offset(row.get("end")),
        "value": _blank(value), "unit": _blank(row.get("unit")),
        "qualifier": _blank(row.get("qualifier")), "direction": _blank(row.get("direction")),
        "name": _blank(row.get("name")) or _blank(row.get("text")),
        "role": _blank(row.get("role")), "speaker": _blank(row.get("speaker")),
    }


def _rule_holds(ctype: str, gold: Mapping, pred: Mapping) -> bool:
    if ctype in ("quantity", "percentage"):
        return values_match(gold["value"], pred["value"]) and _overlap(gold, pred)
    if ctype == "date":
        return _date_values_match(gold["value"], pred["value"]) and _overlap(gold, pred)
    if ctype == "person":
        return names_match(gold["name"], pred["name"])
    if ctype == "quote":
        return jaccard(gold["text"], pred["text"]) >= QUOTE_JACCARD
    if ctype == "commitment":
        return overlap_of_shorter(gold["text"], pred["text"]) >= COMMITMENT_OVERLAP
    raise ValueError(f"unknown claim type {ctype!r}")


def _text_order(items: list[dict]) -> list[dict]:
    """Sorted by start offset; items without one last, keeping their order."""
    return [x for _, x in sorted(enumerate(items), key=lambda p: (
        p[1]["start"] is None, p[1]["start"] if p[1]["start"] is not None else 0, p[0]))]


def _error(kind: str, rid: str, claim: Mapping, note: str = "") -> ScoringError:
    return ScoringError(kind=kind, claim_type=claim["claim_type"], release_id=rid, text=claim["text"],
                        start=claim["start"], end=claim["end"], value=claim["value"], note=note)


def _fmt_value(v: Any) -> str:
    f = _number(v) if not isinstance(v, str) else None
    if f is not None:
        return f"{f:g}" if abs(f) < 1e15 else repr(f)
    return "null" if _blank(v) is None else str(v)


def _value_note(ctype: str, claim: Mapping, others: list[dict], other_name: str) -> str:
    """For a quantity/percentage/date error: how an overlapping counterpart's value compares."""
    if ctype not in ("quantity", "percentage", "date"):
        return ""
    same = values_match if ctype != "date" else _date_values_match
    overlapping = [o for o in others if _overlap(claim, o)]
    for other in overlapping:
        if not same(claim["value"], other["value"]):
            return (f"value {_fmt_value(claim['value'])}, {other_name} value {_fmt_value(other['value'])}"
                    f" ({other['text']!r})")
    if overlapping:
        return f"an overlapping {other_name} claim with the same value was matched to another"
    return ""


def _score_type(report: Report, rid: str, ctype: str, golds: list[dict], preds: list[dict]) -> None:
    golds, preds = _text_order(golds), _text_order(preds)
    tally = report.types[ctype]
    false_alarms: list[dict] = []
    notes: dict[int, str] = {}
    if ctype == "person":  # one prediction per distinct name; the extra rows are false alarms
        seen: set[str] = set()
        distinct = []
        for p in preds:
            key = _name_key(p["name"])
            if key in seen:
                false_alarms.append(p)
                notes[id(p)] = "duplicate name"
            else:
                seen.add(key)
                distinct.append(p)
        preds = distinct
    matched: list[bool] = [False] * len(golds)
    pairs: list[tuple[dict, dict]] = []
    for p in preds:
        for i, g in enumerate(golds):
            if not matched[i] and _rule_holds(ctype, g, p):
                matched[i] = True
                pairs.append((g, p))
                break
        else:
            false_alarms.append(p)
    misses = [g for i, g in enumerate(golds) if not matched[i]]
    tally.tp += len(pairs)
    tally.fp += len(false_alarms)
    tally.fn += len(misses)
    for p in _text_order(false_alarms):
        note = notes.get(id(p)) or _value_note(ctype, p, golds, "gold")
        report.false_alarms.append(_error("false_alarm", rid, p, note))
    for g in misses:
        report.misses.append(_error("miss", rid, g, _value_note(ctype, g, preds, "predicted")))
    for name, (atype, fname, comparison) in ATTRIBUTES.items():
        if atype != ctype:
            continue
        acc = report.attributes[name]
        for g, p in pairs:
            acc.n += 1
            if attribute_agrees(comparison, g[fname], p[fname]):
                acc.correct += 1
            else:
                report.attribute_errors.append(_error(
                    name, rid, g, f"gold {_fmt_value(g[fname])}, predicted {_fmt_value(p[fname])}"))


def score(gold_releases: Iterable[Mapping], predictions_by_release: Mapping[str, Iterable[Mapping]]) -> Report:
    """Score predicted claims against gold releases (see the module docstring for the rules).

    ``gold_releases`` are gold records as :func:`load_gold` returns them (raw
    text, claims with raw offsets or none); ``predictions_by_release`` maps a
    release id to its predicted claim rows (dicts with the claims table's
    columns: ``claim_type``, ``text``, ``start``, ``end`` in the normalised
    text, ``value``, ``date_value`` ...). Predictions for ids not in the gold
    are ignored.

    >>> gold = [{"id": "r1", "text": "On 3 May 2024 police seized 40kg of cannabis.", "claims": [
    ...     {"type": "date", "text": "3 May 2024", "start": 3, "end": 13, "value": "2024-05-03"},
    ...     {"type": "quantity", "text": "40kg", "start": 28, "end": 32, "value": 40, "unit": "kg"}]}]
    >>> preds = {"r1": [
    ...     {"claim_type": "date", "text": "3 May 2024", "start": 3, "end": 13, "date_value": "2024-05-04"},
    ...     {"claim_type": "quantity", "text": "40kg", "start": 28, "end": 32, "value": 40.0, "unit": "kg"}]}
    >>> r = score(gold, preds)
    >>> (r.types["date"].tp, r.types["date"].fp, r.types["date"].fn), r.micro.tp, r.micro.f1
    ((0, 1, 1), 1, 0.5)
    """
    report = Report()
    for release in gold_releases:
        rid = str(release["id"])
        report.n_releases += 1
        _, placed = place_gold_claims(release)
        golds = [_gold_view(c) for c in placed]
        preds = [_pred_view(row) for row in predictions_by_release.get(rid, ()) or ()]
        for ctype in CLAIM_TYPES:
            _score_type(report, rid, ctype,
                        [g for g in golds if g["claim_type"] == ctype],
                        [p for p in preds if p["claim_type"] == ctype])
    return report


def predictions_from_table(claims) -> dict[str, list[dict]]:
    """Group a claims DataFrame's rows by ``release_id`` as plain dicts (nulls as None).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"release_id": ["a", "a", "b"], "claim_type": ["date", "quantity", "date"]})
    >>> {k: len(v) for k, v in predictions_from_table(df).items()}
    {'a': 2, 'b': 1}
    """
    grouped: dict[str, list[dict]] = {}
    for row in claims.to_dict(orient="records"):
        row = {k: _blank(v) for k, v in row.items()}
        grouped.setdefault(str(row.get("release_id")), []).append(row)
    return grouped


# --------------------------------------------------------------------------- output


def _rate(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def format_table(report: Report) -> str:
    """A plain-text table: one row per claim type, the micro total, then attribute accuracies.

    >>> r = score([{"id": "r", "text": "Police arrested 3 men.", "claims": [
    ...     {"type": "quantity", "text": "3 men", "start": 16, "end": 21, "value": 3, "unit": "men"}]}], {})
    >>> print(format_table(r).splitlines()[1])
    quantity         1      0     0     0     1  0.000  0.000  0.000
    """
    lines = [f"{'type':<12}{'gold':>6}{'pred':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    rows = [(t, s) for t, s in report.types.items()] + [("micro", report.micro)]
    for name, s in rows:
        if name == "micro":
            lines.append("-" * len(lines[0]))
        lines.append(f"{name:<12}{s.n_gold:>6}{s.n_pred:>7}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
                     f"{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}")
    lines.append("")
    lines.append(f"{'attribute':<22}{'accuracy':>9}{'n':>6}")
    for name, a in report.attributes.items():
        lines.append(f"{name:<22}{_rate(a.accuracy):>9}{a.n:>6}")
    return "\n".join(lines)


def format_errors(report: Report, limit: int) -> str:
    """Up to ``limit`` misses and ``limit`` false alarms per type, then attribute disagreements.

    >>> r = score([{"id": "r", "text": "Police arrested 3 men.", "claims": [
    ...     {"type": "quantity", "text": "3 men", "start": 16, "end": 21, "value": 3}]}],
    ...     {"r": [{"claim_type": "quantity", "text": "3 men", "start": 16, "end": 21, "value": 4}]})
    >>> print(format_errors(r, 5))
    quantity misses (1):
      r [16:21] '3 men'  value 3, predicted value 4 ('3 men')
    quantity false alarms (1):
      r [16:21] '3 men'  value 4, gold value 3 ('3 men')
    """
    if limit <= 0:
        return ""
    out: list[str] = []

    def block(title: str, errors: list[ScoringError]) -> None:
        if not errors:
            return
        out.append(f"{title} ({len(errors)}):")
        for e in errors[:limit]:
            where = f"[{e.start}:{e.end}]" if e.start is not None else "[?]"
            note = f"  {e.note}" if e.note else ""
            out.append(f"  {e.release_id} {where} {e.text!r}{note}")

    for ctype in CLAIM_TYPES:
        block(f"{ctype} misses", [e for e in report.misses if e.claim_type == ctype])
        block(f"{ctype} false alarms", [e for e in report.false_alarms if e.claim_type == ctype])
    for name in ATTRIBUTES:
        block(f"{name} disagreements", [e for e in report.attribute_errors if e.kind == name])
    return "\n".join(out)


def report_to_json(report: Report) -> dict:
    """The report as a JSON-ready dict: ``types``, ``micro`` and ``attributes``.

    >>> d = report_to_json(Report())
    >>> sorted(d), d["types"]["quote"], d["attributes"]["quote.speaker"]
    (['attributes', 'micro', 'types'], {'P': 0.0, 'R': 0.0, 'F1': 0.0, 'tp': 0, 'fp': 0, 'fn': 0}, {'accuracy': None, 'n': 0})
    """
    return {
        "types": {t: {"P": s.precision, "R": s.recall, "F1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
                  for t, s in report.types.items()},
        "micro": {"P": report.micro.precision, "R": report.micro.recall, "F1": report.micro.f1},
        "attributes": {name: {"accuracy": a.accuracy, "n": a.n} for name, a in report.attributes.items()},
    }


# --------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``evaluate`` subcommand's arguments to ``parser``.

    >>> p = argparse.ArgumentParser(); add_arguments(p)
    >>> a = p.parse_args(["gold.jsonl", "--pred", "out/claims.csv", "--errors", "3"])
    >>> a.gold, a.pred, a.errors, a.json
    ('gold.jsonl', 'out/claims.csv', 3, None)
    """
    parser.add_argument("gold", metavar="GOLD", help="gold JSON Lines file (CLAIMS.md section 3)")
    parser.add_argument("--pred", metavar="CLAIMS_TABLE", default=None,
                        help="claims table written by `policeclaims extract` (.parquet, .csv or .jsonl); "
                             "without it the pipeline is run on the gold releases' texts")
    parser.add_argument("--errors", metavar="N", type=int, default=0,
                        help="print up to N misses and N false alarms per claim type")
    parser.add_argument("--json", metavar="OUT", default=None, help="write the scores as JSON to OUT")


def _read_claims_table(path: str | Path):
    """Read a claims table (.parquet, .csv or .jsonl) with the schema's dtypes; ValueError if unusable."""
    from .tables import read_table

    claims = read_table(path, "claims")
    for column in ("release_id", "claim_type"):
        if len(claims) and claims[column].isna().all():
            raise ValueError(f"no {column} values (is it a claims table written by `policeclaims extract`?)")
    return claims


def _predict(releases: list[dict]):
    """Run the pipeline on the gold releases' texts (metadata straight from the gold file)."""
    from . import api

    records = [{"id": r["id"], "text": r["text"], "published": r.get("published"),
                "title": r.get("title"), "source": r.get("source")} for r in releases]
    claims, pred_releases = api.extract(records)
    texts = dict(zip(pred_releases["release_id"].astype(str), pred_releases["text"]))
    differ = [r["id"] for r in releases
              if str(r["id"]) in texts and texts[str(r["id"])] != normalise(r["text"])]
    if differ:
        print(f"warning: {len(differ)} release text(s) differ from the normalised gold text "
              f"(e.g. {differ[0]!r}); spans may not line up", file=sys.stderr)
    return claims


def run(args: argparse.Namespace) -> int:
    """Score and print; 0 on success, 2 when the gold or the predictions cannot be read."""
    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as exc:
        print(f"policeclaims evaluate: cannot read gold file: {exc}", file=sys.stderr)
        return 2
    if args.pred:
        try:
            claims = _read_claims_table(args.pred)
        except Exception as exc:  # any reader failure is an unreadable input
            print(f"policeclaims evaluate: cannot read claims table {args.pred}: {exc}", file=sys.stderr)
            return 2
    else:
        claims = _predict(gold)
    predictions = predictions_from_table(claims)
    unknown = set(predictions) - {str(r["id"]) for r in gold}
    if unknown:
        print(f"warning: {len(unknown)} release id(s) in the predictions are not in the gold "
              f"(e.g. {sorted(unknown)[0]!r}); ignored", file=sys.stderr)
    report = score(gold, predictions)
    print(f"{report.n_releases} releases scored against {args.gold}")
    print(format_table(report))
    if args.errors and args.errors > 0:
        print()
        print(format_errors(report, args.errors))
    if args.json:
        out = Path(args.json)
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report_to_json(report), indent=2) + "\n", encoding="utf-8")
    return 0
