"""Who did it and to whom: agents and targets of a candidate from the actors, adjectives and
markers around its trigger (word order, clitics, coordination, passives, sides of a clash)."""

from __future__ import annotations

import itertools
import re

from hudna.extract.context import (
    CHARGE_AFTER,
    RESUMPTIVE_AFTER,
    WORD,
    Context,
    Mention,
    word_end,
    words_between,
)
from hudna.extract.entities import affiliation, in_post
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    _COORD_ACTORS,
    _at,
    _Candidate,
    _last_break,
    _prefix,
)
from hudna.extract.matcher import Match
from hudna.extract.numbers import in_toll, is_count
from hudna.models import HOSTILE_TYPES
from hudna.text import is_arabic

_OPENS_CLAUSE = re.compile(r"\b(?:that|until|unless|while|when|after|before|because)\s+|[\"“]")
_LIST_COMMA = re.compile(r"[\s»”\"]*[,،]")
_SECOND_SIDE = re.compile(r"[\s»”\"]*(?:[^\W\d_]+\s+)?(?:و|and\s)")
_FOUGHT_WITH = re.compile(r"(?:^|\s)(?:مع|with)\s+(?:\S+\s+)?[«“\"]?$")
_FROM_BEFORE = re.compile(r"(?:^|\s)from\s+(?:the\s+)?$")
_FROM_PLACE = re.compile(r"[»”\"]?\s*من\s")
_RELATIVE_ASIDE = re.compile(
    r"[,،]\s*(?:which|who)\s[^,،]{0,120}[,،]\s*(?:has\s+|have\s+|had\s+)?$"
)
_HALT_BEFORE = re.compile(
    r"(?:^|\s)(?:[وف]?ل?وقف|stop|stopping|halt|halting|end to)\s+(?:ال|the\s+)?$"
)
_COMMA_END = re.compile(r"[,،]\s*$")
_AND_ARTICLE = re.compile(r"\s*(?:و|and)\s*(?:ال)?")
_AND_OR_COMMA = re.compile(r"\s*(?:and|,)\s*")
_LAM_END = re.compile(r"(?:^|\s)ل\s*$")
_BETWEEN = re.compile(r"(?:^|\s)(?:بين|between)\s")
_CARRIED_IT_OUT = re.compile(r"\s*(?:\S+\s+)?(?:شنته|شنتها|نفذته|نفذتها|اطلقته|اطلقتها)(?:\s|$)")
_BLAMED_ON = re.compile(r"(?:attributed|blamed)\s+(?:them\s+|it\s+)?(?:to|on)\s+")
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)(?:their|its)\s+(?:\S+\s+)?$")
_JOINED = re.compile(r"(?:^|\s)(?:و|and\s)")
_CLAUSE_JOIN_END = re.compile(r"[،,]\s*[وف]?$")
_ON_OBJECT = re.compile(r"(?:^|\s)(?:علي|ضد|on|against)\s")  # folded: على is علي

_SPACES = re.compile(r"\s*")
_PROGRESSIVE = re.compile(r"[^\W\d_]+ing\b")
_BE_BEFORE = re.compile(r"(?:^|\s)(?:was|were|been|being)\s+$")
_HELD = re.compile(r"-(?:held|controlled|run|dominated)\b")
_PUNCT = re.compile(r"[،,.:؛;«»\"“”]")


def _coordinated(folded: str, group: list[Mention]) -> bool:
    """Whether every party of the group is joined to the one before by و/and."""
    return all(_JOINED.search(folded[a.end : b.start]) for a, b in itertools.pairwise(group))


