"""Who did it and to whom: agents and targets of a candidate from the actors, adjectives and
markers around its trigger (word order, clitics, coordination, passives, sides of a clash).

`_participants` runs the phases below in order over one `_Slots`; each phase owns one kind of
evidence and may revise what the phases before it found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hudna.extract.context import Context, Mention, words_between
from hudna.extract.entities import affiliation
from hudna.extract.events.after_trigger import _groups_after, _post_holders
from hudna.extract.events.attribution import (
    _accuser_and_accused,
    _attributed_and_partners,
    _congratulated,
    _named_elsewhere,
)
from hudna.extract.events.before_trigger import _left_not_doers, _subject_before
from hudna.extract.events.beside_trigger import (
    _adjectives_beside,
    _hyphenated_sides,
    _split_around,
)
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    HELD_BY,
    SUPPORTED_AFTER,
    _at,
    _Candidate,
)
from hudna.extract.events.joined_parties import _joined_parties
from hudna.extract.events.meeting_parties import _listed_nationalities, _meeting_parties

# imported from here by the other stages of the event rules
from hudna.extract.events.party_groups import (
    _coordinated_nationalities as _coordinated_nationalities,
)
from hudna.extract.events.party_groups import _groups as _groups
from hudna.extract.events.party_groups import _marker_before as _marker_before
from hudna.extract.events.speaker_doers import _speaker_as_doer


@dataclass
class _Slots:
    """What the phases of `_participants` share, filled in as they run."""

    group: bool  # a meeting or an agreement: every party named takes part in it
    mentions: list[Mention]  # the actors of the span, apart from any in the trigger itself
    adjectives: list[Mention]  # the nationality adjectives of the span
    patient: bool  # the trigger is a noun whose object suffers it (اغتيال السفير)
    agents: list[str]  # the doers found so far
    target: str | None = None
    recorded: bool = False  # violations a monitor recorded: the recorder committed none
    verb_object: bool = False  # an Arabic act verb: a subject and then an object may follow it
    right: list[list[Mention]] = field(default_factory=list)  # the actor groups after the trigger
    left: list[list[Mention]] = field(default_factory=list)  # the actor groups before it
    svo: bool = False  # an Arabic subject right before its verb
    partners: list[str] = field(default_factory=list)  # the side a clash was fought "with"


_HEDGED_MAKER = re.compile(
    r"(?<!\S)(?:believed|thought|suspected|said)\s+to\s+be\s+$"
    r"|(?<!\S)(?:يعتقد|يرجح|يشتبه)\s+(?:انها|أنها|انه|أنه)\s+$"
)


def _participants(ctx: Context, cand: _Candidate) -> None:
    """Fills `cand.actors` and `cand.target` from the parties around the trigger."""
    slots = _slots_around(ctx, cand)
    _adjectives_beside(ctx, cand, slots)  # غارات جوية روسية, Russian airstrikes
    _hyphenated_sides(ctx, cand, slots)  # "the Turkish-SDF clashes"
    _split_around(ctx, cand, slots)  # the groups after and before; an Arabic subject first
    _groups_after(ctx, cand, slots)  # verb-subject-object, markers, sides of a clash
    _left_not_doers(ctx, cand, slots)  # halts, the repelling side, passives
    _subject_before(ctx, cand, slots)  # the subject before the act
    _meeting_parties(ctx, cand, slots)  # counterparts, the speaker who met, الجانبان
    _listed_nationalities(ctx, cand, slots)  # "Kerry and the Turkish and Iranian ministers"
    _speaker_as_doer(ctx, cand, slots)  # "it had carried out", its own forces
    _joined_parties(ctx, cand, slots)  # في مقدمتها, "including", الروسي والسوري
    _named_elsewhere(ctx, cand, slots)  # the sides of a clash, "their siege", a sponsor
    _accuser_and_accused(ctx, cand, slots)  # who accuses whom
    _attributed_and_partners(ctx, cand, slots)  # "attributed to", partners of a clash, هجومها
    _congratulated(ctx, cand, slots)  # "هنأ بوتين نظيره السوري باستعادة المدينة"
    _post_holders(ctx, cand, slots)  # "turned back at a government checkpoint"
    _settle(ctx, cand, slots)


def _slots_around(ctx: Context, cand: _Candidate) -> _Slots:
    """The actors and nationality adjectives of the candidate's span, and the parties the trigger
    itself names as its agents."""
    folded, trig = ctx.folded, cand.trigger
    group = cand.type in _AGREEMENT_WORDS
    overlapping = [
        m for m in ctx.mentions if m.kind == "actor" and m.start < trig.end and trig.start < m.end
    ]
    # "اتهم المعلم، خلال لقائه اليوم نائب وزير الخارجية الإيراني، النظام التركي": whom the
    # subject met during the act takes no part in it
    asides = [a.span() for a in _at(ctx, "occasion_aside").finditer(folded, trig.end, cand.hi + 1)]
    mentions = [
        m
        for m in ctx.mentions
        if m.kind == "actor"
        and cand.lo <= m.start
        and m.end <= cand.hi
        and not (m.start < trig.end and trig.start < m.end)
        # "in opposition-held areas", "the U.S.-backed SDF": no party to the act
        and not HELD_BY.match(folded, m.end)
        and not SUPPORTED_AFTER.search(folded, max(0, m.start - 12), m.start)
        # "remove surgical supplies from UN convoys": the aid's owner, no party to its blocking
        # (an Arabic owner follows the aid: "قوافل الأمم المتحدة")
        and not (
            cand.type == "SIEGE"
            and not cand.arabic
            and any(
                a.start > m.end and not words_between(folded, m.end, a.start)
                for a in ctx.cues_of("aid_object")
            )
        )
        and not _base_owner(ctx, m)
        and not any(s < m.start < e for s, e in asides)
    ]
    adjectives = [
        m
        for m in ctx.mentions
        if m.kind == "adjective" and cand.lo <= m.start < cand.hi and not _base_owner(ctx, m)
    ]
    patient = any(p.start == trig.start for p in ctx.cues_of("patient_noun"))
    adjectives += _coordinated_nationalities(ctx, adjectives, cand)
    # "Warplanes, thought to be Syrian, struck": a nationality hedged as the means' maker
    adjectives += [
        Mention(c.start, c.end, "adjective", c.payload.key, "adjective")
        for c in ctx.cues_of("nationality")
        if cand.lo <= c.start < cand.hi
        and _HEDGED_MAKER.search(folded, max(0, c.start - 30), c.start)
        and not any(a.start == c.start for a in adjectives)
    ]
    agents: list[str] = [
        m.id for m in overlapping if not group and trig.payload.extra != "denial"
    ]  # "Russian warplanes", "طائرات النظام"; but "No UN convoy has reached": the aid's owner
    return _Slots(
        group=group, mentions=mentions, adjectives=adjectives, patient=patient, agents=agents
    )


def _base_owner(ctx: Context, m: Mention) -> bool:
    """The owner of an air base or airport ("أقلعت من مطار همدان الإيراني", "flying from Iran's
    Hamadan air base"): where aircraft flew from, no party to what they did."""
    lo = max(0, m.start - 40)
    return bool(
        # the base's nisba ("مطار همدان الإيراني") or its country ("قاعدة همدان في إيران")
        (m.kind == "adjective" and _at(ctx, "base_owner_before").search(ctx.folded, lo, m.start))
        or _at(ctx, "base_in_country").search(ctx.folded, lo, m.start)
        or _at(ctx, "base_owner_after").match(ctx.folded, m.end)
    )


def _settle(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The agents as the parties they serve (people over their states for a meeting), and the
    candidate's actors and target, the target being no actor."""
    if not slots.group:
        slots.agents = [affiliation(ctx, a) if cand.type != "ACCUSE" else a for a in slots.agents]
    else:
        # Kerry and the United States: Kerry
        slots.agents = _people_over_their_states(ctx, slots.agents)
    cand.actors = [a for a in dict.fromkeys(slots.agents) if a != slots.target]
    cand.target = slots.target


def _people_over_their_states(ctx: Context, actors: list[str]) -> list[str]:
    """Parties of a meeting or agreement: a person named stands for the state they serve, which
    is then not listed again."""
    states = {affiliation(ctx, a) for a in actors if ctx.lexicon.actors[a].kind == "person"}
    return [a for a in actors if a not in states]
