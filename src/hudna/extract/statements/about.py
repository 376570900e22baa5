"""What a statement is about: the parties, other than the speaker's own, named in its words or
introduced as its topic before the verb (`عن`, `حول`, `بشأن`, `on`, `about`)."""

from __future__ import annotations

import re

from hudna.extract.context import Context, Mention
from hudna.extract.entities import affiliation
from hudna.extract.matcher import Match

_TOPIC_MARKER = re.compile(r"(?:^|\s)(?:و?عن|حول|بشان|on|about)\s")


def _about(
    ctx: Context, actors: list[Mention], start: int, end: int, speaker: str, verb: Match, floor: int
) -> list[str]:
    own = {speaker, affiliation(ctx, speaker)}
    ids: list[str] = []
    topic = [
        a
        for a in ctx.mentions
        if floor <= a.start < verb.start
        and a.kind in ("actor", "adjective")
        and _TOPIC_MARKER.search(ctx.folded[floor : a.start])
    ]
    for m in [
        *topic,
        *[a for a in ctx.mentions if start <= a.start and a.end <= end and a.kind == "actor"],
    ]:
        party = affiliation(ctx, m.id)
        if party not in own and party not in ids and ctx.lexicon.actors[party].kind != "person":
            ids.append(party)
    return ids
