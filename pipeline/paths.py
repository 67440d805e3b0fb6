"""Where the project's data files live.

>>> models_dir().joinpath("config.cfg").is_file()
True
"""
from __future__ import annotations

from pathlib import Path


def models_dir() -> Path:
    """The ``models/`` folder: beside the package in a checkout, else the installed copy."""
    here = Path(__file__).resolve().parent.parent / "models"
    if (here / "config.cfg").is_file():
        return here
    from importlib.resources import files  # installed wheel: models/ ships as policeclaims_models

    return Path(str(files("policeclaims_models")))


def resolve_data_path(path: str | Path) -> Path:
    """A data file named relative to ``models/`` (absolute paths pass through).

    >>> resolve_data_path("config.cfg").name
    'config.cfg'
    """
    p = Path(path)
    return p if p.is_absolute() else models_dir() / p
