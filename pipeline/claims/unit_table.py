"""Whether quantulum3 reads a word as a physical unit, from a precomputed table (quantulum3 is not loaded).

:func:`physical_unit` answers ``word`` when quantulum3 reads "2 WORD" as a length,
mass, volume, speed, area, temperature, energy, power or pressure (else None), from
``models/patterns/physical_units.json``.
That file is generated, by ``python -m pipeline.claims.unit_table --write``, from
quantulum3's own unit data: every written form of every unit in ``load.units()``
(symbols and surfaces, plurals included) in several casings, and two forms joined
("km/h", "kWh") up to ``max_compound_chars`` (``models/patterns/unit_table.json``),
each read by quantulum3's parser (:func:`reads_physical`).

quantulum3 matches unit forms whatever their case, then looks a form up as spelt
before lower-casing it. So the table keeps lower-cased forms (``folded``: a
spelling absent from quantulum3's data reads as they do) and the spellings read
otherwise (``cased`` physical, ``cased_not`` not): "ha" is a hectare and "Ha" a
hartree (energy), but "HA" is ambiguous to quantulum3 and is no unit.

>>> physical_unit("mph"), physical_unit("KM"), physical_unit("km/h"), physical_unit("key")
('mph', 'KM', 'km/h', None)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from functools import lru_cache, partial
from importlib.metadata import version
from itertools import product

from ..paths import resolve_data_path
from .base import load_data

TABLE = "patterns/physical_units.json"
SETTINGS = "patterns/unit_table.json"
COMMAND = "python -m pipeline.claims.unit_table --write"


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data(TABLE)
    return frozenset(data["cased"]), frozenset(data["cased_not"]), frozenset(data["folded"])


def physical_unit(word: str) -> str | None:
    """``word`` if quantulum3 reads it as a physical unit after a number ("2 mph"), else None.

    >>> physical_unit("ha"), physical_unit("Ha"), physical_unit("HA"), physical_unit("arrests")
    ('ha', 'Ha', None, None)
    """
    cased, cased_not, folded = _table()
    if word in cased:
        return word
    if word in cased_not:
        return None
    return word if word.lower() in folded else None


# ----------------------------------------------------------------------------- the generator

def reads_physical(word: str, entities: frozenset[str]) -> bool:
    """Whether quantulum3 reads "2 WORD" as a unit of one of ``entities`` (slow: it loads quantulum3).

    >>> reads_physical("mph", frozenset({"speed"})), reads_physical("key", frozenset({"speed"}))
    (True, False)
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        found = parser.parse(f"2 {word}")
    return any(q.unit.entity.name in entities and q.surface.endswith(word) for q in found)


def casings(form: str, every_up_to: int) -> set[str]:
    """``form`` as given, lower- and upper-cased, capitalised and title-cased; every mix of
    cases too when it has at most ``every_up_to`` letters.

    >>> sorted(casings("kph", 0)), len(casings("km/h", 5))
    (['KPH', 'Kph', 'kph'], 8)
    """
    out = {form, form.lower(), form.upper(), form.capitalize(), form.title()}
    letters = [i for i, ch in enumerate(form) if ch.lower() != ch.upper()]
    if len(letters) <= every_up_to:
        for mask in range(2 ** len(letters)):
            chars = list(form.lower())
            for bit, i in enumerate(letters):
                if mask >> bit & 1:
                    chars[i] = chars[i].upper()
            out.add("".join(chars))
    return out


def _spellings(parts: list[str], by_lower: dict[str, set[str]]) -> set[str]:
    """The parts joined, each part spelt every way quantulum3 tells apart: as in its data (it looks
    a form up as spelt first) and, when there is one, a casing absent from its data (looked up lower-cased)."""
    def kinds(part: str) -> set[str]:
        spelt = by_lower.get(part, set())
        other = next((c for c in (part, part.upper(), part.capitalize()) if c not in spelt), None)
        return spelt | ({other} if other is not None else set())

    return {"".join(combo) for combo in product(*(kinds(p) for p in parts))}


