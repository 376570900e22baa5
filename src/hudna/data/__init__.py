"""Package data: lexicons, gazetteer, theatres, schemas, boundaries and the demo corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from hudna.errors import LexiconError


def data_path(*parts: str) -> Path:
    """Path of a file or folder shipped under `hudna/data/`."""
    return Path(str(resources.files("hudna.data").joinpath(*parts)))


def load_yaml(*parts: str) -> Any:
    """Load a YAML data file, turning any read or parse failure into a LexiconError."""
    path = data_path(*parts)
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"cannot load data file {path}: {err}", path=str(path)) from err
