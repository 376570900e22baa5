"""Doers and targets named away from the trigger: the sides of a clash named elsewhere, the
owner of "their siege", a deal's sponsor, the accuser and the accused of an accusation, the
doers an act is "attributed to", partners of a clash, and the owners of an act noun with a
possessive (هجومها)."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from hudna.extract.context import RESUMPTIVE_AFTER, Context, word_end, words_between
from hudna.extract.entities import affiliation, side
from hudna.extract.events.common import (
    BACKED_WITH,
    CARRIED_IT_OUT,
    UNDER_A_DEAL,
    _at,
    _Candidate,
    _last_break,
    _unnamed_accused,
)
from hudna.extract.events.party_groups import _coordinated_nationalities, _groups
from hudna.extract.numbers import in_toll
from hudna.models import HOSTILE_TYPES

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots

_OPENS_CLAUSE = re.compile(
    r"\b(?:that|until|unless|while|when|after|before|because|since|said|says|added)\s+|[\"“]"
)
# "هجوم واسع شنته على مواقع": the verb of carrying out, with no one named after it
_CARRIED_WITH_NO_ONE = re.compile(
    rf"\s*(?:[^\W\d_]+\s+)?{CARRIED_IT_OUT}\s*"
    r"(?:[،,.]|$|(?:علي|ضد|في|قرب|فجر|صباح|مساء|ليل|امس|اليوم)\s)"
)
_CARRIED_OUT_AFTER = re.compile(rf"[»”\"]?\s*{CARRIED_IT_OUT}(?:\s|[،,.]|$)")
_COMMA_END = re.compile(r"[,،]\s*$")
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)(?:their|its)\s+(?:\S+\s+)?$")
_OWN_ACT = re.compile(r"...(?:ها|هم)$")


def _named_elsewhere(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The sides of a clash named elsewhere in the sentence, the owner of an English "their",
    and the sponsor of a deal ("برعاية روسية", "brokered by Russia")."""
    folded, trig = ctx.folded, cand.trigger
    if not slots.group and not slots.agents and cand.type == "ATTACK":
        slots.agents = _sides_elsewhere(ctx, cand)
    if (
        not slots.group
        and not cand.arabic
        and _POSSESSIVE_BEFORE.search(folded[max(0, trig.start - 20) : trig.start])
    ):
        # "government forces recaptured ..., restoring their siege of the east": the subject's;
        # "would not return until the regime lifts its sieges": the subject of its own clause
        opened = [
            m.end()
            for m in _OPENS_CLAUSE.finditer(folded, cand.sentence.start, trig.start)
            if ctx.mentions_in(m.end(), trig.start, "actor")
        ]
        subject = [
            m
            for m in ctx.mentions_in(
                max([cand.sentence.start, *opened]), trig.start, "actor", "adjective"
            )
            if m.id != slots.target
            and folded[m.end : m.end + 1] != ":"  # "MR. McGURK: The SDF launched their offensive"
        ]
        # (a nationality counts joined to a party: "Russian and Syrian warplanes kept up their
        # bombardment")
        groups = _groups(ctx, subject)
        joined = [g for g in groups if any(m.kind == "actor" for m in g)]
        possessive = _POSSESSIVE_BEFORE.search(folded, max(0, trig.start - 20), trig.start)
        nearest = [
            g
            for g in groups
            if possessive and len(words_between(folded, g[-1].end, possessive.start())) <= 3
        ]
        if nearest:
            # "as Turkish artillery pounded ... and Russian jets kept up their bombardment": the
            # subject of the verb right before "their", not the clause's first party
            joined = nearest[-1:]
        if joined:
            # "Hezbollah and the Syrian army pressed their assault": all the parties joined
            slots.agents = list(dict.fromkeys(m.id for m in joined[0]))
    if cand.type in HOSTILE_TYPES and cand.arabic and not slots.agents:
        slots.agents += _owner_of_own_means(ctx, cand)
    if cand.type == "MEET" and not slots.agents:
        slots.agents += _owner_after_fronted_phrase(ctx, cand)
    if cand.type == "MEET" and not slots.agents:
        slots.agents += _subject_of_occasion(ctx, cand)
        if slots.agents:
            cand.asserted_by = None  # where the words were said: the outlet tells it, no speaker
    if (
        cand.type == "AGREE"
        and len(set(slots.agents)) == 1
        and UNDER_A_DEAL.search(folded, max(0, trig.start - 14), trig.start)
    ):
        # "rebel fighters left Moadamiyeh under a deal reached with the government", "خرج
        # المسلحون بموجب اتفاق مع الحكومة": those acting under it made it with the party named
        subject = [
            m
            for m in ctx.mentions_in(cand.sentence.start, trig.start, "actor")
            if side(ctx, m.id) != side(ctx, slots.agents[0])
        ]
        if subject:
            slots.agents.insert(0, subject[0].id)
    if cand.type == "AGREE":  # "اتفاق ... برعاية روسية", "a deal brokered by Russia"
        sponsors = [
            m
            for m in ctx.mentions
            if m.kind in ("actor", "adjective")
            and trig.end <= m.start < cand.sentence.end
            and _at(ctx, "sponsor").search(folded[max(trig.end, m.start - 25) : m.start])
        ]
        # "بضمانة روسية وتركية": the nationality joined to a sponsor's is a sponsor too
        sponsors += _coordinated_nationalities(
            ctx, [m for m in sponsors if m.kind == "adjective"], cand, with_actors=False
        )
        slots.agents += [m.id for m in sorted(sponsors, key=lambda m: m.start)]


