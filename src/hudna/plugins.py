"""Hudna's extension points, all in one place (as datasette's hookspecs).

| group (entry points)             | what it provides                                   | built-ins registered the same way |
| -------------------------------- | -------------------------------------------------- | --------------------------------- |
| `hudna.readers`                  | `(suffixes, reader)` for a new input format        | txt, html, jsonl, rss             |
| `hudna.extraction_components`    | a factory returning an extraction `Component` and   | (none: the default pipeline)      |
|                                  | the name of the component it runs after            |                                   |

A component can be named without packaging it, as `module:factory` (for a locally installed ML
model such as an NER or relation classifier). Components are off by default: the extractor runs
the ones named in `Extractor(components_extra=[...])` or in `$HUDNA_COMPONENTS` (comma-separated).
Nothing here downloads anything; a component must load its model from local files.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from hudna.errors import HudnaError

if TYPE_CHECKING:
    from hudna.extract.pipeline import Component

READER_GROUP = "hudna.readers"
COMPONENT_GROUP = "hudna.extraction_components"
ComponentFactory = Callable[[], "tuple[Component, str | None]"]


def _load_object(spec: str) -> Any:
    """`module:attribute` → the object; an entry-point name is looked up in COMPONENT_GROUP."""
    if ":" in spec:
        module_name, _, attr = spec.partition(":")
        try:
            return getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as err:
            raise HudnaError(f"cannot load extraction component {spec!r}: {err}") from err
    for ep in entry_points(group=COMPONENT_GROUP):
        if ep.name == spec:
            return ep.load()
    raise HudnaError(
        f"no extraction component named {spec!r} (entry point group {COMPONENT_GROUP})"
    )


def component_specs(explicit: list[str] | None = None) -> list[str]:
    """The components to add: those given, else `$HUDNA_COMPONENTS`, else none (the default)."""
    if explicit is not None:
        return explicit
    return [s.strip() for s in os.environ.get("HUDNA_COMPONENTS", "").split(",") if s.strip()]


def load_components(specs: list[str]) -> list[tuple[Component, str | None]]:
    """Instantiate each named component factory: a list of (component, run-after name)."""
    out = []
    for spec in specs:
        factory = _load_object(spec)
        made = factory()
        component, after = made if isinstance(made, tuple) else (made, None)
        out.append((component, after))
    return out


def register_entry_point_readers() -> None:
    """Add the readers that installed packages declare in the `hudna.readers` group."""
    from hudna.ingest.readers import register_reader

    for ep in entry_points(group=READER_GROUP):
        suffixes, reader = ep.load()()
        register_reader(list(suffixes), reader)
