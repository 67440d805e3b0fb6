"""Look at an output folder: releases with their claims highlighted, and corpus summaries.

The notebooks in ``notebooks/`` call these functions so that they hold little
code. Everything takes the tables ``policeclaims extract`` writes (see
:func:`load_output`) and returns an HTML string or a small ``DataFrame``.

>>> claims = example_claims()
>>> summary_by_type(claims)["claims"].tolist()
[2, 1, 1, 1, 1, 1]
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from .batch import Tables
from .schema import CLAIM_COLUMNS, CLAIM_TYPES, ERROR_COLUMNS, RELEASE_COLUMNS, frame
from .tables import FORMATS, read_table, table_path

# One colour per claim type (displaCy's palette where a similar entity label exists).
TYPE_COLOURS: dict[str, str] = {
    "quantity": "#7aecec",
    "percentage": "#9cc9fc",
    "person": "#aa9cfc",
    "quote": "#feca74",
    "commitment": "#c887fb",
    "date": "#bfe1d9",
}

# The row fields shown on hover and in the side table, in this order.
ROW_FIELDS = ("value", "value_max", "unit", "qualifier", "direction", "baseline", "name", "role",
              "organisation", "age", "speaker", "actor", "actor_resolved", "date_value", "context_date")

FIGURE_TYPES = ("quantity", "percentage")

# Inline styles (notebook front ends may drop <style> blocks from outputs).
_LABEL_STYLE = "font-size:0.7em;font-weight:bold;margin-left:0.35em;vertical-align:middle"

_EXAMPLE_TEXT = ("Officers arrested 12 people on Friday, 3 May. Burglaries fell by 20 per cent.\n\n"
                 "\"We will keep patrolling,\" said Inspector Ann Lowe.")


def example_claims() -> pd.DataFrame:
    """A tiny claims table (one invented release, ``r1``) for the examples in this module.

    >>> example_claims()["claim_type"].astype(str).tolist()
    ['quantity', 'date', 'percentage', 'quote', 'commitment', 'person', 'quantity']
    """
    t = _EXAMPLE_TEXT

    def row(n, ctype, text, **fields):
        start = t.index(text)
        return {"release_id": "r1", "claim_id": f"r1:{n}", "claim_type": ctype, "text": text,
                "start": start, "end": start + len(text), "extractor": f"claims_{ctype}:example", **fields}

    return frame([
        row(0, "quantity", "12 people", value=12, unit="people", qualifier="exact", context_date="2024-05-03"),
        row(1, "date", "Friday, 3 May", date_value="2024-05-03"),
        row(2, "percentage", "20 per cent", value=20, unit="percent", qualifier="exact", direction="decrease"),
        row(3, "quote", "We will keep patrolling,", speaker="Ann Lowe"),
        row(4, "commitment", "We will keep patrolling", actor="We", actor_resolved="Northshire Police"),
        row(5, "person", "Ann Lowe", name="Ann Lowe", role="Inspector"),
        {**row(6, "quantity", "12 people", value=12, unit="people", qualifier="exact"),
         "release_id": "r2", "claim_id": "r2:0"},
    ], CLAIM_COLUMNS)


def example_releases() -> pd.DataFrame:
    """The releases table that goes with :func:`example_claims`.

    >>> example_releases()["release_id"].tolist()
    ['r1', 'r2']
    """
    return frame([{"release_id": "r1", "title": "Arrests", "published": "2024-05-04", "text": _EXAMPLE_TEXT},
                  {"release_id": "r2", "title": "More arrests", "published": "2025-01-10",
                   "text": _EXAMPLE_TEXT}], RELEASE_COLUMNS)


# --------------------------------------------------------------------------- loading


def load_output(out_dir: str | Path) -> Tables:
    """Read the claims, releases and errors tables of an output folder.

    Takes whichever format is there (Parquet, then CSV, then JSON Lines); a
    missing claims or errors table is read as empty. Raises ``FileNotFoundError``
    when the folder holds no releases table.

    >>> import tempfile
    >>> from pipeline.tables import write_table
    >>> out = tempfile.mkdtemp()
    >>> _ = write_table(example_claims(), out, "claims", "csv")
    >>> _ = write_table(example_releases(), out, "releases", "csv")
    >>> tables = load_output(out)
    >>> len(tables.claims), len(tables.releases), len(tables.errors)
    (7, 2, 0)
    """
    out = Path(out_dir)
    for fmt in FORMATS:
        if table_path(out, "releases", fmt).is_file():
            break
    else:
        raise FileNotFoundError(f"no releases table in {out} (run `policeclaims extract ... --out {out}` first)")

    def read(name: str, columns: Mapping[str, object]) -> pd.DataFrame:
        path = table_path(out, name, fmt)
        return read_table(path, name) if path.is_file() else frame([], columns)

    return Tables(read("claims", CLAIM_COLUMNS), read("releases", RELEASE_COLUMNS), read("errors", ERROR_COLUMNS))


# --------------------------------------------------------------------------- one release


def _present(x: Any) -> bool:
    if x is None:
        return False
    try:
        return not bool(pd.isna(x))
    except (TypeError, ValueError):
        return True


def _fmt(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return f"{int(x):,}" if abs(x) >= 1e4 else str(int(x))
    return str(x)


def _hover(row: Mapping) -> str:
    """The tooltip of one claim: type, extractor, then its non-null row fields."""
    lines = [f"{row['claim_type']} ({row.get('claim_id')})", f"extractor: {row.get('extractor')}"]
    lines += [f"{f}: {_fmt(row[f])}" for f in ROW_FIELDS if _present(row.get(f))]
    return "\n".join(lines)


def _select(claims: pd.DataFrame, release_id: str | None = None, types: Iterable[str] | None = None) -> pd.DataFrame:
    if release_id is not None:
        claims = claims[claims["release_id"] == release_id]
    if types is not None:
        types = [types] if isinstance(types, str) else list(types)
        unknown = set(types) - set(CLAIM_TYPES)
        if unknown:
            raise ValueError(f"unknown claim type(s) {sorted(unknown)}; choose from {', '.join(CLAIM_TYPES)}")
        claims = claims[claims["claim_type"].astype(str).isin(types)]
    return claims


def _release_text(releases: pd.DataFrame, release_id: str) -> tuple[str, Mapping]:
    found = releases[releases["release_id"] == release_id]
    if found.empty:
        raise KeyError(f"release {release_id!r} is not in the releases table")
    row = found.iloc[0].to_dict()
    return str(row["text"]), row


def legend(types: Iterable[str] = CLAIM_TYPES) -> str:
    """An HTML legend: one coloured label per claim type.

    >>> legend(["date"]).count("<span")
    1
    """
    return " ".join(f'<span style="background:{TYPE_COLOURS[t]};padding:0.2em 0.5em;border-radius:0.35em;'
                    f'font-size:0.85em;font-weight:bold">{t.upper()}</span>' for t in types)


def render_release(claims: pd.DataFrame, releases: pd.DataFrame, release_id: str,
                   types: Iterable[str] | None = None) -> str:
    """The release's text as HTML with every claim highlighted in its type's colour.

    Built on displaCy's ``ent`` look (a coloured ``<mark>`` with the label after
    the text), extended for what displaCy cannot show: overlapping claims (a
    figure inside a quote is drawn inside the quote's mark) and a ``title``
    attribute on each mark, so hovering shows the claim's row fields (value,
    unit, qualifier, direction, speaker, actor, dates, extractor). ``types``
    keeps only those claim types.

    >>> page = render_release(example_claims(), example_releases(), "r1", types=["quantity", "quote"])
    >>> page.count('class="pc-claim'), 'title="quantity (r1:0)&#10;extractor: claims_quantity:example' in page
    (2, True)
    """
    text, meta = _release_text(releases, release_id)
    rows = _select(claims, release_id, types).to_dict(orient="records")
    rows = [r for r in rows if _present(r.get("start")) and _present(r.get("end"))
            and 0 <= int(r["start"]) < int(r["end"]) <= len(text)]
    # Longer claims first, so an inner claim is drawn inside the claim that holds it.
    rows.sort(key=lambda r: (int(r["start"]), -int(r["end"])))
    cuts = sorted({0, len(text)} | {int(r["start"]) for r in rows} | {int(r["end"]) for r in rows})
    pieces: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [r for r in rows if int(r["start"]) <= a and b <= int(r["end"])]
        piece = html.escape(text[a:b])
        for depth, r in reversed(list(enumerate(covering))):
            ctype = str(r["claim_type"])
            label = (f'<span class="pc-label" style="{_LABEL_STYLE}">{ctype.upper()}</span>'
                     if int(r["end"]) == b else "")
            pad = "0.1em 0.25em" if depth else "0.2em 0.35em"
            piece = (f'<mark class="pc-claim pc-{ctype}" data-claim-id="{html.escape(str(r["claim_id"]))}" '
                     f'title="{html.escape(_hover(r)).replace(chr(10), "&#10;")}" '
                     f'style="background:{TYPE_COLOURS.get(ctype, "#ddd")};padding:{pad};'
                     f'border-radius:0.35em;cursor:help">{piece}{label}</mark>')
        pieces.append(piece)
    title = html.escape(str(meta.get("title") or release_id))
    published = meta.get("published") if _present(meta.get("published")) else "unknown"
    shown = sorted({str(r["claim_type"]) for r in rows}, key=CLAIM_TYPES.index)
    return (
        '<div class="pc-release" style="font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,'
        'sans-serif;max-width:60em">'
        f'<h3 style="margin-bottom:0.2em">{title}</h3>'
        f'<div style="color:#555;margin-bottom:0.6em">{html.escape(release_id)} · published {published} · '
        f'{len(rows)} claims shown · hover a claim for its fields</div>'
        f'<div style="margin-bottom:0.8em">{legend(shown)}</div>'
        f'<div style="white-space:pre-wrap;line-height:2.4">{"".join(pieces)}</div></div>'
    )


def render_displacy(claims: pd.DataFrame, releases: pd.DataFrame, release_id: str,
                    types: Iterable[str] | None = None) -> str:
    """The release drawn by displaCy's own ``span`` visualiser (overlaps stacked, no hover).

    >>> page = render_displacy(example_claims(), example_releases(), "r1", types=["date"])
    >>> "DATE" in page, page.count('class="spans"')
    (True, 1)
    """
    from spacy import displacy
    from spacy.lang.en import English

    text, _ = _release_text(releases, release_id)
    doc = English().make_doc(text)
    spans = []
    for r in _select(claims, release_id, types).to_dict(orient="records"):
        if not (_present(r.get("start")) and _present(r.get("end"))):
            continue
        span = doc.char_span(int(r["start"]), int(r["end"]), alignment_mode="expand")
        if span is not None:
            spans.append({"start_token": span.start, "end_token": span.end, "label": str(r["claim_type"]).upper()})
    data = {"text": text, "tokens": [t.text for t in doc], "spans": spans}
    colours = {t.upper(): c for t, c in TYPE_COLOURS.items()}
    return displacy.render(data, style="span", manual=True, page=False, jupyter=False,
                           options={"colors": colours})


def claims_table(claims: pd.DataFrame, release_id: str | None = None,
                 types: Iterable[str] | None = None, blanks: bool = True) -> pd.DataFrame:
    """The claims as a side table: claim id, type, text and the row fields that hold a value.

    Columns that are empty for every selected row are dropped; with ``blanks``
    (the default, for reading) the remaining nulls show as empty cells and
    whole-number values without ``.0``.

    >>> table = claims_table(example_claims(), "r1", types="percentage")
    >>> table.columns.tolist()
    ['claim_id', 'claim_type', 'text', 'value', 'unit', 'qualifier', 'direction', 'extractor']
    >>> table[["value", "direction"]].values.tolist()
    [['20', 'decrease']]
    """
    rows = _select(claims, release_id, types)
    columns = ["claim_id", "claim_type", "text"] + [f for f in ROW_FIELDS if rows[f].notna().any()] + ["extractor"]
    table = rows[columns].reset_index(drop=True)
    if blanks:
        table = table.astype(object).map(lambda x: _fmt(x) if _present(x) else "")
    return table


# --------------------------------------------------------------------------- the whole corpus


def summary_by_type(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims and releases per claim type (every type listed, in the schema's order).

    >>> summary_by_type(example_claims()).loc["quantity"].tolist()
    [2, 2]
    """
    ctype = claims["claim_type"].astype(str)
    out = pd.DataFrame({
        "claims": ctype.value_counts(),
        "releases": claims.groupby(ctype)["release_id"].nunique(),
    }).reindex(list(CLAIM_TYPES)).fillna(0).astype(int)
    out.index.name = "claim_type"
    return out


