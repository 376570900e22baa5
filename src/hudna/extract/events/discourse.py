"""Across clauses and sentences: types settled (chemical over delivery, weapons of a raid),
accusations naming acts, subjects carried over, lists under a lead, allusions, supporters,
participants joining a meeting, agreements of those who met."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from hudna.extract.context import Context, title_end, words_between
from hudna.extract.entities import affiliation
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    _PLACE_RANK,
    _at,
    _broken_siege,
    _Candidate,
    _definite,
    _in_title,
    _is_generic,
    _prefix,
    _same_area,
)
from hudna.extract.events.participants import _coordinated_nationalities, _groups
from hudna.extract.events.places import _date, _places
from hudna.extract.lexicon import Cue
from hudna.extract.matcher import Match
from hudna.extract.numbers import fatalities, is_count
from hudna.models import HOSTILE_TYPES


def _operations_of_states(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "انطلاق عملية «درع الفرات» فجراً بدعم من القوات التركية": an incursion told by the name of
    a state's operation is that state's, whoever fights in it. Done last, so that the fighters
    named with the name still carry to the acts after it ("«درع الفرات» تطرد «داعش»")."""
    states = ctx.lexicon.operation_states
    for c in candidates:
        if c.type == "INCURSION" and c.trigger.text in states:
            c.actors = [states[c.trigger.text]]


