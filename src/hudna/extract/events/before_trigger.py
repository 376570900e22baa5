"""The subject before the trigger: who stands before it without doing it (one asking for a halt,
the repelling side, the subject of a passive, who suffered it), the antecedent of a relative
clause, and the group before the act that did it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hudna.extract.context import Context, Mention, word_end, words_between
from hudna.extract.events.common import (
    ARABIC_RELATIVE,
    BACKED_WITH,
    OBJECT_PRONOUN_END,
    _at,
    _Candidate,
    _lam_before,
    _last_break,
    _prefix,
)
from hudna.extract.events.party_groups import _AND_ARTICLE, _PUNCT, _groups, _undated_words
from hudna.extract.matcher import Match
from hudna.extract.numbers import in_toll, is_count
from hudna.models import HOSTILE_TYPES

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots

# an English clause of its own opening right before an act ("as air strikes hit", "while jets")
_OWN_CLAUSE_OPENS = re.compile(
    r"(?<!well)(?<!such)\s(?:as(?!\s+well\s+as\s)|while|whereas)\s+(?:[^\s,]+\s+){0,3}$"
)
_FROM_BEFORE = re.compile(r"(?:^|\s)from\s+(?:the\s+)?$")
# "Fighters from the Nusra Front", "Jets from the U.S.-led coalition": those who fight for
# it, not where they came from
_MEMBERS_FROM = re.compile(
    r"(?:^|\s)(?:fighters|militants|members|insurgents|gunmen|jihadists|troops|units|elements"
    r"|jets|warplanes|planes|aircraft|helicopters|bombers|drones)"
    r"\s+from\s+(?:the\s+)?$"
)
_WHO_THEN = re.compile(r"\s+(?:who|that)\s+(?:[a-z-]+\s+){1,4}(?:the\s+)?")
_RELATIVE_ASIDE = re.compile(
    r"[,،]\s*(?:which|who|speaking|writing|addressing|quoted|visiting)\s[^,،]{0,120}[,،]\s*(?:has\s+|have\s+|had\s+)?$"
)
_HALT_BEFORE = re.compile(
    r"(?:^|\s)(?:[وف]?ل?وقف|stop|stopping|halt|halting|end to)\s+(?:ال|the\s+)?$"
)
# an English aside naming who came along, then its close right before the act
_COMPANION_ASIDE_OPEN = re.compile(
    r"[,،]\s*(?:accompanied|joined|escorted|together|along|alongside|aided|helped)\b[^,،]*$"
)
_ASIDE_CLOSE = re.compile(r"[^,،.;]*[,،]\s*(?:\S+\s+){0,2}$")
_PROGRESSIVE = re.compile(r"[^\W\d_]+ing\b")
_BE_BEFORE = re.compile(r"(?:^|\s)(?:was|were|been|being)\s+$")


def _accuse_verbs(ctx: Context) -> list[Match]:
    return [t for t in ctx.cues_of("trigger") if t.payload.key == "ACCUSE"]


def _left_not_doers(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """Rereads the groups before the trigger (`slots.left`): those that ask for a halt, repel
    the act or suffer it (a passive) are no doers; a suffering subject is the target. An English
    "he" before a meeting is the last person named; "X, which ..." makes X the subject."""
    folded, trig = ctx.folded, cand.trigger
    if _HALT_BEFORE.search(
        folded[max(0, trig.start - 16) : trig.start],
    ):
        slots.left = []  # "حث كيربي أنقرة على وقف القصف": who asks for a halt is not who shells
    if (
        slots.group
        and not cand.arabic
        and re.search(
            r"(?:^|\s)(?:he|she)\s+(?:\S+\s+)?$", folded[max(0, trig.start - 16) : trig.start]
        )
    ):
        # "de Mistura met the HNC ..., a day after he held a round with the government
        # delegation": "he" is the last person named, not the party named last
        persons = [
            m
            for m in ctx.mentions
            if m.kind == "actor"
            and m.end <= trig.start
            and ctx.lexicon.actors[m.id].kind == "person"
        ]
        slots.left = []
        if persons and persons[-1].id not in slots.agents:
            slots.agents.insert(0, persons[-1].id)
    repelled = _at(ctx, "repelled").search(folded, max(0, trig.start - 30), trig.start)
    if slots.left and not slots.group and repelled:
        # "وحدات الجيش تتصدى لهجوم": the subject is the attacked, not the attacker; but "repelled
        # an army assault": a party between the verb and the act is whose act it is
        subjects = [g for g in slots.left if g[0].start <= repelled.start()]
        slots.target = slots.target or (subjects or slots.left)[-1][0].id
        slots.left = [g for g in slots.left if g[0].start > repelled.start()] if subjects else []
    # "Russia's ambassador to Turkey was shot dead", "Government positions were shelled by
    # rebels": a passive verb right before the act; its subject suffered it
    be_passive = (
        not cand.arabic
        and not _PROGRESSIVE.match(folded, trig.start)  # "have been bombing", "were advancing"
        and _BE_BEFORE.search(folded, max(0, trig.start - 8), trig.start) is not None
    )
    if be_passive and not slots.group:
        sufferers = [a.id for a in slots.adjectives if a.end <= trig.start and a.id in slots.agents]
        slots.agents = [a for a in slots.agents if a not in sufferers]
        slots.target = slots.target or (sufferers[0] if sufferers else None)
    passive = slots.left and (
        _at(ctx, "passive").search(folded, slots.left[-1][-1].end, trig.start)
        or be_passive
        # "تعرضت قافلة مساعدات تابعة للأمم المتحدة لغارات جوية": the verb before its subject
        or (
            cand.arabic
            and _lam_before(folded, trig.start)
            and _at(ctx, "passive").search(
                folded, max(cand.lo, slots.left[0][0].start - 40), slots.left[0][0].start
            )
        )
    )
    if (
        passive
        and not slots.group
        # "قُتل ثلاثة عناصر من «جيش الإسلام» في اشتباكات مع ...": the dead are a side of a clash
        and not (
            slots.partners and in_toll(folded, slots.left[-1][0].start, slots.left[-1][-1].end)
        )
    ):
        # تعرضت مواقع المعارضة لقصف: the subject is the victim
        slots.target = slots.target or slots.left[-1][0].id
        slots.left = []
    if (
        not slots.left
        and not cand.arabic
        and re.search(
            r"[,،]\s*(?:which|who|that)\s+(?:\S+\s+){0,2}$",
            folded[max(0, trig.start - 40) : trig.start],
        )
    ):
        antecedents = [
            m
            for m in ctx.mentions
            if m.kind == "actor" and cand.sentence.start <= m.start and m.end <= trig.start
        ]
        # "the SDF, which are besieging ...": the antecedent acts
        slots.left = _groups(ctx, antecedents[-1:])


def _passed_over(folded: str, cand: _Candidate, grp: list[Mention]) -> bool:
    """Whether the last group before an English act is not its subject: where the subject flew
    from ("Russian Tu-22M3 bombers flying from Iran's Hamadan air base struck") or who came along
    ("Turkish tanks, accompanied by FSA fighters, entered")."""
    start = grp[0].start
    if _FROM_BEFORE.search(folded, max(0, start - 10), start) and not _MEMBERS_FROM.search(
        folded, max(0, start - 24), start
    ):
        return True
    return bool(
        _COMPANION_ASIDE_OPEN.search(folded, max(cand.sentence.start, start - 40), start)
        and _ASIDE_CLOSE.match(folded, grp[-1].end, cand.trigger.start)
    )


# a meeting noun with its owner's pronoun ("لقائه", "اجتماعها"), folded
_OWN_MEETING = re.compile(r"[وب]?(?:لقاي|لقاء|اجتماع)(?:ه|ها|هم|هما)")
_JOINED_BY = re.compile(r"\bjoined\b[^,.;]{0,40}\bby\s+(?:the\s+)?(?:\S+\s+){0,4}$")
_COMMA_JUST_BEFORE = re.compile(r",\s*$")
_INCLUDING_BETWEEN = re.compile(
    r"\s*,?\s*(?:including|among them|بما\s+فيها|ومن\s+بينها|من\s+بينها|بينها)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?[«\"“]?"
)
_LED_BY = re.compile(r"\s*(?:بقياده|بزعامه|[,،]?\s*led\s+by(?:\s+the)?)\s*")
_COMMA_AND_END = re.compile(r"[،,]\s*[وف]\s*$")
# "بعد طرد عناصر «داعش» منها، وذلك بعد ثلاثة وسبعين يوماً من بدء العملية": "وذلك" opens an aside
# on the clause before; a party in that clause is no subject of an act named in it
_THAT_ASIDE = re.compile(r"[،,]\s*وذلك\s")


_RELATIVE_JUST_BEFORE = re.compile(rf"(?:^|\s)[وف]?{ARABIC_RELATIVE}\s+$")
_PRONOUN_AFTER = re.compile(r"\S+\s+(?:اليه|اليها|عليه|عليها)(?!\S)")


def _one_subject(
    cand: _Candidate, slots: _Slots, folded: str, before: list[Mention], grp: list[Mention]
) -> bool:
    """Whether the group `before` and the group `grp` after it are one subject, by the words
    between them."""
    start, end = before[-1].end, grp[0].start
    return bool(
        # "Kerry and Lavrov were joined in Lausanne by the foreign ministers of Turkey and Iran
        # for talks": those joined and those joining them meet together
        (slots.group and _JOINED_BY.search(folded, start, end))
        # "طائرات تركية وأخرى تابعة للتحالف الدولي بقيادة الولايات المتحدة": the leader closes
        # the subject's phrase, it is not the whole subject
        or _LED_BY.fullmatch(folded, start, end)
        # "قوات النظام، مدعومة بمقاتلين من «حزب الله»، هجوماً": the fighters the subject is
        # backed with share its act (not "المدعومة من أنقرة", a sponsor)
        or (cand.arabic and not slots.group and BACKED_WITH.fullmatch(folded, start, end))
        # "Rebel factions including the jihadist Jabhat Fateh al-Sham launched": the members
        # named after "including" are of the subject
        or _INCLUDING_BETWEEN.fullmatch(folded, start, end) is not None
    )


def _owner_of_act_before(ctx: Context, trig: Match, grp: list[Mention]) -> bool:
    """Whether the group is a ل-owner right after another act's noun ("قصف مدفعي لقوات النظام")."""
    folded = ctx.folded
    return _lam_before(folded, grp[0].start) and any(
        t.start != trig.start
        and t.end <= grp[0].start
        and len(words_between(folded, t.end, grp[0].start)) <= 1
        for t in ctx.cues_of("trigger")
    )


