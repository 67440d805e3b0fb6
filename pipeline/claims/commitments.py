"""``claims_commitments``: placeholder, being written."""
from __future__ import annotations

from spacy.language import Language


@Language.factory("claims_commitments")
def make_commitments(nlp, name):
    return lambda doc: doc
