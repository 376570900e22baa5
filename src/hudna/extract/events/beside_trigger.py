"""Right beside the trigger: the nationality adjectives inside or next to it (agents, or the
target), and the split of the other actors into the groups after it and before it, with an
Arabic subject that comes first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hudna.extract.context import Context, Mention, word_end, words_between
from hudna.extract.entities import in_post
from hudna.extract.events.common import (
    ARABIC_RELATIVE,
    BACKED_WITH,
    BETWEEN,
    CLAUSE_JOIN_END,
    HELD_BY,
    OBJECT_PRONOUN_END,
    _at,
    _Candidate,
    aircraft_subject,
)
from hudna.extract.events.party_groups import _groups, _marker_before
from hudna.extract.numbers import in_toll
from hudna.models import HOSTILE_TYPES

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots

_COMMA_AND = re.compile(r"[,،]\s*(?:and|و)(?:\s|$)")
_SPACE_RUN = re.compile(r"\s*")

_RELATIVE_END = re.compile(rf"(?:^|\s)[وف]?{ARABIC_RELATIVE}\s*$")


def _before_an_act(ctx: Context, pos: int) -> bool:
    """Whether a hostile act's trigger starts right at `pos`, past spaces."""
    starts = ctx.once(
        "hostile trigger starts",
        lambda: {t.start for t in ctx.cues_of("trigger") if t.payload.key in HOSTILE_TYPES},
    )
    spaces = _SPACE_RUN.match(ctx.folded, pos)
    return spaces is not None and spaces.end() in starts


_THAT_IT = re.compile(r"(?:^|\s)[اإأ]نها\s+$")


