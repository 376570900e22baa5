"""Types settled once the acts are read: forces entering for a state are its incursion, one act
keeps its most specific type (chlorine barrels are CHEMICAL, not also AIRSTRIKE), the weapon of
a raid is no shelling of its own, a breach that describes another act goes, a strike by aircraft
is an air strike, a raid by a party with no aircraft is on the ground, an operation named for a
state is that state's, and a siege broken is an attack by those who broke it."""

from __future__ import annotations

import dataclasses
import re

from hudna.extract.context import Context, words_between
from hudna.extract.entities import affiliation
from hudna.extract.events.common import (
    BACKED,
    _at,
    _breakers_before,
    _broken_siege,
    _Candidate,
    _fired_from_ground,
    _is_generic,
    _prefix,
    _same_area,
)
from hudna.extract.events.places import _CLAUSE_PUNCT, _date
from hudna.extract.numbers import is_count
from hudna.models import HOSTILE_TYPES


def _operations_of_states(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "انطلاق عملية «درع الفرات» فجراً بدعم من القوات التركية": an incursion told by the name of
    a state's operation is that state's, whoever fights in it. Done last, so that the fighters
    named with the name still carry to the acts after it ("«درع الفرات» تطرد «داعش»")."""
    states = ctx.lexicon.operation_states
    for c in candidates:
        if c.type == "INCURSION" and c.trigger.text in states:
            c.actors = [states[c.trigger.text]]
        elif (
            c.type == "ATTACK"
            and c.actors
            and set(c.actors) <= ctx.lexicon.incursion_states
            and _at(ctx, "operation").search(c.trigger.text)
        ):
            # "عبرت دبابات تركية الحدود ...، في عملية عسكرية أطلقت عليها أنقرة اسم «درع الفرات»":
            # the operation of a state whose doers were carried to it after the types were read
            c.type = "INCURSION"


# "..., after overnight advances into": the act a time phrase of the main clause names
_AFTER_ACT = re.compile(r"(?:^|\s)(?:after|following)\s+(?:\S+\s+)?$")
# "On Monday, ", "By Saturday, ": what may open a sentence before its subject
_OPENER = re.compile(r"\s*(?:(?:on|by|in|late on|early on)\s+[^,]{1,25},\s*)?(?:the\s+)?")


def _main_subject(ctx: Context, c: _Candidate) -> list[str]:
    """ "Pro-government forces now control most of eastern Aleppo, after overnight advances into
    the Sheikh Saeed district": the subject of the main clause made the advance."""
    if c.arabic or not _AFTER_ACT.search(ctx.folded, max(0, c.trigger.start - 24), c.trigger.start):
        return []
    opener = _OPENER.match(ctx.folded, c.sentence.start)
    first = next(iter(ctx.mentions_in(c.sentence.start, c.trigger.start, "actor")), None)
    if opener is None or first is None or first.start != opener.end():
        return []
    return [first.id]


def _downed_aircraft(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "وأسقطت الفصائل طائرة حربية تابعة للنظام", "أعلنت الفصائل إسقاط طائرة حربية روسية": an
    aircraft brought down is no air strike by its owner but an attack on it, by the subject of
    the downing verb (after an Arabic verb, or before it)."""
    folded = ctx.folded
    for c in candidates:
        if c.type not in ("AIRSTRIKE", "ATTACK") or not c.arabic:
            continue
        verb = next(
            (
                d
                for d in ctx.cues_of("downing")
                if c.sentence.start <= d.start <= c.trigger.start
                and len(words_between(folded, d.end, c.trigger.start)) <= 3
                and (c.type == "AIRSTRIKE" or d.start == c.trigger.start)
            ),
            None,
        )
        if verb is None:
            continue
        owners = [affiliation(ctx, a) for a in c.actors]
        aircraft = c.trigger.start if c.type == "AIRSTRIKE" else c.trigger.end
        after_verb = [
            m.id
            for m in ctx.mentions_in(verb.end, aircraft, "actor")
            if affiliation(ctx, m.id) not in owners
        ]
        before_verb = [
            m.id
            for m in ctx.mentions_in(c.sentence.start, verb.start, "actor")
            if affiliation(ctx, m.id) not in owners
            and len(words_between(folded, m.end, verb.start)) <= 3
        ]
        c.type = "ATTACK"
        c.target = owners[0] if owners else c.target
        c.actors = [affiliation(ctx, a) for a in (after_verb or before_verb)[:1]]


def _aid_enters(ctx: Context, c: _Candidate) -> bool:
    """Whether what enters is aid (events.yaml `aid_objects`): the subject right before the
    entering verb or a few words after it ("دخلت مساء أمس أولى قوافل المساعدات إلى مضايا",
    "aid convoys entered Madaya")."""
    folded, trig = ctx.folded, c.trigger
    return any(
        (trig.end <= a.start and len(words_between(folded, trig.end, a.start)) <= 4)
        or (a.end <= trig.start and len(words_between(folded, a.end, trig.start)) <= 1)
        for a in ctx.cues_of("aid_object")
        if c.sentence.start <= a.start < c.sentence.end
    )


def _resolve_types(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    lex = ctx.lexicon
    _downed_aircraft(ctx, candidates)
    out = []
    for i, c in enumerate(candidates):
        if c.type == "ENTRY" and _aid_enters(ctx, c):
            continue  # "دخلت قوافل المساعدات إلى بلدة مضايا": aid, no force, entered
        if c.type == "ENTRY" and not c.actors:
            # "Iranian military advisers had been deployed": the forces named just before
            earlier = [
                p
                for p in candidates[:i]
                if p.sentence == c.sentence and set(p.actors) & lex.incursion_states
            ]
            owned = _at(ctx, "owned_forces").search(
                ctx.folded, max(c.sentence.start, c.trigger.start - 40), c.trigger.start
            ) and [
                p
                for p in candidates[:i]
                if p.sentence == c.sentence and set(p.actors) & lex.ground_forces
            ]
            if earlier:
                c.actors = list(earlier[-1].actors)
            elif owned:
                # "The YPG captured the air base, and on Sunday its fighters were advancing on
                # Tal Rifaat": the forces of the party that acted before
                c.actors = list(owned[-1].actors)
            else:
                c.actors = _main_subject(ctx, c)
        if c.type == "ENTRY":
            fighters = [
                a for a in c.actors if lex.actors[a].kind != "person" and a in lex.ground_forces
            ]
            if (
                set(c.actors) & lex.incursion_states
                and not c.places
                and not c.target
                and not ctx.mentions_in(c.trigger.end, c.trigger.end + 30, "place")
            ):
                continue  # "تركيا دخلت المستنقع السوري": entering no place is no incursion
            if set(c.actors) & lex.incursion_states:
                c.type = "INCURSION"
                c.actors = [a for a in c.actors if a in lex.incursion_states]
            elif (
                fighters
                and c.places
                and not _prefix(ctx.folded, c.trigger.start)  # تدخل: on a condition, a plan
                and not re.search(
                    r"(?:^|\s)(?:ان|after|بعد)\s+$",
                    ctx.folded[max(0, c.trigger.start - 8) : c.trigger.start],
                )  # "بعد أن دخلها مسلحو التنظيم": the attack already told
            ):
                c.type = "ATTACK"  # "Regime forces pushed into the Ramouseh district": an advance
                c.actors = fighters
            else:
                continue
        elif (
            c.type == "ATTACK"
            and c.actors
            and set(c.actors) <= lex.incursion_states
            and _at(ctx, "operation").search(c.trigger.text)
        ):
            c.type = "INCURSION"
        elif (
            c.type == "INCURSION"
            and c.actors
            and not {affiliation(ctx, a) for a in c.actors} & lex.crossing_parties
        ):
            continue  # "الدعم للتنظيمات الإرهابية عبر الحدود": across it, none of them crossed
        elif c.type in ("SHELLING", "ATTACK") and (subject := _act_subject(ctx, candidates[:i], c)):
            c.type = subject.type  # "Air strikes by the regime and its Russian ally hit Kafranbel"
        elif c.type == "SHELLING" and _airborne(ctx, c):
            c.type = "AIRSTRIKE"
        elif c.type == "ATTACK" and _is_generic(ctx, c.trigger) and _airborne(ctx, c):
            c.type = "AIRSTRIKE"  # "killed by Russian bombing"
        if _is_generic(ctx, c.trigger) and not c.actors and not c.places and not c.asserted_by:
            continue
        out.append(c)
    # a breach told as a specific act is that act ("في خرق واضح للهدنة" after the attacks)
    specific: list[_Candidate] = []
    for c in out:
        if c.type != "CEASEFIRE_VIOLATION" or not _breach_as_manner(ctx, c):
            specific.append(c)
            continue
        charged = _charged_breach(ctx, c)
        told = [
            o
            for o in out
            if o.sentence == c.sentence
            and o.type in HOSTILE_TYPES
            and o.type != "CEASEFIRE_VIOLATION"
            # "اتهمت الهيئة قوات النظام بخرق الهدنة عبر قصف مدفعي": the charge names the act after
            # it; acts told before it are other acts
            and (not charged or 0 <= o.trigger.start - c.trigger.end < 60)
        ]
        if not told:
            specific.append(c)
            continue
        for o in told:
            # "Government forces broke the truce by shelling Douma": the breakers did the act
            if not o.actors and c.trigger.end <= o.trigger.start:
                o.actors = list(c.actors)
    out = specific
    # one act, one type: chlorine barrels are CHEMICAL, not also AIRSTRIKE
    chemical = [c for c in out if c.type == "CHEMICAL"]
    kept = []
    for c in out:
        carriers = [ch for ch in chemical if _same_clause(ctx, ch, c)]
        if c.type in ("AIRSTRIKE", "SHELLING", "ATTACK") and carriers:
            # the barrels carry the chlorine told nearest to them, not every gas of the sentence
            ch = min(carriers, key=lambda ch: abs(ch.trigger.start - c.trigger.start))
            ch.actors = list(dict.fromkeys([*ch.actors, *c.actors]))
            ch.places = ch.places or c.places
            ch.triggers.append(c.trigger)  # "بقصف ... بقذائف تحتوي على مواد سامة": told from here
            continue
        kept.append(c)
    # "غارات بصواريخ شديدة الانفجار", "استهدف الطيران الروسي مستشفى ... بأربعة صواريخ", "raids
    # with missiles": the weapon of the act told before in the clause, not a shelling of its own
    acts = [c for c in kept if c.type in HOSTILE_TYPES]
    return [
        c
        for c in kept
        if not (
            c.type == "SHELLING"
            and (
                _weapon_of(ctx, c, acts)
                or _weapon_subject(ctx, c, acts)
                or _told_by_its_weapon(ctx, c, acts)
            )
        )
    ]


def _weapon_subject(ctx: Context, c: _Candidate, acts: list[_Candidate]) -> bool:
    """ "missiles fired from aircraft struck a hospital": the weapon is the subject of the act its
    verb tells, not a shelling of its own."""
    if c.verb or c.places:
        return False
    for act in acts:
        if (
            act is not c
            and act.sentence == c.sentence
            and (act.verb or (not act.arabic and _is_generic(ctx, act.trigger)))  # "struck"
            and c.trigger.end <= act.trigger.start
            and len(words_between(ctx.folded, c.trigger.end, act.trigger.start)) <= 4
            and _same_clause(ctx, c, act)
        ):
            act.actors = act.actors or list(c.actors)
            act.fatalities = act.fatalities or c.fatalities
            return True
    return False


_WITH_WEAPON = re.compile(r"(?:^|\s)(?:with|using)\s+(?:an?\s+|\S+\s+)?$")


def _told_by_its_weapon(ctx: Context, c: _Candidate, acts: list[_Candidate]) -> bool:
    """ "IS fighters targeted the advancing forces with a car bomb": a generic verb whose weapon
    names the act; the act is the weapon's, done by the verb's subject."""
    if c.arabic or not _is_generic(ctx, c.trigger):
        return False
    for act in acts:
        if (
            act is not c
            and act.type != "SHELLING"
            and act.sentence == c.sentence
            and c.trigger.end <= act.trigger.start
            and _WITH_WEAPON.search(
                ctx.folded, max(c.trigger.end, act.trigger.start - 12), act.trigger.start
            )
            and _same_clause(ctx, c, act)
        ):
            act.actors = act.actors or list(c.actors)
            act.target = act.target or c.target
            return True
    return False


def _weapon_of(ctx: Context, c: _Candidate, acts: list[_Candidate]) -> bool:
    folded = ctx.folded
    before = folded[max(c.sentence.start, c.trigger.start - 25) : c.trigger.start]
    counted = re.search(r"(?:^|\s)ب(\S+)\s+$", before)
    instrumental = (
        _prefix(folded, c.trigger.start).endswith("ب")
        or (counted is not None and is_count(counted.group(1)))
        or re.search(r"(?:^|\s)(?:with|using)\s+(?:\S+\s+)?$", before)
    )
    if not instrumental:
        return False
    for act in reversed(acts):
        if (
            act is not c
            and act.sentence == c.sentence
            and act.trigger.end <= c.trigger.start
            and _same_clause(ctx, act, c)
        ):
            act.places = act.places or c.places
            act.fatalities = act.fatalities or c.fatalities
            # "تعرض حي جوبر لقصف بصواريخ أرض-أرض من قبل قوات الأسد": who fired the weapon
            act.actors = act.actors or list(c.actors)
            if _at(ctx, "ground_weapons").search(c.trigger.text):
                # "قصفت ... بقذائف الهاون": a ground weapon names the act better than its verb
                act.triggers.append(c.trigger)
            return True
    return False


def _types_by_doer(ctx: Context, candidates: list[_Candidate]) -> None:
    """Once the doers are known: shelling by a party that strikes only from the air is an air
    strike ("its aircraft ... struck 311 targets"); a raid by a party with no aircraft is on the
    ground ("Nusra Front raids Kafranbel radio station")."""
    lex = ctx.lexicon
    strikes = [c for c in candidates if c.type == "AIRSTRIKE"]
    for c in candidates:
        if (
            c.type == "SHELLING"
            and c.actors
            and set(c.actors) <= lex.air_powers
            and not _fired_from_ground(ctx, c)
        ):
            c.type = "AIRSTRIKE"
        elif (
            c.type == "ATTACK"
            and c.actors
            and set(c.actors) <= lex.air_powers
            and _at(ctx, "air_words").search(ctx.folded, c.sentence.start, c.sentence.end)
        ):
            # "Shoigu announced a large-scale operation against Islamic State ..., with jets from
            # the aircraft carrier taking part": an air power's operation flown by its aircraft
            c.type = "AIRSTRIKE"
        elif (
            c.type == "ATTACK"
            and c.actors
            and {affiliation(ctx, a) for a in c.actors} <= lex.air_forces
            and _at(ctx, "bombing").fullmatch(c.trigger.text)
        ):
            # "the Russian and Syrian bombing of Aleppo": bombing by a party with aircraft
            c.type = "AIRSTRIKE"
        elif (
            c.type == "SHELLING"
            and not c.actors
            and _at(ctx, "air_missiles").fullmatch(c.trigger.text)
            and not _fired_from_ground(ctx, c)
            and strikes
        ):
            # "Air strikes hit Saraqib ... In Maarat al-Numan, missiles struck a market", "four
            # missiles struck a hospital ... Zakharova said Russian aircraft had not flown over":
            # unowned missiles in a report of air strikes came from the air too
            c.type = "AIRSTRIKE"
        elif (
            c.type == "AIRSTRIKE"
            and c.actors
            and not {affiliation(ctx, a) for a in c.actors} & lex.air_forces
            and _at(ctx, "ground_raid").match(c.trigger.text)
        ):
            c.type = "ATTACK"


_CHARGED_WITH = re.compile(r"(?:^|\s)[وف]?(?:اتهم|يتهم|تتهم|متهم)\S*\s+(?:\S+\s+){0,5}\S{0,3}$")


def _breach_as_manner(ctx: Context, c: _Candidate) -> bool:
    """`في خرق واضح للهدنة`, "in violation of the truce": the breach describes another act."""
    before = ctx.folded[max(0, c.trigger.start - 6) : c.trigger.start]
    if re.search(r"(?:^|\s)(?:في|in)\s+$", before):
        return True
    if _prefix(ctx.folded, c.trigger.start).startswith("ب"):
        return True
    # "broke the truce by shelling Douma", "خرقت قوات النظام الهدنة بقصف دوما": told by its act
    return any(
        t.payload.key in HOSTILE_TYPES
        and t.payload.key != "CEASEFIRE_VIOLATION"
        and _TOLD_BY.fullmatch(ctx.folded, c.trigger.end, t.start) is not None
        for t in ctx.cues_of("trigger")
        if c.trigger.end < t.start <= c.trigger.end + 40
    )


# between a breach and the act it is told by: "the truce by", "الهدنة عبر", "الهدنة ب"
_TOLD_BY = re.compile(r"\S*(?:\s+\S+){0,3}?\s+(?:(?:by|through|via|عبر)\s+|من\s+خلال\s+|ب)")


def _charged_breach(ctx: Context, c: _Candidate) -> bool:
    """`متهماً «المجموعات الإرهابية» بخرقها`: a breach that is the charge of an accusation."""
    return (
        _CHARGED_WITH.search(ctx.folded, max(0, c.trigger.start - 70), c.trigger.start) is not None
    )


def _same_clause(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """Two triggers of one sentence with no strong clause break between them (and no other place)."""
    if a.sentence != b.sentence or (
        a.places
        and b.places
        and a.places[0] != b.places[0]
        and not (_same_area(ctx, a, b) or _same_area(ctx, b, a))
    ):
        return False  # "on the Sukkari district" and the dateline's Aleppo are one place
    lo, hi = sorted((a.trigger.start, b.trigger.start))
    return _at(ctx, "clause_break").search(ctx.folded, lo, hi) is None


# the agent phrase of an English means after a generic verb, within its clause
_BY_AGENT = re.compile(r"[^,;.،]*?\s(?:dropped|fired|launched)\s+by\s")


# a generic act verb that takes the act noun before it as its subject ("hit", "استهدفت")
_SUBJECT_VERB = re.compile(r"hit|struck|pounded|targeted|[وف]?(?:استهدفت|استهدف|تستهدف|يستهدف)")


def _act_subject(ctx: Context, before: list[_Candidate], c: _Candidate) -> _Candidate | None:
    """The act noun of a more specific type that is the subject of the generic verb `c`, in its
    clause with no other act between: "غارات جوية ... استهدفت بلدة كفرنبل" is the same raid."""
    if not _SUBJECT_VERB.fullmatch(c.trigger.text) or not before:
        return None
    p = before[-1]
    if (
        p.sentence != c.sentence
        or p.type not in ("AIRSTRIKE", "CHEMICAL", "SHELLING")
        or p.type == c.type
        or p.trigger.end > c.trigger.start
        or _CLAUSE_PUNCT.search(ctx.folded, p.trigger.end, c.trigger.start)
        or len(words_between(ctx.folded, p.trigger.end, c.trigger.start)) > 12
    ):
        return None
    return p


def _airborne(ctx: Context, c: _Candidate) -> bool:
    """A generic `قصف`/`struck` is an air strike when aircraft are named beside it or are its agent."""
    trig = c.trigger
    window = ctx.folded[max(c.lo, trig.start - 65) : min(c.hi, trig.end + 40)]
    if (_is_generic(ctx, trig) or trig.text in ("قصف", "القصف")) and _at(ctx, "air_words").search(
        window
    ):
        return (
            True  # "قصف مدفعي" names its artillery: a plane nearby does not make it an air strike
        )
    by = _BY_AGENT.match(ctx.folded, trig.end, trig.end + 90)
    if (
        by
        and (
            _is_generic(ctx, trig)
            or trig.text in ("قصف", "القصف")
            or _at(ctx, "air_missiles").fullmatch(trig.text)
        )
        # "hit by bunker-busting munitions dropped by Russian or Syrian aircraft": the means'
        # agent, further on
        and _at(ctx, "air_words").search(ctx.folded, by.end(), by.end() + 40)
    ):
        return True
    if c.actors and set(c.actors) <= ctx.lexicon.air_powers:
        return not _fired_from_ground(ctx, c)
    # "Russia and the Syrian regime have chosen to pursue a military course, bombing hospitals":
    # bombing with a party that strikes from the air only
    return trig.text.startswith("bomb") and bool(set(c.actors) & ctx.lexicon.air_powers)


# "لفك الحصار", "in a bid to break the siege", "will break": a break sought, not made
_BREAK_SOUGHT = re.compile(
    r"(?:^|\s)(?:[وف]?ل(?:فك|كسر|رفع)|(?:to|will|would|could|bid to|attempt to)\s+(?:break|lift|end))\s"
)


# "Government forces, backed by Russian air strikes and Iranian advisers, broke": the backers
_BACKING_ASIDE = re.compile(rf"(?:,\s*|\s){BACKED}\s+by\s[^,]*?,?\s*$")


def _sieges_broken(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Syrian government forces broke a three-year siege of the towns of Nubl and Zahraa":
    breaking a siege is an attack by those who broke it on the places besieged, unless their
    sentence tells the attack itself or the text tells an attack of theirs (a headline's "Rebels
    break Aleppo siege" over "rebels captured the Ramouseh academies"). Arabic "أعلن فك الحصار
    عن" is left alone: the Arabic reports tell the offensive that broke it in a sentence of its
    own; a breaking verb with its subject ("وكسرت قوات النظام وحزب الله الحصار") is the attack."""
    broken = []
    for c in candidates:
        if c.type != "SIEGE" or not c.places or c.negated:
            continue
        if not _broken_siege(ctx, c):
            # "Government forces broke a three-year rebel siege of Nubl": the besieger's
            # adjective stands between the breaking verb and the siege
            one = _breakers_named(ctx, c, "break_siege_far") if c.actors and not c.arabic else None
            breakers = [one] if one else []
        elif c.arabic:
            breakers = _breakers_before(ctx, c)
        else:
            one = c.target or (_breakers_named(ctx, c) if c.marked_agent else None)
            breakers = [one] if one else []
        if not breakers:
            continue
        if _BREAK_SOUGHT.search(ctx.folded, max(0, c.trigger.start - 40), c.trigger.start):
            continue
        if any(
            o.type == "ATTACK" and (o.sentence == c.sentence or breakers[0] in o.actors)
            for o in candidates
        ):
            continue  # the attack that broke it told in its own words
        attack = dataclasses.replace(
            c, type="ATTACK", actors=breakers, target=None, sentences=set()
        )
        attack.date = _date(ctx, attack)
        broken.append(attack)
    return candidates + broken


def _breakers_named(ctx: Context, c: _Candidate, rule: str = "break_siege") -> str | None:
    """ "Government forces broke a siege ... imposed by armed opposition groups": the siege's
    agent is who laid it; who broke it is the subject right before the breaking verb (or before
    an aside on its backers: "Government forces, backed by Russian air strikes, broke")."""
    brk = _at(ctx, rule).search(ctx.folded, max(0, c.trigger.start - 40), c.trigger.start)
    if brk is None:
        return None
    end = brk.start()
    aside = _BACKING_ASIDE.search(ctx.folded, c.sentence.start, end)
    if aside:
        end = aside.start()
    before = ctx.mentions_in(c.sentence.start, end, "actor")
    if not before or len(words_between(ctx.folded, before[-1].end, end)) > 1:
        return None
    return affiliation(ctx, before[-1].id)
