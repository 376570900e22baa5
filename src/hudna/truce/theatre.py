"""Theatres as data: loading and validating a theatre file (truces, parties, rules, wording).

A theatre is one YAML file under `hudna/data/theatres/` (or any path): its truces with their
periods, basis, parties, excluded groups and area, and one rule per rule kind with its Arabic and
English text and explanation template. `_messages.yaml` beside them holds the wording shared by
every theatre. Which rule kinds exist and what each checks is code (`hudna.truce.judge`); a new
theatre is a new file. See docs/truce-rules.md.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from hudna.data import data_path, load_yaml
from hudna.errors import HudnaError, TheatreError
from hudna.models import EVENT_TYPES, Actor, Place

DEFAULT_THEATRE = "syria-2016"
MESSAGES_FILE = "_messages.yaml"

RuleKind = Literal[
    "not_hostile",
    "negated",
    "chemical",
    "date_uncertain",
    "outside_period",
    "outside_area",
    "place_uncertain",
    "unknown_perpetrator",
    "non_party_perpetrator",
    "excluded_target",
    "party_hostile_act",
]
RULE_KINDS: tuple[str, ...] = get_args(RuleKind)

# The placeholders a rule's explanation template may use (filled by hudna.truce.judge).
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "rule",
        "type",
        "actors",
        "parties",
        "parties_since",
        "target",
        "place",
        "date",
        "truce",
        "basis",
        "area",
        "periods",
        "truces",
        "excluded",
        "excluded_basis",
        "reason",
    }
)

# The fragments of _messages.yaml and the placeholders each may use.
FRAGMENT_FIELDS: dict[str, frozenset[str]] = {
    "list_separator": frozenset(),
    "unnamed_actor": frozenset(),
    "person_of": frozenset({"name", "of"}),
    "place": frozenset({"name"}),
    "target": frozenset({"name"}),
    "unknown_date": frozenset(),
    "no_truce": frozenset(),
    "period": frozenset({"name", "start", "end"}),
    "period_open": frozenset({"name", "start"}),
    "party_since": frozenset({"actor", "accepted"}),
    "actor_excluded": frozenset({"actor", "basis"}),
    "actor_not_party": frozenset({"actor"}),
    "actor_not_yet": frozenset({"actor", "accepted"}),
    "actor_no_longer": frozenset({"actor", "until"}),
    "date_missing": frozenset(),
    "date_straddles": frozenset({"date", "truces"}),
    "acceptance_straddles": frozenset({"actor", "truce", "accepted", "date"}),
    "date_from_published": frozenset({"published"}),
    "asserted_by": frozenset({"source"}),
    "evidence": frozenset({"evidence"}),
    "no_evidence": frozenset(),
}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_template(template: str, allowed: frozenset[str], where: str) -> None:
    try:
        unknown = _fields(template) - allowed
    except ValueError as err:  # unbalanced braces
        raise ValueError(f"{where}: malformed template ({err})") from err
    if unknown:
        raise ValueError(
            f"{where}: unknown placeholder(s) {sorted(unknown)}; allowed: {sorted(allowed)}"
        )


# -- schema of a theatre file -----------------------------------------------------------------


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Data):
    ar: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def __getitem__(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


class AreaDef(_Data):
    """Where a truce applies: whole countries (ISO codes), optionally only some governorates."""

    name: Bilingual
    countries: list[str] = Field(min_length=1)
    admin1: list[str] = Field(default_factory=list)


class PartyDef(_Data):
    """An actor bound by a truce, from `accepted` (default: the truce's start) until `until`."""

    actor: str
    accepted: dt.date | None = None
    until: dt.date | None = None
    note: str | None = None


class ExclusionDef(_Data):
    """A group the truce does not cover (hostilities against it are no violation), with why."""

    actor: str
    basis: Bilingual


class TruceDef(_Data):
    id: str
    name: Bilingual
    start: dt.date
    end: dt.date | None = None  # inclusive; None = still in force
    end_note: str | None = None
    basis: Bilingual
    area: AreaDef
    parties: list[PartyDef] = Field(min_length=1)
    excluded: list[ExclusionDef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> TruceDef:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"truce {self.id}: end {self.end} is before start {self.start}")
        party_ids = [p.actor for p in self.parties]
        excluded_ids = [x.actor for x in self.excluded]
        for label, ids in (("party", party_ids), ("excluded actor", excluded_ids)):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"truce {self.id}: {label} listed twice: {dupes}")
        both = sorted(set(party_ids) & set(excluded_ids))
        if both:
            raise ValueError(f"truce {self.id}: {both} both a party and excluded")
        for p in self.parties:
            accepted = p.accepted or self.start
            if accepted < self.start or (self.end is not None and accepted > self.end):
                raise ValueError(
                    f"truce {self.id}: {p.actor} accepted on {accepted}, outside the truce period"
                )
            if p.until is not None and p.until < accepted:
                raise ValueError(f"truce {self.id}: {p.actor} leaves before it accepted")
        return self

    # -- periods (inclusive calendar days) ---------------------------------------------------
    def overlaps(self, lo: dt.date, hi: dt.date) -> bool:
        return lo <= (self.end or dt.date.max) and hi >= self.start

    def contains(self, lo: dt.date, hi: dt.date) -> bool:
        return self.start <= lo and hi <= (self.end or dt.date.max)

    def party(self, actor_id: str) -> PartyDef | None:
        return next((p for p in self.parties if p.actor == actor_id), None)

    def exclusion(self, actor_id: str) -> ExclusionDef | None:
        return next((x for x in self.excluded if x.actor == actor_id), None)


