"""Ingest: turn files, folders or records into releases (or errors, never silence).

>>> from pipeline.ingest import iter_releases
>>> [r.release_id for r in iter_releases([{"id": "r1", "text": "Police made 3 arrests."}])]
['r1']
"""
from .model import IngestError, Release
from .readers import iter_releases, SUPPORTED_SUFFIXES

__all__ = ["IngestError", "Release", "iter_releases", "SUPPORTED_SUFFIXES"]
