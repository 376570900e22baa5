"""Accusations: one that names a hostile act becomes that act, asserted by the accuser, with the
accused as its doers (or blames the act told just before it); damning words said of another
party (events.yaml `pejoratives`) are the speaker's accusation of that party."""

from __future__ import annotations

import re

from hudna.extract.context import Context, Mention, Sentence, words_between
from hudna.extract.entities import affiliation, side
from hudna.extract.events.common import (
    _at,
    _Candidate,
    _definite,
    _in_title,
    _is_generic,
    _seized_aid,
    _unnamed_accused,
)
from hudna.extract.events.participants import _coordinated_nationalities, _groups
from hudna.extract.events.places import _date, _places
from hudna.extract.lexicon import Cue
from hudna.extract.matcher import Match
from hudna.models import HOSTILE_TYPES
from hudna.text import is_arabic

# "accused the UN of ignoring the shelling": a charge of letting it be, not of doing it (but
# "accused the government of using chlorine gas" is the act)
_LOOKING_AWAY_OF = re.compile(
    r"(?<!\S)of\s+(?:ignoring|failing|shielding|covering|protecting|supporting|backing|arming|"
    r"funding|allowing|tolerating|excusing|justifying|hiding|denying|downplaying|whitewashing|"
    r"overlooking|condoning)\s"
)
# "accused them of", "متهماً إياها بـ": the accused named by a pronoun
_PRONOUN_ACCUSED = re.compile(r"\s+(?:them|it|him|her|اياها|اياهم|اياه)\s")
_BLAMED_ON = re.compile(r"\s+(?:on|upon)\s")
_WHICH = re.compile(r"(?<!\S)(?:which|that)\s+(?:\S+\s+){0,4}$")
_CONTRAST = re.compile(r"\s*[,،]\s*(?:في حين|بينما|فيما|while|whereas)\s")


def _told_from(acc: _Candidate, act: _Candidate) -> int:
    """Where `act` is first told after the accusation: its earliest trigger past it."""
    return min(t.start for t in [act.trigger, *act.triggers] if t.start >= acc.trigger.end)


_CHARGE_WORD = re.compile(r"(?<=\s)ب(?!عد|ين|حسب)\S")  # "بالوقوف", "بقصف": the charge opens


def _within_charge(ctx: Context, acc: _Candidate, act: _Candidate) -> bool:
    """Whether the act is told in the charge: at most eight words after the parties named
    between the verb and the charge (the accuser and the accused: "واتهمت وزارة الخارجية الروسية
    «جبهة فتح الشام» بالوقوف وراء الهجوم"), and in its clause ("بـ«دعم الإرهاب»، معتبراً أن
    الغارة ...": another clause's act)."""
    end = _told_from(acc, act)
    charge = _CHARGE_WORD.search(ctx.folded, acc.trigger.end, end)
    named = ctx.mentions_in(acc.trigger.end, charge.start() if charge else acc.trigger.end, "actor")
    start = named[-1].end if named else acc.trigger.end
    return len(words_between(ctx.folded, start, end)) <= 8 and (
        start == acc.trigger.end or not re.search(r"[،,]", ctx.folded[start:end])
    )


_THE_BEFORE = re.compile(r"(?<!\S)(?:the|this|that|these|those)\s+$")
_CHARGE_JUDGED = re.compile(r"\S*\s+(?:was|were|is|are|had been|has been)\s")


