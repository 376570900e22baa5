"""A stand-in for a locally installed ML model, used to test the extension point.

It behaves as an NER + relation classifier would: it adds an actor the lexicons do not know
(the Syrian Observatory, here coded as a monitor-run "SOHR" actor for the test) and re-scores the
rule-based events, giving low confidence to hostile events without any actor.
"""

from __future__ import annotations

from hudna.extract.context import Context, Mention
from hudna.extract.pipeline import Component


def _model(ctx: Context) -> None:
    for event in ctx.events:
        event.confidence = 0.2 if not event.actors else 0.9


def make() -> tuple[Component, str]:
    return Component("fake-rescorer", _model, requires=("events",), assigns=("events",)), "events"


def _ner(ctx: Context) -> None:
    key = "المرصد السوري"
    pos = ctx.folded.find(key)
    if pos >= 0:
        ctx.mentions.append(Mention(pos, pos + len(key), "place", "aleppo", "model"))


def make_bad() -> tuple[Component, str]:
    return Component(
        "needs-nothing-known", _ner, requires=("embeddings",), assigns=("mentions",)
    ), "matcher"
