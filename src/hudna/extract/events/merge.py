"""One event per act and place, one per happening: splitting an act told at several places,
merging retellings (headline and body, generic words, relative clauses), and the records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from hudna.extract.context import Context, title_end, words_between
from hudna.extract.dates import DateMention
from hudna.extract.entities import affiliation, side
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    _at,
    _Candidate,
    _definite,
    _fired_from_ground,
    _in_title,
    _is_generic,
    _place_rank,
    _prefix,
    _same_area,
    _same_day_anaphor,
)
from hudna.extract.events.kept_acts import _still_worth_keeping
from hudna.extract.events.participants import _people_over_their_states
from hudna.extract.events.places import day_of_place, day_of_undated_act
from hudna.extract.matcher import Match
from hudna.extract.numbers import tolls
from hudna.models import HOSTILE_TYPES, KILLING_TYPES, Event


def _split(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for cand in candidates:
        places: list[str | None] = [*cand.places] or [None]
        for place in places:
            persons = [a for a in cand.actors if a.islower()]
            separately = cand.type == "MEET" and _at(ctx, "separately").search(
                ctx.folded, cand.sentence.start, cand.sentence.end
            )
            if (
                cand.type == "MEET"
                and not cand.joined
                # "Shoigu, Isik and Dehghan met separately in Moscow": all of them subjects, one
                # meeting apart from another
                and not _all_subjects(ctx, cand)
                # "اجتماع بين كيري ولافروف ودي ميستورا", "talks between": one meeting of all
                and not _BETWEEN_AFTER.match(ctx.folded, cand.trigger.end)
                and (
                    separately
                    # "Kerry met Lavrov and Putin in Moscow": two officials of one state, met in
                    # turn (but "Kerry met Lavrov and de Mistura": the envoy joins one meeting)
                    or (
                        len(persons) >= 3
                        and len(persons) == len(cand.actors)
                        and len({side(ctx, a) for a in cand.actors[1:]}) == 1
                    )
                )
                and len(cand.actors) >= 3
            ):
                # "met the government delegation and the HNC separately": one meeting with
                # each side
                subject, *others = _host_first(ctx, cand, bool(separately))
                sides: dict[str, list[str]] = {}
                for other in others:
                    sides.setdefault(other if not separately else side(ctx, other), []).append(
                        other
                    )
                for party in sides.values():
                    out.append(
                        replace(
                            cand,
                            actors=[subject, *party],
                            places=[place] if place else [],
                            sentences=set(cand.sentences),
                            triggers=list(cand.triggers),
                        )
                    )
            else:
                # each place of a list with its own day keeps that day
                own_day = day_of_place(ctx, cand, place) if place and len(places) > 1 else None
                out.append(
                    replace(
                        cand,
                        actors=list(cand.actors),
                        places=[place] if place else [],
                        sentences=set(cand.sentences),
                        triggers=list(cand.triggers),
                        date=own_day or cand.date,
                        fatalities=(
                            _toll_at(ctx, cand, place)
                            if place and len(places) > 1 and cand.fatalities
                            else cand.fatalities
                        ),
                    )
                )
    return out


def _toll_at(ctx: Context, cand: _Candidate, place: str) -> int | None:
    """An act told at several places carries a toll only where the toll names its place
    ("غارة على بلدتي كفرنبودة وكرناز أسفرت عن مقتل ثمانية مدنيين في كفرنبودة"); a toll of them
    all ("air strikes on al-Shaar and Bustan al-Qasr killed five") belongs to no one of them."""
    sentence = cand.sentence
    for value, _start, end in tolls(ctx.folded[sentence.start : sentence.end]):
        end += sentence.start
        named = [
            m
            for m in ctx.mentions_in(end, sentence.end, "place")
            if len(words_between(ctx.folded, end, m.start)) <= 3
        ]
        if named and named[0].id == place:
            return value
    return None


_BETWEEN_AFTER = re.compile(r"\s+(?:\S+\s+)?(?:بين|between|ضم|جمع)\s")


def _host_first(ctx: Context, cand: _Candidate, separately: bool) -> list[str]:
    """The meeting's parties with the one all the others meet first: the subject, or the lone
    party after the verb when several come before it ("The government and opposition
    delegations met de Mistura separately")."""
    trig = cand.trigger
    mentions = ctx.mentions_in(cand.sentence.start, cand.sentence.end, "actor")
    before = list(
        dict.fromkeys(m.id for m in mentions if m.end <= trig.start and m.id in cand.actors)
    )
    after = list(
        dict.fromkeys(m.id for m in mentions if m.start >= trig.end and m.id in cand.actors)
    )
    if len(after) == 1 and len(before) >= 2 and after[0] not in before:
        return [after[0], *(a for a in cand.actors if a != after[0])]
    # "والتقى وفدا الحكومة والمعارضة كلٌّ على حدة مع دي ميستورا": the one met "with"
    met_with = list(
        dict.fromkeys(
            m.id
            for m in mentions
            if m.id in cand.actors
            and _WITH_JUST_BEFORE.search(ctx.folded, max(0, m.start - 6), m.start)
        )
    )
    if separately and not before and len(met_with) == 1 and len(cand.actors) >= 3:
        return [met_with[0], *(a for a in cand.actors if a != met_with[0])]
    return list(cand.actors)


_WITH_JUST_BEFORE = re.compile(r"(?:^|\s)(?:مع|with)\s+$")


def _all_subjects(ctx: Context, cand: _Candidate) -> bool:
    """Whether every party of the meeting is named before its trigger, none after it: "Kerry,
    Lavrov and de Mistura met in Geneva" is one meeting of three."""
    before = {m.id for m in ctx.mentions_in(cand.sentence.start, cand.trigger.start, "actor")}
    after = {m.id for m in ctx.mentions_in(cand.trigger.end, cand.sentence.end, "actor")}
    return set(cand.actors) <= before and not set(cand.actors) & after


def _day_told_before(
    ctx: Context, cand: _Candidate, outlet_only: bool = False
) -> DateMention | None:
    """The last day named before the sentence of `cand` (the lead's "أمس الأحد", "on Tuesday"),
    with `outlet_only` not one inside a statement's words."""
    told: list[DateMention] = []
    for d in ctx.dates:
        if d.end > cand.sentence.start or (outlet_only and ctx.statement_at(d.start, d.end)):
            continue
        base = told[-1].value if told else None
        if d.kind == "anchored" and d.value is None and d.shift is not None and base:
            # "قصفت ... في السابع عشر من الشهر، قبل أن تعلن القيادة بعد يومين ...": a day counted
            # from the one told before it
            told.append(replace(d, value=base + dt.timedelta(days=d.shift)))
            continue
        if (
            d.value
            and d.precision == "day"
            and not _same_day_anaphor(ctx, d)
            # "بعد هجوم مماثل في العاشر من آب": the day of another act, compared
            and not _COMPARED.search(ctx.folded, max(0, d.start - 20), d.start)
        ):
            told.append(d)
    return told[-1] if told else None


_COMPARED = re.compile(r"(?:مماثل\S*|مشابه\S*|سابق\S*|similar|previous|earlier)\s+(?:\S+\s+){0,2}$")


def _merge(ctx: Context, candidates: list[_Candidate]) -> list[Event]:
    merged: list[_Candidate] = []
    retold_into: dict[int, _Candidate] = {}  # a definite act word's start -> the act it retold
    for cand in candidates:
        told = ctx.folded[cand.sentence.start : cand.sentence.end]
        if (
            _at(ctx, "same_occasion").match(told[:30]) or _at(ctx, "same_day").search(told)
        ) and cand.date is None:
            # "وتزامن ...", "ففي حي درعا البلد ...", "عصر اليوم نفسه", "on the same day": the day
            # of the act told before
            cand.date = _day_told_before(ctx, cand)
        elif cand.date is None and _at(ctx, "same_session").search(told):
            # "At the same meeting, Churkin ... accused": the day of the session the outlet told,
            # not a day in someone's words before it
            cand.date = _day_told_before(ctx, cand, outlet_only=True)
        same = [m for m in merged if _same_happening(m, cand, ctx)]
        into = next((m for m in same if m.places == cand.places), same[0] if same else None)
        if same and not cand.places:
            # a retelling with no place ("الطائرات التي نفذت الغارات تابعة للنظام") is of the act
            # told last before it, not of the headline's
            into = max(same, key=lambda m: max(s.start for s in m.sentences))
        if into is None:
            told_in = retold_into.get(cand.trigger.start)
            if told_in is not None and not cand.actors and told_in.actors:
                # "غارات شنّها الطيران الروسي وطيران النظام على أحياء حلب الشرقية" then "وتركزت
                # الغارات على أحياء الكلاسة وبستان القصر": the strikes told again, at each of
                # their places, were done by those who did them
                cand.actors = list(told_in.actors)
                cand.asserted_by = cand.asserted_by or told_in.asserted_by
            merged.append(cand)
            continue
        if _refers_back(ctx, cand) and not cand.actors:
            retold_into[cand.trigger.start] = into
        # the first retelling in the body says where the headline's act was; later ones may
        # only narrow it ("سيطرت ... على مدينة حلفايا" then "حتى الوصول إلى مدينة حماة")
        # "Russian jets struck Kafranbel ..." then "the opposition accused Russia of bombing
        # Kafranbel": the outlet tells the act as fact, doer and place, in its own body, so no
        # party asserts it; an act told with no doer ("barrels fell on Sukkari") is the
        # accuser's as to who did it
        told_as_fact = any(
            c.asserted_by is None
            and c.places
            and c.actors
            # (a headline's act the body has told already is told in the body)
            and (not _in_title(ctx, c) or any(s.start >= title_end(ctx) for s in c.sentences))
            for c in (into, cand)
        )
        first_body = _in_title(ctx, into) and all(s.start < title_end(ctx) for s in into.sentences)
        if (
            into.type != cand.type
            and not _bare_attack_retold(ctx, cand, into)
            and (
                (into.type == "ATTACK" and not into.actors and _vague_retelling(ctx, into, cand))
                or (
                    _is_generic(ctx, into.trigger)
                    and (
                        not all(_is_generic(ctx, t) for t in [cand.trigger, *cand.triggers])
                        or (cand.actors and not into.actors)
                    )
                )
                or _fired_from_ground(ctx, cand)
            )
        ):
            into.type = cand.type  # the better word names the act
        into.sentences |= cand.sentences
        into.triggers.append(cand.trigger)
        # the headline's act told again in the body: the body says who, where, when and how many
        body_tells = first_body and not _in_title(ctx, cand)
        if body_tells and cand.actors:
            into.actors = list(cand.actors)  # the body says who; the headline may sum up several
        else:
            into.actors = list(dict.fromkeys([*into.actors, *cand.actors]))
        if into.type in _AGREEMENT_WORDS:  # Kerry and Lavrov, not also the United States and Russia
            into.actors = _people_over_their_states(ctx, into.actors)
        for sibling in same:
            if sibling is not into and sibling.trigger == into.trigger and cand.actors:
                # "فك الحصار عن بلدتي نبل والزهراء ... الحصار الذي فرضته الفصائل عليهما": one act
                # told at two places, and who did it told once for both
                sibling.actors = list(dict.fromkeys([*sibling.actors, *cand.actors]))
        best = _more_specific(
            ctx, into.places[0] if into.places else None, cand.places[0] if cand.places else None
        )
        if body_tells and cand.places:
            best = cand.places[0]  # the body says where; the headline abbreviates
        into.places = [best] if best else []
        into.target = into.target or cand.target
        if body_tells and cand.date:
            # "Nusra overruns FSA unit's bases" over "overran ... before dawn on Sunday": the
            # body says when; the headline's day is the report's
            into.date = cand.date
        else:
            into.date = into.date or cand.date
        if body_tells and cand.asserted_by and into.asserted_by == side(ctx, cand.asserted_by):
            into.asserted_by = cand.asserted_by  # "المعارضة تتهم" told as the HNC's charge
        into.asserted_by = None if told_as_fact else into.asserted_by or cand.asserted_by
        if body_tells and cand.fatalities:
            # "حصيلة يومية: ٤٧ قتيلاً بغارات على أحياء حلب الشرقية": the headline sums the day;
            # the body says how many this act killed
            into.fatalities = cand.fatalities
        else:
            into.fatalities = max(filter(None, [into.fatalities, cand.fatalities]), default=None)
    out = []
    for c in merged:
        if not _still_worth_keeping(ctx, c, merged):
            continue
        s, e = ctx.to_original(c.sentence.start, c.sentence.end)
        day = c.date or day_of_undated_act(ctx, c)
        date = day.value if day else None
        precision = day.precision if day else None
        if precision == "week":
            date, precision = None, None
        out.append(
            Event(
                type=c.type,  # type: ignore[arg-type]
                actors=[a for a in c.actors if a != c.target],
                target=c.target,
                place=c.places[0] if c.places else None,
                date=date.isoformat() if date else None,
                date_precision=precision,
                asserted_by=c.asserted_by,
                negated=c.negated,
                fatalities=c.fatalities if c.type in KILLING_TYPES else None,
                trigger=ctx.original(c.trigger.start, c.trigger.end),
                span=(s, e),
            )
        )
    return out


_WIDE = ("city", "governorate", "region")


def _one_clause(ctx: Context, x: Match, y: Match) -> bool:
    """Whether two triggers stand a few words apart with no break between them ("فجّر انتحاري من
    داعش سيارة مفخخة": the bomber and the car are one act)."""
    first, second = sorted((x, y), key=lambda m: m.start)
    return len(words_between(ctx.folded, first.end, second.start)) <= 4 and not re.search(
        r"[,،.;؛:]", ctx.folded[first.end : second.start]
    )


def _told_in_full(c: _Candidate) -> bool:
    """Whether the act's own day is a full date ("22 September"), not a month or a weekday."""
    return c.date is not None and c.date.kind == "absolute" and c.date.precision == "day"


def _refers_back(ctx: Context, c: _Candidate) -> bool:
    """A definite noun ("the raids", "الغارات") names an act already told (an adjective such as
    "المحاصرتين" is definite by agreement, not by reference)."""
    if c.trigger.text in ctx.lexicon.stative:
        return False
    if c.arabic:
        # "قصفت مروحيات النظام بالبراميل المتفجرة حي الصاخور": the means of a new act, named as
        # a kind, not an act told before
        return _definite(ctx.folded, c.trigger) and _prefix(ctx.folded, c.trigger.start) != "ب"
    # "the heaviest bombardment of the war": a superlative tells a new act, it does not point back
    return (
        re.search(
            r"(?:^|\s)the\s+(?!\S+est\s|worst\s|most\s)(?:[^\s,;:.]+\s+)?$",
            ctx.folded[max(0, c.trigger.start - 20) : c.trigger.start],
        )
        is not None
    )


def _more_specific(ctx: Context, a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    return b if _place_rank(ctx, b) < _place_rank(ctx, a) else a


# the noun "attack" alone, no capture, advance or offensive
_BARE_ATTACK = re.compile(r"(?:ال)?(?:هجوم|هجوما|هجمات|هجومين)|(?:the\s+)?attacks?")
# a verb of launching an act, a few words before its noun ("شنوا فور انتهاء الغارات هجوماً")
_LAUNCHED_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:شن|شنت|شنوا|شنا|يشن|تشن|يشنون|نفذ|نفذت|نفذوا|launched|mounted|carried\s+out)"
    r"\s+(?:\S+\s+){0,4}$"
)