_FROM_ONLY = re.compile(r"\s*[»”\"]?\s*(?:من|from)\s+(?:ال|the\s+)?")


_PASSIVE_BEFORE = re.compile(r"(?:^|\s)(?:was|were|is|are|been)\s+$")
_TO_AFTER = re.compile(r"\s+to\s")


def _subject_before(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """The subject before the trigger: the last group before it, near enough and not governed by
    a speech or accusation verb, is a doer (with a nationality joined to it); a place flown from
    and a relative aside are passed over."""
    folded, trig = ctx.folded, cand.trigger
    if (
        cand.arabic
        and (
            _RELATIVE_JUST_BEFORE.search(folded, max(0, trig.start - 10), trig.start)
            or (
                cand.type == "AGREE"
                # "بموجب اتفاق رعته روسيا وتركيا": a relative clause with no relative pronoun
                and _at(ctx, "accord_just_before").search(
                    folded, max(0, trig.start - 12), trig.start
                )
            )
        )
        and (
            OBJECT_PRONOUN_END.search(folded, trig.start, word_end(folded, trig.start))
            # "الاتفاق الذي توصل إليه الطرفان": the accord reached, by those after the verb
            or (cand.type == "AGREE" and _PRONOUN_AFTER.match(folded, trig.start))
        )
    ):
        # "وخرقت قوات النظام الهدنة التي أعلنها وزيرا الخارجية": the head noun is the relative
        # verb's object, its subject follows it; the clause before is the head noun's (not "القوات
        # التركية التي دخلت", whose head is the subject)
        return
    if (
        slots.left
        and not slots.group
        and not slots.svo
        and any(
            a.id in slots.agents and _AND_ARTICLE.fullmatch(folded, slots.left[-1][-1].end, a.start)
            for a in slots.adjectives
        )
    ):
        # "شنت الطائرات الروسية والسورية غارات", "Government forces and their Russian allies
        # bombed": the nationality joined to the subject is a second doer, not the only one
        slots.agents = [*[m.id for m in slots.left[-1]], *slots.agents]
    if not cand.arabic and slots.left and _passed_over(folded, cand, slots.left[-1]):
        # the nationality opening the clause is the doer
        slots.left = slots.left[:-1]
        opening = [
            a
            for a in slots.adjectives
            if a.end <= trig.start
            and len(words_between(folded, max(cand.lo, cand.sentence.start), a.start)) <= 4
        ]
        if not slots.left and opening and not slots.agents:
            slots.agents = [opening[0].id]
            cand.subject_given = True
    english_adjectival = not cand.arabic and any(
        m.id in slots.agents for m in slots.adjectives if m.end <= trig.start
    )
    if (
        slots.left
        and (slots.group or not slots.svo)
        and (not slots.agents or slots.group or (not cand.arabic and not english_adjectival))
        # "towns besieged by rebels": not the subject
        and not (cand.marked_agent and not slots.group)
    ):
        grp = slots.left[-1]
        if (
            not cand.arabic
            and len(slots.left) > 1
            and re.search(
                r"(?:^|\s)(?:to|with|alongside)\s+(?:the\s+)?$",
                folded[max(0, grp[0].start - 16) : grp[0].start],
            )
        ):
            grp = slots.left[
                -2
            ]  # "Syria's foreign ministry, in a letter to the U.N. Security Council,"
        if (
            not cand.arabic
            and len(slots.left) > 1
            and cand.trigger_word.endswith("ing")
            and _COMMA_JUST_BEFORE.search(folded, max(0, trig.start - 3), trig.start)
        ):
            # "Lavrov said Washington was protecting Jabhat Fateh al-Sham, accusing the United
            # States of": a participle after a comma goes with the sentence's subject
            grp = slots.left[0]
        if (
            cand.arabic
            and slots.group
            and len(slots.left) > 1
            and _OWN_MEETING.fullmatch(folded, trig.start, word_end(folded, trig.start))
        ):
            # "التقى دي ميستورا وفد الهيئة، بعد يوم من لقائه الوفد الحكومي": his meeting is the
            # clause's subject's, not the party he met before
            grp = slots.left[0]
        if len(slots.left) > 1 and _one_subject(cand, slots, folded, slots.left[-2], grp):
            grp = [*slots.left[-2], *grp]
        if (
            len(slots.left) > 1
            and _at(ctx, "backing").search(folded[max(0, grp[0].start - 20) : grp[0].start])
            # (but "backed by U.S.-led coalition air strikes": the backer's own act, named by
            # a noun right after it)
            and (cand.verb or words_between(folded, grp[-1].end, trig.start))
        ):
            grp = slots.left[
                -2
            ]  # "Government forces backed by Iranian-backed militias pushed into"
        who = _before_who(ctx, cand, grp[0].start) if not cand.arabic and cand.verb else []
        if who:
            # "Syrian rebel fighters who entered with Turkish tanks drove Islamic State out": the
            # party inside the relative clause is its object, the one before "who" the subject
            grp = who[-1:]
        relative = (
            None if cand.arabic else _RELATIVE_ASIDE.search(folded, cand.sentence.start, trig.start)
        )
        if relative:
            # "The SDF, which is backed by U.S. air power against the Islamic State group, has
            # accused Ankara": the subject before the relative clause
            subject = [
                m
                for m in ctx.mentions_in(cand.sentence.start, relative.start(), "actor")
                if not folded[m.end : relative.start()].strip()
            ]
            if subject:
                grp = [subject[-1]]
        # "وكان الطيران الحربي الروسي قد نفّذ أمس أكثر من أربعين طلعة": the day and the count
        # do not part the subject from its act
        gap = (
            [
                w
                for w in _undated_words(ctx, grp[-1].end, trig.start)
                if not is_count(w.removeprefix("ال"))
            ]
            if cand.arabic and not _PUNCT.search(folded, grp[-1].end, trig.start)
            else words_between(folded, relative.end() if relative else grp[-1].end, trig.start)
        )
        limit = 12 if slots.group else (8 if cand.arabic else 10)
        # "الفصائل شنت هجوماً على مواقع قوات النظام في حي جوبر، وسيطرت على": a verb after ", و"
        # goes on with the clause's subject, not with the object before the comma
        joined_verb = (
            cand.arabic and cand.verb and _COMMA_AND_END.search(folded, grp[-1].end, trig.start)
        )
        # "ردت المقاتلات التركية بغارات": the act's word after ب, where a verb of answering
        # right before it answers by that act and reports none
        by_act = _prefix(folded, trig.start) if cand.arabic else ""
        word_start = trig.start - len(by_act) if by_act.endswith("ب") else None
        governed = any(
            grp[-1].end <= v.start < trig.start
            # ("ISIL fighters were reported to be advancing": a passive report of its subject)
            and not (
                _PASSIVE_BEFORE.search(folded, max(0, v.start - 8), v.start)
                and _TO_AFTER.match(folded, v.end)
            )
            and not (word_start is not None and not folded[v.end : word_start].strip())
            for v in (*ctx.cues_of("speech"), *_accuse_verbs(ctx))
        )
        if (
            len(gap) <= limit
            and not joined_verb
            and not (cand.arabic and _THAT_ASIDE.search(folded, grp[-1].end, trig.start))
            # "Rebels leave Moadamiyeh as air strikes hit Douma": the act's own clause opens
            # after the subject of another
            and not (
                not cand.arabic
                and _OWN_CLAUSE_OPENS.search(folded, max(grp[-1].end, trig.start - 40), trig.start)
            )
            # "في قصف مدفعي لقوات النظام وغارات للطيران الحربي": the party after ل owns the act
            # named right before it, not this one
            and not (cand.arabic and _owner_of_act_before(ctx, trig, grp))
            # "قصفت قوات النظام الحي بالمدفعية وسط غارات للطيران": told alongside, doers its own
            and not (
                not slots.group and _at(ctx, "alongside").search(folded, grp[-1].end, trig.start)
            )
            and ":" not in folded[grp[-1].end : trig.start]  # "مركز حميميم: 23 خرقاً": the speaker
            and (
                slots.group
                or not gap  # "Fourteen Turkish soldiers killed in Islamic State attacks": ISIS
                or not _at(ctx, "casualty").search(
                    folded,
                    # "ما أدى إلى إصابة خمسة أشخاص، في حين ردت قوات النظام بقصف": a toll in the
                    # clause before is no part of this one
                    _last_break(ctx, max(cand.sentence.start, grp[0].start - 30), grp[0].start),
                    trig.start,
                )
            )  # "أعلنت الأركان التركية مقتل ثلاثة جنود أتراك في غارة": the dead, not the doers
            # "قُتل ثلاثة جنود أتراك ... في غارة": a toll's dead, whatever the verb's voice
            and (slots.group or slots.partners or not in_toll(folded, grp[0].start, grp[-1].end))
            and not (governed and not slots.group)
            # "accused the UN secretariat of ignoring the shelling": not the doer
            and (
                slots.group or not _at(ctx, "looking_away").search(folded, grp[-1].end, trig.start)
            )
            # "بالسعي إلى حماية «جبهة النصرة» من الضربات الجوية": shielded from it, no doer
            and not (
                _at(ctx, "protected").search(folded, max(0, grp[0].start - 20), grp[0].start)
                and _FROM_ONLY.fullmatch(folded, grp[-1].end, trig.start)
            )
            and (slots.group or not any(m.id == slots.target for m in grp))
        ):
            slots.agents = (
                [*[m.id for m in grp], *slots.agents]
                if not cand.arabic or slots.group
                else [m.id for m in grp]
            )
            cand.subject_given = True
        elif (
            not slots.group
            and not slots.target
            and cand.type in HOSTILE_TYPES
            and len(gap) <= 4
            and in_toll(folded, grp[0].start, grp[-1].end)
        ):
            # "قتل ثلاثة عناصر من قوات النظام بانفجار عبوة ناسفة": the dead were struck
            slots.target = grp[0].id
        elif joined_verb and not slots.agents and not slots.group and cand.type in HOSTILE_TYPES:
            # "أفاد المرصد بأن قوات النظام أعادت إغلاق المعبر، المنفذ الوحيد للحي، ومنعت دخول":
            # the verb after ", و" has the subject that opens the clause before
            slots.agents = _opening_subject(ctx, cand)
            cand.subject_given = bool(slots.agents)
    if not slots.left and not slots.agents and not slots.group and not cand.arabic and cand.verb:
        # "Syrian rebel fighters who entered with them drove Islamic State out": the subject
        # before the relative clause that ends right before the verb
        who = _before_who(ctx, cand, trig.start)
        if who:
            slots.agents = [who[-1].id]
            cand.subject_given = True


def _before_who(ctx: Context, cand: _Candidate, end: int) -> list[Mention]:
    """The parties of the candidate's sentence right before an English relative clause that runs
    to `end` ("rebel fighters who entered with Turkish tanks ..."): its subject, not its object."""
    return [
        m
        for m in ctx.mentions_in(cand.sentence.start, end, "actor")
        if _WHO_THEN.fullmatch(ctx.folded, m.end, end)
    ]


def _opening_subject(ctx: Context, cand: _Candidate) -> list[str]:
    """The subject opening the clause before a verb joined by ", و": the group at the clause's
    start (subject first) or right after its first word (verb first); none when the clause opens
    with anything else."""
    folded, trig = ctx.folded, cand.trigger
    comma = max(
        folded.rfind("،", cand.sentence.start, trig.start),
        folded.rfind(",", cand.sentence.start, trig.start),
    )
    floor = max(
        [_last_break(ctx, cand.sentence.start, comma)]
        + [c.end for c in ctx.cues_of("complementiser") if cand.sentence.start <= c.start < comma]
    )
    groups = _groups(ctx, ctx.mentions_in(floor, comma, "actor"))
    if not groups or len(words_between(folded, floor, groups[0][0].start)) > 1:
        return []
    return [m.id for m in groups[0]]
