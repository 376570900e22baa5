"""Cutting a document's text into segments marked with the evidence that covers them."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hudna.models import Extraction


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # event | statement | commitment | actor | place
    label: str


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]
    labels: tuple[str, ...]


def marks_of(ex: Extraction) -> list[Mark]:
    marks: list[Mark] = []
    for s in ex.statements:
        marks.append(Mark(*s.span, "statement", f"{s.speaker} ({s.mode})"))
    for e in ex.events:
        who = ", ".join(e.actors) or "?"
        marks.append(
            Mark(*e.span, "event", f"{e.type}: {who}" + (f" @ {e.place}" if e.place else ""))
        )
    for c in ex.commitments:
        marks.append(
            Mark(*c.span, "commitment", f"{', '.join(c.by)} → {c.due or c.due_text or 'no date'}")
        )
    for a in ex.actors:
        marks.extend(Mark(s, e, "actor", a.id) for s, e in a.mentions)
    for p in ex.places:
        marks.extend(Mark(s, e, "place", p.id) for s, e in p.mentions)
    return marks


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """`text` split at every mark boundary; each piece lists the marks covering it."""
    cuts = {0, len(text)}
    for m in marks:
        if 0 <= m.start < m.end <= len(text):
            cuts.update((m.start, m.end))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in itertools.pairwise(points):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        kinds = tuple(sorted({m.kind for m in covering}))
        labels = tuple(dict.fromkeys(m.label for m in covering))
        out.append(Segment(text[a:b], kinds, labels))
    return out