def _bare_attack_retold(ctx: Context, vague: _Candidate, other: _Candidate) -> bool:
    """ "الهجوم على قافلة أورم الكبرى" over "قصف جوي ... على القافلة في أورم الكبرى", "وكان هجوم
    سرمين قد أودى بحياة": the noun "attack" with nobody named, at the place of a strike the text
    names better, is that strike told again (and keeps its type)."""
    return (
        vague.type == "ATTACK"
        and other.type in ("AIRSTRIKE", "SHELLING", "CHEMICAL")
        and not vague.actors
        and bool(vague.places)
        and vague.places == other.places
        and _BARE_ATTACK.fullmatch(vague.trigger.text) is not None
        # ("وأضاف أن مسلحي «داعش» شنوا فور انتهاء الغارات هجوماً على المواقع ذاتها": an attack
        # someone launched is an act of its own)
        and not _LAUNCHED_BEFORE.search(
            ctx.folded, max(0, vague.trigger.start - 50), vague.trigger.start
        )
    )


def _vague_retelling(ctx: Context | None, a: _Candidate, b: _Candidate) -> bool:
    """A generic word ("استهداف", "targeted") retelling an act another word names better:
    "مجزرة ... بعد استهداف مستشفى" with nobody named, at the place of "استهدف الطيران الروسي
    مستشفى ..."; "the attack ... targeted the headquarters", with no place, by the same doers."""
    if ctx is None or a.type not in HOSTILE_TYPES or b.type not in HOSTILE_TYPES:
        return False
    for vague, other in ((a, b), (b, a)):
        # "the attack on the convoy ... all evidence says it was an air attack": a bare attack
        # with nobody named is the strike of the same sentence and area
        if (
            (
                vague.type == "ATTACK"
                # "was hit in air strikes": a generic hit typed as shelling by default
                or (vague.type == "SHELLING" and _is_generic(ctx, vague.trigger))
            )
            and other.type in ("AIRSTRIKE", "SHELLING", "CHEMICAL")
            and other.type != vague.type
            and not vague.actors
            and not other.actors
            and vague.sentences & other.sentences
            and (_same_area(ctx, vague, other) or _same_area(ctx, other, vague))
        ):
            return True
        if _bare_attack_retold(ctx, vague, other):
            return True
        if (
            vague.type == "ATTACK"
            and other.type in ("AIRSTRIKE", "SHELLING", "CHEMICAL")
            and vague.actors
            and not vague.places
            and not other.actors
            and _at(ctx, "carried_out").search(
                ctx.folded, max(0, vague.trigger.start - 24), vague.trigger.start
            )
            and _told_shortly_before(ctx, other, vague)
        ):
            # "ألقت مروحية براميل ... محملة بغاز الكلور" then "واتهم الائتلاف قوات النظام بتنفيذ
            # الهجوم": the attack the accusation names is the one told just before
            return True
        better = not all(_is_generic(ctx, t) for t in [other.trigger, *other.triggers]) or (
            other.actors and not vague.actors
        )  # a headline's generic word merged with the body's better one names it better too
        if not better or not all(_is_generic(ctx, t) for t in [vague.trigger, *vague.triggers]):
            continue  # an act some better word already named is not vague any more
        if other.type in ("SIEGE", "CEASEFIRE_VIOLATION", "INCURSION"):
            # "يحاصرها التنظيم ويقصف عناصره مطارها": a strike is no retold siege; "special forces
            # are advising the SDF near Manbij, while coalition jets have struck": nor an incursion
            continue
        if (
            _in_title(ctx, vague)
            and not _in_title(ctx, other)
            and vague.places
            and other.places
            and (_same_area(ctx, vague, other) or _same_area(ctx, other, vague))
            and (not other.actors or not vague.actors or set(vague.actors) & set(other.actors))
        ):
            return True  # "قوات النظام تقصف داريا" over "ألقت المروحيات براميل على المدينة"
        if not vague.actors and vague.places and vague.places == other.places:
            return True
        if (
            vague.sentences & other.sentences
            and _refers_back(ctx, vague)
            and vague.trigger.start > other.trigger.start
            and (_same_area(ctx, vague, other) or _same_area(ctx, other, vague))
            and (not vague.actors or set(vague.actors) <= set(other.actors))
        ):
            return True  # "denied that its aircraft had struck a school in Hass, calling
            # reports of the attack "a fake"": the definite word points back in its sentence
        if (
            (
                (not vague.places and vague.date is None)
                or (vague.places == other.places and vague.sentences & other.sentences)
            )
            and vague.actors
            and set(vague.actors) <= set(other.actors)
        ):
            return True  # "نفذت القاذفات الروسية 150 طلعة جوية ... استهدفت خلالها مستودعات"
    return False