def _accusations(ctx: Context, candidates: list[_Candidate]) -> None:
    """An accusation that names a hostile act is that act, asserted by the accuser: the ACCUSE
    goes, the act takes the accuser as `asserted_by` and the accused as its agent if it has none."""
    for acc in [c for c in candidates if c.type == "ACCUSE"]:
        if (
            _definite(ctx.folded, acc.trigger)
            or _THE_BEFORE.search(ctx.folded, max(0, acc.trigger.start - 8), acc.trigger.start)
        ) and _CHARGE_JUDGED.match(ctx.folded, acc.trigger.end):
            # "said the accusation was "absurd" and that coalition aircraft had struck": a charge
            # told before, judged; the acts said after it are the speaker's own account
            continue
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
        if not acc.target and _PRONOUN_ACCUSED.match(ctx.folded, acc.trigger.end):
            acc.target = _antecedent(ctx, acc)
        # "... بالوقوف وراء الهجوم": a definite act is the one told before, if any was
        told = ctx.sentence_before(acc.sentence)
        retold = any(
            c.type in HOSTILE_TYPES
            and (
                c.sentence == told
                or (c.sentence == acc.sentence and c.trigger.end <= acc.trigger.start)
            )
            for c in candidates
        )
        acts = [
            c
            for c in candidates
            # "متهمة مسلحي جيش الإسلام بقصف أحياء دمشق": a generic word names an act at a place
            if not _is_generic(ctx, c.trigger) or c.places or (c.actors and not retold)
            if c is not acc
            and c.type in HOSTILE_TYPES
            and c.sentence == acc.sentence
            # "محمّلة روسيا مسؤولية استمرار الخروقات": the violations in general, no act named
            and not _violations_at_large(ctx, c)
            and (
                (
                    acc.trigger.end <= c.trigger.start
                    # "اتهم الوزير فصائل «جيش الفتح» بقصف ... بقذائف تحتوي على مواد سامة": the act
                    # is told from its first word
                    and _within_charge(ctx, acc, c)
                    # "إن روسيا «لم تفِ بالتزاماتها»، متهماً موسكو ودمشق بتكثيف القصف": a damning
                    # noun said of a party before it ends its clause at its comma; the act is
                    # the next verb's charge
                    and not (
                        acc.trigger.payload.extra == "noun"
                        and re.search(r"[,،]", ctx.folded[acc.trigger.end : c.trigger.start])
                        and any(
                            m.id == acc.target
                            for m in ctx.mentions_in(acc.sentence.start, acc.trigger.start, "actor")
                        )
                    )
                    # "accused the UN of ignoring the shelling of western Aleppo": the charge is
                    # the ignoring, the shelling is someone else's
                    and not _LOOKING_AWAY_OF.search(ctx.folded, acc.trigger.end, c.trigger.start)
                    and not _at(ctx, "looking_away").search(
                        ctx.folded, acc.trigger.end, c.trigger.start
                    )
                    # "وسط اتهامات للطيران الروسي، في حين دمّرت غارات مماثلة": another clause
                    and not _CONTRAST.search(ctx.folded, acc.trigger.end, c.trigger.start)
                )
                or _in_title(ctx, acc)  # "Chlorine suspected in Aleppo attack; Kerry blames Assad"
            )
        ]
        for general in [
            c
            for c in candidates
            if _violations_at_large(ctx, c)
            and c.sentence == acc.sentence
            and acc.trigger.end <= c.trigger.start
            and acc.target in c.actors
        ]:
            candidates.remove(general)  # nor are the accused the doers of the violations at large
        if _unarmed_accused(ctx, acc):
            continue
        if not acts:
            # "the bombing of a school in Haas, which the opposition blamed on Russian jets": the
            # act the relative clause blames
            acts = [
                c
                for c in candidates
                if c is not acc
                and c.type in HOSTILE_TYPES
                and c.sentence == acc.sentence
                and _blamed_in_relative(ctx, c, acc)
            ][-1:]
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
            if (
                acc.target
                and set(act.actors) <= {affiliation(ctx, acc.target)}
                and act.trigger.start >= acc.trigger.end  # the charge that names the act
            ):
                _charge_accused(ctx, acc, act)
            elif acc.target and not act.actors and _blamed_in_relative(ctx, act, acc):
                # "The strikes, which residents blamed on Russian jets": the blamed did them
                blamed = affiliation(ctx, acc.target)
                act.actors = [blamed]
                act.target = None if act.target == blamed else act.target
        # "اتهم نواب في الدوما واشنطن بـ«تسهيل» تقدم «داعش»": the acts are their own doers';
        # the accused is charged with something else about them
        kept = (
            acc.target is not None
            and all(set(act.actors) - ctx.lexicon.unarmed for act in acts)
            and not any(affiliation(ctx, acc.target) in act.actors for act in acts)
        )
        if not kept:
            candidates.remove(acc)
    for acc in [c for c in candidates if c.type == "ACCUSE" and c.target and _in_title(ctx, c)]:
        if any(_charged_in_body(ctx, acc, c) for c in candidates):
            candidates.remove(acc)
    for acc in [c for c in candidates if c.type == "ACCUSE" and _names_an_act(ctx, c)]:
        candidates.remove(acc)