class RuleDef(_Data):
    """One rule: its id (as stored and shown), the kind of check, its text and explanation."""

    id: str = Field(min_length=1, max_length=60)
    kind: RuleKind
    text: Bilingual
    explanation: Bilingual

    @model_validator(mode="after")
    def _templates(self) -> RuleDef:
        for lang in ("ar", "en"):
            _check_template(self.explanation[lang], PLACEHOLDERS, f"rule {self.id} ({lang})")
        return self


class TheatreFile(_Data):
    """The schema of `hudna/data/theatres/<id>.yaml`."""

    id: str
    name: Bilingual
    description: str | None = None
    sources: list[str] = Field(default_factory=list)
    actors_from: str | None = None  # a data file whose `actors` list gives ids and names
    actors: list[Actor] = Field(default_factory=list)  # id, kind, name, name_ar, affiliation
    gazetteers: list[str] = Field(default_factory=list)  # data files whose `places` give countries
    places: list[Place] = Field(default_factory=list)  # id, name, name_ar, country, admin1
    truces: list[TruceDef] = Field(min_length=1)
    rules: list[RuleDef]

    @model_validator(mode="after")
    def _complete(self) -> TheatreFile:
        checks: list[tuple[str, list[str]]] = [
            ("truce id", [t.id for t in self.truces]),
            ("rule id", [r.id for r in self.rules]),
            ("rule kind", [str(r.kind) for r in self.rules]),
        ]
        for label, ids in checks:
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"{label} listed twice: {dupes}")
        kinds = {r.kind for r in self.rules}
        needed = set(RULE_KINDS)
        if not any(t.excluded for t in self.truces):
            needed.discard("excluded_target")  # no excluded group: that rule can never apply
        if not any(t.area.admin1 for t in self.truces):
            needed.discard("place_uncertain")  # whole countries: an unknown place is inside
        missing = sorted(needed - kinds)
        if missing:
            raise ValueError(f"no rule for rule kind(s) {missing}")
        return self


