"""Claim components: one module per claim type, each a registered spaCy factory.

Importing this package registers ``paragraph_boundaries``, ``claims_dates``,
``claims_quantities``, ``claims_percentages``, ``claims_people``, ``claims_quotes`` and
``claims_commitments`` so that ``nlp.add_pipe("claims_quantities")`` works in
any English pipeline.
"""
from . import base  # noqa: F401
from . import paragraphs, dates, quantities, percentages, people, quotes, commitments  # noqa: F401