def _adjectives_beside(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The nationality adjectives of the span: an agent inside or right beside the trigger
    (غارات جوية روسية, Russian airstrikes, العملية التركية), a target after an English verb or a
    patient noun, the dead of a toll; a counterpart of a meeting is a party."""
    folded, trig = ctx.folded, cand.trigger
    # adjectives inside or right beside the trigger: غارات جوية روسية, Russian airstrikes, العملية التركية
    slots.adjectives = [a for a in slots.adjectives if not HELD_BY.match(folded, a.end)]
    slots.recorded = cand.type == "CEASEFIRE_VIOLATION" and bool(
        _at(ctx, "recorded").search(folded, max(cand.lo, trig.start - 40), trig.start)
    )
    # "وقتل 13 مستشاراً عسكرياً إيرانياً في معارك خان طومان": an adjective inside another act's
    # words is that act's
    others = [t for t in ctx.cues_of("trigger") if t.start != trig.start]
    for adj in slots.adjectives:
        if any(t.start <= adj.start and adj.end <= t.end for t in others):
            continue
        if cand.type == "ACCUSE" and not cand.arabic and adj.start >= trig.end:
            continue  # "accused Washington of shielding the group from Russian air strikes"
        if (
            cand.type == "ACCUSE"
            and cand.arabic
            and any(d.start == trig.start for d in ctx.cues_of("description"))
            and adj.start >= trig.end
            and any(trig.end <= m.start and m.end <= adj.start for m in slots.mentions)
        ):
            # "ووصف لافروف التصريحات الأمريكية بأنها غير مقبولة": the subject came first, the
            # adjective is its object's (after "اتهم", `_groups_after` reads the accused)
            slots.target = slots.target or adj.id
            continue
        if slots.recorded and adj.end <= trig.start:
            continue  # "Russian reconciliation centre registers 9 ceasefire violations"
        if words_between(folded, adj.end, trig.start) and _at(ctx, "backing").search(
            folded, max(0, adj.start - 20), adj.start
        ):
            continue  # "government forces backed by Russian air strikes recaptured": the backer
        if (
            not slots.group
            and adj.start >= trig.end
            and _at(ctx, "support").search(folded, max(trig.end, adj.start - 24), adj.start)
        ):
            continue  # "الجيش السوري الحر يحرر جرابلس بدعم تركي": the backer
        if (
            not slots.group
            and not trig.start <= adj.start < trig.end
            # "A Russian airstrike killed a commander": the maker of the act, not the dead
            and not (adj.end <= trig.start and not words_between(folded, adj.end, trig.start))
            and in_toll(folded, adj.start, adj.end)
        ):
            # "suicide bombers killed 14 Turkish soldiers": the dead
            slots.target = slots.target or adj.id
            continue
        if (
            not cand.arabic
            and not cand.verb
            and adj.start >= trig.end
            and any(trig.end <= t.start and t.end <= adj.start for t in ctx.cues_of("trigger"))
        ):
            continue  # "Turkish troops attacked Kurdish positions": the next act's
        believed = _at(ctx, "hedges").search(folded, trig.end, adj.start) or _at(
            ctx, "said_hedge"
        ).search(folded, max(trig.end, adj.start - 40), adj.start)
        # "غارات نفذتها طائرات حربية يُعتقد أنها روسية", "لطائرات حربية يقول ناشطون إنها روسية":
        # the means, then the hedged maker
        after = (
            adj.start >= trig.end
            and len(words_between(folded, trig.end, adj.start))
            # "غارات شنتها طائرات حربية رجح المرصد السوري لحقوق الإنسان أنها روسية": the one who
            # believes it may stand between
            <= (
                (10 if _THAT_IT.search(folded, trig.end, adj.start) else 6)
                if believed
                else 2
                if cand.arabic
                else 4
            )
            # "a new offensive on eastern Aleppo, and Russian and Syrian jets pounded": a new clause
            and not _COMMA_AND.search(folded, trig.end, adj.start)
            # "retakes Palmyra despite Russian air strikes": the adjective of the next act (an
            # Arabic adjective follows its noun)
            and not (
                cand.type in HOSTILE_TYPES and not cand.arabic and _before_an_act(ctx, adj.end)
            )
        )
        counterpart = re.search(
            r"(?:^|\s)[وف]?نظير\S*\s*(?:ال)?$", folded[max(0, adj.start - 12) : adj.start]
        ) or re.match(r"(?:,?\s*(?:and\s+)?\S+)?\s*counterparts?\b", folded[adj.end : adj.end + 30])
        if slots.group and counterpart:
            # "وزير الخارجية الروسي ونظيره الأميركي", "his Russian counterpart"
            slots.agents.append(adj.id)
        elif (
            after
            # "an agreement reached between the government and rebels", "a deal signed by the
            # government", "besieged by the government": a party, not a target
            and _marker_before(ctx, trig.end, adj.start) != "agent"
            and not (slots.group and BETWEEN.search(folded, trig.end, adj.start))
        ) and (
            (not cand.arabic and cand.verb)
            or slots.patient
            or (not cand.arabic and _marker_before(ctx, trig.end, adj.start) == "target")
            # "began shelling rebel positions": the object of an English gerund
            or (
                not cand.arabic
                and cand.trigger_word.endswith("ing")
                and not words_between(folded, trig.end, adj.start)
            )
        ):  # "an assault on rebel positions"
            # shelled government positions; اغتيال السفير الروسي
            slots.target = slots.target or adj.id
        elif (
            trig.start <= adj.start < trig.end
            or after
            or (
                adj.end <= trig.start
                and len(words_between(folded, adj.end, trig.start)) <= (1 if cand.arabic else 3)
                # "... شارات الوحدات الكردية، ووصف الوزير": a new clause, not the act's subject
                and not CLAUSE_JOIN_END.search(folded[adj.end : trig.start])
            )
        ):
            slots.agents.append(adj.id)


def _hyphenated_sides(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """ "the Turkish-SDF clashes", "Russian-Turkish talks": both parties joined by the hyphen
    right before a clash or a meeting take part in it."""
    trig = cand.trigger
    pair = _HYPHEN_PAIR.search(ctx.folded, max(0, trig.start - 40), trig.start)
    if pair is None or not (
        slots.group
        or _at(ctx, "reciprocal").match(trig.text)
        # "Russian-Syrian air strikes": two makers of one act
        or cand.type in ("AIRSTRIKE", "SHELLING")
    ):
        return
    sides = [
        m.id
        for m in ctx.mentions
        if m.kind in ("actor", "adjective") and pair.start() <= m.start and m.end <= pair.end()
    ] + [
        c.payload.key
        for c in ctx.cues_of("nationality")
        if pair.start() <= c.start and c.end <= pair.end()
    ]
    sides = list(dict.fromkeys(sides))
    if len(sides) >= 2:
        slots.agents = list(dict.fromkeys([*slots.agents, *sides]))


_HYPHEN_PAIR = re.compile(r"(?<![^\s])[^\W\d_]+-[^\W\d_]+\s+$")


def _hedge_speaker(ctx: Context, cand: _Candidate, group: list[Mention]) -> bool:
    """ "قصفت مواقع قالت أنقرة إنها ...": who says so, right after a speech verb and before
    its إن, is no party to the act."""
    folded = ctx.folded
    return any(
        cand.trigger.end <= v.start < cand.hi
        and v.end <= group[0].start
        and not words_between(folded, v.end, group[0].start)
        for v in ctx.cues_of("speech")
    ) and any(
        group[-1].end <= c.start and len(words_between(folded, group[-1].end, c.start)) <= 1
        for c in ctx.cues_of("complementiser")
    )


def _split_around(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """Groups the actors of the span into `slots.right` (after the trigger) and `slots.left`
    (before it); in Arabic subject–verb order the group right before the verb is its subject, and
    after it only a marked target is read."""
    folded, trig = ctx.folded, cand.trigger
    slots.verb_object = cand.type in HOSTILE_TYPES and cand.arabic and cand.verb
    slots.right = [
        g
        for g in _groups(
            ctx, [m for m in slots.mentions if m.start >= trig.end], verb_object=slots.verb_object
        )
        if not _hedge_speaker(ctx, cand, g)
    ]
    # "مندوب الاتحاد الروسي الدائم لدى الأمم المتحدة قد أعلن التوصل إلى اتفاق": the body of a
    # post is no party to a meeting or a deal
    slots.left = _groups(
        ctx,
        [
            m
            for m in slots.mentions
            if m.end <= trig.start and not (slots.group and in_post(folded, m.start, m.end))
        ],
    )
    if slots.recorded:
        # "the Russian centre at Hmeimim registered nine violations", "سجّل ٢٣ خرقاً": who counts
        # them is not who committed them
        slots.left = []
    slots.svo = (
        bool(slots.left)
        and cand.arabic
        and cand.verb
        and len(words_between(folded, slots.left[-1][-1].end, trig.start)) <= 1
        and ":"
        not in folded[slots.left[-1][-1].end : trig.start]  # "مركز حميميم: 23 خرقاً": speaker
        and not CLAUSE_JOIN_END.search(folded[slots.left[-1][-1].end : trig.start])  # "...، ووصف"
        and not (
            _RELATIVE_END.search(folded[slots.left[-1][-1].end : trig.start])
            and OBJECT_PRONOUN_END.search(folded, trig.start, word_end(folded, trig.end))
        )  # "الأحياء الواقعة تحت سيطرة الحكومة، والتي يحاصرها تنظيم داعش": the antecedent is the object
    )
    if not slots.svo and cand.arabic and cand.verb and aircraft_subject(ctx, trig):
        # "سلاح الجو يدمر أوكاراً لإرهابيي «النصرة»": the aircraft are the subject, whoever is
        # named after the verb was hit
        cand.subject_given = True
        slots.target = slots.target or (slots.right[0][0].id if slots.right else None)
        slots.right = []
    if slots.svo and not slots.group:
        # قوات النظام قصفت ..., التحالف الدولي يقصف الرقة وداعش ...: the subject comes first
        if len(slots.left) > 1 and BACKED_WITH.fullmatch(
            folded, slots.left[-2][-1].end, slots.left[-1][0].start
        ):
            # "وحدات من الجيش العربي السوري، مدعومة بمقاتلي حزب الله، قد استعادت": the subject is
            # before the fighters it is backed with, who share its act
            slots.agents += [m.id for m in slots.left[-2]]
        slots.agents += [m.id for m in slots.left[-1]]
        cand.subject_given = True
        slots.right = [
            g for g in slots.right if _marker_before(ctx, trig.end, g[0].start) == "target"
        ][:1]
