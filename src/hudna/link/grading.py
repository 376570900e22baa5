"""How well an incident is established: an Airwars-like grade with a reason a person can read.

Grades, checked in this order (docs/incidents.md, "Grades"):

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
        self._seen: dict[str, OutletGrade | None] = {}  # name as written → its grade, if graded

    def _lookup(self, name: str) -> OutletGrade | None:
        if name not in self._seen:
            self._seen[name] = self.by_key.get(_key(name))
        return self._seen[name]

    def __call__(self, name: str | None) -> OutletGrade:
        graded = self._lookup(name) if name is not None else None
        return graded or self.default

    def canonical(self, name: str) -> str:
        """The graded outlet's own name for `name` (an alias or another spelling), else `name`."""
        graded = self._lookup(name)
        return graded.name if graded else name


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


def _sources_text(findings: Findings) -> str:
    return ", ".join(f"{s} [{g.reliability}]" for s, g in findings.sources.items())


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def grade(
    incident: Incident, findings: Findings, *, verified: str | None = None
) -> tuple[Grade, str]:
    """The grade of `incident` and the reason, from its `findings` and a reviewer's note.

    `verified` is the hook for review: a reviewer's note (who verified it, on what evidence) makes
    the incident confirmed whatever the reports say.
    """
    n = len(findings.sources)
    sources = _sources_text(findings)
    said = f"; reported by {_count(n, 'independent source')}: {sources}" if n else ""
    notes = "".join(f"; {note}" for note in findings.notes)
    if findings.negations:
        notes += f"; said not to have happened by {', '.join(findings.negations)}"
    contest = [f"{p} denies it ({', '.join(srcs)})" for p, srcs in findings.denied.items()]
    if findings.disputes:
        contest.append("sources disagree on the perpetrator: " + "; ".join(findings.disputes))
    contested = "; ".join(contest)
    if verified:
        return "confirmed", f"confirmed: verified by a reviewer ({verified}){said}{notes}"
    claimants = [p for p in findings.accepted if p not in findings.denied]
    if claimants:
        who = "; ".join(
            f"{p} accepted responsibility ({', '.join(findings.accepted[p])})" for p in claimants
        )
        return "confirmed", f"confirmed: {who}{said}{notes}"
    if not findings.sources:
        by = ", ".join([*findings.negations, *(s for v in findings.denied.values() for s in v)])
        return "discounted", f"discounted: only reported as not having happened ({by})"
    if all(g.low for g in findings.sources.values()):
        also = f"; also contested: {contested}" if contested else ""
        return (
            "discounted",
            f"discounted: every source is of low reliability: {sources}{notes}{also}",
        )
    if contested:
        return "contested", f"contested: {contested}{said}{notes}"
    credible = sum(1 for g in findings.sources.values() if g.credible)
    if credible >= 2:
        return "fair", f"fair: {_count(credible, 'independent credible source')} ({sources}){notes}"
    if n == 1:
        return "weak", f"weak: a single source: {sources}{notes}"
    return (
        "weak",
        f"weak: {_count(n, 'independent source')} but {credible} credible (A-C): {sources}{notes}",
    )
