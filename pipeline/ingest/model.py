"""The two things ingest yields: a ``Release`` or an ``IngestError``.

>>> Release("r1", "Text.", source="r1.txt").release_id
'r1'
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Release:
    """One press release as read, before normalisation."""

    release_id: str
    text: str
    source: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None
    origin: str | None = None  # file (and line) it was read from, for error messages


@dataclass
class IngestError:
    """An input that could not become a release; ``error_type`` is a stable code."""

    source: str
    release_id: str | None
    error_type: str
    message: str

    def as_row(self) -> dict:
        return {"source": self.source, "release_id": self.release_id,
                "error_type": self.error_type, "message": self.message}
