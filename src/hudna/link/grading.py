"""How well an incident is established: an Airwars-like grade with a reason a person can read.

Grades, checked in this order (docs/incidents.md, "Grading"):

- **confirmed**: a reviewer verified it (the `verified` hook), or a party accepted responsibility
  (it reported its own act, in its own words or through its own outlet) and did not also deny it;
- **discounted**: every report says it did not happen, or every source is of low reliability;
- **contested**: a party to the act denies it, or sources disagree on the perpetrator;
- **fair**: two or more independent credible sources;
- **weak**: a single source, or several of which fewer than two are credible.

Outlet reliability comes from `data/outlets.yaml` (Admiralty code A-F: A-C credible, D-E low,
F cannot be judged); an outlet not listed gets the file's default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from hudna.data import load_yaml
from hudna.errors import LexiconError
from hudna.models import Grade, Incident
from hudna.text import fold

Reliability = Literal["A", "B", "C", "D", "E", "F"]
CREDIBLE: frozenset[str] = frozenset("ABC")
LOW: frozenset[str] = frozenset("DE")


class OutletGrade(BaseModel):
    """One outlet's reliability (schema of an entry of `data/outlets.yaml`)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    reliability: Reliability
    kind: str | None = None
    affiliation: str | None = None  # the party the outlet speaks for (state media)
    aliases: list[str] = []
    note: str | None = None

    @property
    def credible(self) -> bool:
        return self.reliability in CREDIBLE

    @property
    def low(self) -> bool:
        return self.reliability in LOW


class OutletsFile(BaseModel):
    """Schema of `data/outlets.yaml`."""

    model_config = ConfigDict(extra="forbid")

    origin: str
    default: OutletGrade
    outlets: list[OutletGrade]


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name)).strip()


class Outlets:
    """Outlet name → grade, matched after folding; unknown names get the default grade."""

    def __init__(self, default: OutletGrade, outlets: list[OutletGrade]) -> None:
        self.default = default
        self.by_key: dict[str, OutletGrade] = {}
        for outlet in outlets:
            for name in (outlet.name, *outlet.aliases):
                self.by_key[_key(name)] = outlet

    def __call__(self, name: str | None) -> OutletGrade:
        if name is None:
            return self.default
        return self.by_key.get(_key(name), self.default)

    def is_graded(self, name: str | None) -> bool:
        return name is not None and _key(name) in self.by_key


@lru_cache(maxsize=1)
def load_outlets() -> Outlets:
    """The outlet grades of `data/outlets.yaml` (validated, cached)."""
    try:
        data = OutletsFile.model_validate(load_yaml("outlets.yaml"))
    except ValidationError as err:
        raise LexiconError(f"invalid data file outlets.yaml: {err}", path="outlets.yaml") from err
    return Outlets(data.default, data.outlets)


@dataclass
class Findings:
    """What the reports of one incident say, as grading needs it (built by `link_incidents`)."""

    sources: dict[str, OutletGrade] = field(default_factory=dict)  # independent, affirming
    accepted: dict[str, list[str]] = field(default_factory=dict)  # party → sources of its claim
    denied: dict[str, list[str]] = field(default_factory=dict)  # party → sources of its denial
    disputes: list[str] = field(default_factory=list)  # "RUS (A) vs SYR_GOV (B)"
    negations: list[str] = field(default_factory=list)  # non-party sources saying it did not happen
    notes: list[str] = field(default_factory=list)  # syndicated copies, repeats counted once

    @property
    def contested(self) -> bool:
        return bool(self.denied or self.disputes)


def _label(source: str, grade: OutletGrade, outlets: Outlets | None = None) -> str:
    return f"{source} [{grade.reliability}]"


def _sources_text(findings: Findings) -> str:
    return ", ".join(_label(s, g) for s, g in findings.sources.items())


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def grade(incident: Incident, findings: Findings, *, verified: str | None = None) -> tuple[Grade, str]:
    """The grade of `incident` and the reason, from its `findings` and a reviewer's note.

    `verified` is the hook for review: a reviewer's note (who verified it, on what evidence) makes
    the incident confirmed whatever the reports say.
    """
    n = len(findings.sources)
    said = f"reported by {_count(n, 'independent source')}: {_sources_text(findings)}" if n else ""
    extra = "".join(f"; {note}" for note in findings.notes)
    if verified:
        return "confirmed", f"confirmed: verified by a reviewer ({verified}){'; ' + said if said else ''}{extra}"
    claimants = [p for p in findings.accepted if p not in findings.denied]
    if claimants:
        who = "; ".join(f"{p} accepted responsibility ({', '.join(findings.accepted[p])})" for p in claimants)
        return "confirmed", f"confirmed: {who}{'; ' + said if said else ''}{extra}"
    if not findings.sources:
        by = ", ".join([*findings.negations, *(s for v in findings.denied.values() for s in v)])
        return "discounted", f"discounted: only reported as not having happened ({by or 'its own source'})"
    if findings.contested:
        parts = [
            f"{p} denies it ({', '.join(srcs)})" for p, srcs in findings.denied.items()
        ]
        if findings.disputes:
            parts.append("sources disagree on the perpetrator: " + "; ".join(findings.disputes))
        return "contested", f"contested: {'; '.join(parts)}; {said}{extra}"
    if all(g.low for g in findings.sources.values()):
        return "discounted", f"discounted: every source is of low reliability: {_sources_text(findings)}{extra}"
    credible = [s for s, g in findings.sources.items() if g.credible]
    neg = f"; said not to have happened by {', '.join(findings.negations)}" if findings.negations else ""
    if len(credible) >= 2:
        return "fair", f"fair: {_count(len(credible), 'independent credible source')} ({_sources_text(findings)}){extra}{neg}"
    if n == 1:
        return "weak", f"weak: a single source: {_sources_text(findings)}{extra}{neg}"
    return "weak", (
        f"weak: {_count(n, 'independent source')} but {len(credible)} credible "
        f"(A-C): {_sources_text(findings)}{extra}{neg}"
    )