# aircraft or guns owned by a pronoun ("مروحياتها", "طائراته", "مدفعيتها")
_OWN_MEANS = re.compile(
    r"(?:^|\s)[وف]?(?:مروحيات|طايرات|مقاتلات|مدفعيه|مدفعيت|طيران)(?:ها|ه|هم)(?=\s)"
)


def _owner_of_own_means(ctx: Context, cand: _Candidate) -> list[str]:
    """ "صعّدت قوات النظام ضغطها على المدينة، إذ شنت مروحياتها عشرات الغارات": the act of a
    party's own aircraft or guns, named by a pronoun in its clause before it, is the party named
    first in the sentence before them, or in their own clause when one opens before them ("وقال
    مصدر عسكري سوري إن ...، فيما قالت وزارة الدفاع الروسية إن طائراتها نفذت")."""
    folded, trig = ctx.folded, cand.trigger
    own = [
        m
        for m in _OWN_MEANS.finditer(folded, cand.sentence.start, trig.start)
        if len(words_between(folded, m.end(), trig.start)) <= 12
        and not re.search(r"[,،.;؛]", folded[m.end() : trig.start])
    ]
    if not own:
        return []
    floor = _last_break(ctx, cand.sentence.start, own[-1].start())
    owner = ctx.mentions_in(floor, own[-1].start(), "actor") or ctx.mentions_in(
        cand.sentence.start, own[-1].start(), "actor"
    )
    return [owner[0].id] if owner else []


# a meeting noun owned by a pronoun ("استقباله", "لقائها", "his meeting with")
_OWNED_MEETING = re.compile(r"\S*(?:ه|ها|هم|هما)$|(?:his|her|their)\s+\S+$")


def _owner_after_fronted_phrase(ctx: Context, cand: _Candidate) -> list[str]:
    """ "وخلال استقباله اليوم وفداً برلمانياً فرنسياً في دمشق، اعتبر الرئيس الأسد", "During his
    meeting with ..., Assad said": the phrase opening the sentence is the main clause's subject's
    meeting, and that subject is named after its comma."""
    folded, trig = ctx.folded, cand.trigger
    if len(words_between(folded, cand.sentence.start, trig.start)) > 2:
        return []
    if not _OWNED_MEETING.search(folded, max(0, trig.start - 6), trig.end):
        return []
    comma = re.search(r"[,،]", folded[trig.end : cand.sentence.end])
    if comma is None:
        return []
    after = trig.end + comma.end()
    owner = [
        m
        for m in ctx.mentions_in(after, cand.sentence.end, "actor")
        if len(words_between(folded, after, m.start)) <= 3
    ]
    return [owner[0].id] if owner else []


_OCCASION_BEFORE = re.compile(r"(?:^|\s)(?:in|at|during)\s+(?:a|an|the|his|her)\s+(?:\S+\s+)?$")