def _resolve_types(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    lex = ctx.lexicon
    out = []
    for i, c in enumerate(candidates):
        if c.type == "ENTRY" and not c.actors:
            # "Iranian military advisers had been deployed": the forces named just before
            earlier = [
                p
                for p in candidates[:i]
                if p.sentence == c.sentence and set(p.actors) & lex.incursion_states
            ]
            if earlier:
                c.actors = list(earlier[-1].actors)
        if c.type == "ENTRY":
            fighters = [
                a for a in c.actors if lex.actors[a].kind != "person" and a in lex.ground_forces
            ]
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
        elif c.type == "SHELLING" and _airborne(ctx, c):
            c.type = "AIRSTRIKE"
        elif c.type == "ATTACK" and _is_generic(ctx, c.trigger) and _airborne(ctx, c):
            c.type = "AIRSTRIKE"  # "killed by Russian bombing"
        if _is_generic(ctx, c.trigger) and not c.actors and not c.places and not c.asserted_by:
            continue
        out.append(c)
    # a breach told as a specific act is that act ("في خرق واضح للهدنة" after the attacks)
    out = [
        c
        for c in out
        if c.type != "CEASEFIRE_VIOLATION"
        or not _breach_as_manner(ctx, c)
        or not any(
            o.sentence == c.sentence
            and o.type in HOSTILE_TYPES
            and o.type != "CEASEFIRE_VIOLATION"
            # "اتهمت الهيئة قوات النظام بخرق الهدنة عبر قصف مدفعي": the charge names the act after
            # it; acts told before it are other acts
            and (not _charged_breach(ctx, c) or 0 <= o.trigger.start - c.trigger.end < 60)
            for o in out
        )
    ]
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
            continue
        kept.append(c)
    # "غارات بصواريخ شديدة الانفجار", "استهدف الطيران الروسي مستشفى ... بأربعة صواريخ", "raids
    # with missiles": the weapon of the act told before in the clause, not a shelling of its own
    acts = [c for c in kept if c.type in HOSTILE_TYPES]
    return [
        c
        for c in kept
        if not (
            c.type == "SHELLING" and (_weapon_of(ctx, c, acts) or _weapon_subject(ctx, c, acts))
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
            return True
    return False


def _same_positions(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وأعقب الغارات هجوم لتنظيم داعش على المواقع ذاتها`, `attacked the same positions`: an act
    with no place of its own struck where the hostile act before it did, and whom it struck."""
    for i, c in enumerate(candidates):
        if c.type not in HOSTILE_TYPES:
            continue
        if not _at(ctx, "same_spot").match(ctx.folded[c.trigger.end : c.trigger.end + 80]):
            continue
        # a place of its own may be where the fire came from ("استهدف الأحياء ذاتها من مواقع
        # قوات النظام في درعا المحطة"): the same spot, told first, is where it struck
        before = [p for p in candidates[:i] if p.type in HOSTILE_TYPES and p.places]
        if before:
            c.places = list(before[-1].places)
            c.target = c.target or before[-1].target


def _lead_up(ctx: Context, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """`سيطرت الفصائل على حلفايا بعد معارك عنيفة مع قوات النظام`: the fighting that led to an act
    told just before it in the sentence is part of that act."""
    if c.type != "ATTACK" or not _at(ctx, "temporal_frame").search(
        ctx.folded[max(0, c.trigger.start - 12) : c.trigger.start]
    ):
        return False
    return any(
        o is not c
        and o.type == "ATTACK"
        and o.sentence == c.sentence
        and o.trigger.end <= c.trigger.start
        for o in candidates
    )


def _types_by_doer(ctx: Context, candidates: list[_Candidate]) -> None:
    """Once the doers are known: shelling by a party that strikes only from the air is an air
    strike ("its aircraft ... struck 311 targets"); a raid by a party with no aircraft is on the
    ground ("Nusra Front raids Kafranbel radio station")."""
    lex = ctx.lexicon
    strikes = [c for c in candidates if c.type == "AIRSTRIKE"]
    for c in candidates:
        if c.type == "SHELLING" and c.actors and set(c.actors) <= lex.air_powers:
            c.type = "AIRSTRIKE"
        elif (
            c.type == "SHELLING"
            and not c.actors
            and _at(ctx, "air_missiles").fullmatch(c.trigger.text)
            and not _at(ctx, "ground_fired").search(
                ctx.folded, max(0, c.trigger.start - 30), c.trigger.start
            )
            and any(s.trigger.start < c.trigger.start for s in strikes)
        ):
            # "Air strikes hit Saraqib ... In Maarat al-Numan, missiles struck a market": unowned
            # missiles among air strikes came from the air too
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
    return _prefix(ctx.folded, c.trigger.start).startswith("ب")


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


def _airborne(ctx: Context, c: _Candidate) -> bool:
    """A generic `قصف`/`struck` is an air strike when aircraft are named beside it or are its agent."""
    trig = c.trigger
    window = ctx.folded[max(c.lo, trig.start - 40) : min(c.hi, trig.end + 40)]
    if (_is_generic(ctx, trig) or trig.text in ("قصف", "القصف")) and _at(ctx, "air_words").search(
        window
    ):
        return (
            True  # "قصف مدفعي" names its artillery: a plane nearby does not make it an air strike
        )
    return bool(c.actors) and set(c.actors) <= ctx.lexicon.air_powers


def _accusations(ctx: Context, candidates: list[_Candidate]) -> None:
    """An accusation that names a hostile act is that act, asserted by the accuser: the ACCUSE
    goes, the act takes the accuser as `asserted_by` and the accused as its agent if it has none."""
    for acc in [c for c in candidates if c.type == "ACCUSE"]:
        if not acc.actors:
            # "with its foreign ministry spokesman accusing Moscow of ...": the accuser is the
            # speaker found for the words the verb opens
            opened = [
                sp
                for s, _e, sp in ctx.statement_spans
                if acc.trigger.end <= s
                and not words_between(ctx.folded, acc.trigger.end, s)
                and sp != acc.target
            ]
            acc.actors = opened[:1]
        acts = [
            c
            for c in candidates
            # "متهمة مسلحي جيش الإسلام بقصف أحياء دمشق": a generic word names an act at a place
            if not _is_generic(ctx, c.trigger) or c.places
            if c is not acc
            and c.type in HOSTILE_TYPES
            and c.sentence == acc.sentence
            and (
                (
                    acc.trigger.end <= c.trigger.start
                    and len(words_between(ctx.folded, acc.trigger.end, c.trigger.start)) <= 8
                    # "accused the UN of ignoring the shelling of western Aleppo": the charge is
                    # the ignoring, the shelling is someone else's
                    and not re.search(
                        r"(?:^|\s)of\s+[a-z]+ing\s", ctx.folded[acc.trigger.end : c.trigger.start]
                    )
                    and not _at(ctx, "looking_away").search(
                        ctx.folded, acc.trigger.end, c.trigger.start
                    )
                )
                or _in_title(ctx, acc)  # "Chlorine suspected in Aleppo attack; Kerry blames Assad"
            )
        ]
        if not acts:
            if _blamed_for_act_before(ctx, acc, candidates):
                candidates.remove(acc)
            continue
        accuser = acc.actors[0] if acc.actors else acc.asserted_by
        if accuser is None:  # محمّلاً النظام مسؤولية ...: the speaker of the sentence accuses
            spoken = [
                sp for s, e, sp in ctx.statement_spans if acc.sentence.start <= s < acc.sentence.end
            ]
            accuser = spoken[0] if spoken else None
        for act in acts:
            own = {accuser, affiliation(ctx, accuser)} if accuser else set()
            if (accuser or acc.target) and set(act.actors) <= own:
                act.actors = []  # "أدانت الأمم المتحدة الهجمات": the one condemning did not attack
                if _definite(ctx.folded, act.trigger) and not act.places:
                    candidates.remove(act)  # and "the attacks" are those already told
                    if _at(ctx, "carried_out").search(
                        ctx.folded, acc.trigger.end, act.trigger.start
                    ):
                        _blamed_for_act_before(ctx, acc, candidates)  # "بالوقوف وراء القصف"
                    continue
            # "اتهمت موسكو المعارضة بانتهاكها الهدنة": the accuser is not among those who did it
            act.actors = [a for a in act.actors if a not in own]
            act.asserted_by = act.asserted_by or accuser
            if acc.target and set(act.actors) <= {affiliation(ctx, acc.target)}:
                _charge_accused(ctx, acc, act)
        candidates.remove(acc)


def _charge_accused(ctx: Context, acc: _Candidate, act: _Candidate) -> None:
    """The accused of a charge do the act, with the nationalities joined to them, and aircraft
    accused of a shelling struck from the air: `اتهمت واشنطن الطائرات الروسية والسورية بقصف
    المستشفيات` → an air strike by Russia and the Syrian government."""
    assert acc.target is not None
    between = ctx.mentions_in(acc.trigger.end, act.trigger.start, "actor")
    named = [m for m in between if m.id == acc.target][:1]
    # "accused the regime and Russia of breaching the truce": every party of the accused's group
    group = next(
        (
            g
            # "اتهمت الهيئة النظام بـ": the accuser, then the accused
            for g in _groups(ctx, between, verb_object=acc.arabic)
            if named and named[0] in g
        ),
        named,
    )
    joined = _coordinated_nationalities(ctx, named, acc, with_actors=False)
    act.actors = list(
        dict.fromkeys(
            affiliation(ctx, a) for a in [*(m.id for m in group), *(n.id for n in joined)]
        )
    )
    if (
        act.type == "SHELLING"
        and named
        and _at(ctx, "air_words").search(ctx.folded, named[0].start, named[0].end)
    ):
        act.type = "AIRSTRIKE"


def _blamed_for_act_before(ctx: Context, acc: _Candidate, candidates: list[_Candidate]) -> bool:
    """`تعرضت أعزاز لقصف جوي ... وسط اتهامات من ناشطين للطائرات الروسية بتنفيذه`: the party blamed
    for carrying out the act told before the accusation in its sentence (or in the sentence just
    before: "... killed nine. Residents blamed Russian jets.") is that act's agent."""
    accused = [
        m
        for m in ctx.mentions
        if m.kind in ("actor", "adjective")
        and m.id == acc.target
        and acc.trigger.end <= m.start < acc.sentence.end
    ]
    bare = bool(accused) and len(words_between(ctx.folded, accused[0].end, acc.sentence.end)) <= 2
    if not bare and not _at(ctx, "carried_out").search(ctx.folded, acc.trigger.end, acc.hi):
        return False  # "Residents blamed Russian jets." blames as much as "بتنفيذه" does
    blamed = acc.target or (acc.actors[-1] if acc.actors else None)
    # an adjective ("الفوعة وكفريا المحاصرتين") describes the place; it tells no act to blame
    acts = [
        c
        for c in candidates
        if c.type in HOSTILE_TYPES and not c.actors and c.trigger.text not in ctx.lexicon.stative
    ]
    before = [c for c in acts if c.sentence == acc.sentence and c.trigger.end <= acc.trigger.start]
    told = ctx.sentence_before(acc.sentence)
    if not before and told is not None:
        # "قتل عشرة مدنيين في قصف على حي الشعار. واتهم ناشطون قوات النظام بالوقوف وراء القصف":
        # an accusation with no act before it in its sentence blames the act told just before
        before = [c for c in acts if c.sentence == told]
    if blamed and before:
        before[-1].actors = [affiliation(ctx, blamed)]
        accuser = acc.actors[0] if acc.actors and acc.actors[0] != blamed else None
        before[-1].asserted_by = before[-1].asserted_by or accuser
        return True
    return False


def _carry_subjects(ctx: Context, candidates: list[_Candidate]) -> None:
    """Arabic drops a repeated subject: an act with no agent takes the previous act's in its
    sentence (`قصفت قوات النظام X كما شنت غارات على Y`); a meeting with no parties named takes
    the parties of the sentence's first meeting."""
    for prev, cand in itertools.pairwise(candidates):
        if cand.sentence != prev.sentence or not prev.actors:
            continue
        if cand.actors:
            if (
                cand.type == prev.type == "MEET"
                and not cand.subject_given
                and prev.actors[0] not in cand.actors
            ):
                cand.actors.insert(0, prev.actors[0])  # زار كيري موسكو حيث التقى مع لافروف
            continue
        if ctx.statement_at(prev.trigger.start, prev.trigger.end) != ctx.statement_at(
            cand.trigger.start, cand.trigger.end
        ):
            continue
        if cand.trigger.text in ctx.lexicon.stative and cand.places:
            continue  # "غارات ... على حي الفردوس في القسم الشرقي المحاصر": a state, no new act
        if _broken_siege(ctx, cand):
            continue  # "وتمكنت قوات النظام من فك الحصار عن نبل": not who laid it
        if any(
            prev.trigger.end <= c.start < cand.trigger.start for c in ctx.cues_of("complementiser")
        ):
            continue  # "... shelled the town, and that helicopters dropped ...": a new subject
        if _at(ctx, "contrast").search(ctx.folded, prev.trigger.end, cand.trigger.start):
            continue  # "artillery shelled Douma, while a mortar round hit Damascus": another side
        if not cand.arabic and _SEMICOLON_THEN_ARTICLE.search(
            ctx.folded, prev.trigger.end, cand.trigger.start
        ):
            continue  # "...; on May 5, an air strike on the camp killed 28": English says its subject
        if _at(ctx, "passive").search(ctx.folded, prev.trigger.end, cand.trigger.start):
            continue  # "فرضت قوات النظام حصاراً ...، وتعرضت المدينة لقصف": the city is the subject
        if _at(ctx, "unknown_doer").search(ctx.folded, prev.trigger.end, cand.hi) or any(
            prev.trigger.end <= m.start < cand.trigger.start
            for m in ctx.cues_of("trigger")
            if m.text in ctx.lexicon.means
        ):
            continue  # "وشنت طائرات لم تُعرف هويتها غارات": a subject of its own, unknown
        if cand.type in _AGREEMENT_WORDS:
            first = next(
                (
                    c
                    for c in candidates
                    if c.sentence == cand.sentence and c.type == cand.type and c.actors
                ),
                None,
            )
            if first:
                cand.actors = list(first.actors)
            continue
        if prev.type in _AGREEMENT_WORDS or prev.type == "ACCUSE":
            continue
        cand.actors = list(prev.actors)


def _carry_to_next_sentence(ctx: Context, candidates: list[_Candidate]) -> None:
    """A sentence that opens on its act with no subject goes on with the previous sentence's
    doer: `واصلت قوات النظام حملتها على الغوطة. وقصفت بلدة حزة ...` (Arabic drops the subject),
    "Government forces pressed their offensive. They shelled Harasta" (a subject pronoun)."""
    for cand in candidates:
        if cand.actors or cand.type not in HOSTILE_TYPES or not cand.verb:
            continue
        opening = ctx.folded[cand.sentence.start : cand.trigger.start]
        if cand.arabic:
            if not re.fullmatch(r"\s*(?:[وف]|ثم\s|كما\s)?\s*", opening):
                continue
            if _at(ctx, "passive").match(ctx.folded, cand.trigger.start):
                continue
        elif not re.fullmatch(r"\s*(?:they|it)\s+(?:\S+\s+)?", opening, re.IGNORECASE):
            continue
        if ctx.statement_at(cand.trigger.start, cand.trigger.end) is not None:
            continue
        before = ctx.sentence_before(cand.sentence)
        if before is None or "\n\n" in ctx.folded[before.end : cand.sentence.start]:
            continue  # a new paragraph starts afresh
        prev = [
            c for c in candidates if c.sentence == before and c.type in HOSTILE_TYPES and c.actors
        ]
        if prev and ctx.statement_at(prev[-1].trigger.start, prev[-1].trigger.end) is None:
            cand.actors = list(prev[-1].actors)


def _examples(ctx: Context, candidates: list[_Candidate]) -> None:
    """`accused government forces of 15 violations ..., including artillery fire on Talbiseh`,
    `خروقات ... بينها قصف مدفعي على`: an act given as an example of one told before it in its
    sentence has that act's doers and source."""
    for prev, cand in itertools.pairwise(candidates):
        if (
            cand.sentence == prev.sentence
            and not cand.actors
            and prev.actors
            and prev.type in HOSTILE_TYPES
            and cand.type in HOSTILE_TYPES
            and _at(ctx, "including").search(ctx.folded, prev.trigger.end, cand.trigger.start)
        ):
            cand.actors = list(prev.actors)
            cand.asserted_by = cand.asserted_by or prev.asserted_by


def _same_doers(ctx: Context, candidates: list[_Candidate]) -> None:
    """`تعرضت كفرنبل لثلاث غارات من الطائرات ذاتها`, "strikes by the same jets": the doers of the
    act of that type told before."""
    for i, cand in enumerate(candidates):
        if cand.actors or cand.type not in HOSTILE_TYPES:
            continue
        if not _at(ctx, "same_doers").search(ctx.folded, cand.sentence.start, cand.sentence.end):
            continue
        told = [c for c in candidates[:i] if c.type == cand.type and c.actors]
        if told:
            cand.actors = list(told[-1].actors)


def _talks_of_agreement(ctx: Context, candidates: list[_Candidate]) -> None:
    """`agreed ... after twelve hours of talks in Moscow`, `التوصل إلى اتفاق ... بعد محادثات`:
    talks that end in an agreement told in the same sentence were held by its parties, and the
    two share their venue; an agreement with no parties named was reached by those who just met."""
    for meet in [c for c in candidates if c.type == "MEET" and len(c.actors) < 2]:
        agree = next(
            (
                c
                for c in candidates
                if c.type == "AGREE" and c.sentence == meet.sentence and len(c.actors) >= 2
            ),
            None,
        )
        if agree is None:
            continue
        meet.actors = list(agree.actors)
        meet.places = meet.places or list(agree.places)
        agree.places = agree.places or list(meet.places)
    # "اتفقت الولايات المتحدة وروسيا ... في ختام اجتماع ... بمشاركة ... إيران وتركيا": the
    # meeting that ended in the agreement had all of them, and all of them agreed
    for agree in [c for c in candidates if c.type == "AGREE" and len(c.actors) >= 2]:
        for meet in candidates:
            if (
                meet.type == "MEET"
                and meet.sentence == agree.sentence
                and agree.trigger.start < meet.trigger.start
                and meet.actors
                and _at(ctx, "talks_end").search(
                    ctx.folded, max(agree.trigger.end, meet.trigger.start - 20), meet.trigger.start
                )
            ):
                everyone = list(dict.fromkeys([*agree.actors, *meet.actors]))
                agree.actors, meet.actors = everyone, list(everyone)
    # "بحث لافروف ونظيره التركي في اتصال هاتفي ... واتفقا على": the dual verb's two are the two
    # who just met in its sentence, whoever else the sentence names
    for agree in [c for c in candidates if c.type == "AGREE" and c.verb]:
        word = agree.trigger_word.split()[0] if agree.trigger_word else ""
        if not (word.endswith("ا") and not word.endswith("وا")):
            continue
        pair = [
            c
            for c in candidates
            if c.type == "MEET"
            and len(c.actors) >= 2
            and c.sentence == agree.sentence
            and c.trigger.start < agree.trigger.start
        ]
        if pair:
            agree.actors = list(pair[0].actors)
    # "أجرى بوتين وأردوغان اتصالاً هاتفياً ... واتفقا على ...": those who met agreed
    for agree in [c for c in candidates if c.type == "AGREE" and not c.actors]:
        met = [
            c
            for c in candidates
            if c.type == "MEET"
            and len(c.actors) >= 2
            and (
                c.sentence == agree.sentence  # "اتفق الوزراء، خلال اجتماعهم ..., على"
                or (
                    c.trigger.start < agree.trigger.start
                    and agree.sentence.start - c.sentence.end < 300
                )
            )
        ]
        if met:
            agree.actors = list(met[-1].actors)
            agree.date = (
                agree.date or met[-1].date
            )  # "spoke by phone this evening. ... the two agreed"
    # "استضاف لافروف نظيريه ... أن الدول الثلاث اتفقت": the three who just met, whoever else the
    # sentences between name
    for agree in [c for c in candidates if c.type == "AGREE"]:
        counted = _at(ctx, "counted_parties").search(
            ctx.folded, max(agree.sentence.start, agree.trigger.start - 30), agree.trigger.end + 30
        )
        met = [
            c
            for c in candidates
            if c.type == "MEET"
            and len(c.actors) >= 3
            and c.trigger.start < agree.trigger.start
            and agree.sentence.start - c.sentence.end < 600
        ]
        word = agree.trigger_word.split()[0] if agree.trigger_word else ""
        # "لافروف: «اتفقنا اليوم على وثيقة»", "we agreed": the speaker and those he met
        before = ctx.folded[max(0, agree.trigger.start - 12) : agree.trigger.start]
        we = (word.endswith("نا") or re.search(r"(?:^|[\s\"“«])we\s+(?:have\s+)?$", before)) and (
            bool(met) and agree.asserted_by in met[-1].actors
        )
        if (counted or we) and met:
            agree.actors = list(met[-1].actors)
            agree.date = agree.date or met[-1].date
            agree.places = agree.places or list(met[-1].places)
    # "اجتماع ثلاثي استضافته موسكو ... اتفقت فيه الدول الثلاث": agreed where they met
    for agree in [c for c in candidates if c.type == "AGREE" and not c.places]:
        venue = [
            c.places
            for c in candidates
            if c.type == "MEET" and c.places and c.sentence == agree.sentence
        ]
        if venue:
            agree.places = list(venue[0])


def _dated_by_participants(ctx: Context, candidates: list[_Candidate]) -> None:
    """`لافروف: «ناقشنا اليوم ...»`, "we discussed today": a participant's own words date an
    undated meeting of his at the day he names."""
    undated = [c for c in candidates if c.type == "MEET" and c.date is None and c.actors]
    if not undated:
        return
    for d in ctx.dates:
        if d.kind != "relative" or d.value is None or d.precision != "day":
            continue
        if not _at(ctx, "talks_dated").search(ctx.folded, max(0, d.start - 30), d.start):
            continue
        speaker = next((sp for s, e, sp in ctx.statement_spans if s <= d.start < e), None)
        meet = next((c for c in undated if speaker in c.actors and c.date is None), None)
        if meet is not None:
            meet.date = d


def _local_settlements(ctx: Context, candidates: list[_Candidate]) -> None:
    """`توصل المجلس المحلي لمدينة داريا والفصائل فيها إلى اتفاق مع النظام يقضي بإخلاء المدينة`:
    a deal among the sides fighting on the ground, with no venue told, was made in the one town,
    village or district its sentence names (the place it settles)."""
    for agree in candidates:
        if agree.type != "AGREE" or agree.places or not agree.actors:
            continue
        if not set(agree.actors) <= ctx.lexicon.ground_forces:
            continue
        local = {
            m.id
            for m in ctx.mentions
            if m.kind == "place"
            and agree.sentence.start <= m.start < agree.sentence.end
            and ctx.lexicon.places[m.id].kind in _LOCAL_KINDS
            and ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country
        }
        if len(local) == 1:
            agree.places = [*local]


_LOCAL_KINDS = ("city", "town", "village", "neighbourhood", "district")


def _participants_joining(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وكان المبعوث الأممي قد شارك في الاجتماع`: a participant named in a sentence without a
    meeting of its own joins the last meeting told before it."""
    meets = [c for c in candidates if c.type == "MEET"]
    for cue in ctx.cues_of("participation"):
        sentence = ctx.sentence_of(cue.start)
        if any(
            sentence.start <= t.start < sentence.end
            and t.payload.key == "MEET"
            and not (
                (
                    _definite(ctx.folded, t)
                    # "at the end of the five-hour meeting": the meeting told before
                    or _THE_BEFORE.search(ctx.folded, max(0, t.start - 25), t.start)
                )
                and not ctx.mentions_in(t.end, sentence.end, "place")
            )
            for t in ctx.cues_of("trigger")
        ):
            continue  # the sentence tells a meeting of its own (perhaps one only planned)
        if _FUTURE_VERB.search(ctx.folded, cue.end, min(sentence.end, cue.end + 60)):
            continue  # "قوة عمل برئاسة الولايات المتحدة وروسيا ستجتمع في جنيف": a meeting to come
        # "شارك في الاجتماع" with nothing more: the meeting is the one already told
        meets = [m for m in meets if m.sentence != sentence]
        earlier = [m for m in meets if m.trigger.start < cue.start]
        if not earlier:
            continue
        named = [
            m.id
            for m in ctx.mentions
            if m.kind == "actor" and sentence.start <= m.start < sentence.end
        ]
        # "also attended by U.N. envoy Staffan de Mistura and the foreign ministers of Iran and
        # Turkey": all those named after the participation word, up to the clause's end
        brk = _at(ctx, "clause_break").search(ctx.folded, cue.end, sentence.end)
        # "co-chaired by the United States and Russia, also said violations would be reported to
        # the U.N. Security Council": the predicate of the sentence is not its participants
        predicate = _PREDICATE_AFTER.search(
            ctx.folded, cue.end, brk.start() if brk else sentence.end
        )
        brk = predicate or brk
        after = [
            m.id for m in ctx.mentions_in(cue.end, brk.start() if brk else sentence.end, "actor")
        ]
        if named:
            earlier[-1].actors = list(dict.fromkeys([*earlier[-1].actors, *(after or named[:1])]))
            earlier[-1].joined = True


_HALT_JUST_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:وقف|انهاء|ايقاف)\s*[«“\"]?(?:ال)?$")
_FUTURE_VERB = re.compile(r"(?:^|\s)(?:[وف]?س[تين][^\W\d_]{3,}|سوف|will|would)\s")
_SEMICOLON_THEN_ARTICLE = re.compile(r"[;؛][^;؛]*?\b(?:an?|the)\s+$")
_PREDICATE_AFTER = re.compile(
    r"[,،]\s*(?:also\s+|then\s+)?(?:said|says|announced|stated|added|agreed|warned|noted|stressed|called)\b"
)
_THE_BEFORE = re.compile(r"(?:^|\s)the\s+(?:[^\W\d_]+-?[^\W\d_]*\s+)?$")
_LISTED = re.compile(r"\s*(?:[,،]\s*(?:and\s+|و)?|and\s+|و)(?:the\s+)?")


def _damning_statements(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """`قال أردوغان إن القوات التركية دخلت «لإنهاء حكم الأسد الطاغية الذي يمارس إرهاب الدولة»`:
    words said that name another party and, within six words after it, a damning word
    (events.yaml `pejoratives`) are the speaker's accusation of that party; so is a damning word
    followed within four words by the party held responsible ("«تهجير قسري» يتحمل النظام
    مسؤوليته")."""
    folded = ctx.folded
    out: list[_Candidate] = []
    for s_start, s_end, speaker in ctx.statement_spans:
        sentence = ctx.sentence_of(s_start)
        for pej in ctx.cues_of("pejorative"):
            if not s_start <= pej.start < s_end:
                continue
            demonstrative = re.search(
                r"(?:^|\s)(?:هذا|هذه|ذلك|تلك|this|that)\s+(?:ال)?$",
                folded[max(0, pej.start - 8) : pej.start],
            )
            if (
                demonstrative
                and not any(  # "It was Russia that failed to": a relative "that"
                    m.end <= pej.start - 8 + demonstrative.start()
                    and not folded[m.end : pej.start - 8 + demonstrative.start()].strip()
                    for m in ctx.mentions_in(s_start, pej.start, "actor")
                )
            ):
                continue  # "هذا العدوان": the act already told, condemned, not a new accusation
            named = [m for m in ctx.mentions_in(s_start, pej.start, "actor") if m.end <= pej.start]
            if (
                named
                and len(words_between(folded, named[-1].end, pej.start)) <= 6
                # "مطالبة مجلس الأمن بإدانة «المجزرة»": asked to condemn it, not accused of it
                and not _at(ctx, "condemn").search(folded, named[-1].end, pej.start)
            ):
                # "the Syrian regime, Russia and Iran «bear responsibility for every atrocity»":
                # the first of the parties listed
                first = len(named) - 1
                while first > 0 and _LISTED.fullmatch(
                    folded, named[first - 1].end, named[first].start
                ):
                    first -= 1
                accused = named[first].id
            elif (
                described := [
                    a
                    for a in ctx.mentions_in(pej.end, min(s_end, pej.end + 12), "adjective")
                    if not words_between(folded, pej.end, a.start)
                ]
            ) and not _HALT_JUST_BEFORE.search(folded, max(0, pej.start - 10), pej.start):
                # "مطالبة بوقف «العدوان التركي»": a demand to stop the act told, no new charge
                accused = described[0].id  # "في وجه الاحتلال الروسي والإيراني", "العدوان التركي"
            else:
                # "«تهجير قسري» يتحمل النظام وحلفاؤه مسؤوليته": the one held responsible after
                after = [
                    m
                    for m in ctx.mentions_in(pej.end, sentence.end, "actor")
                    if len(words_between(folded, pej.end, m.start)) <= 4
                    and any(
                        m.end <= r.start < sentence.end
                        and len(words_between(folded, m.end, r.start)) <= 4
                        for r in ctx.cues_of("responsibility")
                    )
                ]
                if not after:
                    continue
                accused = after[0].id
            if affiliation(ctx, accused) == affiliation(ctx, speaker) or any(
                c.type == "ACCUSE" and c.sentence == sentence and c.target == accused
                for c in [*candidates, *out]
            ):
                continue  # the speaker's own side, or an accusation verb already tells it
            trig = Match(pej.start, pej.end, Cue("trigger", "ACCUSE", "noun"), pej.text)
            cand = _Candidate("ACCUSE", trig, sentence, s_start, s_end, [speaker], accused)
            cand.date = _date(ctx, cand)
            cand.places = _places(ctx, cand)  # "In Moscow, Zakharova said ...": where it was said
            out.append(cand)
            break
    return out


def _supporters(ctx: Context, candidates: list[_Candidate]) -> None:
    """`دخلت قوات خاصة تركية ... دعماً لفصائل الجيش الحر في هجوم على جرابلس`: a force that
    came in support of an attack told right after takes part in it."""
    hostile = [c for c in candidates if c.type in HOSTILE_TYPES]
    for cue in ctx.cues_of("support"):
        sentence = ctx.sentence_of(cue.start)
        helpers = [
            c for c in hostile if c.sentence == sentence and c.trigger.end <= cue.start and c.actors
        ]
        supported = [
            c
            for c in hostile
            if c.sentence == sentence
            and c.trigger.start >= cue.end
            and len(words_between(ctx.folded, cue.end, c.trigger.start)) <= 8
        ]
        if helpers and supported:
            act = supported[0]
            act.actors = list(dict.fromkeys([*act.actors, *helpers[-1].actors]))


_LIST_ITEM = re.compile(
    r"^[ \t]*[-–•*·][ \t]*|^(?=[^\n:]{2,50}:[ \t])|^[ \t]*\d{1,2}[.)][ \t]+(?=[^\n.:]{2,80}\.[ \t])",
    re.MULTILINE,
)
# "1. Maarat al-Numan, Idlib province (15 February). A hospital was hit ...": a numbered item's
# label ends at its first full stop
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")


def _line_end(folded: str, pos: int) -> int:
    end = folded.find("\n", pos)
    return len(folded) if end < 0 else end


def _list_items(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """A toll listed under its lead ("وتوزعت الحصيلة على النحو التالي: - حي السكري: ١٦ قتيلاً",
    "- Kafr Takharim: eleven civilians were killed when a missile struck"): each item naming a
    place is the lead's act at that place, by the lead's doers; the lead, when it only sums the
    items up over a wider area, is no act of its own."""
    folded = ctx.folded
    out: list[_Candidate] = []
    summed: list[_Candidate] = []
    hostile = [
        c
        for c in candidates
        # a siege is the state the toll is told in, not the act it sums ("المحاصرة")
        if c.type in HOSTILE_TYPES and c.type != "SIEGE" and c.trigger.start >= title_end(ctx)
    ]
    items = [
        i
        for i in _LIST_ITEM.finditer(folded)
        if i.start() >= title_end(ctx)
        and (
            i.end() > i.start()  # a bullet
            # "ريف دمشق: 4 مدنيين ...", "Raqqa: Seven civilians ...": a paragraph under a place
            or ctx.mentions_in(i.end(), folded.find(":", i.end()), "place")
        )
    ]
    lines = [(i.start(), _line_end(folded, i.end())) for i in items]
    # the lead is told before the list, not in one of its items ("- حي الصاخور: ... مروحيات النظام"
    # gives no doer to "- حي باب النيرب: ٤ قتلى بقذائف صاروخية مجهولة المصدر")
    hostile = [c for c in hostile if not any(s <= c.trigger.start < e for s, e in lines)]
    # the day the lead tells ("وثّق المرصد اليوم الخميس مقتل ٣١ مدنياً ...")
    told = [
        d
        for d in ctx.dates
        if lines and lines[0][0] - 400 <= d.start < lines[0][0] and d.value and d.precision == "day"
    ]
    for item in items:
        end = _line_end(folded, item.end())
        colon = folded.find(":", item.end(), end)
        numbered = colon < 0 and _NUMBERED.fullmatch(folded, item.start(), item.end()) is not None
        if numbered:
            colon = folded.find(".", item.end(), end)
        places = ctx.mentions_in(item.end(), colon, "place") if colon > 0 else []
        before = [c for c in hostile if c.trigger.start < item.start()]
        if (
            before
            and lines
            and sum(1 for s in ctx.sentences if before[-1].sentence.end <= s.start < lines[0][0])
            >= 2
        ):
            # "Turkish jets carried out 26 air strikes ... The SDF said ... Our field network
            # recorded the following incidents today:": told two sentences before the list, an act
            # is not its lead ("وتوزعت الحصيلة على النحو الآتي:" alone goes on the toll's lead)
            before = []
        if places:
            # an act of the item is at its label's most specific place ("Khan Touman (southern
            # Aleppo countryside): 2 rebel fighters killed in clashes ...")
            label = [p.id for p in places]
            finest = min(label, key=lambda p: _PLACE_RANK.get(ctx.lexicon.places[p].kind, 3))
            for c in candidates:
                if (
                    item.end() <= c.trigger.start < end
                    and (c.places or numbered)  # a numbered case file: all of it at its place
                    and set(c.places) <= set(label)
                ):
                    c.places = [finest]
            dated = [d for d in ctx.dates if item.end() <= d.start < colon and d.value]
            for c in candidates:
                if numbered and dated and item.end() <= c.trigger.start < end:
                    c.date = dated[0]  # "2. Azaz, Aleppo province (15 February).": its day
        if places and not before:
            # no act told in the lead: the items still happened on its day
            for c in candidates:
                if item.end() <= c.trigger.start < end and told:
                    c.date = c.date or told[-1]
            continue
        if not places:
            continue
        lead = next(c for c in before if c.sentence == before[-1].sentence)
        place = ctx.lexicon.places[places[0].id]
        wide = ctx.lexicon.places[lead.places[0]] if lead.places else None
        areas = {  # "on Idlib province and the western Aleppo countryside": either
            a
            for m in ctx.mentions_in(lead.sentence.start, lead.sentence.end, "place")
            for a in (m.id, ctx.lexicon.places[m.id].admin1)
        }
        if wide is not None and place.admin1 not in areas:
            continue
        if wide is not None and wide.kind in ("governorate", "region", "city") and wide != place:
            summed.append(lead)
        own = [c for c in candidates if item.end() <= c.trigger.start < end]
        for c in own:
            c.date = c.date or lead.date or (told[-1] if told else None)  # the lead's day
            if (
                c.type in HOSTILE_TYPES
                and not c.actors
                and not _at(ctx, "unknown_doer").search(folded, c.trigger.start, end)
            ):
                c.actors = list(lead.actors)  # "a missile struck": the lead's warplanes
                if c.type in ("SHELLING", "ATTACK") and lead.type == "AIRSTRIKE":
                    c.type = lead.type
        toll = fatalities(folded[colon:end])
        if own or toll is None:
            continue
        sentence = ctx.sentence_of(item.end())
        out.append(
            replace(
                lead,
                places=[place.id],
                sentence=sentence,
                sentences={sentence},
                fatalities=toll,
                triggers=[lead.trigger],
            )
        )
    return [c for c in candidates if not any(c is s for s in summed)] + out


_IN_PLACES = re.compile(r"(?:^|\s)(?:in|at|في)\s+")


def _distributed(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "areas under siege: by government forces in Madaya and Zabadani; by non-State armed groups
    in Foua and Kefraya", "محاصرة من قبل قوات النظام في مضايا، ومن قبل الفصائل في الفوعة": one act
    shared out by doer, each doer at its own places."""
    folded = ctx.folded
    out: list[_Candidate] = []
    for c in candidates:
        if c.type not in HOSTILE_TYPES:
            out.append(c)
            continue
        markers = [
            m
            for m in ctx.once(  # "by", "من قبل", "من جانب" (not a bare "من")
                "agent markers by",
                lambda: [
                    m
                    for m in ctx.cues_of("agent_marker")
                    if m.text == "by" or m.text.startswith("من ")
                ],
            )
            if c.trigger.end <= m.start < c.sentence.end
        ]
        shares = []
        for i, m in enumerate(markers):
            end = markers[i + 1].start if i + 1 < len(markers) else c.sentence.end
            # the doers right after the marker, then the places after "in"
            locative = _IN_PLACES.search(folded, m.end, end)
            if locative is None:
                break
            actors = ctx.mentions_in(m.end, locative.start(), "actor")
            places = ctx.mentions_in(locative.end(), end, "place")
            if not actors or not places:
                break
            shares.append(([affiliation(ctx, a.id) for a in actors], [p.id for p in places]))
        gap = words_between(folded, c.trigger.end, markers[0].start) if markers else []
        if len(shares) < 2 or len(gap) > 6:
            out.append(c)
            continue
        for doers, where in shares:
            out.append(replace(c, actors=list(dict.fromkeys(doers)), places=where))
    return out


_MAKER_SAID = re.compile(
    r"(?:^|\s)(?:ال)?(?:طايرات|طايره|مروحيات|مقاتلات|قاذفات|طيران)(?:\s+(?:ال)?(?:مغيره|حربيه|المغيره|الحربيه))?"
    r"\s+(?:كانت\s+)?$"
    r"|(?:^|\s)(?:the\s+)?(?:jets|planes|aircraft|warplanes|helicopters|bombers)\s+(?:involved\s+)?"
    r"(?:were|was|had been)\s+(?:all\s+)?$"
)


def _attributed_means(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وأكد شهود عيان أن الطائرات المغيرة روسية`, "Witnesses said the jets were Russian": the
    nationality said of the aircraft names the doer of the air strike just told without one."""
    folded = ctx.folded
    for adj in ctx.mentions:
        if adj.kind != "adjective" or not re.match(
            r"\s*(?:[.،,؛;]|$)", folded[adj.end : adj.end + 2]
        ):
            continue
        sentence = ctx.sentence_of(adj.start)
        if not _MAKER_SAID.search(folded, max(sentence.start, adj.start - 40), adj.start):
            continue
        told = ctx.sentence_before(sentence)
        acts = [
            c
            for c in candidates
            if c.type == "AIRSTRIKE"
            and not c.actors
            and c.trigger.start < adj.start
            and (c.sentence == sentence or c.sentence == told)
        ]
        if acts:
            acts[-1].actors = [adj.id]


def _alluded_agents(ctx: Context, candidates: list[_Candidate]) -> None:
    """`"لوقف قصف الأحياء السكنية في حلب"، في إشارة إلى فصائل المعارضة`: an act told without its
    doer takes the party the allusion names."""
    for cue in ctx.cues_of("allusion"):
        named = [
            m
            for m in ctx.mentions_in(cue.end, ctx.sentence_of(cue.start).end, "actor")
            if len(words_between(ctx.folded, cue.end, m.start)) <= 1
        ]
        if not named:
            continue
        acts = [
            c
            for c in candidates
            if c.type in HOSTILE_TYPES
            and c.sentence.start <= c.trigger.start < cue.start
            and not c.actors
        ]
        if acts:
            acts[-1].actors = [affiliation(ctx, named[0].id)]


_THEATRE_PARTIES = frozenset(
    {"SYR_GOV", "SYR_OPP", "FSA", "HNC", "NUSRA", "ISIS", "SDF", "HEZBOLLAH", "assad"}
)


def _about_the_theatre(ctx: Context) -> bool:
    """Hostile acts are read only in documents about the theatre: naming one of its places or of
    its own armed parties (a football "siege" or a trade "battle" elsewhere is not one)."""
    country = ctx.lexicon.theatre_country
    for m in ctx.mentions:
        if m.kind == "place" and ctx.lexicon.places[m.id].country == country:
            return True
        if m.kind == "actor" and m.id in _THEATRE_PARTIES:
            return True
    return False


def _sports_report(ctx: Context) -> bool:
    """A report with three or more different sports words: its unowned attacks and sieges are the
    game's ("withstood wave after wave of South Korean attacks")."""
    found = {m.group() for m in _at(ctx, "sport_words").finditer(ctx.folded)}
    return len(found) >= 3


def _within_one_side(ctx: Context, c: _Candidate) -> bool:
    """ "بوتين خلال لقائه وزيري الخارجية والدفاع": a leader meeting his own ministers is no
    meeting between parties."""
    return (
        c.type == "MEET"
        and len(c.actors) >= 2
        and len({affiliation(ctx, a) for a in c.actors}) == 1
        and all(ctx.lexicon.actors[a].kind == "person" for a in c.actors)
    )


def _background(ctx: Context, c: _Candidate) -> bool:
    """ "Residents fled the fighting in eastern Aleppo", "أدت المعارك في حلب إلى نزوح": fighting
    named as the backdrop (definite, nobody, no day, no toll) is no act of its own."""
    return (
        c.type == "ATTACK"
        and not c.actors
        and c.date is None
        and not c.fatalities
        and _at(ctx, "backdrop").fullmatch(c.trigger.text) is not None
        and (
            _definite(ctx.folded, c.trigger)
            or ctx.folded[max(0, c.trigger.start - 4) : c.trigger.start] == "the "
        )
    )


def _worth_keeping(ctx: Context, c: _Candidate) -> bool:
    if c.type == "MEET":
        # "Kerry spoke with reporters in Geneva": speaking is a meeting only between parties
        spoken = _at(ctx, "speaking").fullmatch(c.trigger.text) is not None
        return len(c.actors) >= 2 or bool(c.actors and c.places and not spoken)
    if c.type == "AGREE":
        return bool(c.actors or c.asserted_by)
    if c.type == "ACCUSE":
        return bool(c.actors and c.target)
    # "attacks on medical facilities had become a disturbing norm", said with no doer, place or
    # toll, is a generality; "all parties violate the ceasefire" is still an allegation of breach
    said = c.asserted_by and (c.negated or c.type == "CEASEFIRE_VIOLATION")
    return bool(c.actors or c.places or c.fatalities or said)
