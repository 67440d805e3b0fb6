"""Shared fixtures: one loaded pipeline per test session, and the shared/ folder."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The full configured pipeline (loaded once)."""
    from pipeline.nlp import shared

    return shared()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; tests that need it skip where it is absent (a user's fresh clone)."""
    if not (SHARED / "CLAIMS.md").is_file():
        pytest.skip("../shared is not beside the project (a user's clone); this test needs its data")
    return SHARED