def _charges_an_act(ctx: Context, acc: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether the accusation's charge is a hostile act told after it ("متهماً موسكو ودمشق بتكثيف
    القصف الجوي"): it becomes that act, and so tells no accusation of its own."""
    return any(
        c.type in HOSTILE_TYPES
        and c.sentence == acc.sentence
        and c.trigger.start >= acc.trigger.end
        and _within_charge(ctx, acc, c)
        for c in candidates
    )


def _violations_at_large(ctx: Context, c: _Candidate) -> bool:
    """ "الخروقات", "the violations": the breaches in general, no one act named."""
    return c.type == "CEASEFIRE_VIOLATION" and _definite(ctx.folded, c.trigger)


def _presence_damned(ctx: Context, start: int, end: int, accused: str | None) -> bool:
    """ "وجود القوات التركية «غزو واحتلال»", "أن دخول القوات التركية «انتهاك صارخ»": the accused
    named as the forces whose presence or entry is damned, an act (told as its own event), not a
    charge against the party."""
    return any(
        m.id == accused and _PRESENCE_OF.search(ctx.folded, max(start, m.start - 24), m.start)
        for m in ctx.mentions_in(start, end, "actor", "adjective")
    )


def _unarmed_accused(ctx: Context, acc: _Candidate) -> bool:
    """ "حمّلت الهيئة الأمم المتحدة مسؤولية استمرار الحصار": an unarmed body is blamed for failing
    to stop an act, which is someone else's; the accusation stands on its own."""
    if acc.target is None or affiliation(ctx, acc.target) not in ctx.lexicon.unarmed:
        return False
    # the accused is the verb's object, before the act in its clause (not "وصفت الهيئة قصف
    # المستشفى بأنه «جريمة حرب»، داعيةً مجلس الأمن إلى التحرك": the Council is called on)
    acts = [
        t.start
        for t in ctx.cues_of("trigger")
        if t.payload.key in HOSTILE_TYPES and acc.trigger.end <= t.start < acc.sentence.end
    ]
    return any(
        m.id == acc.target
        and m.start < min(acts, default=acc.sentence.end)
        and not re.search(r"[,،]", ctx.folded[acc.trigger.start : m.start])
        # (a blame's trigger spans its verb and the responsibility: "حمّلت ... مسؤولية")
        for m in ctx.mentions_in(acc.trigger.start, acc.sentence.end, "actor")
    )


def _names_an_act(ctx: Context, acc: _Candidate) -> bool:
    """ "وصفت الخارجية السورية التوغل التركي بأنه «خرق سافر»", "استهداف المشافي «جريمة حرب»،
    محمّلة النظام المسؤولية": a denunciation of a hostile act it names is no accusation (the
    contract's ACCUSE names no specific act): the act is told as its own event."""
    folded, trig = ctx.folded, acc.trigger
    if _presence_damned(ctx, trig.end, acc.sentence.end, acc.target):
        return True
    if _unarmed_accused(ctx, acc):
        return False
    for t in ctx.cues_of("trigger"):
        if (
            # (not "الخروقات": the violations in general name no specific act)
            t.payload.key not in (*HOSTILE_TYPES, "ENTRY")
            or t.payload.key == "CEASEFIRE_VIOLATION"
            or not acc.sentence.start <= t.start < acc.sentence.end
            or (t.start < trig.end and trig.start < t.end)
            or _seized_aid(ctx, t)
            # the act told before, named by a definite noun in the same clause
            or not _told_act_noun(folded, t)
        ):
            continue
        lo, hi = min(trig.end, t.end), max(trig.start, t.start)  # the words between them
        if (
            len(words_between(folded, lo, hi)) <= (8 if trig.end <= t.start else 3)
            and not re.search(r"[,،]", folded[lo:hi])
            # "accused the UN of ignoring the shelling": the charge is the ignoring
            and not _LOOKING_AWAY_OF.search(folded, lo, hi)
            and not _at(ctx, "looking_away").search(folded, lo, hi)
        ):
            return True
    return False


# the troops, and the battle as a whole ("اتهم واشنطن بـ«إدارة المعركة»"): no act told
_TROOPS = re.compile(
    r"(?:ال)?(?:جنود|قوات|عسكري|معركه|معارك)|(?:the\s+)?(?:troops|soldiers|forces|battle)\b"
)


def _told_act_noun(folded: str, t: Match) -> bool:
    """ "الغارة", "التوغل التركي", "the raids": an act noun with the article (not the troops
    themselves, "انتقدت أنقرة ارتداء الجنود الأميركيين شارات الوحدات الكردية", nor the
    battle)."""
    if _TROOPS.match(t.text):
        return False
    if is_arabic(t.text):  # or a construct with a definite noun: "دخول القوات التركية"
        return _definite(folded, t) or (
            t.payload.extra != "verb" and re.match(r"\s+ال", folded[t.end : t.end + 4]) is not None
        )
    return (
        t.payload.extra != "verb"
        and re.search(r"(?:^|\s)the\s+$", folded[max(0, t.start - 5) : t.start]) is not None
    )


def _charged_in_body(ctx: Context, acc: _Candidate, act: _Candidate) -> bool:
    """ "موسكو تتهم جيش الإسلام" over "واتهمت وزارة الدفاع الروسية «مسلحي جيش الإسلام» بقصف
    أحياء دمشق": a headline's charge naming no act heads the act the body charges, asserted by
    the same side against the same side."""
    assert acc.target is not None
    return (
        act.type in HOSTILE_TYPES
        and not _in_title(ctx, act)
        and act.asserted_by is not None
        and any(side(ctx, act.asserted_by) == side(ctx, a) for a in acc.actors)
        and side(ctx, acc.target) in {side(ctx, a) for a in act.actors}
    )


def _antecedent(ctx: Context, acc: _Candidate) -> str | None:
    """ "said armed groups had shelled the corridor ... and accused them of using the pause": the
    party a pronoun after the verb points back to, the last one named before it other than the
    accuser."""
    before = ctx.mentions_in(acc.sentence.start, acc.trigger.start, "actor")
    own = {affiliation(ctx, a) for a in acc.actors}
    others = [m for m in before if affiliation(ctx, m.id) not in own]
    # "قال المسلط إن النظام «لم يقدّم أي إجابة» على أسئلة المبعوث، متهماً إياه": the subject of
    # the words said, rather than a party named inside them
    subjects = [
        m
        for m in others
        if any(
            c.end <= m.start and not words_between(ctx.folded, c.end, m.start)
            for c in ctx.cues_of("complementiser")
        )
    ]
    chosen = subjects or others
    return affiliation(ctx, chosen[-1].id) if chosen else None


def _blamed_in_relative(ctx: Context, act: _Candidate, acc: _Candidate) -> bool:
    """ "the bombing of a school, which the opposition blamed on Russian jets": the act told
    before a relative clause whose verb blames it "on" a party."""
    return (
        act.trigger.end <= acc.trigger.start
        and _BLAMED_ON.match(ctx.folded, acc.trigger.end) is not None
        and _WHICH.search(ctx.folded, act.trigger.end, acc.trigger.start) is not None
    )


def _charge_accused(ctx: Context, acc: _Candidate, act: _Candidate) -> None:
    """The accused of a charge do the act, with the nationalities joined to them, and aircraft
    accused of a shelling struck from the air: `اتهمت واشنطن الطائرات الروسية والسورية بقصف
    المستشفيات` → an air strike by Russia and the Syrian government."""
    assert acc.target is not None
    between = ctx.mentions_in(acc.trigger.end, act.trigger.start, "actor")
    named = [m for m in between if m.id == acc.target][:1]
    if not named:
        if (
            _PRONOUN_ACCUSED.match(ctx.folded, acc.trigger.end)
            # "Kerry said Russia bore responsibility for the attack on the convoy": the one said to
            # bear it, named before the verb
            or acc.trigger.payload.extra == "bear"
        ):
            act.actors = [affiliation(ctx, acc.target)]  # "متهماً إياه بمواصلة حصار المدن"
        return  # "أدان الائتلاف الغارات الروسية": the act names its doer itself, after it
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
    bare = bool(accused) and (
        len(words_between(ctx.folded, accused[0].end, acc.sentence.end)) <= 2
        # "وسط اتهامات من ناشطين للطيران الروسي، في حين ...": the accused closes its clause
        or _CONTRAST.match(ctx.folded, accused[0].end) is not None
        # "The United States blamed Russia for the attack.": the act told, pointed back at
        or _FOR_THE_ACT.match(ctx.folded, accused[0].end) is not None
    )
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
    # "Washington blamed the Assad government for the strike": an act pointed back at may be
    # told a few sentences before; a bare "Residents blamed Russian jets." blames the last one
    pointed = (bool(accused) and _FOR_THE_ACT.match(ctx.folded, accused[0].end) is not None) or _at(
        ctx, "carried_out"
    ).search(ctx.folded, acc.trigger.end, acc.hi) is not None
    told: Sentence | None = acc.sentence
    for _ in range(3 if pointed else 1):
        if before or told is None:
            break
        told = ctx.sentence_before(told)
        if told is None:
            break
        # "قتل عشرة مدنيين في قصف على حي الشعار. واتهم ناشطون قوات النظام بالوقوف وراء القصف":
        # an accusation with no act before it in its sentence blames the act told just before
        before = [c for c in acts if c.sentence == told]
    if blamed and before:
        # "متهماً «جبهة النصرة» والفصائل المتحالفة معها بالمسؤولية عن غالبيتها": every party
        # of the accused's group
        named = ctx.mentions_in(accused[0].start, acc.sentence.end, "actor") if accused else []
        group = next((g for g in _groups(ctx, named) if accused[0] in g), [])
        blamed_all = [affiliation(ctx, m.id) for m in group] or [affiliation(ctx, blamed)]
        before[-1].actors = list(dict.fromkeys(blamed_all))
        accuser = acc.actors[0] if acc.actors and acc.actors[0] != blamed else None
        before[-1].asserted_by = before[-1].asserted_by or accuser
        for retold in [
            c
            for c in candidates
            if c is not acc
            and c.type in HOSTILE_TYPES
            and acc.trigger.end <= c.trigger.start < acc.sentence.end
            and not c.places
            and any(
                m.end() >= c.trigger.end
                for m in _FOR_THE_ACT.finditer(ctx.folded, acc.trigger.end, c.trigger.end)
            )
        ]:
            candidates.remove(retold)  # "for the attack": the one told before, not another
        return True
    return False


_PERPETRATED_BY = re.compile(
    r"(?:^|\s)[«»\"]?\s*(?:[يت]?رتكب(?:ه|ها)|ارتكب(?:ه|ها|ته|تها)|[يت]مارس(?:ه|ها)|مارس(?:ه|ها|ته|تها))"
    r"\s+(?:ال)?$"
)
_PRESENCE_OF = re.compile(
    r"(?:^|\s)[وب]?(?:وجود|دخول|توغل|presence\s+of|entry\s+of)\s+(?:\S+\s+)?(?:ال|the\s+)?$"
)
_HEADED_BY = re.compile(
    r"\s*[،,]?\s*و?(?:في\s+مقدمتها|علي\s+راسها|ابرزها|خصوصا|خصوصاً|including|notably|led\s+by|"
    r"above\s+all)\s+(?:ال)?"
)
_FOR_THE_ACT = re.compile(
    r"\s*for\s+(?:the|this|that|these|those)\s+(?:(?:deadly|latest|apparent|suspected)\s+)?"
    r"(?:attacks?|strikes?|air\s*strikes?|bombings?|raids?|shelling|massacres?|killings?)\b"
)


_HALT_JUST_BEFORE = re.compile(r"(?:^|[\s«“\"])[وب]?(?:وقف|انهاء|ايقاف)\s*[«“\"]?(?:ال)?$")


def _next_to(folded: str, a: Match | Mention, b: Match | Mention) -> bool:
    """No word between two spans, whichever comes first."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo <= hi and not words_between(folded, lo, hi)


_LISTED = re.compile(r"\s*(?:[,،]\s*(?:and\s+|و)?|and\s+|و)(?:the\s+)?")


def _damning_statements(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """`قال أردوغان إن القوات التركية دخلت «لإنهاء حكم الأسد الطاغية الذي يمارس إرهاب الدولة»`:
    words said that name another party and, within six words after it, a damning word
    (events.yaml `pejoratives`) are the speaker's accusation of that party; so is a damning word
    followed within four words by the party held responsible ("«تهجير قسري» يتحمل النظام
    مسؤوليته"). Backing a listed group counts as damning ("Washington was siding with ISIS",
    events.yaml `backing_verbs` and `backed_groups`), and one statement may charge several
    parties."""
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
            named = [
                m
                for m in ctx.mentions_in(s_start, pej.start, "actor")
                if m.end <= pej.start
                # "وجود أي قوات أجنبية دون موافقة دمشق «انتهاك»": whose consent, not who is damned
                and not _at(ctx, "consent").search(ctx.folded, max(s_start, m.start - 12), m.start)
            ]
            epithet = [  # "حكم الطاغية الأسد", "the tyrant Assad": the party the word is put to
                a
                for a in ctx.mentions_in(pej.end, min(s_end, pej.end + 24), "actor")
                if not words_between(folded, pej.end, a.start)
                and ctx.lexicon.actors[a.id].kind == "person"
            ]
            if epithet:
                accused = epithet[0].id
            elif (
                named
                and len(words_between(folded, named[-1].end, pej.start)) <= 6
                # "مطالبة مجلس الأمن بإدانة «المجزرة»": asked to condemn it, not accused of it
                and not _at(ctx, "condemn").search(folded, named[-1].end, pej.start)
                # "سيبحث مع نظيره الروسي بوتين «وقف المجزرة في حلب»": to stop it, with him
                and not _HALT_JUST_BEFORE.search(folded, max(0, pej.start - 10), pej.start)
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
                told := [
                    a
                    for a in ctx.mentions_in(s_start, pej.start, "adjective")
                    if a.end <= pej.start and len(words_between(folded, a.end, pej.start)) <= 6
                ]
            ) and not named:
                # "the Russian move was a stunt", "التصريحات الأمريكية أكاذيب"; but "التوغل
                # التركي «خرق سافر»" damns an act told, whose doer the adjective names
                if any(
                    t.payload.key in HOSTILE_TYPES and _next_to(folded, t, told[-1])
                    for t in ctx.cues_of("trigger")
                ):
                    continue
                accused = told[-1].id
            elif (
                described := [
                    a
                    for a in ctx.mentions_in(
                        pej.end, min(s_end, pej.end + 40), "adjective", "actor"
                    )
                    if not words_between(folded, pej.end, a.start)
                    # "الدول الداعمة للإرهاب وفي مقدمتها تركيا", "states backing terrorism,
                    # led by Turkey": the first of those it names
                    or _HEADED_BY.fullmatch(folded, pej.end, a.start)
                ]
            ) and not (
                _HALT_JUST_BEFORE.search(folded, max(0, pej.start - 10), pej.start)
                # "متهماً روسيا بـ«التغطية على جرائم النظام»": inside another charge
                or any(
                    c.type == "ACCUSE"
                    and (c.target or _unnamed_accused(ctx, c))
                    and c.sentence == sentence
                    and c.trigger.end <= pej.start
                    for c in candidates
                )
            ):
                # "مطالبة بوقف «العدوان التركي»": a demand to stop the act told, no new charge
                # "في وجه الاحتلال الروسي والإيراني", "العدوان التركي", "مماطلة الجانب الأميركي"
                accused = described[0].id
            else:
                # "«تهجير قسري» يتحمل النظام وحلفاؤه مسؤوليته": the one held responsible after
                after = [
                    m
                    for m in ctx.mentions_in(pej.end, sentence.end, "actor")
                    if len(words_between(folded, pej.end, m.start)) <= 4
                    and (
                        any(
                            m.end <= r.start < sentence.end
                            and len(words_between(folded, m.end, r.start)) <= 4
                            for r in ctx.cues_of("responsibility")
                        )
                        # "«تهجير قسري ممنهج» يرتكبه النظام"
                        or _PERPETRATED_BY.search(folded, pej.end, m.start) is not None
                    )
                ]
                if not after:
                    continue
                accused = after[0].id
            if (
                pej.payload.extra == "terror" and accused in ctx.lexicon.designated_groups
            ):  # "Nusra is a designated terrorist organization": what all say, no charge
                continue
            if _presence_damned(ctx, s_start, pej.start, accused):
                continue
            if affiliation(ctx, accused) == affiliation(ctx, speaker) or any(
                c.type == "ACCUSE"
                and c.sentence == sentence
                and c.target == accused
                and not _charges_an_act(ctx, c, candidates)
                for c in [*candidates, *out]
            ):
                continue  # the speaker's own side, or an accusation verb already tells it
            if any(
                c.type in HOSTILE_TYPES
                and accused in c.actors
                and s_start <= c.trigger.start < pej.start
                for c in candidates
            ):
                continue  # "Russia's strikes on Aleppo were barbarism": the act, asserted
            trig = Match(pej.start, pej.end, Cue("trigger", "ACCUSE", "noun"), pej.text)
            cand = _Candidate("ACCUSE", trig, sentence, s_start, s_end, [speaker], accused)
            cand.date = _date(ctx, cand)
            cand.places = _places(ctx, cand)  # "In Moscow, Zakharova said ...": where it was said
            out.append(cand)
    return out
