"""The parties of a meeting or an agreement told around it: the announcers of a deal, whose
counterpart a party is, the speaker who met someone (he, أنه, «التقيت»), and the two sides
of الجانبان."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hudna.extract.context import Context, words_between
from hudna.extract.entities import affiliation, counterpart, in_post
from hudna.extract.events.common import (
    GERUND_OPENER,
    _at,
    _Candidate,
    _journey_before,
    _last_break,
)
from hudna.extract.events.party_groups import _groups

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots


_HIM_AFTER = re.compile(r"\s+(?:him|her)\b")


def _meeting_parties(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """Adds to `slots.agents` the parties of a meeting or agreement named away from its
    trigger: the announcers, the owner of a counterpart, the speaker in the first person or as
    "he", and the last two people for الجانبان."""
    folded, trig = ctx.folded, cand.trigger
    if cand.type == "MEET":
        # "ووصل دي ميستورا إلى دمشق حيث التقى المعلم": the traveller met someone there
        slots.agents += [t for t in _travellers(ctx, cand) if t not in slots.agents]
        # "In a telephone call on Thursday, Putin and Assad discussed": the subject after it
        slots.agents += [t for t in _fronted_meeting_parties(ctx, cand) if t not in slots.agents]
    if (
        cand.type == "MEET"
        and not cand.arabic
        and trig.text.lower() == "meeting"
        and GERUND_OPENER.search(folded[max(cand.sentence.start, trig.start - 12) : trig.start])
    ):
        # "De Mistura briefed reporters after meeting the HNC delegation": the sentence's subject
        opening = ctx.mentions_in(cand.sentence.start, trig.start, "actor")
        if opening:
            # "... met the HNC delegation, a day after meeting the government delegation": the
            # gerund's parties are its object and that subject, not the main verb's object
            met = {m.id for m in ctx.mentions_in(trig.end, cand.sentence.end, "actor")}
            slots.agents = [opening[0].id, *(a for a in slots.agents if a in met)]
    # "التوصل إلى اتفاق مع الجانب التركي", "برعاية روسية", "التوصل إلى هدنة ... مع الحكومة
    # السورية": others, the announcer being one too
    partners_only = bool(slots.agents) and bool(
        _WITH_FIRST.match(folded, trig.end) or _all_named_with(ctx, cand, slots.agents)
    )
    if slots.group and (not slots.agents or partners_only) and _nominal_object(ctx, cand):
        # أعلن كيري ولافروف ... التوصل إلى اتفاق: the announcers are the parties
        floor = _last_break(ctx, cand.sentence.start, trig.start)
        before = _groups(
            ctx,
            [
                m
                for m in ctx.mentions
                if m.kind == "actor"
                and floor <= m.start
                and m.end <= trig.start
                and not in_post(folded, m.start, m.end)  # "مندوب روسيا لدى الأمم المتحدة"
            ],
        )
        if before and len(words_between(folded, before[-1][-1].end, trig.start)) <= 14:
            slots.agents = list(dict.fromkeys([*(m.id for m in before[-1]), *slots.agents]))
            cand.subject_given = True
    if slots.group and not cand.arabic and _HIM_AFTER.match(folded, trig.end):
        # "while the government delegation headed by Bashar al-Jaafari met him on Sunday": the
        # person named last before, outside the clause's own subject
        floor = _last_break(ctx, cand.sentence.start, trig.start)
        persons = [
            m.id
            for m in ctx.mentions_in(0, floor, "actor")
            if ctx.lexicon.actors[m.id].kind == "person" and m.id not in slots.agents
        ]
        if persons:
            slots.agents.append(persons[-1])
    if slots.group and (
        _BY_PHONE.fullmatch(trig.text)
        or (
            _IN_A_CALL.search(folded[max(0, trig.start - 8) : trig.start])
            and _at(ctx, "phone").fullmatch(folded, trig.start, trig.end)
        )
    ):
        # "Putin congratulated Assad by telephone", "told Assad in a telephone call", "قال بوتين
        # للأسد في اتصال هاتفي": who called and who was called
        floor = _last_break(ctx, cand.sentence.start, trig.start)
        for m in ctx.mentions_in(floor, trig.start, "actor"):
            if m.id not in slots.agents:
                slots.agents.append(m.id)
    if slots.group:
        # "بحث وزير الخارجية التركي مولود جاووش أوغلو ونظيره الروسي": whose counterpart it is
        for cp in re.finditer(
            r"(?:^|\s)[وف]?نظير(?:ه|ها)\s|\s(?:his|her) (?:\S+ )?counterpart",
            folded[cand.lo : cand.hi],
        ):
            at = cand.lo + cp.start()
            whose = [
                m
                for m in ctx.mentions_in(cand.sentence.start, at, "actor")
                if len(words_between(folded, m.end, at)) <= 4
            ]
            if whose and whose[-1].id not in slots.agents:
                slots.agents.insert(0, whose[-1].id)
            # "مع نظيره الروسي" said of Kerry: Lavrov, the Russian who held his post
            people = [a for a in slots.agents if ctx.lexicon.actors[a].kind == "person"]
            owner = whose[-1].id if whose else people[0] if people else None
            nationality = [
                (n.start, n.payload.key)
                for n in ctx.cues_of("nationality")
                if at <= n.start < min(cand.hi, at + 40)
                and len(words_between(folded, at, n.start)) <= 2
            ] + [  # "his U.S. counterpart": a state named, not its adjective
                (m.start, m.id)
                for m in ctx.mentions_in(at, min(cand.hi, at + 40), "actor")
                if ctx.lexicon.actors[m.id].kind == "state"
                and len(words_between(folded, at, m.start)) <= 2
            ]
            nat = min(nationality)[1] if nationality else None
            if owner and nat is not None and nat in slots.agents:
                peer = counterpart(ctx, owner, nat)  # nat itself when no person of it held the post
                slots.agents = [
                    peer if a == nat else a
                    for a in slots.agents
                    if not (a == nat and peer != nat and peer in slots.agents)
                ]
    if (
        slots.group
        and cand.asserted_by
        and cand.asserted_by not in slots.agents
        and (
            re.search(
                r"(?:^|\s)[وف]?[اأإ]ن(?:ه|ها|هم)\s+(?:\S+\s+){0,3}$|(?:^|\s)(?:he|she)\s+(?:and\s+(?:\S+\s+){1,5}?)?(?:had\s+|has\s+)?(?:\S+\s+){0,2}$",
                folded[max(cand.sentence.start, trig.start - 60) : trig.start],
            )
            # "«التقيت صباح اليوم وفد الحكومة»", "«التقينا»": the speaker, in the first person
            or (cand.arabic and cand.verb and re.search(r"(?:يت|نا)$", cand.trigger_word))
        )
    ):
        # "مضيفاً أنه بحث الملف هاتفياً مع نظيره الروسي", "said he had met Lavrov": the speaker
        slots.agents.insert(0, cand.asserted_by)
    dual = (
        # (from the character before the sentence: the pattern opens on a space or the text's start)
        _at(ctx, "dual_people").search(
            folded, max(0, cand.sentence.start - 1), min(cand.hi, trig.end + 40)
        )
        if slots.group
        else None
    )
    if dual and dual.start() >= trig.end and not words_between(folded, trig.end, dual.start()):
        # "واتفق الجانبان على": the two just named are the subject, and no one else
        slots.agents = _last_two_people(ctx, dual.start()) or slots.agents
    elif dual and len(set(slots.agents)) < 2:
        slots.agents = list(dict.fromkeys([*slots.agents, *_last_two_people(ctx, dual.start())]))
    elif (
        slots.group
        and cand.arabic
        and cand.trigger_word.endswith("هما")
        and len(set(slots.agents)) < 2
    ):
        # "أكد المعلم للمبعوث الأممي دي ميستورا، خلال لقائهما": "their" two are the two parties
        # named last before it in its sentence
        named: list[str] = []
        for m in reversed(ctx.mentions_in(cand.sentence.start, trig.start, "actor")):
            if m.id not in named:
                named.append(m.id)
        if len(named) >= 2:
            slots.agents = list(dict.fromkeys([*slots.agents, *reversed(named[:2])]))


_BY_PHONE = re.compile(r"by (?:tele)?phone|over the phone|in a (?:tele)?phone call")
_IN_A_CALL = re.compile(r"(?:^|\s)(?:في|خلال)\s+$")
_WITH_FIRST = re.compile(r"\s*(?:مع|with|برعايه|بوساطه|brokered by|sponsored by)\s")


def _all_named_with(ctx: Context, cand: _Candidate, agents: list[str]) -> bool:
    """Whether every party found after the trigger is named right after "مع"/"with"."""
    named = [
        m
        for m in ctx.mentions_in(cand.trigger.end, cand.sentence.end, "actor")
        if m.id in agents or affiliation(ctx, m.id) in agents
    ]
    return len(named) == len(agents) and all(
        _WITH_BEFORE.search(ctx.folded[max(cand.trigger.end, m.start - 8) : m.start]) for m in named
    )


_WITH_BEFORE = re.compile(r"(?:^|\s)(?:مع|with)\s+(?:the\s+)?$")


def _nominal_object(ctx: Context, cand: _Candidate) -> bool:
    """The trigger opens the object of a speech verb with no أن (`أعلن X التوصل إلى اتفاق`), or
    stands outside any statement."""
    for s, _e, _sp in ctx.statement_spans:
        if s <= cand.trigger.start < _e:
            if len(words_between(ctx.folded, s, cand.trigger.start)) > 3:
                return False
            return not any(0 <= s - c.end <= 2 for c in ctx.cues_of("complementiser"))
    return True


def _last_two_people(ctx: Context, before: int) -> list[str]:
    people: list[str] = []
    for m in reversed([m for m in ctx.mentions if m.kind == "actor" and m.end <= before]):
        if ctx.lexicon.actors[m.id].kind == "person" and m.id not in people:
            people.append(m.id)
        if len(people) == 2:
            break
    return list(reversed(people)) if len(people) == 2 else []


def _listed_nationalities(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """ "attended by Kerry, Lavrov and the Turkish and Iranian foreign ministers", "with the
    Turkish, Iranian and Saudi foreign ministers": nationalities listed on from a party of a
    meeting or an agreement are parties to it too."""
    if not slots.group:
        return
    folded = ctx.folded
    items = sorted(
        [m for m in slots.mentions if m.id in slots.agents and m.start >= cand.trigger.end]
        + [a for a in slots.adjectives if a.start >= cand.trigger.end],
        key=lambda m: m.start,
    )
    last_end: int | None = None
    for m in items:
        if m.id in slots.agents:
            last_end = m.end
        elif last_end is not None and _LIST_LINK.fullmatch(folded, last_end, m.start):
            slots.agents.append(m.id)
            last_end = m.end
        else:
            last_end = None


_LIST_LINK = re.compile(r"\s*(?:[,،]\s*)?(?:(?:and|as well as)\s+)?(?:the\s+)?")


def _travellers(ctx: Context, cand: _Candidate) -> list[str]:
    """The subject of a journey the meeting follows on from ("وصل دي ميستورا إلى دمشق حيث
    التقى", "Kerry flew to Geneva and met"): after an Arabic verb, before an English one."""
    folded, trig = ctx.folded, cand.trigger
    verb = _journey_before(ctx, cand)
    if verb is None:
        return []
    actors = ctx.mentions_in(cand.sentence.start, trig.start, "actor")
    if cand.arabic:
        after = [m for m in actors if m.start >= verb.end()]
        group = _groups(ctx, after)[0] if after else []
        if not group or words_between(folded, verb.end(), group[0].start):
            return []
    else:
        before = [m for m in actors if m.end <= verb.start()]
        group = _groups(ctx, before)[-1] if before else []
        if not group or len(words_between(folded, group[-1].end, verb.start())) > 1:
            return []
    return list(dict.fromkeys(m.id for m in group))


# the meeting's day or place, then the comma that ends the phrase it opens
_UP_TO_COMMA = re.compile(r"[^,،.]{0,30}[,،]\s*")
_FRONTED = re.compile(r"\s*[«\"“]?(?:(?:[وف]?(?:في|خلال)|in|during)\s+(?:an?\s+|the\s+)?)?$")


def _fronted_meeting_parties(ctx: Context, cand: _Candidate) -> list[str]:
    """ "In a telephone call on Thursday, Putin and Assad discussed ...", "خلال اتصال هاتفي، بحث
    بوتين والأسد": a meeting told first, its parties the subject of the verb of talking or
    agreeing after the comma (not of a verb of saying: "At a Security Council meeting on 30
    August, Samantha Power said")."""
    folded, trig = ctx.folded, cand.trigger
    if not _FRONTED.fullmatch(folded, cand.sentence.start, trig.start):
        return []
    comma = _UP_TO_COMMA.match(folded, trig.end)
    if comma is None:
        return []
    after = ctx.mentions_in(comma.end(), cand.sentence.end, "actor")
    group = _groups(ctx, after)[0] if after else []
    if not group or words_between(folded, comma.end(), group[0].start):
        return []
    talked = any(
        group[-1].end <= c.start
        and len(words_between(folded, group[-1].end, c.start)) <= 1
        and (c.payload.kind == "discuss" or c.payload.key == "AGREE")
        for c in [*ctx.cues_of("discuss"), *ctx.cues_of("trigger")]
    )
    if not talked and cand.arabic:
        # "خلال اتصال هاتفي، بحث بوتين والأسد": the verb before its subject
        talked = any(
            comma.end() <= c.start < group[0].start for c in ctx.cues_of("discuss", "trigger")
        )
    return list(dict.fromkeys(m.id for m in group)) if talked else []