def build(settings: str = SETTINGS, jobs: int = 1, only: set[str] | None = None) -> dict:
    """The table (with a header saying how it was made) from the installed quantulum3's unit data
    (``only``: just these lower-cased forms and their compounds, for a quick look).

    Candidates: every form (symbol or surface) in every casing, and two forms joined as in
    "km/h" or "kWh" up to ``max_compound_chars``; a compound any of whose spellings (see
    ``_spellings``) reads as physical is then read in every casing. Left out: words ending in one
    of quantulum3's operators ("km/", "kmx", or "cmx" from "c" and "mx"), which it reads as the
    form before the operator or not depending on the order of its operator set, i.e. on the
    process's string hash seed. ``jobs`` processes share the reading.

    >>> table = build(only={"ha", "mph"})  # "HA" is ambiguous (hectare, hartree): no unit
    >>> table["folded"], table["cased"], table["cased_not"]
    (['mph'], ['Ha', 'ha'], [])
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load, regex

        units, known, operators = load.units(), set(load.entities().names), regex.operators()
    conf = load_data(settings)
    entities = frozenset(conf["entities"])
    if entities - known:
        raise ValueError(f"quantulum3 {version('quantulum3')} has no entities {sorted(entities - known)}")
    spelt = {k for table in (units.symbols, units.surfaces) for k, v in table.items() if v  # as in its data
             and (only is None or k.lower() in only)}
    every, longest = conf["every_casing_up_to"], conf["max_compound_chars"]
    by_lower: dict[str, set[str]] = {}
    for k in spelt:
        by_lower.setdefault(k.lower(), set()).add(k)
    pieces = sorted(f for f in by_lower if re.fullmatch(r"[a-z]+", f) and len(f) < longest)
    ends = tuple(op for op in operators if re.fullmatch(r"[a-z/]", op))
    shapes = [[a, j, b] for a in pieces for j in ("", "/") for b in pieces
              if len(a + j + b) <= longest and not b.endswith(ends)]
    candidates: dict[str, set[str]] = {f: casings(f, every) | by_lower[f] for f in by_lower}
    for shape in shapes:
        if "".join(shape) not in by_lower:
            candidates.setdefault("".join(shape), set()).update(_spellings(shape, by_lower))
    reading = _read(sorted({s for group in candidates.values() for s in group}), entities, jobs)
    again = [w for w, group in candidates.items() if w not in by_lower and any(reading[s] for s in group)]
    for w in again:
        candidates[w] |= casings(w, every)
    reading.update(_read(sorted({s for w in again for s in candidates[w]} - set(reading)), entities, jobs))
    folded = set()
    for lower, group in candidates.items():  # how most spellings outside quantulum3's data read
        votes = [reading[s] for s in group if s not in spelt and s.lower() == lower]
        if 2 * sum(votes) > len(votes):
            folded.add(lower)
    cased = sorted(s for s, yes in reading.items() if yes and s.lower() not in folded)
    cased_not = sorted(s for s, yes in reading.items() if not yes and s.lower() in folded)
    return {"generated_by": COMMAND, "quantulum3_version": version("quantulum3"),
            "source": "quantulum3 load.units() symbols and surfaces, each read by quantulum3.parser.parse('2 FORM')",
            "entities": sorted(entities), "max_compound_chars": longest, "every_casing_up_to": every,
            "n_read": len(reading), "folded": sorted(folded), "cased": cased, "cased_not": cased_not}


def _read(words: list[str], entities: frozenset[str], jobs: int) -> dict[str, bool]:
    if jobs <= 1:
        return {w: reads_physical(w, entities) for w in words}
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:  # the workers inherit the loaded quantulum3
        return dict(zip(words, pool.map(partial(reads_physical, entities=entities), words, chunksize=2000)))


def main(argv: list[str] | None = None) -> int:
    """``--write`` the table to ``models/patterns/physical_units.json``; without it, print its counts."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.claims.unit_table", description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {TABLE} under models/")
    parser.add_argument("--jobs", type=int, default=1, help="processes reading the candidates (default 1)")
    args = parser.parse_args(argv)
    table = build(jobs=args.jobs)
    print(", ".join(f"{k} {len(table[k])}" for k in ("folded", "cased", "cased_not")) + f" ({table['n_read']} read)")
    if args.write:
        text = json.dumps(table, indent=0, ensure_ascii=False) + "\n"
        resolve_data_path(TABLE).write_text(text, encoding="utf-8")
        print(f"wrote {resolve_data_path(TABLE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