def _told_shortly_before(ctx: Context, a: _Candidate, b: _Candidate, within: int = 3) -> bool:
    """Whether `a` is told in one of the `within` sentences before `b`'s."""
    sentence = b.sentence
    for _ in range(within):
        before = ctx.sentence_before(sentence)
        if before is None:
            return False
        if before in a.sentences:
            return True
        sentence = before
    return False


def _relative_retelling(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """ "غارات مكثفة لمروحيات النظام التي ألقت أكثر من أربعين برميلاً على البلدة": the relative
    clause tells the same act again, with its place."""
    if a.sentence != b.sentence or a.trigger.end > b.trigger.start:
        return False
    between = ctx.folded[a.trigger.end : b.trigger.start]
    if not re.search(r"(?:^|\s)(?:التي|الذي|الذين|which|that)\s", between):
        return False
    return len(words_between(ctx.folded, a.trigger.end, b.trigger.start)) <= 8 and (
        not a.places or not b.places or _same_area(ctx, a, b) or _same_area(ctx, b, a)
    )


def _new_paragraph(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """Whether `b` is told in a later paragraph than `a` ("Separately, a hospital in Sakhour was
    hit": not the bombing of hospitals said in general before)."""
    return "\n\n" in ctx.folded[max(s.end for s in a.sentences) : b.trigger.start]


_SETTLEMENTS = ("city", "town", "village")
# a sentence adding an act to those told ("كما شن الطيران ...", "Warplanes also struck ...")
_ALSO_OPENS = re.compile(r"\s*(?:كما|وكذلك|also)\s")


def _general_charge(a: _Candidate, b: _Candidate) -> bool:
    """ "«ما دام النظام يلقي البراميل على المدنيين»", "until the regime lifts its sieges": a
    speaker's charge with neither place nor date (annotation guide §3.2) is not the placed act
    the outlet told."""
    return bool(
        b.asserted_by
        and b.asserted_by != a.asserted_by
        and a.places
        and not b.places
        and b.date is None
    )


def _missiles_told_again(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """ "missiles struck a children's hospital" then "the ballistic missiles had been fired by
    Russia": the same missiles, whose retelling says how they were fired."""
    missiles = _at(ctx, "air_missiles")
    return (
        {a.type, b.type} == {"AIRSTRIKE", "SHELLING"}
        and missiles.fullmatch(a.trigger.text) is not None
        and missiles.fullmatch(b.trigger.text) is not None
        and not a.actors
        and (not b.places or b.places == a.places)
        and _refers_back(ctx, b)
    )


def _on_own_border(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """Whether one act is at a border town abroad whose own state does the other: fire that
    landed on the town, and that state's fire from it, are two acts."""
    for at, by in ((a, b), (b, a)):
        owners = {ctx.lexicon.places[p].borders_theatre for p in at.places}
        if owners & set(by.actors):
            return True
    return False


def _same_happening(a: _Candidate, b: _Candidate, ctx: Context | None = None) -> bool:
    if a.negated != b.negated:
        return False
    if a.type != b.type:
        return _vague_retelling(ctx, a, b) or (ctx is not None and _missiles_told_again(ctx, a, b))
    if ctx is not None and _on_own_border(ctx, a, b):
        return False  # "rockets fired from Syria struck Kilis" is not Turkey's shelling of IS
    if a.type == "ACCUSE" and a.target and b.target and a.target != b.target:
        return False  # "اتهم الأسد تركيا ...، مضيفاً أن الولايات المتحدة «لم تكن جادة»": two
    if ctx is not None and _relative_retelling(ctx, a, b):
        return True
    if (a.trigger == b.trigger or b.trigger in a.triggers) and a.places != b.places:
        return False  # one act told at two places ("على حيي الشعار ومساكن هنانو") stays two
    if (
        ctx is not None
        and _in_title(ctx, a)
        and not _in_title(ctx, b)
        # once the body has said where the headline's act was, another place is another act
        # ("بغارات على سوقين": the market of Maarat al-Numan, then that of Kafranbel)
        and _same_area(
            ctx,
            a,
            b,
            near=all(s.start < title_end(ctx) for s in a.sentences)
            # a road or a base near the town still may be where the headline's act was
            or any(ctx.lexicon.places[p].kind not in _SETTLEMENTS for p in b.places),
        )
        and (
            not a.actors
            or not b.actors
            or {side(ctx, x) for x in a.actors} & {side(ctx, x) for x in b.actors}
        )
        and (a.type != "MEET" or set(a.actors) <= set(b.actors) or set(b.actors) <= set(a.actors))
        # "والنظام يرد بالبراميل على اللطامنة", told in the body at Latamneh, then "كما شن الطيران
        # ... أربعين غارة على قرى ريف حماة": one more act, over the province around it
        and not (
            a.places
            and b.places
            and any(s.start >= title_end(ctx) for s in a.sentences)
            and ctx.lexicon.places[b.places[0]].kind == "governorate"
            and ctx.lexicon.places[a.places[0]].kind in _SETTLEMENTS
            and _ALSO_OPENS.match(ctx.folded, b.sentence.start) is not None
        )
    ):
        return True  # the headline summarises the body: "Aleppo barrel bomb attack" / "Sukkari"
    da = a.date.value if a.date else None
    db = b.date.value if b.date else None
    if (
        ctx is not None
        and _refers_back(ctx, b)
        # "هجوم بدأته منتصف نوفمبر" then "تجددت الاشتباكات صباح اليوم": weeks later, a new act
        # (a siege lasts: "the siege was briefly broken in early August" is the July one)
        and not (
            da
            and db
            # (or weeks before, on a day told in full: "الاجتماع ... الذي جمع الوزيرين في نيويورك في
            # الثاني والعشرين من أيلول" is not the phone call of October)
            and ((db - da).days > 7 or (_told_in_full(b) and (da - db).days > 7))
            and a.type != "SIEGE"
        )
        and (not a.actors or not b.actors or set(a.actors) & set(b.actors))
    ):
        return True  # "Turkish warplanes struck ... The raids targeted the area around Tal Rifaat"
    pa: str | None = a.places[0] if a.places else None
    pb: str | None = b.places[0] if b.places else None
    if (
        ctx is not None
        and pa
        and pb
        and pa != pb
        and a.type in HOSTILE_TYPES
        and a.sentences & b.sentences
        and set(a.actors) & set(b.actors)
        and any(_one_clause(ctx, t, b.trigger) for t in [a.trigger, *a.triggers])
        # (a town in the countryside of the city the clause opens with, not two quarters)
        and ctx.lexicon.places[pa].admin1 == ctx.lexicon.places[pb].admin1
        and (ctx.lexicon.places[pa].kind in _WIDE) != (ctx.lexicon.places[pb].kind in _WIDE)
    ):
        return True
    if pa and pb and pa != pb:
        return False
    if da and db and abs((da - db).days) > 1:
        return False
    sa, sb = set(a.actors), set(b.actors)
    same_sentence = bool(a.sentences & b.sentences)
    if a.type == "MEET":
        parties = sa == sb or (same_sentence and (sa <= sb or sb <= sa))
        if ctx is not None and len(sa) >= 2 and (pa or pb):
            # "اجتماع الولايات المتحدة وروسيا في ميونيخ" and "كيري ... ترأس الاجتماع مع لافروف":
            # the states' meeting is the one of their ministers (but two ministers' meetings
            # with the same states on each side stay two)
            states_only = any(
                all(ctx.lexicon.actors[x].kind != "person" for x in side) for side in (sa, sb)
            )
            parties = parties or (
                states_only
                and {affiliation(ctx, x) for x in sa} == {affiliation(ctx, x) for x in sb}
            )
        if ctx is not None and same_sentence and not parties:
            # "He spoke with him by phone": one call, its parties named once as people and once
            # as the spokesman's state
            # (but "Kerry met Lavrov and Putin": two people of one state, two meetings)
            only_a, only_b = sa - sb, sb - sa
            parties = bool(only_a) and (
                all(affiliation(ctx, x) in sa for x in only_b)
                or all(affiliation(ctx, x) in sb for x in only_a)
            )
        return parties and (pa == pb or pa is None or pb is None)
    if sa and sb and not (sa & sb):
        return False
    if pa == pb and pa is not None:
        return True
    if same_sentence:
        return True
    # a retelling with neither place nor date joins the first such act with compatible parties
    # (or on the same day: "10:05 - ... إطلاق نار على إحدى القوافل عند دوار الراموسة" and
    # "10:40 - ... أطلقت النار على ركابها", two entries of one live blog)
    retold = (pb is None and (b.date is None or da == db) and not _general_charge(a, b)) or (
        pa is None and a.date is None and not (ctx is not None and _new_paragraph(ctx, a, b))
    )
    if retold and (not sb or not sa or sa & sb):
        return True
    # no place on either side: the same allegation repeated (headline and body, two quotes)
    return pa is None and pb is None and sa == sb and a.asserted_by == b.asserted_by
