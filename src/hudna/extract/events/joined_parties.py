"""Parties joined to the doers: those "at the head of" them (في مقدمتها, led by), the larger
group a doer is part of ("including"), and nationalities coordinated with a doer (الطيران
الروسي والسوري, Russian and Syrian jets)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hudna.extract.context import Context
from hudna.extract.events.common import _at, _Candidate
from hudna.extract.events.party_groups import _coordinated_nationalities, _groups

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots

_AT_THE_HEAD = re.compile(
    r"[»”\"]?\s*[،,]?\s*[وف]?(?:في مقدمتها|في مقدمتهم|علي راسها|علي راسهم|led by|spearheaded by)\s*[«“\"]?"
)
_AT_THE_HEAD_SEARCH = re.compile(
    r"[،,]\s*[وف]?(?:في مقدمتها|في مقدمتهم|علي راسها|علي راسهم)\s*[«“\"]?"
)
# "joined Syrian government forces in an assault", "of joining the Syrian government in": the
# one joining is a doer of the act with those it joined
_JOINED_IN = re.compile(
    r"\bjoin(?:ed|ing|s)?\s+(?:\S+\s+){1,5}?in\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:\S+\s+)?$"
)
_INCLUDING_END = re.compile(
    r"[,،]?\s*(?:including|among them|بينها|من بينها|ومنها|بما فيها|بينهم|من بينهم)\s+(?:the\s+)?[«“\"]?$"
)


def _joined_parties(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """Adds to `slots.agents` the parties joined to the doers already found: those at their head
    or leading them, the group an agent is "including" in, the party that joined them ("Russian
    jets joined government forces in an assault"), and coordinated nationalities."""
    folded, trig = ctx.folded, cand.trigger
    if slots.agents and not slots.group and not cand.arabic:
        joining = _JOINED_IN.search(folded, max(cand.sentence.start, trig.start - 60), trig.start)
        if joining:
            # the one who joined: the party named right before "joined"/"of joining"
            named = ctx.mentions_in(cand.sentence.start, joining.start(), "actor", "adjective")
            joiner = [m for m in named if len(folded[m.end : joining.start()].split()) <= 2] or [
                # "accusing Moscow of failing to ... and of joining the Syrian government in": the
                # one charged with joining
                m
                for m in named
                if folded.startswith(" of ", m.end) and " of join" in folded[m.end : joining.end()]
            ]
            if joiner and joiner[-1].id not in slots.agents:
                slots.agents.insert(0, joiner[-1].id)
    if slots.group and not slots.agents:
        # "اتفقت القوى الكبرى المشاركة في الاجتماع، وفي مقدمتها الولايات المتحدة وروسيا، على":
        # the parties at the head of those who agreed
        head = _AT_THE_HEAD_SEARCH.search(folded, trig.end, min(cand.hi, trig.end + 120))
        if head:
            led = _groups(ctx, ctx.mentions_in(head.end(), head.end() + 60, "actor"))
            if led and led[0][0].start <= head.end() + 2:
                slots.agents = [m.id for m in led[0]]
    if slots.agents and not slots.group:
        # "rebel factions including Jabhat Fateh al-Sham launched": those they are part of act too
        for m in ctx.mentions_in(cand.lo, trig.start, "actor"):
            if m.id in slots.agents:
                within = _INCLUDING_END.search(folded, max(cand.lo, m.start - 30), m.start)
                heads = ctx.mentions_in(max(cand.lo, m.start - 60), m.start, "actor")
                if (
                    within
                    and heads
                    and heads[-1].id not in slots.agents
                    and not folded[heads[-1].end : within.start()].strip(" ,،")
                ):
                    slots.agents.insert(0, heads[-1].id)
    if slots.agents and not slots.group:
        # "فصائل «جيش الفتح»، وفي مقدمتها «جبهة النصرة»", "rebel factions led by Ahrar al-Sham":
        # the factions at the head of the doers are doers too
        for m in ctx.mentions_in(cand.lo, cand.hi, "actor"):
            if m.id in slots.agents:
                head = _AT_THE_HEAD.match(folded, m.end)
                if head:
                    led = _groups(ctx, ctx.mentions_in(head.end(), head.end() + 60, "actor"))
                    if led and led[0][0].start <= head.end() + 2:
                        slots.agents += [x.id for x in led[0] if x.id not in slots.agents]
    # "الطيران الحربي الروسي والسوري": a nationality joined to an agent is an agent too
    agent_mentions = [
        m
        for m in ctx.mentions
        if m.kind == "actor"
        and m.id in slots.agents
        and cand.lo <= m.start < cand.hi
        and not _new_clause_between(ctx, trig.end, m.start)
    ]
    agent_adjectives = [
        a
        for a in slots.adjectives
        if a.id in slots.agents
        and not (cand.type == "ACCUSE" and a.start >= trig.end)
        # "launched a new offensive on Aleppo, and Russian and Syrian warplanes have pounded":
        # an adjective past a new clause is that clause's
        and not _new_clause_between(ctx, trig.end, a.start)
    ]
    for nat in _coordinated_nationalities(
        ctx, [*agent_mentions, *agent_adjectives], cand, with_actors=False
    ):
        if nat.id not in slots.agents and nat.id != slots.target:
            slots.agents.append(nat.id)
    # "Russian and Syrian jets": a nationality joined to an agent named after it
    agent_starts = [m.start for m in agent_mentions] + [a.start for a in agent_adjectives]
    for adj in slots.adjectives:
        if (
            adj.id not in slots.agents
            and adj.id != slots.target
            and any(
                re.fullmatch(r"\s*(?:و|and)\s*", folded[adj.end : start])
                for start in agent_starts
                if adj.end <= start
            )
        ):
            slots.agents.insert(0, adj.id)


def _new_clause_between(ctx: Context, trigger_end: int, pos: int) -> bool:
    """Whether a mention after the trigger stands past a new clause ("launched a new offensive
    on Aleppo, and Russian and Syrian warplanes have pounded"): that clause's party."""
    return (
        pos >= trigger_end
        and _at(ctx, "new_clause").search(ctx.folded, trigger_end, pos) is not None
    )