def _groups(
    ctx: Context, mentions: list[Mention], verb_object: bool = False
) -> list[list[Mention]]:
    """Coordinated actors (`قوات النظام وحزب الله`, `Russian and Syrian jets`) grouped together;
    with `verb_object`, two parties side by side with nothing joining them after an Arabic act
    verb are its subject and its object ("يستهدف فيها التحالف قوات النظام")."""
    groups: list[list[Mention]] = []
    for m in mentions:
        gap = ctx.folded[groups[-1][-1].end : m.start] if groups else ""
        if (
            groups
            and _COORD_ACTORS.match(gap)
            # (a title and its holder's name are one party)
            and not (
                verb_object
                and not gap.strip()
                and is_arabic(ctx.folded[m.start : m.end])
                and affiliation(ctx, m.id) != affiliation(ctx, groups[-1][-1].id)
            )
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _marker_before(ctx: Context, start: int, end: int) -> str | None:
    """'target' or 'agent' when a marker stands within two words before `end` (after `start`)."""
    found = None
    for m in ctx.cues_of("target_marker", "agent_marker"):
        kind = m.payload.kind
        if (
            kind in ("target_marker", "agent_marker")
            and start <= m.start
            and m.end <= end
            and len(words_between(ctx.folded, m.end, end)) <= 2
        ):
            taken_from = m.text in ("from", "من") and _at(ctx, "capture").search(
                ctx.folded[max(0, start - 25) : start]
            )  # "recaptured the ancient city of Palmyra from government forces": who lost it
            if m.text in ("من", "from") and (
                (len(words_between(ctx.folded, start, m.start)) > 3 and not taken_from)
                or _at(ctx, "consent").search(ctx.folded, max(start, m.start - 12), m.start)
                or ctx.folded.startswith("نوع", m.end + 1)  # "من نوعه": of its kind
            ):
                continue  # "من" names the source only right after the act, not "بلا موافقة من"
            found = "target" if kind == "target_marker" else "agent"
            if m.text == "by" and re.search(
                r"(?:^|\s)(?:held|controlled|occupied|manned|run)\s+$",
                ctx.folded[max(0, m.start - 12) : m.start],
            ):
                found = "target"  # "pounded positions held by the Kurdish YPG": whose they are
            if m.text in ("from", "من") and _at(ctx, "capture").search(
                ctx.folded[max(0, start - 25) : m.start]
            ):
                found = "target"  # "seized from rebels", "انتزعته الوحدات من المعارضة": who lost it
    tail = ctx.folded[max(start, end - 20) : end]
    if _at(ctx, "belonging").search(tail):
        # "طائرات تابعة للنظام" are the regime's; "مواقع قالت أنقرة إنها تابعة للوحدات" are hit
        # "سيطرتها على كليات المدفعية التابعة لقوات النظام": the object the act is on is theirs
        found = (
            "target"
            if _at(ctx, "positions").search(ctx.folded, start, end)
            or _ON_OBJECT.search(ctx.folded, max(0, start - 5), end)
            else "agent"
        )
    elif _at(ctx, "fired_from").search(tail):
        found = "agent"
    if _at(ctx, "backing").search(tail):
        found = "backer"  # "فصائل درع الفرات المدعومة من الجيش التركي": a backer, not a fighter
    return found


def _participants(ctx: Context, cand: _Candidate) -> None:
    folded, trig = ctx.folded, cand.trigger
    group = cand.type in _AGREEMENT_WORDS
    overlapping = [
        m for m in ctx.mentions if m.kind == "actor" and m.start < trig.end and trig.start < m.end
    ]
    mentions = [
        m
        for m in ctx.mentions
        if m.kind == "actor"
        and cand.lo <= m.start
        and m.end <= cand.hi
        and not (m.start < trig.end and trig.start < m.end)
        # "in opposition-held areas", "ISIS-controlled villages": whose ground, not a party to it
        and not _HELD.match(folded, m.end)
    ]
    adjectives = [m for m in ctx.mentions if m.kind == "adjective" and cand.lo <= m.start < cand.hi]
    patient = any(p.start == trig.start for p in ctx.cues_of("patient_noun"))
    adjectives += _coordinated_nationalities(ctx, adjectives, cand)
    agents: list[str] = [
        m.id for m in overlapping if not group
    ]  # "Russian warplanes", "طائرات النظام"
    target: str | None = None
    # adjectives inside or right beside the trigger: غارات جوية روسية, Russian airstrikes, العملية التركية
    adjectives = [
        a
        for a in adjectives
        if not re.match(r"-(?:held|controlled|backed)", folded[a.end : a.end + 12])
    ]
    recorded = cand.type == "CEASEFIRE_VIOLATION" and bool(
        _at(ctx, "recorded").search(folded, max(cand.lo, trig.start - 40), trig.start)
    )
    for adj in adjectives:
        if cand.type == "ACCUSE" and not cand.arabic and adj.start >= trig.end:
            continue  # "accused Washington of shielding the group from Russian air strikes"
        if recorded and adj.end <= trig.start:
            continue  # "Russian reconciliation centre registers 9 ceasefire violations"
        if words_between(folded, adj.end, trig.start) and _at(ctx, "backing").search(
            folded, max(0, adj.start - 20), adj.start
        ):
            continue  # "government forces backed by Russian air strikes recaptured": the backer
        if (
            not group
            and adj.start >= trig.end
            and _at(ctx, "support").search(folded, max(trig.end, adj.start - 24), adj.start)
        ):
            continue  # "الجيش السوري الحر يحرر جرابلس بدعم تركي": the backer
        if (
            not group
            and not trig.start <= adj.start < trig.end
            and in_toll(folded, adj.start, adj.end)
        ):
            target = target or adj.id  # "suicide bombers killed 14 Turkish soldiers": the dead
            continue
        believed = _at(ctx, "hedges").search(folded, trig.end, adj.start)
        # "غارات نفذتها طائرات حربية يُعتقد أنها روسية": the means, then the hedged maker
        after = (
            adj.start >= trig.end
            and len(words_between(folded, trig.end, adj.start))
            <= (6 if believed else 2 if cand.arabic else 4)
            # "a new offensive on eastern Aleppo, and Russian and Syrian jets pounded": a new clause
            and not _COMMA_AND.search(folded, trig.end, adj.start)
        )
        counterpart = re.search(
            r"(?:^|\s)[وف]?نظير\S*\s*(?:ال)?$", folded[max(0, adj.start - 12) : adj.start]
        ) or re.match(r"(?:,?\s*(?:and\s+)?\S+)?\s*counterparts?\b", folded[adj.end : adj.end + 30])
        if group and counterpart:
            agents.append(
                adj.id
            )  # "وزير الخارجية الروسي ونظيره الأميركي", "his Russian counterpart"
        elif after and (
            (not cand.arabic and cand.verb)
            or patient
            or (not cand.arabic and _marker_before(ctx, trig.end, adj.start) == "target")
        ):  # "an assault on rebel positions"
            target = target or adj.id  # shelled government positions; اغتيال السفير الروسي
        elif (
            trig.start <= adj.start < trig.end
            or after
            or (
                adj.end <= trig.start
                and len(words_between(folded, adj.end, trig.start)) <= (1 if cand.arabic else 3)
                # "... شارات الوحدات الكردية، ووصف الوزير": a new clause, not the act's subject
                and not _CLAUSE_JOIN_END.search(folded[adj.end : trig.start])
            )
        ):
            agents.append(adj.id)
    verb_object = cand.type in HOSTILE_TYPES and cand.arabic and cand.verb
    right = _groups(ctx, [m for m in mentions if m.start >= trig.end], verb_object=verb_object)
    left = _groups(ctx, [m for m in mentions if m.end <= trig.start])
    if recorded:
        # "the Russian centre at Hmeimim registered nine violations", "سجّل ٢٣ خرقاً": who counts
        # them is not who committed them
        left = []
    anchor = trig.end
    svo = (
        bool(left)
        and cand.arabic
        and cand.verb
        and len(words_between(folded, left[-1][-1].end, trig.start)) <= 1
        and ":" not in folded[left[-1][-1].end : trig.start]  # "مركز حميميم: 23 خرقاً": speaker
        and not _CLAUSE_JOIN_END.search(folded[left[-1][-1].end : trig.start])  # "...، ووصف"
        and not (
            re.search(
                r"(?:^|\s)[وف]?(?:التي|الذي|اللتين|اللذين|الذين|اللواتي)\s*$",
                folded[left[-1][-1].end : trig.start],
            )
            and re.search(r"(?:ها|هم|هما|ه)$", folded[trig.start : word_end(folded, trig.end)])
        )  # "الأحياء الواقعة تحت سيطرة الحكومة، والتي يحاصرها تنظيم داعش": the antecedent is the object
    )
    if svo and not group:
        # قوات النظام قصفت ..., التحالف الدولي يقصف الرقة وداعش ...: the subject comes first
        agents += [m.id for m in left[-1]]
        cand.subject_given = True
        right = [g for g in right if _marker_before(ctx, trig.end, g[0].start) == "target"][:1]
    between = False
    partners: list[str] = []
    speech = [v for v in ctx.cues_of("speech") if trig.end <= v.start < cand.hi]
    that = ctx.cues_of("complementiser")
    right = [g for g in right if not in_post(folded, g[0].start, g[0].end)]  # "لدى الأمم المتحدة"
    right = [
        g
        for g in right
        if not (
            any(
                v.end <= g[0].start and not words_between(folded, v.end, g[0].start) for v in speech
            )
            and any(
                g[-1].end <= c.start and len(words_between(folded, g[-1].end, c.start)) <= 1
                for c in that
            )
        )
    ]  # "قصفت مواقع قالت أنقرة إنها ...": who says so is no party to the act
    for n, grp in enumerate(right):
        ids = list(
            dict.fromkeys(m.id for m in grp)
        )  # "وزير الخارجية الروسي سيرغي لافروف": one actor
        gap = words_between(folded, anchor, grp[0].start)
        gap_text = folded[anchor : grp[0].start]
        marker = _marker_before(ctx, anchor, grp[0].start)
        lam = _prefix(folded, grp[0].start).endswith("ل") or bool(_LAM_END.search(gap_text))
        framed = any(
            anchor <= f.start < grp[0].start
            and not any(d.start <= f.start < d.end for d in ctx.cues_of("delegation"))
            for f in ctx.cues_of("frame")
        )
        if framed:
            break
        if verb_object and n == 1 and not gap and agents and not target:
            target = ids[0]  # "يستهدف فيها التحالف قوات النظام": the object after the subject
            anchor = grp[-1].end
            continue
        if group:
            if any(anchor <= c.start < grp[0].start for c in ctx.cues_of("complementiser")):
                break  # اتفقوا على أن يبدأ برنامج الأغذية ...: the rest is what was agreed
            if any(anchor <= c.start < grp[0].start for c in ctx.cues_of("irrealis")):
                break  # "التحضيرات لعقد لقاء بين الحكومة والمعارضة": the parties of a plan
            if re.search(r"(?:^|\s)(?:علي|on)\s(?!.*(?:^|\s)(?:مع|with)\s)", gap_text):
                break  # اتفقا على آلية للفصل بين المعارضة والنصرة: the rest is what was agreed
            joined = any(anchor <= p.start < grp[0].start for p in ctx.cues_of("participation"))
            # "اتفاق أبرم بين لجنة التفاوض في الحي وممثلين عن الحكومة": a side named by description
            sides = _BETWEEN.search(gap_text)
            # "استقبل الأسد في دمشق، اليوم الثلاثاء، مساعد وزير الخارجية الإيراني": the venue and
            # the day between the verb and the guest do not count
            aside = [(m.start, m.end) for m in ctx.mentions_in(anchor, grp[0].start, "place")]
            aside += [(d.start, d.end) for d in ctx.dates if anchor <= d.start < grp[0].start]
            said = [
                w.group()
                for w in re.finditer(r"[^\W\d_]+", gap_text)
                if not any(s <= anchor + w.start() < e for s, e in aside)
            ]
            met_with = (
                cand.verb
                and re.search(  # "held a second round with the delegation"
                    r"(?:^|\s)(?:with|مع)\s+(?:the\s+)?$", gap_text
                )
            ) or re.search(  # "met in Lausanne with their counterparts from Iran and Turkey"
                r"(?:^|\s)(?:with|مع)\s+(?:(?:their|his|her)\s+counterparts\s+(?:from|of)|نظراي\S*\s+من)\s+$",
                gap_text,
            )
            # "استقبل نائب رئيس مجلس الوزراء وزير الخارجية والمغتربين وليد المعلم": a long title
            # between the verb and its subject, with no comma
            titled = n == 0 and cand.arabic and cand.verb and not _PUNCT.search(gap_text)
            if (
                len(gap) <= 4
                or joined
                or (sides and len(gap) <= 8)
                or len(said) <= 3
                or met_with
                or titled
            ):
                agents += ids
            anchor = grp[-1].end
            continue
        listed = between and len(gap) <= 2 and _LIST_COMMA.match(gap_text) is not None
        other_side = (
            between and len(gap) <= 5 and _SECOND_SIDE.match(gap_text) is not None
        )  # "between Islamic State fighters and members of the Nusra Front"  # "بين فصائل المعارضة ومجموعات تابعة لتنظيم داعش": the second side
        if listed or other_side or _BETWEEN.search(gap_text):
            # اشتباكات بين فصائل المعارضة وقوات النظام: both sides; "between Turkish forces, some
            # opposition groups and units affiliated with the SDF": every side listed
            agents += ids
            anchor = grp[-1].end
            between = listed or not other_side
            continue
        between = False
        if _CARRIED_IT_OUT.match(
            folded[grp[-1].end : grp[-1].end + 30],
        ):
            agents += ids  # "في غارة قالت إن طائرات النظام السوري شنتها": they carried it out
            anchor = grp[-1].end
            continue
        if (
            cand.type == "ATTACK"
            and _at(ctx, "reciprocal").match(trig.text)
            and _FOUGHT_WITH.search(gap_text)
            and len(gap) <= 4
        ):
            partners += ids  # "YPG fighters clashed with Turkish-backed rebels": both sides
            anchor = grp[-1].end
            continue
        if not group and _FIRED_FROM.search(gap_text):
            agents += ids  # "برصاص قناص من حاجز لميليشيا حزب الله": fired from their post
            cand.marked_agent = True
            anchor = grp[-1].end
            continue
        if marker == "backer":
            anchor = grp[-1].end
            continue
        if marker == "target":
            target = target or ids[0]
        elif marker == "agent" and _BY_COUNT.match(folded, grp[-1].end):
            pass  # "killing at least 62 soldiers by Russia's count": whose figure, not who struck
        elif marker == "agent" and not (cand.type == "ACCUSE" and target):
            # "accused the United States of failing to separate rebels from the Nusra Front":
            # after the accused, "from" names no accuser
            agents += ids
            cand.marked_agent = True
        elif cand.type == "ACCUSE":
            if (
                n == 0
                and cand.verb
                and any(a.start >= trig.end and a.id in agents for a in adjectives)
            ):
                target = target or ids[0]  # اتهم الوزير الروسي فصائل ...: subject told, object
            elif (
                n == 0
                and cand.verb
                and cand.arabic
                and (len(ids) == 1 or _coordinated(folded, grp))
                and re.match(r"(?:اتهم|يتهم|تتهم)", trig.text)
                and CHARGE_AFTER.match(folded, grp[-1].end, grp[-1].end + 40)
            ):
                # "، واتهم الولايات المتحدة والسعودية بـ«إدارة المعركة»": the accused
                target = target or ids[0]
            elif n == 0 and cand.verb and cand.arabic and len(gap) <= 3 and not lam:
                agents.append(ids[0])  # اتهم لافروف واشنطن: verb, subject, object
                if len(ids) > 1:
                    target = target or ids[1]
                cand.subject_given = True
            elif len(gap) <= 4:
                target = target or ids[0]
        elif (
            n == 0
            and cand.arabic
            and _at(ctx, "expel").match(cand.trigger_word)
            and _FROM_PLACE.match(folded, grp[-1].end)
        ):
            target = target or ids[0]  # "«درع الفرات» تطرد «داعش» من جرابلس": the expelled
        elif n == 0 and cand.arabic and cand.verb and lam and [w for w in gap if w not in "لل"]:
            target = target or ids[0]  # قصفت 67 هدفاً للتنظيم: the ل-object is what was hit
        elif n == 0 and patient and (not gap or (cand.arabic and lam and len(gap) <= 4)):
            # اغتيال قائد الفصيل: the one killed; "أول استهداف جوي من نوعه للمقاتلين الأكراد": the
            # targeted
            target = target or ids[0]
        elif n == 0 and cand.arabic and lam and len(gap) >= 2 and trig.text in ctx.lexicon.means:
            target = target or ids[0]  # "مقاتلات تركية دمرت 17 هدفاً للتنظيم": what they hit
        elif n == 0 and cand.arabic and (len(gap) <= 3 if cand.verb else (len(gap) <= 1 or lam)):
            agents += ids
        elif n == 0 and not cand.arabic and len(gap) <= 2 and group:
            agents += ids  # "hosted his Turkish and Iranian counterparts": all of them met
        elif n == 0 and not cand.arabic and len(gap) <= 2:
            target = target or ids[0]  # Russian jets bombed rebels
        anchor = grp[-1].end
    if _HALT_BEFORE.search(
        folded[max(0, trig.start - 16) : trig.start],
    ):
        left = []  # "حث كيربي أنقرة على وقف القصف": who asks for a halt is not who shells
    if (
        group
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
        left = []
        if persons and persons[-1].id not in agents:
            agents.insert(0, persons[-1].id)
    if (
        left
        and not group
        and _at(ctx, "repelled").search(folded, max(0, trig.start - 30), trig.start)
    ):
        # "وحدات الجيش تتصدى لهجوم": the subject is the attacked, not the attacker
        target = target or left[-1][0].id
        left = []
    # "Russia's ambassador to Turkey was shot dead", "Government positions were shelled by
    # rebels": a passive verb right before the act; its subject suffered it
    be_passive = (
        not cand.arabic
        and not _PROGRESSIVE.match(folded, trig.start)  # "have been bombing", "were advancing"
        and _BE_BEFORE.search(folded, max(0, trig.start - 8), trig.start) is not None
    )
    if be_passive and not group:
        sufferers = [a.id for a in adjectives if a.end <= trig.start and a.id in agents]
        agents = [a for a in agents if a not in sufferers]
        target = target or (sufferers[0] if sufferers else None)
    passive = left and (
        _at(ctx, "passive").search(folded, left[-1][-1].end, trig.start)
        or be_passive
        # "تعرضت قافلة مساعدات تابعة للأمم المتحدة لغارات جوية": the verb before its subject
        or (
            cand.arabic
            and _prefix(folded, trig.start).endswith("ل")
            and _at(ctx, "passive").search(
                folded, max(cand.lo, left[0][0].start - 40), left[0][0].start
            )
        )
    )
    if (
        passive
        and not group
        # "قُتل ثلاثة عناصر من «جيش الإسلام» في اشتباكات مع ...": the dead are a side of a clash
        and not (partners and in_toll(folded, left[-1][0].start, left[-1][-1].end))
    ):
        target = target or left[-1][0].id  # تعرضت مواقع المعارضة لقصف: the subject is the victim
        left = []
    if (
        not left
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
        left = _groups(
            ctx, antecedents[-1:]
        )  # "the SDF, which are besieging ...": the antecedent acts
    if (
        left
        and not group
        and not svo
        and any(
            a.id in agents and _AND_ARTICLE.fullmatch(folded, left[-1][-1].end, a.start)
            for a in adjectives
        )
    ):
        # "شنت الطائرات الروسية والسورية غارات": the nationality joined to the subject is a
        # second doer, not the only one
        agents = [*[m.id for m in left[-1]], *agents]
    if (
        not cand.arabic
        and left
        and _FROM_BEFORE.search(folded, max(0, left[-1][0].start - 10), left[-1][0].start)
    ):
        # "Russian Tu-22M3 bombers flying from Iran's Hamadan air base struck": where they flew
        # from, not who struck; the nationality opening the clause is the doer
        left = left[:-1]
        opening = [
            a
            for a in adjectives
            if a.end <= trig.start
            and len(words_between(folded, max(cand.lo, cand.sentence.start), a.start)) <= 4
        ]
        if not left and opening and not agents:
            agents = [opening[0].id]
            cand.subject_given = True
    english_adjectival = not cand.arabic and any(
        m.id in agents for m in adjectives if m.end <= trig.start
    )
    if (
        left
        and (group or not svo)
        and (not agents or group or (not cand.arabic and not english_adjectival))
        and not (cand.marked_agent and not group)  # "towns besieged by rebels": not the subject
    ):
        grp = left[-1]
        if (
            not cand.arabic
            and len(left) > 1
            and re.search(
                r"(?:^|\s)(?:to|with)\s+(?:the\s+)?$",
                folded[max(0, grp[0].start - 10) : grp[0].start],
            )
        ):
            grp = left[-2]  # "Syria's foreign ministry, in a letter to the U.N. Security Council,"
        if len(left) > 1 and _at(ctx, "backing").search(
            folded[max(0, grp[0].start - 20) : grp[0].start]
        ):
            grp = left[-2]  # "Government forces backed by Iranian-backed militias pushed into"
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
        limit = 12 if group else (8 if cand.arabic else 10)
        governed = any(
            grp[-1].end <= v.start < trig.start
            for v in (*ctx.cues_of("speech"), *_accuse_verbs(ctx))
        )
        if (
            len(gap) <= limit
            and ":" not in folded[grp[-1].end : trig.start]  # "مركز حميميم: 23 خرقاً": the speaker
            and (
                group
                or not gap  # "Fourteen Turkish soldiers killed in Islamic State attacks": ISIS
                or not _at(ctx, "casualty").search(
                    folded, max(cand.sentence.start, grp[0].start - 30), trig.start
                )
            )  # "أعلنت الأركان التركية مقتل ثلاثة جنود أتراك في غارة": the dead, not the doers
            # "قُتل ثلاثة جنود أتراك ... في غارة": a toll's dead, whatever the verb's voice
            and (group or partners or not in_toll(folded, grp[0].start, grp[-1].end))
            and not (governed and not group)
            # "accused the UN secretariat of ignoring the shelling": not the doer
            and (group or not _at(ctx, "looking_away").search(folded, grp[-1].end, trig.start))
            and (group or not any(m.id == target for m in grp))
        ):
            agents = (
                [*[m.id for m in grp], *agents] if not cand.arabic or group else [m.id for m in grp]
            )
            cand.subject_given = True
    if group and not agents and _nominal_object(ctx, cand):
        # أعلن كيري ولافروف ... التوصل إلى اتفاق: the announcers are the parties
        floor = _last_break(ctx, cand.sentence.start, trig.start)
        before = _groups(
            ctx,
            [
                m
                for m in ctx.mentions
                if m.kind == "actor" and floor <= m.start and m.end <= trig.start
            ],
        )
        if before and len(words_between(folded, before[-1][-1].end, trig.start)) <= 14:
            agents = [m.id for m in before[-1]]
            cand.subject_given = True
    if group:
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
            if whose and whose[-1].id not in agents:
                agents.insert(0, whose[-1].id)
    if (
        group
        and cand.asserted_by
        and cand.asserted_by not in agents
        and (
            re.search(
                r"(?:^|\s)[وف]?[اأإ]ن(?:ه|ها|هم)\s+(?:\S+\s+){0,3}$|(?:^|\s)(?:he|she)\s+(?:had\s+|has\s+)?(?:\S+\s+){0,2}$",
                folded[max(cand.sentence.start, trig.start - 40) : trig.start],
            )
            # "«التقيت صباح اليوم وفد الحكومة»", "«التقينا»": the speaker, in the first person
            or (cand.arabic and cand.verb and re.search(r"(?:يت|نا)$", cand.trigger_word))
        )
    ):
        # "مضيفاً أنه بحث الملف هاتفياً مع نظيره الروسي", "said he had met Lavrov": the speaker
        agents.insert(0, cand.asserted_by)
    dual = (
        _at(ctx, "dual_people").search(folded, cand.sentence.start, min(cand.hi, trig.end + 40))
        if group
        else None
    )
    if dual and dual.start() >= trig.end and not words_between(folded, trig.end, dual.start()):
        # "واتفق الجانبان على": the two just named are the subject, and no one else
        agents = _last_two_people(ctx, dual.start()) or agents
    elif dual and len(set(agents)) < 2:
        agents = list(dict.fromkeys([*agents, *_last_two_people(ctx, dual.start())]))
    if (
        not agents
        and not group
        and cand.asserted_by
        and re.search(
            r"(?:^|\s)(?:it|they|we)\s+(?:(?:had|has|have)\s+)?(?:carried out|conducted|launched|staged)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?$"
            r"|(?:^|\s)[وف]?[اأإ]ن(?:ها|ه|هم|نا)\s+(?:نفذ|شن|ارتكب)\S*\s+(?:\S+\s+)?$",
            folded[max(cand.lo, trig.start - 30) : trig.start],
        )
    ):
        # "The United States said it had carried out an air strike", "أعلنت الوزارة أنها نفذت
        # غارات": the one who says so did it
        agents = [cand.asserted_by]
    if (
        not agents
        and not group
        and cand.asserted_by
        and not cand.arabic
        and _SPEAKER_AS_SUBJECT.search(folded, max(0, trig.start - 16), trig.start)
    ):
        # "the Syrian military said it had retaken positions": the one who says so did it
        agents = [cand.asserted_by]
    if not agents and not group and cand.asserted_by and _announced_own(ctx, cand):
        agents = [cand.asserted_by]
    if not agents and not group and cand.asserted_by:
        own = [
            f
            for f in ctx.cues_of("own_forces")
            if cand.lo <= f.start < cand.hi
            # "مقتل ثلاثة من جنودها في غارة": its own dead, not its own strike
            and not _at(ctx, "casualty").search(folded, max(0, f.start - 25), f.start)
            # "طائراتها نفذت أمس الأحد ٢٦ غارة": the day and the count do not part them
            and len(
                _undated_words(ctx, f.end, trig.start)
                if f.end <= trig.start
                else _undated_words(ctx, trig.end, f.start)
            )
            <= 3
        ]
        if own:
            # "طائراتها نفذت 64 غارة", said by the Russian ministry; but "said the government had
            # ... and that its aircraft had bombed": the party named before the possessive
            before_own = ctx.mentions_in(cand.sentence.start, own[0].start, "actor")
            named = [m for m in before_own if m.id != cand.asserted_by]
            if before_own and before_own[-1].id == cand.asserted_by:
                # "Turkish officials said ...; the Russian Foreign Ministry denied that its forces
                # had struck": the speaker named right before the possessive is its owner
                named = []
            if cand.arabic:
                # "مؤكدة أن طائراتها": the speaker's own; but "وأضاف أن النظام خرق الهدنة ...
                # وأن قواته تفرض حصاراً": the subject of the clause before
                opened = [
                    c.end
                    for c in ctx.cues_of("complementiser")
                    if cand.sentence.start <= c.start < own[0].start
                ]
                named = [
                    m
                    for m in named
                    if any(e <= m.start and not words_between(folded, e, m.start) for e in opened)
                ]
            others = [m.id for m in named]
            agents = [others[-1] if others else cand.asserted_by]
    if (
        not cand.arabic
        and cand.verb
        and re.search(r"(?:^|\s)and\s+$", folded[max(0, trig.start - 6) : trig.start])
    ):
        # "13:02 - Kremlin: President Putin and ... agreed": after the speaker's label
        label = folded.rfind(":", cand.sentence.start, trig.start)
        first = [
            m
            for m in ctx.mentions
            if m.kind == "actor" and max(cand.sentence.start, label + 1) <= m.start < trig.start
        ]
        if first:
            # "Lavrov said ... and accused Washington of ...": the same subject; "Kerry and the
            # Russian foreign minister spoke by phone and agreed": all of it
            agents = [m.id for m in _groups(ctx, first)[0]] if group else [first[0].id]
            cand.subject_given = True
    if cand.asserted_by and not group and agents and cand.asserted_by not in agents:
        # "قالت الوزارة إن قواتها وقوات النظام استهدفت": the speaker's own forces, joined to a doer
        starts = [m.start for m in ctx.mentions if m.kind == "actor" and m.id in agents]
        for f in ctx.cues_of("own_forces"):
            link = re.match(r"\s+(?:and\s+|و)", folded[f.end : f.end + 6])
            if cand.lo <= f.start < trig.start and link and f.end + link.end() in starts:
                agents.insert(0, cand.asserted_by)
                break
    if group and not agents:
        # "اتفقت القوى الكبرى المشاركة في الاجتماع، وفي مقدمتها الولايات المتحدة وروسيا، على":
        # the parties at the head of those who agreed
        head = _AT_THE_HEAD_SEARCH.search(folded, trig.end, min(cand.hi, trig.end + 120))
        if head:
            led = _groups(ctx, ctx.mentions_in(head.end(), head.end() + 60, "actor"))
            if led and led[0][0].start <= head.end() + 2:
                agents = [m.id for m in led[0]]
    if agents and not group:
        # "rebel factions including Jabhat Fateh al-Sham launched": those they are part of act too
        for m in ctx.mentions_in(cand.lo, trig.start, "actor"):
            if m.id in agents:
                within = _INCLUDING_END.search(folded, max(cand.lo, m.start - 30), m.start)
                heads = ctx.mentions_in(max(cand.lo, m.start - 60), m.start, "actor")
                if (
                    within
                    and heads
                    and heads[-1].id not in agents
                    and not folded[heads[-1].end : within.start()].strip(" ,،")
                ):
                    agents.insert(0, heads[-1].id)
    if agents and not group:
        # "فصائل «جيش الفتح»، وفي مقدمتها «جبهة النصرة»", "rebel factions led by Ahrar al-Sham":
        # the factions at the head of the doers are doers too
        for m in ctx.mentions_in(cand.lo, cand.hi, "actor"):
            if m.id in agents:
                head = _AT_THE_HEAD.match(folded, m.end)
                if head:
                    led = _groups(ctx, ctx.mentions_in(head.end(), head.end() + 60, "actor"))
                    if led and led[0][0].start <= head.end() + 2:
                        agents += [x.id for x in led[0] if x.id not in agents]
    # "الطيران الحربي الروسي والسوري": a nationality joined to an agent is an agent too
    agent_mentions = [
        m
        for m in ctx.mentions
        if m.kind == "actor" and m.id in agents and cand.lo <= m.start < cand.hi
    ]
    agent_adjectives = [
        a
        for a in adjectives
        if a.id in agents and not (cand.type == "ACCUSE" and a.start >= trig.end)
    ]
    for nat in _coordinated_nationalities(
        ctx, [*agent_mentions, *agent_adjectives], cand, with_actors=False
    ):
        if nat.id not in agents and nat.id != target:
            agents.append(nat.id)
    # "Russian and Syrian jets": a nationality joined to an agent named after it
    agent_starts = [m.start for m in agent_mentions] + [
        a.start for a in adjectives if a.id in agents
    ]
    for adj in adjectives:
        if (
            adj.id not in agents
            and adj.id != target
            and any(
                re.fullmatch(r"\s*(?:و|and)\s*", folded[adj.end : start])
                for start in agent_starts
                if adj.end <= start
            )
        ):
            agents.insert(0, adj.id)
    if not group and not agents and cand.type == "ATTACK":
        agents = _sides_elsewhere(ctx, cand)
    if (
        not group
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
            for m in ctx.mentions_in(max([cand.sentence.start, *opened]), trig.start, "actor")
            if m.id != target
        ]
        if subject:
            agents = [subject[0].id]
    if cand.type == "AGREE":  # "اتفاق ... برعاية روسية", "a deal brokered by Russia"
        for m in ctx.mentions:
            if (
                m.kind in ("actor", "adjective")
                and trig.end <= m.start < cand.sentence.end
                and _at(ctx, "sponsor").search(folded[max(trig.end, m.start - 25) : m.start])
            ):
                agents.append(m.id)
    if cand.type == "ACCUSE" and agents and target is None:
        # "انتقدت أنقرة ارتداء الجنود الأميركيين شارات ...": the party named in the object
        accusers = [m for m in ctx.mentions if m.kind == "actor" and m.id in agents]
        # "وصفت الهيئة الاتفاقات بأنها «تهجير قسري» تمارسه الحكومة": the culprit comes later
        described_as = any(d.start == trig.start for d in ctx.cues_of("description"))
        described = sorted(
            [(m.start, m.id) for m in ctx.mentions if m.kind == "actor" and m.id not in agents]
            + [
                (c.start, c.payload.key)
                for c in ctx.cues_of("nationality")
                if c.payload.key not in agents
                and not any(m.start <= c.start < m.end for m in accusers)
            ]
        )
        described = [
            (start, key)
            for start, key in described
            if trig.end <= start < cand.sentence.end
            and len(words_between(folded, trig.end, start)) <= (12 if described_as else 5)
            # "المندوبة الأميركية لدى الأمم المتحدة": the accuser's post, not the accused
            and not re.search(
                r"(?:^|\s)(?:لدي|to the|at the)\s+$", folded[max(0, start - 8) : start]
            )
        ]
        target = described[0][1] if described else None
    trigger_word = folded[trig.start : word_end(folded, trig.end)]
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
            target = named[-1].id
            agents = [named[0].id] if named[0].id != target else []
    after_comma = _COMMA_END.search(folded[max(0, trig.start - 4) : trig.start]) is not None
    if cand.type == "ACCUSE" and cand.arabic and after_comma and trigger_word.startswith("م"):
        # "انتقد لافروف واشنطن، متهماً إياها بحماية النصرة": the participle is said of the
        # clause's subject; a detached pronoun (إياها) is the party named before it
        subject = [
            m
            for m in ctx.mentions_in(_clause_floor(ctx, cand), trig.start, "actor")
            if not any(s <= m.start < e <= trig.start for s, e, _sp in ctx.statement_spans)
        ]  # "وقال حجاب إن «لا مكان للأسد»، متهماً روسيا": not a name in the words said
        if subject:
            agents = [subject[0].id]
            if re.match(r"\s*اياه", folded[word_end(folded, trig.end) :]):
                target = subject[-1].id if subject[-1].id != subject[0].id else target
    if (
        cand.type == "ACCUSE"
        and cand.arabic
        and cand.verb
        and RESUMPTIVE_AFTER.match(folded, trig.start + len(trigger_word))
    ):
        # "وجهت الخارجية السورية رسالتين إلى الأمين العام ...، اتهمت فيهما النظام التركي بـ": a
        # relative clause's accuser is the sentence's subject, not the party named last
        subject = ctx.mentions_in(cand.sentence.start, trig.start, "actor")
        if subject and subject[0].id != target:
            agents = [subject[0].id]
    if not agents and not cand.arabic and trigger_word.endswith("ing") and after_comma:
        # "The United States suspended its talks with Russia, accusing Moscow of ...": the
        # participle's subject is the clause's
        subject = ctx.mentions_in(_clause_floor(ctx, cand), trig.start, "actor")
        if subject and subject[0].id != target:
            # "Russia and the Syrian government had chosen ..., bombing hospitals": all of them
            agents = [m.id for m in _groups(ctx, subject)[0] if m.id != target]
    if not agents and not group:
        # "incendiary attacks on Idlib ..., which it attributed to Russian and Syrian government
        # aircraft": the doers named by an attribution after the act
        blamed = _BLAMED_ON.search(
            folded[trig.end : cand.sentence.end],
        )
        if blamed:
            at = trig.end + blamed.end()
            named = [
                m
                for m in ctx.mentions
                if m.kind in ("actor", "adjective")
                and at <= m.start < cand.sentence.end
                and len(words_between(folded, at, m.start)) <= 4
            ]
            agents = list(dict.fromkeys(m.id for m in named))
            if cand.type in ("SHELLING", "ATTACK") and _at(ctx, "air_words").search(
                folded, at, min(cand.sentence.end, at + 60)
            ):
                cand.type = "AIRSTRIKE"  # "... attributed to Russian and Syrian aircraft"
    if partners and not agents and left and in_toll(folded, left[-1][0].start, left[-1][-1].end):
        # "Two rebel fighters were killed in clashes with government forces": the dead's side is
        # the other side of the clash
        agents = list(dict.fromkeys(m.id for m in left[-1]))
        target = None if target in agents else target  # one side of a clash is no target of it
    if agents and partners:
        # the side fought "with" joins a clash whose other side is named; "وسط اشتباكات مع
        # فصائل المعارضة" alone goes on the campaign told before it
        agents += [p for p in partners if p not in agents]
    if cand.type == "ACCUSE" and target is None:
        # "اتهم رئيس المجلس المحلي لمدينة حلب، بريتا حاجي حسن، في تصريح صحافي، روسيا بـ«التواطؤ»":
        # the accused is the party the charge (بـ, "of") follows
        charged = [
            m
            for m in ctx.mentions_in(trig.end, cand.sentence.end, "actor")
            if m.id not in agents
            and re.match(r"\s*(?:ب|of\s)", folded[m.end : m.end + 4])
            and len(words_between(folded, trig.end, m.start)) <= 14
        ]
        if charged:
            target = charged[0].id
    if cand.type == "ACCUSE" and not agents:
        spoken = [
            sp for s, _e, sp in ctx.statement_spans if cand.sentence.start <= s < cand.sentence.end
        ]
        agents = spoken[:1]  # متهماً النظام بـ...: the one speaking accuses
    if cand.arabic and not cand.verb and not group and _OWN_ACT.search(trigger_word):
        agents = _possessors(ctx, cand, target) or agents
    if not group:
        agents = [affiliation(ctx, a) if cand.type != "ACCUSE" else a for a in agents]
    else:
        agents = _people_over_their_states(ctx, agents)  # Kerry and the United States: Kerry
    cand.actors = [a for a in dict.fromkeys(agents) if a != target]
    cand.target = target


_OWN_ACT = re.compile(r"...(?:ها|هم)$")
# "مدعومة بعناصر من «حزب الله»": the forces a party is backed with (ب, not من: the sponsor)
_BACKED_WITH = re.compile(
    r"(?:\s+[^\s،,]+)?\s*[،,]?\s*(?:مدعوم|مسنود)\S*\s+ب\S*(?:\s+من)?\s*[«“\"]?\s*"
)


def _undated_words(ctx: Context, start: int, end: int) -> list[str]:
    """The words between `start` and `end` that are neither a date expression nor a number."""
    dated = [(d.start, d.end) for d in ctx.dates if start <= d.start and d.end <= end]
    return [
        m.group()
        for m in WORD.finditer(ctx.folded, start, end)
        if not m.group().isdigit() and not any(s <= m.start() < e for s, e in dated)
    ]


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
    if not groups or len(words_between(folded, groups[0][-1].end, trig.start)) > 10:
        return []
    owners = [m.id for m in groups[0]]
    # "الطائرات الروسية والسورية": the nationality joined to the subject owns the act too
    owners += [
        n.id for n in _coordinated_nationalities(ctx, list(groups[0]), cand, with_actors=False)
    ]
    for before, grp in itertools.pairwise(groups):
        if not _BACKED_WITH.fullmatch(folded, before[-1].end, grp[0].start):
            break
        owners += [m.id for m in grp]
    return [o for o in dict.fromkeys(owners) if o != target]


_ANNOUNCE = re.compile(r"(?:^|\s)[وف]?(?:اعلن|اعلنت|يعلن|تعلن|اعلنوا)\s|\bannounc(?:ed|es|ing)\s")
_STARTED = re.compile(
    r"(?:^|\s)(?:عن\s+)?(?:بدء|انطلاق|اطلاق)\s+$"
    r"|\bannounc(?:ed|es|ing)\s+(?:the\s+(?:start|launch|beginning)\s+of\s+)?(?:an?\s+|its\s+)?(?:\S+\s+)?$"
)


def _announced_own(ctx: Context, cand: _Candidate) -> bool:
    """`أعلن الجيش السوري بدء هجوم بري`, `أعلنت الفصائل سيطرتها على دابق`, `أعلن المجلس تحرير
    منبج`, "the army announced a new offensive": a party announcing the start of an act, its own
    act or a capture, does it."""
    folded, trig = ctx.folded, cand.trigger
    before = folded[max(cand.sentence.start, trig.start - 80) : trig.start]
    if not _ANNOUNCE.search(before):
        return False
    own = cand.arabic and re.match(r"\S{3,}(?:ها|هم)(?:\s|$)", folded[trig.start : trig.end + 1])
    # "أعلن مجلس منبج العسكري تحرير مدينة منبج": a capture announced is the announcer's
    taken = cand.arabic and not cand.verb and _at(ctx, "capture").match(trig.text)
    return bool(own or taken or _STARTED.search(before))


_AT_THE_HEAD = re.compile(
    r"[»”\"]?\s*[،,]?\s*[وف]?(?:في مقدمتها|في مقدمتهم|على راسها|على راسهم|led by|spearheaded by)\s*[«“\"]?"
)
_AT_THE_HEAD_SEARCH = re.compile(
    r"[،,]\s*[وف]?(?:في مقدمتها|في مقدمتهم|على راسها|على راسهم)\s*[«“\"]?"
)
_INCLUDING_END = re.compile(
    r"[,،]?\s*(?:including|among them|بينها|من بينها|ومنها|بما فيها|بينهم|من بينهم)\s+(?:the\s+)?[«“\"]?$"
)
_SPEAKER_AS_SUBJECT = re.compile(r"(?:^|\s)(?:it|we|they)\s+(?:had|has|have)\s+(?:also\s+)?$")
_COMMA_AND = re.compile(r"[,،]\s*(?:and|و)(?:\s|$)")
_BY_COUNT = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:count|tally|figures?|account|estimates?|reckoning)\b"
)
_FIRED_FROM = re.compile(
    r"(?:^|\s)(?:من|from)\s+(?:(?:a|an|the)\s+)?(?:\S+\s+)?(?:حاجز|حواجز|نقاط|نقطه|checkpoints?|"
    r"posts?)(?:\s+(?:of|held by|manned by)(?:\s+the)?)?\s*(?:ل|لل)?(?:[^\s«“\"]+\s*)?[«“\"]?\s*$"
)


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


def _people_over_their_states(ctx: Context, actors: list[str]) -> list[str]:
    """Parties of a meeting or agreement: a person named stands for the state they serve, which
    is then not listed again."""
    states = {affiliation(ctx, a) for a in actors if ctx.lexicon.actors[a].kind == "person"}
    return [a for a in actors if a not in states]


def _accuse_verbs(ctx: Context) -> list[Match]:
    return [t for t in ctx.cues_of("trigger") if t.payload.key == "ACCUSE"]


def _nominal_object(ctx: Context, cand: _Candidate) -> bool:
    """The trigger opens the object of a speech verb with no أن (`أعلن X التوصل إلى اتفاق`), or
    stands outside any statement."""
    for s, _e, _sp in ctx.statement_spans:
        if s <= cand.trigger.start < _e:
            if len(words_between(ctx.folded, s, cand.trigger.start)) > 3:
                return False
            return not any(0 <= s - c.end <= 2 for c in ctx.cues_of("complementiser"))
    return True


def _coordinated_nationalities(
    ctx: Context, adjectives: list[Mention], cand: _Candidate, *, with_actors: bool = True
) -> list[Mention]:
    """`الطيران الروسي والسوري`: a nationality joined by و to an adjective is one too."""
    out = []
    nationals = (
        [m for m in ctx.mentions if m.kind == "actor" and cand.lo <= m.start < cand.hi]
        if with_actors
        else []
    )
    starts = ctx.once("actor starts", lambda: {m.start for m in ctx.mentions if m.kind == "actor"})
    for nat in ctx.cues_of("nationality"):
        if not (cand.lo <= nat.start < cand.hi):
            continue
        spaces = _SPACES.match(ctx.folded, nat.end)
        if spaces is not None and spaces.end() in starts:
            continue  # "Turkish troops and Syrian rebels": the nationality of the rebels
        for adj in [*adjectives, *nationals]:  # الطيران الحربي الروسي والسوري
            if (
                (adj.end <= nat.start and _AND_ARTICLE.fullmatch(ctx.folded[adj.end : nat.start]))
                or (  # "Syrian and Russian warplanes"
                    nat.end <= adj.start
                    and _AND_OR_COMMA.fullmatch(ctx.folded[nat.end : adj.start])
                )
            ):
                out.append(Mention(nat.start, nat.end, "adjective", nat.payload.key, "adjective"))
    return out


def _last_two_people(ctx: Context, before: int) -> list[str]:
    people: list[str] = []
    for m in reversed([m for m in ctx.mentions if m.kind == "actor" and m.end <= before]):
        if ctx.lexicon.actors[m.id].kind == "person" and m.id not in people:
            people.append(m.id)
        if len(people) == 2:
            break
    return list(reversed(people)) if len(people) == 2 else []