class MessagesFile(_Data):
    """The schema of `_messages.yaml`: wording shared by every theatre."""

    layout: Bilingual
    event_types: dict[str, Bilingual]
    fragments: dict[str, Bilingual]

    @model_validator(mode="after")
    def _complete(self) -> MessagesFile:
        missing_types = sorted(set(EVENT_TYPES) - set(self.event_types))
        if missing_types:
            raise ValueError(f"event_types: no name for {missing_types}")
        missing = sorted(set(FRAGMENT_FIELDS) - set(self.fragments))
        if missing:
            raise ValueError(f"fragments: missing {missing}")
        for name, text in self.fragments.items():
            allowed = FRAGMENT_FIELDS.get(name)
            if allowed is None:
                raise ValueError(f"fragments: unknown fragment {name!r}")
            for lang in ("ar", "en"):
                _check_template(text[lang], allowed, f"fragment {name} ({lang})")
        for lang in ("ar", "en"):
            _check_template(
                self.layout[lang],
                frozenset({"rule", "body", "notes", "evidence"}),
                f"layout ({lang})",
            )
        return self


# -- the loaded theatre -----------------------------------------------------------------------


class PlaceLike(Protocol):
    """Anything with a place's name and location (hudna.models.Place, a gazetteer entry)."""

    @property
    def name(self) -> str: ...
    @property
    def name_ar(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def admin1(self) -> str | None: ...


@dataclass(frozen=True)
class Theatre:
    """A validated theatre with its actors and places resolved, ready for judging."""

    spec: TheatreFile
    actors: Mapping[str, Actor]
    places: Mapping[str, Place]
    messages: MessagesFile
    source: str

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def truces(self) -> list[TruceDef]:
        return self.spec.truces

    @property
    def rules(self) -> list[RuleDef]:
        return self.spec.rules

    def truce(self, truce_id: str) -> TruceDef:
        for t in self.spec.truces:
            if t.id == truce_id:
                return t
        raise TheatreError(f"theatre {self.id} has no truce {truce_id!r}", theatre=self.id)

    def rule(self, kind: str) -> RuleDef:
        for r in self.spec.rules:
            if r.kind == kind:
                return r
        raise TheatreError(f"theatre {self.id} has no rule of kind {kind!r}", theatre=self.id)

    def chain(self, actor_id: str) -> list[str]:
        """`actor_id` and its affiliations upward (kerry → USA; FSA → SYR_OPP)."""
        out = [actor_id]
        while (actor := self.actors.get(out[-1])) and actor.affiliation:
            if actor.affiliation in out:
                break
            out.append(actor.affiliation)
        return out

    def covers(
        self, truce: TruceDef, place_id: str | None, extra: Mapping[str, PlaceLike] | None = None
    ) -> bool | None:
        """Whether `place_id` lies in the truce's area: True, False, or None when unknowable.

        A place that is not given or not known counts as inside a truce covering whole countries
        (the reports were collected for this theatre), and as unknowable when the truce covers
        only some governorates.
        """
        area = truce.area
        place = self.place(place_id, extra)
        unknown: bool | None = None if area.admin1 else True
        if place is None or place.country is None:
            return unknown
        if place.country not in area.countries:
            return False
        if not area.admin1:
            return True
        if place.admin1 is None:
            return None
        return place.admin1 in area.admin1

    def place(
        self, place_id: str | None, extra: Mapping[str, PlaceLike] | None = None
    ) -> PlaceLike | None:
        if place_id is None:
            return None
        if extra and place_id in extra:
            return extra[place_id]
        return self.places.get(place_id)


# -- loading ----------------------------------------------------------------------------------


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"])
        msg = e["msg"].removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def list_theatres() -> list[str]:
    """Ids of the theatres shipped with Hudna (one YAML file each)."""
    folder = data_path("theatres")
    return sorted(p.stem for p in folder.glob("*.yaml") if not p.name.startswith("_"))


def _pick(model: type[BaseModel], row: dict[str, Any]) -> dict[str, Any]:
    """The fields of `row` that `model` knows (data files may carry more, e.g. spellings)."""
    return {k: v for k, v in row.items() if k in model.model_fields}


@lru_cache(maxsize=16)
def _rows(relpath: str, key: str) -> tuple[dict[str, Any], ...]:
    try:
        data = load_yaml(*relpath.split("/"))
    except HudnaError as err:
        raise TheatreError(f"cannot load {relpath}: {err.message}", path=relpath) from err
    rows = data.get(key) if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise TheatreError(f"{relpath} has no `{key}` list", path=relpath)
    return tuple(rows)


@lru_cache(maxsize=1)
def load_messages() -> MessagesFile:
    """The shared wording of explanations (`theatres/_messages.yaml`)."""
    path = data_path("theatres", MESSAGES_FILE)
    try:
        return MessagesFile.model_validate(_read_yaml(path))
    except ValidationError as err:
        raise TheatreError(
            f"invalid messages file {path.name}: {_describe(err)}", path=str(path)
        ) from err


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except OSError as err:
        raise TheatreError(f"cannot read theatre file {path}: {err}", path=str(path)) from err
    except yaml.YAMLError as err:
        raise TheatreError(f"theatre file {path} is not valid YAML: {err}", path=str(path)) from err


def load_theatre_file(path: str | Path) -> Theatre:
    """Load and validate the theatre file at `path`; any problem is a TheatreError saying where."""
    path = Path(path)
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise TheatreError(f"theatre file {path.name} must be a mapping", path=str(path))
    try:
        spec = TheatreFile.model_validate(raw)
    except ValidationError as err:
        raise TheatreError(
            f"invalid theatre file {path.name}: {_describe(err)}", path=str(path)
        ) from err
    try:
        actors: dict[str, Actor] = {}
        if spec.actors_from:
            for row in _rows(spec.actors_from, "actors"):
                actor = Actor.model_validate(_pick(Actor, row))
                actors[actor.id] = actor
        actors.update({a.id: a for a in spec.actors})
        places: dict[str, Place] = {}
        for gaz in spec.gazetteers:
            for row in _rows(gaz, "places"):
                place = Place.model_validate(_pick(Place, row))
                places[place.id] = place
        places.update({p.id: p for p in spec.places})
    except ValidationError as err:
        raise TheatreError(
            f"theatre {spec.id}: invalid actor or place data: {_describe(err)}", path=str(path)
        ) from err
    unknown = (
        sorted(
            {p.actor for t in spec.truces for p in t.parties}
            | {x.actor for t in spec.truces for x in t.excluded}
            | {a.affiliation for a in actors.values() if a.affiliation}
        )
        - actors.keys()
    )
    if unknown:
        raise TheatreError(
            f"invalid theatre file {path.name}: unknown actor id(s) {sorted(unknown)}",
            path=str(path),
        )
    return Theatre(spec, actors, places, load_messages(), str(path))


@lru_cache(maxsize=16)
def _load_by_id(theatre_id: str) -> Theatre:
    path = data_path("theatres", f"{theatre_id}.yaml")
    if theatre_id.startswith("_") or not path.is_file():
        raise TheatreError(
            f"unknown theatre {theatre_id!r}; known: {', '.join(list_theatres())}",
            theatre=theatre_id,
        )
    theatre = load_theatre_file(path)
    if theatre.id != theatre_id:
        raise TheatreError(
            f"theatre file {path.name} declares id {theatre.id!r}, expected {theatre_id!r}",
            path=str(path),
        )
    return theatre


def load_theatre(theatre: str | Path | Theatre = DEFAULT_THEATRE) -> Theatre:
    """The theatre with this id (cached), or the theatre file at this path.

    Raises TheatreError for an unknown id or a file that does not load or validate.
    """
    if isinstance(theatre, Theatre):
        return theatre
    if isinstance(theatre, Path) or str(theatre).endswith((".yaml", ".yml")):
        return load_theatre_file(theatre)
    return _load_by_id(str(theatre))


__all__ = [
    "DEFAULT_THEATRE",
    "PLACEHOLDERS",
    "RULE_KINDS",
    "AreaDef",
    "Bilingual",
    "ExclusionDef",
    "MessagesFile",
    "PartyDef",
    "PlaceLike",
    "RuleDef",
    "RuleKind",
    "Theatre",
    "TheatreFile",
    "TruceDef",
    "list_theatres",
    "load_messages",
    "load_theatre",
    "load_theatre_file",
]
