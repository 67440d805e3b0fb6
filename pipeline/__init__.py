"""policeclaims: every claim in a police press release as a row of a tidy table.

>>> from pipeline import extract
>>> claims, releases = extract([{"id": "r1", "text": "Officers arrested 12 people on Monday.", "published": "2024-03-08"}])
>>> claims.loc[claims.claim_type == "quantity", ["text", "value"]].values.tolist()
[['12 people', 12.0]]
"""
from __future__ import annotations

__version__ = "0.1.0"


def load(config_path: str = "config.cfg"):
    """The configured spaCy pipeline (base model + claim components); see :mod:`pipeline.nlp`."""
    from .nlp import load as _load

    return _load(config_path)


def extract(inputs, **kwargs):
    """Claims and releases tables for a path, a folder, a text string or records; see :func:`pipeline.api.extract`."""
    from .api import extract as _extract

    return _extract(inputs, **kwargs)


__all__ = ["extract", "load", "__version__"]