def by_extractor(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per claim type and extractor rule, most frequent first within a type.

    >>> by_extractor(example_claims()).to_dict(orient="records")[0]
    {'claim_type': 'quantity', 'extractor': 'claims_quantity:example', 'claims': 2}
    """
    out = (claims.assign(claim_type=claims["claim_type"].astype(str), extractor=claims["extractor"].fillna("?"))
           .groupby(["claim_type", "extractor"]).size().rename("claims").reset_index())
    out["order"] = out["claim_type"].map(CLAIM_TYPES.index)
    out = out.sort_values(["order", "claims", "extractor"], ascending=[True, False, True])
    return out.drop(columns="order").reset_index(drop=True).astype({"claims": int})


def top_units(claims: pd.DataFrame, n: int = 10, types: Iterable[str] = FIGURE_TYPES) -> pd.DataFrame:
    """The ``n`` most frequent units of figures (quantities and percentages by default).

    >>> top_units(example_claims(), 2).values.tolist()
    [['people', 2], ['percent', 1]]
    """
    units = _select(claims, types=types)["unit"].dropna().astype(str)
    counts = units.value_counts()
    out = pd.DataFrame({"unit": counts.index.astype(str), "claims": counts.to_numpy().astype(int)})
    return out.sort_values(["claims", "unit"], ascending=[False, True]).head(n).reset_index(drop=True)


def top_actors(claims: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most frequent commitment actors (resolved where the pipeline resolved them).

    >>> top_actors(example_claims()).values.tolist()
    [['Northshire Police', 'We', 1]]
    """
    rows = _select(claims, types=["commitment"])
    actor = rows["actor_resolved"].fillna(rows["actor"]).fillna("(none)").astype(str)
    written = rows["actor"].fillna("").astype(str)
    out = (pd.DataFrame({"actor": actor, "as written": written})
           .groupby("actor").agg(**{"as written": ("as written", lambda s: ", ".join(sorted(set(s) - {""}))),
                                    "claims": ("as written", "size")}))
    out = out.reset_index().sort_values(["claims", "actor"], ascending=[False, True])
    return out.head(n).reset_index(drop=True).astype({"claims": int})


def period_of(value: Any, freq: str = "year") -> str | None:
    """The year (``freq="year"``) or month (``"month"``) an ISO date value falls in, or None.

    Weeks (``YYYY-Www``) count in the month of their Monday; a bare year has no month.

    >>> [period_of(v, "month") for v in ("2024-03-05", "2024-03", "2024", "2024-W10", None)]
    ['2024-03', '2024-03', None, '2024-03', None]
    >>> period_of("2024-W10")
    '2024'
    """
    if not _present(value):
        return None
    v = str(value).strip().upper()
    if len(v) < 4 or not v[:4].isdigit():
        return None
    if freq == "year":
        return v[:4]
    if freq != "month":
        raise ValueError(f"freq must be 'year' or 'month', not {freq!r}")
    if len(v) >= 8 and v[4:6] == "-W" and v[6:8].isdigit():
        try:
            return date.fromisocalendar(int(v[:4]), int(v[6:8]), 1).strftime("%Y-%m")
        except ValueError:
            return None
    if len(v) >= 7 and v[4] == "-" and v[5:7].isdigit():
        return v[:7]
    return None


def figures_over_time(claims: pd.DataFrame, releases: pd.DataFrame, freq: str = "year",
                      types: Iterable[str] = FIGURE_TYPES) -> pd.DataFrame:
    """Figures counted per period, by the date they refer to and by the release's date.

    ``by context_date``: the date claim in the figure's sentence (CLAIMS.md's
    ``context_date``); ``by published``: the release's ``published`` date.
    Figures with no such date are left out of that column. Every period from
    the first to the last is listed (zeros included).

    >>> figures_over_time(example_claims(), example_releases()).to_dict(orient="index")
    {'2024': {'by context_date': 1, 'by published': 2}, '2025': {'by context_date': 0, 'by published': 1}}
    """
    rows = _select(claims, types=types)
    published = rows["release_id"].map(releases.set_index("release_id")["published"])
    by_context = rows["context_date"].map(lambda v: period_of(v, freq)).dropna().value_counts()
    by_published = published.map(lambda v: period_of(v, freq)).dropna().value_counts()
    out = pd.DataFrame({"by context_date": by_context, "by published": by_published}).fillna(0).astype(int)
    out.index = out.index.astype(str)
    if len(out):  # every period between the first and the last, so a chart's x axis is a time line
        span = pd.period_range(min(out.index), max(out.index), freq="Y" if freq == "year" else "M")
        out = out.reindex(span.astype(str), fill_value=0)
    out.index.name = freq
    return out.sort_index()


def commitments_table(claims: pd.DataFrame, releases: pd.DataFrame) -> pd.DataFrame:
    """Every commitment with its actor and the release's published date.

    >>> commitments_table(example_claims(), example_releases()).iloc[0].tolist()
    ['r1', '2024-05-04', 'We', 'Northshire Police', 'We will keep patrolling']
    """
    rows = _select(claims, types=["commitment"])
    published = rows["release_id"].map(releases.set_index("release_id")["published"])
    out = pd.DataFrame({"release_id": rows["release_id"], "published": published, "actor": rows["actor"],
                        "actor_resolved": rows["actor_resolved"], "text": rows["text"]})
    return out.reset_index(drop=True)


def quotes_by_speaker(claims: pd.DataFrame, n: int | None = None, example_chars: int = 80) -> pd.DataFrame:
    """Quotes per speaker (``(no speaker)`` for unattributed ones), with a first example.

    >>> quotes_by_speaker(example_claims()).values.tolist()
    [['Ann Lowe', 1, 1, 'We will keep patrolling,']]
    """
    rows = _select(claims, types=["quote"])
    speaker = rows["speaker"].fillna("(no speaker)").astype(str)

    def first(s: pd.Series) -> str:
        t = str(s.iloc[0])
        return t if len(t) <= example_chars else t[: example_chars - 1].rstrip() + "…"

    out = (pd.DataFrame({"speaker": speaker, "release_id": rows["release_id"], "text": rows["text"]})
           .groupby("speaker").agg(quotes=("text", "size"), releases=("release_id", "nunique"), example=("text", first))
           .reset_index().sort_values(["quotes", "speaker"], ascending=[False, True]))
    out = out.astype({"quotes": int, "releases": int}).reset_index(drop=True)
    return out if n is None else out.head(n)


# --------------------------------------------------------------------------- where the pipeline misses


def score_output(gold_path: str | Path, claims: pd.DataFrame):
    """Score an output's claims against a gold file (``pipeline.evaluate.score``), without re-running.

    Only releases that are in both the gold and the output are scored.

    >>> import json, tempfile
    >>> rec = {"id": "r1", "text": _EXAMPLE_TEXT, "claims": [{"type": "percentage", "text": "20 per cent",
    ...        "value": 20}, {"type": "quantity", "text": "3 vans", "value": 3}]}
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    ...     _ = f.write(json.dumps(rec) + "\\n")
    >>> report = score_output(f.name, example_claims())
    >>> report.types["percentage"].tp, report.types["quantity"].fn, report.types["quantity"].fp
    (1, 1, 1)
    """
    from .evaluate import load_gold, predictions_from_table, score

    predictions = predictions_from_table(claims)
    gold = [r for r in load_gold(gold_path) if str(r["id"]) in predictions]
    return score(gold, predictions)


def _errors_of(report: Any, kind: str) -> list[dict]:
    """Error lists as dicts, from a ``Report`` or from a JSON dict that carries them."""
    if isinstance(report, Mapping):
        return [dict(e) for e in report.get(kind) or []]
    return [vars(e) for e in getattr(report, kind, [])]


def misses_by_type(report: Any, examples: int = 3) -> pd.DataFrame:
    """Per claim type: gold, predicted, tp, fp, fn, P, R, F1, and a few missed texts.

    ``report`` is a :class:`pipeline.evaluate.Report` or the dict of
    ``policeclaims evaluate --json`` (``types`` with ``tp``/``fp``/``fn``, and
    ``misses``/``false_alarms`` lists if present; without them the example
    columns are empty).

    >>> report = {"types": {"date": {"tp": 3, "fp": 1, "fn": 1}}, "misses": [{"claim_type": "date", "text": "May"}]}
    >>> row = misses_by_type(report).to_dict(orient="index")["date"]
    >>> row["gold"], row["fn"], row["R"], row["missed (examples)"]
    (4, 1, 0.75, 'May')
    """
    if isinstance(report, Mapping):
        counts = {t: (int(s.get("tp", 0)), int(s.get("fp", 0)), int(s.get("fn", 0)))
                  for t, s in (report.get("types") or {}).items()}
    else:
        counts = {t: (s.tp, s.fp, s.fn) for t, s in report.types.items()}
    misses, false_alarms = _errors_of(report, "misses"), _errors_of(report, "false_alarms")

    def some(errors: list[dict], ctype: str) -> str:
        texts = [repr(e.get("text")) if e.get("text") is not None else "?" for e in errors
                 if e.get("claim_type") == ctype][:examples]
        return " · ".join(t.strip("'\"") if len(texts) == 1 else t for t in texts)

    rows = []
    for ctype in [t for t in CLAIM_TYPES if t in counts] + sorted(set(counts) - set(CLAIM_TYPES)):
        tp, fp, fn = counts[ctype]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows.append({"claim_type": ctype, "gold": tp + fn, "pred": tp + fp, "tp": tp, "fp": fp, "fn": fn,
                     "P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                     "missed (examples)": some(misses, ctype), "false alarms (examples)": some(false_alarms, ctype)})
    return pd.DataFrame(rows).set_index("claim_type")


def error_examples(report: Any, kind: str = "misses", types: Iterable[str] | None = None,
                   n: int = 5) -> pd.DataFrame:
    """Up to ``n`` errors per claim type, one a row (``kind``: misses, false_alarms or attribute_errors).

    >>> report = {"misses": [{"claim_type": "date", "release_id": "r1", "text": "May", "start": 3, "end": 6}]}
    >>> error_examples(report)[["claim_type", "text", "start"]].values.tolist()
    [['date', 'May', 3]]
    """
    if kind not in ("misses", "false_alarms", "attribute_errors"):
        raise ValueError(f"kind must be misses, false_alarms or attribute_errors, not {kind!r}")
    wanted = list(CLAIM_TYPES) if types is None else ([types] if isinstance(types, str) else list(types))
    rows = []
    for ctype in wanted:
        rows += [e for e in _errors_of(report, kind) if e.get("claim_type") == ctype][:n]
    columns = ["claim_type", "release_id", "text", "start", "end", "value", "note"]
    return pd.DataFrame([{c: e.get(c) for c in columns} for e in rows], columns=columns)
