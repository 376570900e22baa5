"""The report's words and names in Arabic and English: messages (data) and actor/place names.

Messages live in `templates/messages.yaml` (every entry has `ar` and `en`); actor names come from
the theatre's lexicon, place names from the gazetteer, governorate names from the shipped
boundaries. Nothing here escapes: templates do (HTML autoescape, Markdown `finalize`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from hudna.data import data_path
from hudna.errors import LexiconError
from hudna.extract.lexicon import PlaceEntry, load_gazetteer, load_lexicon
from hudna.report.errors import ReportInputError
from hudna.store.reporting import ActorRow

Lang = Literal["ar", "en"]
LANGS: tuple[str, ...] = ("ar", "en")
TEMPLATES = Path(__file__).with_name("templates")
VOCABULARIES = ("event_types", "statuses", "grades", "commitment_states")


def _check_entry(key: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(lang), str) or not value[lang] for lang in LANGS
    ):
        raise LexiconError(
            f"messages.yaml: {key!r} needs non-empty 'ar' and 'en' strings", path=key
        )
    return {lang: value[lang] for lang in LANGS}


@lru_cache(maxsize=1)
def load_messages() -> dict[str, Any]:
    """All messages, validated: plain entries and the vocabularies (event types, grades, ...)."""
    path = TEMPLATES / "messages.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"cannot load {path}: {err}", path=str(path)) from err
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: expected a mapping", path=str(path))
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key in VOCABULARIES:
            out[key] = {str(k): _check_entry(f"{key}.{k}", v) for k, v in value.items()}
        else:
            out[str(key)] = _check_entry(str(key), value)
    return out


class Messages:
    """`msg("key", n=3)`: the message in this language with its placeholders filled."""

    def __init__(self, lang: Lang) -> None:
        if lang not in LANGS:
            raise ReportInputError(f"unknown language {lang!r} (ar or en)")
        self.lang = lang
        self._all = load_messages()

    def __call__(self, key: str, **values: Any) -> str:
        entry = self._all.get(key)
        if entry is None or key in VOCABULARIES:
            raise KeyError(f"no message {key!r}")
        text: str = entry[self.lang]
        return text.format(**values) if values else text

    def _vocab(self, vocab: str, key: str | None) -> str:
        entries = self._all[vocab]
        return entries[key][self.lang] if key in entries else (key or "")

    def event_type(self, key: str) -> str:
        return self._vocab("event_types", key)

    def status(self, key: str | None) -> str:
        return self._vocab("statuses", key or "unjudged")

    def grade(self, key: str | None) -> str:
        return self._vocab("grades", key or "ungraded")

    def commitment_state(self, key: str | None) -> str:
        return self._vocab("commitment_states", key or "unknown")


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    name_ar: str | None
    kind: str
    affiliation: str | None


@dataclass(frozen=True)
class Governorate:
    id: str
    name: str
    name_ar: str


@lru_cache(maxsize=1)
def load_boundaries() -> dict[str, Any]:
    """The shipped Natural Earth admin-1 GeoJSON of Syria (see data/boundaries/ORIGIN.md)."""
    path = data_path("boundaries", "syria_admin1.geojson")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, PlaceEntry]:
    """The gazetteer, read once per process (reports only read it)."""
    return load_gazetteer()


@lru_cache(maxsize=1)
def governorates() -> dict[str, Governorate]:
    return {
        f["properties"]["id"]: Governorate(
            f["properties"]["id"], f["properties"]["name"], f["properties"]["name_ar"]
        )
        for f in load_boundaries()["features"]
    }


class Names:
    """Display names in one language, and the roll-up of people into the party they belong to."""

    def __init__(
        self, lang: Lang, theatre: str = "syria-2016", seen: dict[str, ActorRow] | None = None
    ) -> None:
        self.lang = lang
        self.actors: dict[str, ActorInfo] = {}
        for row in (seen or {}).values():
            self.actors[row.id] = ActorInfo(
                row.id, row.name or row.id, row.name_ar, row.kind or "group", row.affiliation
            )
        for entry in load_lexicon(theatre).actors.values():  # the lexicon is authoritative
            self.actors[entry.id] = ActorInfo(
                entry.id, entry.name, entry.name_ar, entry.kind, entry.affiliation
            )
        self.places: dict[str, PlaceEntry] = gazetteer()
        self.governorates = governorates()

    def actor(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        info = self.actors.get(actor_id)
        if info is None:
            return actor_id
        return (info.name_ar or info.name) if self.lang == "ar" else info.name

    def actor_other(self, actor_id: str) -> str:
        """The name in the other language (shown beside the heading)."""
        info = self.actors.get(actor_id)
        if info is None:
            return ""
        return info.name if self.lang == "ar" else (info.name_ar or "")

    def kind(self, actor_id: str) -> str:
        info = self.actors.get(actor_id)
        return info.kind if info else "group"

    def party_of(self, actor_id: str) -> str:
        """A person counts with the state or organisation of their `affiliation`."""
        info = self.actors.get(actor_id)
        if info is not None and info.kind == "person" and info.affiliation:
            return info.affiliation
        return actor_id

    def is_person(self, actor_id: str) -> bool:
        info = self.actors.get(actor_id)
        return info is not None and info.kind == "person"

    def place(self, place_id: str | None, fallback: str | None = None) -> str:
        if not place_id:
            return ""
        entry = self.places.get(place_id)
        if entry is None:
            gov = self.governorates.get(place_id)
            if gov is not None:
                return self.governorate(place_id)
            return fallback or place_id
        return (entry.name_ar or entry.name) if self.lang == "ar" else entry.name

    def governorate(self, gov_id: str | None, short: bool = False) -> str:
        if not gov_id:
            return ""
        gov = self.governorates.get(gov_id)
        if gov is None:
            return gov_id
        if self.lang == "ar":
            name = gov.name_ar
            return name.removeprefix("محافظة ").strip() if short else name
        return gov.name.removesuffix(" Governorate").strip() if short else gov.name


__all__ = [
    "LANGS",
    "ActorInfo",
    "Governorate",
    "Lang",
    "Messages",
    "Names",
    "gazetteer",
    "governorates",
    "load_boundaries",
    "load_messages",
]