def _subject_of_occasion(ctx: Context, cand: _Candidate) -> list[str]:
    """ "Assad described the recapture as ... in a meeting with a French parliamentary delegation":
    an English meeting told as the occasion of the clause is its subject's, the party opening
    the sentence."""
    folded, trig = ctx.folded, cand.trigger
    if cand.arabic or not _OCCASION_BEFORE.search(folded, max(0, trig.start - 20), trig.start):
        return []
    opening = [
        m
        for m in ctx.mentions_in(cand.sentence.start, trig.start, "actor")
        if len(words_between(folded, cand.sentence.start, m.start)) <= 3
    ]
    return [opening[0].id] if opening else []


_ASIDE_OPENING = re.compile(r"\s*(?:في|الي|عبر|خلال|امام|لدي)\s")


def _aside_start(folded: str, floor: int, pos: int) -> int:
    """Where the comma-delimited stretch holding `pos` begins (no earlier than `floor`)."""
    return max(floor, folded.rfind("،", floor, pos) + 1, folded.rfind(",", floor, pos) + 1)


def _described_and_held(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The accused of a describing verb, named right after its أن ("معتبراً أن واشنطن لم تنفذ
    التزامها"), and the accuser and the accused of حمّل, verb, subject, then object ("وحمّل
    الائتلاف الوطني روسيا مسؤولية الخروقات")."""
    folded, trig = ctx.folded, cand.trigger
    if any(d.start == trig.start for d in ctx.cues_of("description")):
        # "معتبراً أن واشنطن لم تنفذ التزامها": the party the words that follow are about is the
        # accused, not the subject of the describing verb
        that = next(
            (
                c
                for c in ctx.cues_of("complementiser")
                if c.start >= trig.end and not words_between(folded, trig.end, c.start)
            ),
            None,
        )
        about = (
            [
                m
                for m in ctx.mentions_in(that.end, cand.sentence.end, "actor")
                if not words_between(folded, that.end, m.start)
                # "... لم تنفذ التزامها": the damning words are said of it
                and any(
                    p.start >= m.end and len(words_between(folded, m.end, p.start)) <= 3
                    for p in ctx.cues_of("pejorative")
                )
            ]
            if that
            else []
        )
        if about:
            slots.target = about[0].id
            slots.agents = [a for a in slots.agents if a != about[0].id]
    if (
        cand.arabic
        and not slots.agents
        and not trig.text.startswith("م")
        and any(b.start == trig.start for b in ctx.cues_of("blame"))
    ):
        # "وحمّل الائتلاف الوطني روسيا مسؤولية الخروقات": verb, subject, then the one held
        # responsible
        held = next(
            (r.start for r in ctx.cues_of("responsibility") if trig.end <= r.start),
            cand.sentence.end,
        )
        parties = list(
            dict.fromkeys(
                m.id
                for m in ctx.mentions_in(trig.end, held, "actor")
                # "في رسالتين ... إلى الأمين العام للأمم المتحدة": an aside, not the one held
                if not _ASIDE_OPENING.match(folded, _aside_start(folded, trig.end, m.start))
            )
        )
        if len(parties) >= 2:  # of several held responsible, the first (annotation guide §3.3)
            slots.agents, slots.target = [parties[0]], parties[1]


_OBJECT_PRONOUN = re.compile(r"\s+(?:it|them|him|her)\s+of\b")


def _accuser_and_accused(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The accused named in the object of an accusation, an object pronoun (اتهمها) or
    a detached one (إياها), and the accuser of a participle (متهماً, accusing) or of a relative
    clause: the subject of the clause before."""
    folded, trig = ctx.folded, cand.trigger
    if cand.type == "ACCUSE":
        _described_and_held(ctx, cand, slots)
    if (
        cand.type == "ACCUSE"
        and slots.agents
        and slots.target is None
        and not _unnamed_accused(ctx, cand)
    ):
        # "انتقدت أنقرة ارتداء الجنود الأميركيين شارات ...": the party named in the object
        accusers = [m for m in ctx.mentions if m.kind == "actor" and m.id in slots.agents]
        # "وصفت الهيئة الاتفاقات بأنها «تهجير قسري» تمارسه الحكومة": the culprit comes later
        described_as = any(d.start == trig.start for d in ctx.cues_of("description"))
        described = sorted(
            [
                (m.start, m.id)
                for m in ctx.mentions
                if m.kind == "actor" and m.id not in slots.agents
            ]
            + [
                (c.start, c.payload.key)
                for c in ctx.cues_of("nationality")
                if c.payload.key not in slots.agents
                and not any(m.start <= c.start < m.end for m in accusers)
            ]
        )
        asides = [  # "اعتبر المعلم، خلال استقباله مساعد وزير الخارجية الإيراني، أن": the guest
            (a.start(), _comma_or_end(folded, a.end(), cand.sentence.end))
            for a in _at(ctx, "framed_aside").finditer(folded, trig.end, cand.sentence.end)
        ]
        described = [
            (start, key)
            for start, key in described
            if trig.end <= start < cand.sentence.end
            and not any(lo <= start < hi for lo, hi in asides)
            and len(words_between(folded, trig.end, start)) <= (12 if described_as else 5)
            # "المندوبة الأميركية لدى الأمم المتحدة": the accuser's post, not the accused
            and not re.search(
                r"(?:^|\s)(?:لدي|to the|at the)\s+$", folded[max(0, start - 8) : start]
            )
        ]
        slots.target = described[0][1] if described else None
    trigger_word = cand.trigger_word
    # the ending after the verb itself: "اتهمها" has an object pronoun, "اتهم" has none
    ending = trigger_word[len(trig.text) :] if trigger_word.startswith(trig.text) else trigger_word
    if cand.type == "ACCUSE" and cand.arabic and cand.verb and re.search(r"(?:ها|هم|هما)$", ending):
        # "لم يوفر الإدارة الأميركية من انتقاداته، إذ اتهمها بأنها ...": the pronoun is the party
        # named before, the sentence's subject accuses
        named = [
            m
            for m in ctx.mentions_in(cand.sentence.start, trig.start, "actor")
            if m.end <= trig.start
        ]
        if named:
            slots.target = named[-1].id
            slots.agents = [named[0].id] if named[0].id != slots.target else []
    after_comma = _COMMA_END.search(folded[max(0, trig.start - 4) : trig.start]) is not None
    detached = re.match(r"\s*اياه", folded[word_end(folded, trig.end) :]) is not None
    if (
        cand.type == "ACCUSE"
        and cand.arabic
        # (or with no comma, a detached pronoun: "شن المعلم هجوماً على تركيا متهماً إياها")
        and (after_comma or detached)
        and trigger_word.startswith("م")
    ):
        # "انتقد لافروف واشنطن، متهماً إياها بحماية النصرة": the participle is said of the
        # clause's subject; a detached pronoun (إياها) is the party named before it
        subject = [
            m
            for m in ctx.mentions_in(_clause_floor(ctx, cand), trig.start, "actor")
            if not any(s <= m.start < e <= trig.start for s, e, _sp in ctx.statement_spans)
        ]  # "وقال حجاب إن «لا مكان للأسد»، متهماً روسيا": not a name in the words said
        if subject:
            slots.agents = [subject[0].id]
            if detached:
                slots.target = subject[-1].id if subject[-1].id != subject[0].id else slots.target
    if (
        cand.type == "ACCUSE"
        and cand.arabic
        and cand.verb
        and RESUMPTIVE_AFTER.match(folded, trig.start + len(trigger_word))
    ):
        # "وجهت الخارجية السورية رسالتين إلى الأمين العام ...، اتهمت فيهما النظام التركي بـ": a
        # relative clause's accuser is the sentence's subject, not the party named last
        subject = ctx.mentions_in(cand.sentence.start, trig.start, "actor")
        if subject and subject[0].id != slots.target:
            slots.agents = [subject[0].id]
    pronoun = _OBJECT_PRONOUN.match(folded, word_end(folded, trig.end))
    if (
        (not slots.agents or (cand.type == "ACCUSE" and pronoun))
        and not cand.arabic
        and trigger_word.endswith("ing")
        and after_comma
    ):
        # "The United States suspended its talks with Russia, accusing Moscow of ...": the
        # participle's subject is the clause's; "Turkey lashed out at Iran, accusing it of":
        # the pronoun is the party named last before it
        subject = ctx.mentions_in(_clause_floor(ctx, cand), trig.start, "actor")
        if cand.type == "ACCUSE" and pronoun and subject and subject[-1].id != subject[0].id:
            slots.target = subject[-1].id
        if subject and subject[0].id != slots.target:
            # "Russia and the Syrian government had chosen ..., bombing hospitals": all of them
            slots.agents = [m.id for m in _groups(ctx, subject)[0] if m.id != slots.target]


def _comma_or_end(folded: str, start: int, end: int) -> int:
    """Where the next comma after `start` is, or `end`."""
    comma = _COMMA.search(folded, start, end)
    return comma.start() if comma else end


_COMMA = re.compile(r"[،,]")


def _congratulated(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """ "هنأ بوتين نظيره السوري باستعادة المدينة", "Putin congratulated him on the liberation of
    Palmyra": a hostile act a party is congratulated on is the congratulated party's (named after
    the verb, else left to the act told before), not the congratulating speaker's."""
    if cand.type not in HOSTILE_TYPES:
        return
    folded, trig = ctx.folded, cand.trigger
    verb = next(
        (
            c
            for c in reversed(ctx.cues_of("congratulate"))
            # folded, "هنأ" is "هنا" (here): the hamza of the original tells them apart
            if (not cand.arabic or re.search("[أئ]", ctx.original(c.start, c.end)))
            and cand.sentence.start <= c.start
            and c.end <= trig.start
            # ("هنّأ الرئيس الروسي فلاديمير بوتين الجيش السوري بتحرير": a title, a name, the
            # congratulated and the preposition between)
            and len(words_between(folded, c.end, trig.start)) <= 8
        ),
        None,
    )
    if verb is None:
        return
    congratulated = ctx.mentions_in(verb.end, trig.start, "actor")
    if (
        cand.arabic
        and congratulated
        and not words_between(folded, verb.end, congratulated[0].start)
    ):
        # the subject right after the verb ("هنأ بوتين نظيره"), with its title before its name
        subject = congratulated[0].id
        congratulated = congratulated[1:]
        while congratulated and congratulated[0].id == subject:
            congratulated = congratulated[1:]
    slots.agents = [affiliation(ctx, congratulated[-1].id)] if congratulated else []


def _attributed_and_partners(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The doers an act is attributed or blamed on, the dead's side and the partners of a clash,
    the accused after a charge (بـ, of), the speaker accusing, and the owners of an act noun with
    a possessive (هجومها)."""
    folded, trig = ctx.folded, cand.trigger
    trigger_word = cand.trigger_word
    if not slots.agents and not slots.group:
        # "incendiary attacks on Idlib ..., which it attributed to Russian and Syrian government
        # aircraft": the doers named by an attribution after the act
        blamed = _at(ctx, "attributed_to").search(folded[trig.end : cand.sentence.end])
        if blamed and not any(
            trig.end <= t.start and t.end <= trig.end + blamed.start()
            for t in ctx.cues_of("trigger")
        ):  # "قصفت قوات النظام مزارع الملاح ... في غارات على الفردوس نسبها المرصد إلى طائرات
            # روسية": the act told last before the attribution
            at = trig.end + blamed.end()
            named = [
                m
                for m in ctx.mentions
                if m.kind in ("actor", "adjective")
                and at <= m.start < cand.sentence.end
                and len(words_between(folded, at, m.start)) <= 4
            ]
            # "attributes it to Syrian or Russian aircraft": a nationality coordinated with one
            coordinated = [
                (c.start, c.payload.key)
                for c in ctx.cues_of("nationality")
                if at <= c.start < cand.sentence.end
                and len(words_between(folded, at, c.start)) <= 4
                and re.match(r"\s+(?:and|or)\s", folded[c.end : c.end + 6])
            ]
            ordered = sorted([*coordinated, *((m.start, m.id) for m in named)])
            slots.agents = list(dict.fromkeys(key for _, key in ordered))
            if slots.target in slots.agents:
                # "air strikes, which residents blamed on Russian and Syrian government jets":
                # "on" before the blamed named no target
                slots.target = None
            if cand.type in ("SHELLING", "ATTACK") and _at(ctx, "air_words").search(
                folded, at, min(cand.sentence.end, at + 60)
            ):
                cand.type = "AIRSTRIKE"  # "... attributed to Russian and Syrian aircraft"
    if not slots.agents and not slots.group and cand.arabic:
        # "لغارات جوية ...، قالت الإدارة الأميركية إن طائرات روسية نفذتها": the nationality of
        # the means said to have carried it out
        for c in ctx.cues_of("nationality"):
            if (
                trig.end <= c.start < cand.sentence.end
                and _CARRIED_OUT_AFTER.match(folded, c.end)
                # (of this act, not of another told between: "قُصف حي الأنصاري بقذائف ...، وقُتل
                # ثلاثة جنود أتراك في غارة ... قال الجيش التركي إن طائرات ... نفذتها")
                and not any(
                    t.payload.key in HOSTILE_TYPES and trig.end <= t.start < c.start
                    for t in ctx.cues_of("trigger")
                )
            ):
                slots.agents = [c.payload.key]
                # whose words they are asserts it
                cand.asserted_by = cand.asserted_by or ctx.statement_at(c.start, c.end)
                break
    if (
        slots.partners
        and not slots.agents
        and slots.left
        and in_toll(folded, slots.left[-1][0].start, slots.left[-1][-1].end)
    ):
        # "Two rebel fighters were killed in clashes with government forces": the dead's side is
        # the other side of the clash
        slots.agents = list(dict.fromkeys(m.id for m in slots.left[-1]))
        # one side of a clash is no target of it
        slots.target = None if slots.target in slots.agents else slots.target
    if slots.agents and slots.partners:
        # the side fought "with" joins a clash whose other side is named; "وسط اشتباكات مع
        # فصائل المعارضة" alone goes on the campaign told before it
        slots.agents += [p for p in slots.partners if p not in slots.agents]
    if cand.type == "ACCUSE" and slots.target is None:
        # "اتهم رئيس المجلس المحلي لمدينة حلب، بريتا حاجي حسن، في تصريح صحافي، روسيا بـ«التواطؤ»":
        # the accused is the party the charge (بـ, "of") follows
        charged = [
            m
            for m in ctx.mentions_in(trig.end, cand.sentence.end, "actor")
            if m.id not in slots.agents
            and re.match(r"\s*(?:ب|of\s)", folded[m.end : m.end + 4])
            and len(words_between(folded, trig.end, m.start)) <= 14
        ]
        if charged:
            slots.target = charged[0].id
    if cand.type == "ACCUSE" and slots.target is None and slots.agents:
        # "أعلن شويغو أن روسيا والحكومة السورية ستفتحان ممرات إنسانية، وهو ما وصفه الائتلاف
        # بأنه «دعوة مقنّعة إلى التهجير القسري»": what the clause before told is damned, and
        # its subject with it
        what = _WHAT_BEFORE.search(folded, max(cand.sentence.start, trig.start - 24), trig.start)
        if what:
            told = [
                m.id
                for m in ctx.mentions_in(cand.sentence.start, what.start(), "actor")
                if side(ctx, m.id) not in {side(ctx, a) for a in slots.agents}
            ]
            slots.target = told[0] if told else None
    if cand.type == "ACCUSE" and not slots.agents:
        spoken = [
            sp for s, _e, sp in ctx.statement_spans if cand.sentence.start <= s < cand.sentence.end
        ]
        slots.agents = spoken[:1]  # متهماً النظام بـ...: the one speaking accuses
    if (
        not slots.agents
        and not slots.group
        and cand.arabic
        and not cand.verb
        and _CARRIED_WITH_NO_ONE.match(folded, word_end(folded, trig.end))
    ):
        # "تمكنت قوات النظام ... من فك الحصار ...، إثر هجوم واسع شنته على مواقع الفصائل": the
        # verb after the act has the clause's subject for its own
        slots.agents = _possessors(ctx, cand, slots.target)
    # "سيطرتها على": the possessive on the first word of a phrase
    if (
        cand.arabic
        and not cand.verb
        and not slots.group
        and _OWN_ACT.search(trigger_word.split()[0])
    ):
        slots.agents = _possessors(ctx, cand, slots.target) or slots.agents


# "، وهو ما وصفه", "، الأمر الذي اعتبرته": a relative pointing back at the clause before
_WHAT_BEFORE = re.compile(r"[،,]\s*(?:و?(?:هو|هي|هذا)\s+ما|الامر\s+الذي)\s+$")


def _possessors(ctx: Context, cand: _Candidate, target: str | None) -> list[str]:
    """`صعّدت قوات النظام مدعومة بعناصر من «حزب الله» هجومها على وادي بردى`,
    `واصلت الطائرات الروسية غاراتها`: an act noun with a possessive pronoun is the own act of
    its clause's subject, and of the forces the subject is backed with."""
    folded, trig = ctx.folded, cand.trigger
    floor = _clause_floor(ctx, cand)
    floor = max(
        [_last_break(ctx, floor, trig.start)]
        + [c.end for c in ctx.cues_of("complementiser") if floor <= c.start < trig.start]
    )
    groups = _groups(ctx, ctx.mentions_in(floor, trig.start, "actor"))
    if (
        not groups
        and cand.asserted_by
        and floor > cand.sentence.start
        # (but "«الدول الداعمة للإرهاب تحاول عبر هجومها على حلب»": the damned, not the speaker)
        and not any(floor <= p.start < trig.start for p in ctx.cues_of("pejorative"))
    ):
        # "أعلنت فصائل «جيش الفتح» ... كسر الحصار ...، بعد سيطرتها على": words naming no one
        # before the act are the speaker's own
        return [cand.asserted_by] if cand.asserted_by != target else []
    if not groups:
        return []
    owners = [m.id for m in groups[0]]
    # "الطائرات الروسية والسورية": the nationality joined to the subject owns the act too
    owners += [
        n.id for n in _coordinated_nationalities(ctx, list(groups[0]), cand, with_actors=False)
    ]
    last = groups[0][-1].end
    for before, grp in itertools.pairwise(groups):
        if not BACKED_WITH.fullmatch(folded, before[-1].end, grp[0].start):
            break
        owners += [m.id for m in grp]
        last = grp[-1].end
    if len(words_between(folded, last, trig.start)) > 10:
        return []
    return [o for o in dict.fromkeys(owners) if o != target]


def _clause_floor(ctx: Context, cand: _Candidate) -> int:
    """Where the clause of a trigger begins: its sentence, the statement it is quoted in, or the
    last semicolon before it."""
    floor = cand.sentence.start
    for s_start, s_end, _sp in ctx.statement_spans:
        if s_start <= cand.trigger.start < s_end:
            floor = max(floor, s_start)
    # "...، فقُتل عشرون شخصاً؛ وفي الليلة ذاتها أعلن الجيش": a semicolon opens a new clause
    semicolon = max(
        ctx.folded.rfind("؛", floor, cand.trigger.start),
        ctx.folded.rfind(";", floor, cand.trigger.start),
    )
    return max(floor, semicolon + 1)


def _sides_elsewhere(ctx: Context, cand: _Candidate) -> list[str]:
    """A clash whose sides are named elsewhere in its sentence: "اشتباكات عنيفة بين الطرفين" (the
    two parties just named), "اشتباكات ... حيث تحاول قوات النظام التقدم" (those advancing)."""
    folded, trig = ctx.folded, cand.trigger
    rest = folded[trig.end : cand.sentence.end]
    both = _at(ctx, "dual_people").match(rest, 0, 40) or re.match(
        r"\s*(?:\S+\s+){0,2}?(?:بين|between)\s+(?:ال)?(?:طرفين|جانبين|the two sides|both sides)",
        rest,
    )
    if both:
        named = []
        for m in reversed(ctx.mentions_in(cand.sentence.start, trig.start, "actor")):
            party = affiliation(ctx, m.id)
            if party not in named:
                named.append(party)
        return named[:2][::-1] if len(named) >= 2 else []
    where = _at(ctx, "where").search(folded, trig.end, cand.sentence.end)
    if where:
        after = [
            m
            for m in ctx.mentions_in(where.end(), cand.sentence.end, "actor")
            if len(words_between(folded, where.end(), m.start)) <= 3
            # "حيث تحاول قوات النظام التقدم": the side fighting there, not "where government
            # forces still control a security zone"
            and not re.search(
                r"(?:^|\s)(?:still\s+)?(?:control|controls|hold|holds|تسيطر|يسيطر)\s",
                folded[m.end : m.end + 25],
            )
        ]
        if after:
            return [affiliation(ctx, after[0].id)]
    return []
