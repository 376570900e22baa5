"""The actor groups after the trigger: the subject and object after an Arabic verb, the parties
a meeting is held with, the sides of a clash ("between ... and ..."), the party after a marker
(by, من قبل, on), the accused after an accusation, and who was hit."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from hudna.extract.context import CHARGE_AFTER, Context, Mention, words_between
from hudna.extract.entities import affiliation, in_post
from hudna.extract.events.common import (
    BACKED_WITH,
    BETWEEN,
    CARRIED_IT_OUT,
    _at,
    _Candidate,
    _lam_before,
    _time_frame_before,
    _unnamed_accused,
)
from hudna.extract.events.party_groups import _PUNCT, _marker_before
from hudna.extract.numbers import in_toll
from hudna.models import HOSTILE_TYPES

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots

_LIST_COMMA = re.compile(r"[\s»”\"]*[,،]")
_SECOND_SIDE = re.compile(r"[\s»”\"]*(?:[^\W\d_]+\s+)?(?:و|and\s)")
_FOUGHT_WITH = re.compile(r"(?:^|\s)(?:مع|with)\s+(?:\S+\s+)?[«“\"]?$")
# "في معارك ريف حلب الجنوبي منذ مطلع حزيران، في مواجهة فصائل «جيش الفتح»": the other side, however
# far the clash's place and time put it
_FACING = re.compile(r"(?:^|\s)في\s+مواجهه\s+(?:\S+\s+)?[«“\"]?$")
_RELATIVE_OPENS = re.compile(r"(?:^|\s)(?:which|who|whom|whose|where|when)\s")
_FROM_PLACE = re.compile(r"[»”\"]?\s*من\s")
_LAM_END = re.compile(r"(?:^|\s)ل\s*$")
_TAKEN_FROM = re.compile(r"\s+من\s+[«“\"]?")
_TAKEN_FROM_EN = re.compile(r"\s+from\s+(?:the\s+)?")
_PLACED = re.compile(r"(?:^|\s)(?:في|خلال|امام|لدي|عند)\s")
_CARRIED_IT_OUT = re.compile(rf"\s*(?:\S+\s+)?{CARRIED_IT_OUT}(?:\s|$)")

_JOINED = re.compile(r"(?:^|\s)(?:و|and\s)")
_BY_COUNT = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:count|tally|figures?|account|estimates?|reckoning)\b"
)
_POST_OF = (
    r"\s+(?:(?:a|an|the)\s+)?(?:\S+\s+)?(?:حاجز|حواجز|نقاط|نقطه|checkpoints?|"
    r"posts?)(?:\s+(?:of|held by|manned by)(?:\s+the)?)?\s*(?:ل|لل)?(?:[^\s«“\"]+\s*)?[«“\"]?\s*$"
)
_FIRED_FROM = re.compile(r"(?:^|\s)(?:من|from)" + _POST_OF)
# "مُنعت من الدخول عند حاجز للجيش", "turned back at a government checkpoint": who holds the post
# blocks the way
_BLOCKED_AT = re.compile(r"(?:^|\s)(?:عند|at)" + _POST_OF)
# "منع حاجز للجيش السوري إدخال شحنة الطحين": the post right after the blocking verb is its subject
_POST_SUBJECT = re.compile(_POST_OF)
_AT_A = re.compile(r"(?:^|\s)at\s+(?:a|an|the)\s+$")
_POST_AFTER = re.compile(r"\s*(?:army\s+)?(?:checkpoints?|posts?)\b")


def _post_between(ctx: Context, lo: int, hi: int, *kinds: str) -> bool:
    """Whether an official's head (speech.yaml `official_heads`, or another cue kind asked for)
    stands between `lo` and `hi`: the post of the one named after it."""
    return any(
        lo <= o.start and o.end <= hi for k in kinds or ("official",) for o in ctx.cues_of(k)
    )


def _coordinated(folded: str, group: list[Mention]) -> bool:
    """Whether every party of the group is joined to the one before by و/and."""
    return all(_JOINED.search(folded[a.end : b.start]) for a, b in itertools.pairwise(group))


_AND_ONLY = re.compile(r"\s*,?\s*and\s+(?:the\s+)?")


_ONE_SIDED = ("AIRSTRIKE", "SHELLING", "CHEMICAL", "SIEGE")
# "... و<noun> ... بين": "between" after another noun of the clause
_BETWEEN_AFTER_NOUN = re.compile(r"(?:^|\s)(?:و|and\s+)\S+\s+(?:\S+\s+){0,2}(?:بين|between)\s")


def _groups_after(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """Reads the groups after the trigger (`slots.right`) in turn, each as an agent, the target or
    a partner of a clash, by the words between it and what came before."""
    folded, trig = ctx.folded, cand.trigger
    between = False
    subject_named = False
    anchor = trig.end
    doers = list(slots.agents)  # the trigger's own ("ميليشيات عراقية وإيرانية أوقفت")
    # "لدى الأمم المتحدة"
    slots.right = [g for g in slots.right if not in_post(folded, g[0].start, g[0].end)]
    unnamed = _unnamed_accused(ctx, cand)
    if unnamed:
        # "اتهم المندوب الروسي الغرب بحماية الإرهابيين": the accused go unnamed, and the parties
        # after them are inside the charge
        slots.right = [g for g in slots.right if g[0].start < unnamed.end() - 2]
    for n, grp in enumerate(slots.right):
        ids = list(
            dict.fromkeys(m.id for m in grp)
        )  # "وزير الخارجية الروسي سيرغي لافروف": one actor
        gap = words_between(folded, anchor, grp[0].start)
        gap_text = folded[anchor : grp[0].start]
        aside = _at(ctx, "occasion_aside").search(folded, anchor, grp[0].start)
        if aside and not folded[aside.end() : grp[0].start].strip():
            # "اتهم المعلم، خلال لقائه اليوم في دمشق نائب وزير الخارجية الإيراني، النظام التركي":
            # the aside is not between the subject and the accused
            gap = words_between(folded, anchor, aside.start())
            gap_text = folded[anchor : aside.start()] + " "
        marker = _marker_before(ctx, anchor, grp[0].start)
        lam = _lam_before(folded, grp[0].start) or bool(_LAM_END.search(gap_text))
        # "اتهم المنسق العام للهيئة العليا للمفاوضات روسيا": the ل after a post is whose post it
        # is, the post holder the subject
        if lam and cand.arabic and _post_between(ctx, anchor, grp[0].start):
            lam = False
        if (
            n == 0
            and not cand.verb
            and not cand.arabic
            and not slots.agents
            and _RELATIVE_SUBJECT.fullmatch(folded, trig.end, grp[0].start)
        ):
            slots.agents += ids  # "The siege that government forces imposed": its doers
            anchor = grp[-1].end
            continue
        framed = any(
            anchor <= f.start < grp[0].start
            and not any(d.start <= f.start < d.end for d in ctx.cues_of("delegation"))
            # "the air strike that destroyed al-Quds hospital ... had been carried out by": a
            # relative clause on the act's noun, not words framed
            and not (
                f.text == "that"
                and not cand.verb
                and not folded[trig.end : f.start].strip()
                and marker == "agent"
            )
            for f in ctx.cues_of("frame")
        )
        if framed:
            break
        if slots.verb_object and n == 1 and not gap and slots.agents and not slots.target:
            slots.target = ids[0]  # "يستهدف فيها التحالف قوات النظام": the object after the subject
            anchor = grp[-1].end
            continue
        if slots.group:
            if _what_was_agreed(ctx, anchor, grp[0].start, gap_text):
                break
            if _meets_with(ctx, cand, n, anchor, grp[0].start, gap, gap_text):
                slots.agents += ids
            anchor = grp[-1].end
            continue
        listed = between and len(gap) <= 2 and _LIST_COMMA.match(gap_text) is not None
        other_side = (
            between and len(gap) <= 5 and _SECOND_SIDE.match(gap_text) is not None
        )  # "between Islamic State fighters and members of the Nusra Front"  # "بين فصائل المعارضة ومجموعات تابعة لتنظيم داعش": the second side
        if (listed or other_side or BETWEEN.search(gap_text)) and not (
            # "مقتل 15 مدنياً بقصف على حلب وتبادل للاتهامات بين موسكو وواشنطن": sides of
            # another noun, not of a strike
            cand.type in _ONE_SIDED and _BETWEEN_AFTER_NOUN.search(gap_text)
        ):
            # اشتباكات بين فصائل المعارضة وقوات النظام: both sides; "between Turkish forces, some
            # opposition groups and units affiliated with the SDF": every side listed
            slots.agents += ids
            anchor = grp[-1].end
            between = listed or not other_side
            continue
        between = False
        if _CARRIED_IT_OUT.match(
            folded[grp[-1].end : grp[-1].end + 30],
        ):
            slots.agents += ids  # "في غارة قالت إن طائرات النظام السوري شنتها": they carried it out
            # (in the words of the one who said so, who asserts the act)
            cand.asserted_by = cand.asserted_by or ctx.statement_at(grp[0].start, grp[-1].end)
            anchor = grp[-1].end
            continue
        if (
            cand.type == "ATTACK"
            and _at(ctx, "reciprocal").match(trig.text)
            and (
                (_FOUGHT_WITH.search(gap_text) and len(gap) <= 4)
                or (_FACING.search(gap_text) and len(gap) <= 12)
            )
        ):
            slots.partners += ids  # "YPG fighters clashed with Turkish-backed rebels": both sides
            anchor = grp[-1].end
            continue
        if cand.type in HOSTILE_TYPES and _at(ctx, "joined_by").search(gap_text):
            # "شنت قوات النظام هجوماً على داريا بمشاركة ميليشيا حزب الله": a doer with the others
            slots.partners += ids
            anchor = grp[-1].end
            continue
        if not slots.group and (
            _FIRED_FROM.search(gap_text)
            or (
                cand.type == "SIEGE"
                and (
                    _BLOCKED_AT.search(gap_text)
                    or (n == 0 and cand.verb and _POST_SUBJECT.fullmatch(gap_text))
                )
            )
        ):
            slots.agents += ids  # "برصاص قناص من حاجز لميليشيا حزب الله": fired from their post
            cand.marked_agent = True
            anchor = grp[-1].end
            continue
        if (
            cand.arabic
            and not slots.group
            and n > 0
            and slots.agents
            and BACKED_WITH.fullmatch(folded, anchor, grp[0].start)
        ):
            # "تقدمت قوات النظام مدعومة بمقاتلي «حزب الله»": the fighters the subject after the
            # verb is backed with share its act (as a subject before it, `_one_subject`)
            slots.agents += ids
            anchor = grp[-1].end
            continue
        if marker == "backer":
            anchor = grp[-1].end
            continue
        if cand.type == "ATTACK" and any(
            (_TAKEN_FROM if cand.arabic else _TAKEN_FROM_EN).fullmatch(folded, p.end, grp[0].start)
            for p in ctx.mentions_in(anchor, grp[0].start, "place")
        ):
            # "حررت وحدات الجيش بلدة كفرنبل من الإرهابيين", "rebels take Jarablus from Islamic
            # State": the place was taken from them
            slots.target = slots.target or ids[0]
            anchor = grp[-1].end
            continue
        if (
            not slots.group
            and ids[0] not in slots.agents
            and not _at(ctx, "new_clause").search(gap_text)
            and in_toll(folded, grp[0].start, grp[-1].end)
        ):
            # "overran the Shaer gas field, killing some 30 government soldiers": the dead
            slots.target = slots.target or ids[0]
            anchor = grp[-1].end
            continue
        if slots.target and _at(ctx, "loyal_of").search(gap_text):
            # "على تحصينات قوات النظام والمسلحين الموالين لها من الإيرانيين وعناصر حزب الله": more
            # of the target's side, not the doers
            anchor = grp[-1].end
            continue
        if marker == "target":
            slots.target = slots.target or ids[0]
        elif (
            marker == "agent"
            and cand.marked_agent
            and not cand.arabic
            and re.search(r",.*\bby\s", gap_text)
        ):
            # "two villages besieged by rebel groups, a demand raised by Iran": the doer of
            # another phrase
            break
        elif marker == "agent" and _BY_COUNT.match(folded, grp[-1].end):
            pass  # "killing at least 62 soldiers by Russia's count": whose figure, not who struck
        elif (
            marker == "agent"
            and not (
                cand.type == "ACCUSE"
                # "وسط اتهامات من ناشطين للطيران الروسي": من names the accusers, ل the accused
                and (
                    slots.target
                    or (lam and cand.arabic and not cand.verb)
                    # "accused the American side of failing to separate ... from Nusra positions":
                    # inside the charge, "from" names no accuser
                    or re.search(r"\bof\s|\bfor\s", folded[trig.end : grp[0].start])
                )
            )
        ):
            # "accused the United States of failing to separate rebels from the Nusra Front":
            # after the accused, "from" names no accuser
            slots.agents += ids
            cand.marked_agent = True
        elif cand.type == "ACCUSE":
            told = cand.verb and [
                a for a in slots.adjectives if a.start >= trig.end and a.id in slots.agents
            ]
            if (
                told
                and n == 0
                and not words_between(folded, told[0].end, grp[0].start)
                and affiliation(ctx, grp[0].id) == told[0].id
            ):
                # "اتهم المندوب الروسي فيتالي تشوركين الولايات المتحدة": the subject's own name,
                # then the accused
                # "اتهم الوزير الروسي سيرغي لافروف واشنطن": the person, over the state they serve
                slots.agents = [grp[0].id if a == told[0].id else a for a in slots.agents]
                accused = [m.id for m in grp[1:] if affiliation(ctx, m.id) != told[0].id]
                if accused:
                    slots.target = slots.target or accused[0]
                subject_named = not accused
                anchor = grp[-1].end
                continue
            if told and (
                n == 0
                # "اتهم الوزير السوري وليد المعلم، خلال لقائه المبعوث الأممي": an aside, not the
                # accused
                or (
                    n == 1
                    and subject_named
                    and len(gap) <= 2
                    and not _PUNCT.search(gap_text)
                    and not _PLACED.search(gap_text)
                )
            ):
                # اتهم الوزير الروسي فصائل ...: subject told, object
                slots.target = slots.target or ids[0]
            elif (
                n == 0
                and cand.verb
                and cand.arabic
                and not slots.agents
                and not lam
                and len(gap) <= 6
                and _post_between(ctx, anchor, grp[0].start)
                and n + 1 < len(slots.right)
                and len(words_between(folded, grp[-1].end, slots.right[n + 1][0].start)) <= 2
                and not re.search(r"[،,.:؛;]", folded[grp[-1].end : slots.right[n + 1][0].start])
            ):
                # "واتهم الناطق باسم الوزارة اللواء إيغور كوناشينكوف قادة «جبهة النصرة» بـ": the
                # post's holder, named after it, accuses the party named next
                slots.agents.append(ids[0])
                if len(ids) > 1:
                    slots.target = slots.target or ids[1]
                cand.subject_given = True
            elif (
                n == 0
                and cand.verb
                and cand.arabic
                and (len(ids) == 1 or _coordinated(folded, grp))
                and re.match(r"(?:اتهم|يتهم|تتهم)", trig.text)
                and CHARGE_AFTER.match(folded, grp[-1].end, grp[-1].end + 40)
            ):
                # "، واتهم الولايات المتحدة والسعودية بـ«إدارة المعركة»": the accused
                slots.target = slots.target or ids[0]
            elif n == 0 and cand.verb and cand.arabic and len(gap) <= 3 and not lam:
                slots.agents.append(ids[0])  # اتهم لافروف واشنطن: verb, subject, object
                if len(ids) > 1:
                    slots.target = slots.target or ids[1]
                cand.subject_given = True
            elif len(gap) <= 4:
                # "اتهم المتحدث باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف الولايات
                # المتحدة": the spokesman's own name is no one accused
                accused = [i for i in ids if i not in slots.agents]
                titled = _post_between(ctx, anchor, grp[0].start, "official", "title_modifier")
                # (but "اتهم «فيلق الرحمن» في بيان «جيش الإسلام» بـ": another group of one side)
                accused = accused or ([] if titled else ids)
                if accused:
                    slots.target = slots.target or accused[0]
        elif (
            n == 0
            and cand.arabic
            and _at(ctx, "expel").match(cand.trigger_word)
            and (
                _FROM_PLACE.match(folded, grp[-1].end)
                # "بعد طرد آخر عناصر تنظيم «داعش» منها": the noun's genitive; "وفصائل من «الحر»
                # تدخل جرابلس وتطرد «داعش»": the verb's object, its subject told before
                or not cand.verb
                or slots.agents
                or re.search(r"(?:^|\s)[وف][يتن]$", folded[max(0, trig.start - 3) : trig.start])
                is not None
                # "بعد طرد آخر عناصر التنظيم منها": the noun after a time word
                or _time_frame_before(ctx, trig.start) is not None
            )
        ):
            # "«درع الفرات» تطرد «داعش» من جرابلس": the expelled
            slots.target = slots.target or ids[0]
        elif n == 0 and cand.arabic and cand.verb and lam and [w for w in gap if w not in "لل"]:
            # قصفت 67 هدفاً للتنظيم: the ل-object is what was hit
            slots.target = slots.target or ids[0]
        elif (
            n == 0
            and slots.patient
            and (not gap or (cand.arabic and lam and len(gap) <= 4))
            # "استهداف قوات الأسد الأحياء السكنية": the noun's own object follows its party, the doer
            and not (
                cand.arabic
                and not cand.verb
                and not gap
                and _at(ctx, "struck_objects").match(folded, grp[-1].end)
            )
        ):
            # اغتيال قائد الفصيل: the one killed; "أول استهداف جوي من نوعه للمقاتلين الأكراد": the
            # targeted; but "قتل خمسة عناصر من قوات النظام في كمين للفصائل": the dead were
            # ambushed, the party after ل laid the ambush
            dead = [g for g in slots.left if in_toll(folded, g[0].start, g[-1].end)]
            if (
                lam
                and not cand.verb
                and dead
                and affiliation(ctx, dead[-1][0].id) != affiliation(ctx, ids[0])
            ):
                slots.agents += ids
                slots.target = slots.target or dead[-1][0].id
            else:
                slots.target = slots.target or ids[0]
        elif n == 0 and cand.arabic and lam and len(gap) >= 2 and trig.text in ctx.lexicon.means:
            # "مقاتلات تركية دمرت 17 هدفاً للتنظيم": what they hit
            slots.target = slots.target or ids[0]
        elif (
            n == 0
            and cand.arabic
            and not cand.verb
            and len(gap) <= 3
            and _at(ctx, "owned_means").search(gap_text)
        ):
            slots.agents += ids  # "غارات مكثفة لطائرات التحالف الدولي": the aircraft's owner
        elif n == 0 and cand.arabic and (len(gap) <= 3 if cand.verb else (len(gap) <= 1 or lam)):
            slots.agents += ids
        elif n == 0 and not cand.arabic and len(gap) <= 2 and slots.group:
            slots.agents += ids  # "hosted his Turkish and Iranian counterparts": all of them met
        elif (
            n == 0
            and not cand.arabic
            and len(gap) <= 2
            and not _RELATIVE_OPENS.search(gap_text)
            # "backed by Russian air strikes and Iranian advisers": a noun joined to the act's
            and not (not cand.verb and _AND_ONLY.fullmatch(gap_text))
        ):
            # Russian jets bombed rebels; but "a week of fighting in which government warplanes
            # bombed": the relative clause's subject
            slots.target = slots.target or ids[0]
        anchor = grp[-1].end
    if slots.target in doers:
        # "ميليشيات عراقية وإيرانية أوقفت الحافلات ...، وإيران «تشترط»": the doer named again
        # after its act is no target of it
        slots.target = None


# an English act noun's relative clause whose subject follows "that"/"which" ("the siege that
# government forces imposed")
_RELATIVE_SUBJECT = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")


def _what_was_agreed(ctx: Context, anchor: int, start: int, gap_text: str) -> bool:
    """Whether the words from `anchor` to the next group (at `start`) open what a meeting agreed
    or planned: no party of it is named past them."""
    if any(anchor <= c.start < start for c in ctx.cues_of("complementiser")):
        return True  # اتفقوا على أن يبدأ برنامج الأغذية ...: the rest is what was agreed
    if any(anchor <= c.start < start for c in ctx.cues_of("irrealis")):
        return True  # "التحضيرات لعقد لقاء بين الحكومة والمعارضة": the parties of a plan
    if _TERMS.search(gap_text):
        return True  # "اتفاق مع الجانب التركي يقضي بخروج المسلحين": the deal's terms
    # اتفقا على آلية للفصل بين المعارضة والنصرة: the rest is what was agreed. "On" a day says
    # when ("an agreement reached on Thursday between ..."), unless a comma after the day ends
    # the phrase ("At a Security Council meeting on 30 August, US Ambassador Samantha Power said")
    return any(
        not any(
            d.start == anchor + on.end() and not re.search(r"[,،]", ctx.folded[d.end : start])
            for d in ctx.dates
        )
        for on in re.finditer(r"(?:^|\s)(?:علي|on)\s(?!.*(?:^|\s)(?:مع|with)\s)", gap_text)
    )


_TERMS = re.compile(
    r"(?:^|\s)(?:يقضي|تقضي|ينص|تنص|يتضمن|تتضمن|under which|providing for|provides for)\s"
)


_COUNTERPARTS_LIST = re.compile(r"(?:^|\s)(?:ب|مع\s+)نظراي\S*(?:\s+(?:ال|و)\S*){0,4}\s*$")


def _meets_with(
    ctx: Context, cand: _Candidate, n: int, anchor: int, start: int, gap: list[str], gap_text: str
) -> bool:
    """Whether the `n`-th group after a meeting or agreement trigger (at `start`, with the words
    `gap` from `anchor`) is a party to it: close to the trigger, named after a word of
    participation, "between" or "with", or after a long title."""
    joined = any(anchor <= p.start < start for p in ctx.cues_of("participation")) or (
        # "بمشاركة وزراء خارجية تركيا وإيران والسعودية وقطر ومصر والمبعوث الأممي": the list goes
        # on through names of no party
        bool(gap)
        and all(w.startswith("و") for w in gap)
        and any(cand.trigger.end <= p.start < start for p in ctx.cues_of("participation"))
    )
    # "اتفاق أبرم بين لجنة التفاوض في الحي وممثلين عن الحكومة": a side named by description;
    # "بين المجلس المحلي للمدينة والفصائل العاملة فيها من جهة، والنظام السوري": the other side
    sides = BETWEEN.search(gap_text) or _at(ctx, "one_side").search(gap_text)
    # "استقبل الأسد في دمشق، اليوم الثلاثاء، مساعد وزير الخارجية الإيراني": the venue and
    # the day between the verb and the guest do not count
    aside = [(m.start, m.end) for m in ctx.mentions_in(anchor, start, "place")]
    aside += [(d.start, d.end) for d in ctx.dates if anchor <= d.start < start]
    said = [
        w.group()
        for w in re.finditer(r"[^\W\d_]+", gap_text)
        # (a word the venue or day overlaps: "بأنقرة", its clitic with it)
        if not any(s < anchor + w.end() and anchor + w.start() < e for s, e in aside)
    ]
    met_with = (
        (
            cand.verb
            and re.search(  # "held a second round with the delegation"
                r"(?:^|\s)(?:with|مع)\s+(?:the\s+)?$", gap_text
            )
        )
        or re.search(  # "met in Lausanne with their counterparts from Iran and Turkey", "with the
            # foreign ministers of Turkey, Iran", "مع وزراء خارجية تركيا وإيران"
            r"(?:^|\s)(?:with|مع)\s+(?:(?:their|his|her)\s+counterparts\s+(?:from|of)|نظراي\S*\s+من|"
            r"(?:the\s+)?(?:foreign\s+)?ministers\s+of|وزراء\s+(?:خارجيه|دفاع))\s+$",
            gap_text,
        )
        or _at(ctx, "envoys_of").search(gap_text)
        # "اجتمع كيري بنظرائه الأوروبيين والعرب ومنسق الهيئة": the counterparts' list goes on
        or _COUNTERPARTS_LIST.search(gap_text)
    )  # "مع ضباط من قوات النظام": whom they sent
    # "استقبل نائب رئيس مجلس الوزراء وزير الخارجية والمغتربين وليد المعلم": a long title
    # between the verb and its subject, with no comma; so in a relative clause that holds the
    # meeting told ("الاجتماع الذي عقده وزيرا الخارجية الأميركي جون كيري")
    titled = (
        n == 0
        and cand.arabic
        and (cand.verb or _at(ctx, "held_by").match(ctx.folded, cand.trigger.end))
        and not _PUNCT.search(gap_text)
    )
    return bool(
        len(gap) <= 4 or joined or (sides and len(gap) <= 8) or len(said) <= 3 or met_with or titled
    )


def _post_holders(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """ "Aid convoys were turned back at a government checkpoint": the party whose post stops
    the aid blocks it."""
    if cand.type != "SIEGE" or slots.agents:
        return
    for m in [*slots.mentions, *slots.adjectives]:
        if (
            m.start >= cand.trigger.end
            and _AT_A.search(ctx.folded, max(0, m.start - 8), m.start)
            and _POST_AFTER.match(ctx.folded, m.end)
        ):
            slots.agents = [m.id]
            return
