"""Triggers and their regions: which matches are acts (not plans, frames, means or predicates),
the text an act's arguments are looked for in, and the candidate built from a trigger."""

from __future__ import annotations

import re

from hudna.extract.commitments import future_markers
from hudna.extract.context import (
    SEMICOLON,
    WORD,
    Context,
    Sentence,
    after_dateline,
    title_end,
    word_end,
    words_between,
)
from hudna.extract.entities import affiliation
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    _FUTURE_AFTER,
    ARABIC_RELATIVE,
    BACKED,
    CLAUSE_JOIN_END,
    HELD_BY,
    OBJECT_PRONOUN_END,
    _accused_in,
    _at,
    _broken_siege,
    _Candidate,
    _counted,
    _definite,
    _is_generic,
    _lam_before,
    _last_break,
    _prefix,
    _seized_aid,
    _time_frame_before,
    aircraft_subject,
)
from hudna.extract.events.participants import _marker_before, _participants
from hudna.extract.events.places import (
    _date,
    _places,
    _siege_told_before,
    _since,
    unlisted_district,
)
from hudna.extract.lexicon import Cue
from hudna.extract.matcher import Match, longest_non_overlapping
from hudna.extract.numbers import in_toll, starved, told_as_result, tolls
from hudna.models import HOSTILE_TYPES, KILLING_TYPES
from hudna.text import is_arabic

_QUOTE_MARK = re.compile(r"[«“\"]")
_OWNED_OR_DONE_BY = re.compile(
    r"\s*(?:\S+\s+)?(?:تابعه|تابع|belong|belonged|belonging)"
    r"|\s*(?:\S+\s+){1,4}?(?:شنته|شنتها|نفذته|نفذتها|اطلقته|اطلقتها|carried it out|launched it)"
)
_PASSIVE_AFTER = re.compile(r"\s+(?:in|by|when|during|while|as|after|on|near)\s")
# "it had killed", "they killed": a pronoun subject of "killed", the speaker's own act
_OWN_KILLING = re.compile(r"(?:^|\s)(?:it|they|we)\s+(?:have\s+|had\s+|has\s+)?$")
_PERFECT_BEFORE = re.compile(r"(?:^|\s)(?:have|has|had)\s+(?:\S+\s+)?$")
# "militias besieged the town": a participle before an article or pronoun is a verb
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|it|them)\b")

_TOLD_IN_RELATIVE = re.compile(
    r"(?:\s+[^\s،,.]+)?\s+(?:الذي|التي)\s+(?:جمع|جمعت|ضم|ضمت|عقد|عقدت|عقده|عقدها|استضافه|استضافته)\s"
    r"|(?:\s+[^\s,.]+)?\s+(?:that|which)\s+brought\s+together\s"
)
_THAT_THE = re.compile(r"that\s+(?:the|a|an)\s")


def _subject_then_on(ctx: Context, t: Match) -> bool:
    """Whether a verbal noun is followed by its subject and "على" ("سيطرة الوحدات على تل رفعت")."""
    folded = ctx.folded
    return not _HELD_BEFORE.search(folded, max(0, t.start - 8), t.start) and any(
        not folded[t.end : m.start].strip() and _ON_AFTER.match(folded, m.end) is not None
        for m in ctx.mentions
        if m.kind == "actor" and t.end < m.start <= t.end + 2
    )


_ON_AFTER = re.compile(r"\s+علي\s")
_HELD_BEFORE = re.compile(r"(?:^|\s)(?:تحت|ل|مناطق|لمناطق)\s*$")


def _usable_triggers(ctx: Context) -> list[Match]:
    """The trigger matches that name acts (means of attack included: see `_acts_named`)."""
    folded = ctx.folded
    frames = [*ctx.cues_of("frame"), *ctx.cues_of("irrealis")]
    futures = ctx.cues_of("future")
    kept: list[Match] = []
    non_events = ctx.cues_of("non_event")
    names = [
        m
        for m in ctx.mentions
        if m.kind == "actor" and _QUOTE_MARK.search(ctx.folded[m.start : m.end])
    ]
    spans = [(n.start, n.end) for n in names]
    # "قصفت فصائل درع الفرات قرية تل رفعت": an operation's name inside a longer party's name
    # names that party
    operations = [
        t for t in ctx.cues_of("trigger") if folded[t.start : t.end] in ctx.lexicon.operation_states
    ]
    spans += [
        (m.start, m.end)
        for m in ctx.mentions
        if operations
        and m.kind == "actor"
        and any(
            m.start <= t.start and t.end <= m.end and t.end - t.start < m.end - m.start
            for t in operations
        )
    ]
    paired = _paired_triggers(ctx)
    # a paired verb is read with its object ("struck an evacuation deal"): no other reading of it
    single = [
        t
        for t in longest_non_overlapping(ctx.cues_of("trigger"))
        if not any(p.start < t.end and t.start < p.end for p in paired)
    ]
    for t in sorted([*single, *paired], key=lambda t: t.start):
        if any(s <= t.start and t.end <= e for s, e in spans) or any(
            n.start < t.end and t.start < n.end for n in non_events
        ):
            continue  # "asthma attacks", "hunger strike on", "حرب الأسعار"; «درع الفرات» names a party
        if folded[t.start : t.end] == "سيطره" and not _subject_then_on(ctx, t):
            continue  # "تحت سيطرة النظام": a hold; "سيطرة الوحدات على تل رفعت" is a capture
        if t.payload.key in _AGREEMENT_WORDS:
            floor = ctx.sentence_of(t.start).start
            clause = max(floor, _last_break(ctx, floor, t.start))
            if any(
                f.end <= t.start
                and f.start >= floor
                and len(words_between(folded, f.end, t.start)) <= 1
                # "وعلى هامش القمة، اجتمع أوباما وبوتين": the frame ends at the comma
                and not re.search(r"[,،]", folded[f.end : t.start])
                # "said that the agreement reached on Thursday": a complementiser, no "that deal"
                and not _THAT_THE.match(folded, f.start)
                # "أعلنت روسيا وتركيا عن التوصل إلى اتفاق": what was announced, no talk about it
                and not (
                    folded[f.start : f.end] == "عن"
                    and _at(ctx, "announced_about").search(folded, max(0, clause - 1), f.start)
                )
                for f in frames
            ):
                continue  # على هامش الاجتماع, هذا الاجتماع, جهود التوصل إلى اتفاق
            if (
                _future_verb(folded, t)
                or any(
                    f.end <= t.start
                    and f.start >= floor
                    and (
                        len(words_between(folded, f.end, t.start)) <= 3
                        # "ومن المقرر أن يستضيف لافروف نظيره التركي ... في اجتماع": a plan
                        or (
                            f.start >= clause
                            and _at(ctx, "planned").fullmatch(folded, f.start, f.end)
                        )
                    )
                    for f in futures
                )
                or _at(ctx, "future_meeting").search(
                    folded[max(floor, _last_break(ctx, floor, t.start)) : t.start]
                )
                or (
                    t.payload.key == "MEET"
                    and _at(ctx, "announced_meeting").search(folded[clause : t.start])
                )
            ):
                # سيلتقي, من المقرر أن يلتقي, will meet, وستعقد مجموعة العمل اجتماعها الأول: a plan
                continue
            if (
                t.payload.key == "MEET"
                and _at(ctx, "first_since").search(folded, max(0, t.start - 40), t.start)
                and _at(ctx, "since_after").match(folded, t.end)
            ):
                continue  # "met ... in Vientiane, their first face-to-face talks since": told again
            if t.payload.key == "AGREE" and _lam_before(folded, t.start):
                continue  # للتوصل إلى اتفاق: an agreement sought
            if _at(ctx, "suspended").search(folded, clause, t.start):
                continue  # "علّقت الولايات المتحدة ... مشاركتها في المحادثات": talks suspended
            if re.search(r"(?:^|\s)to\s+$", folded[max(0, t.start - 4) : t.start]) and (
                t.start < title_end(ctx) or t.text == "meet"
            ):
                # "Russia, Turkey and Iran to meet in Moscow": a headline's future; "agreed to meet
                # again in mid-October": a meeting to come
                continue
        if t.payload.key in HOSTILE_TYPES and (_future_verb(folded, t) or _planned(ctx, t)):
            continue  # "القوات التركية ستتقدم بعدها نحو منبج": a plan or a threat, not an act
        if t.text == "killed" and (
            _PASSIVE_AFTER.match(folded, t.end)
            or (
                not any(
                    m.kind in ("actor", "adjective")
                    and m.end <= t.start
                    and re.fullmatch(r"\s*(?:have\s+|had\s+|has\s+)?", folded[m.end : t.start])
                    for m in ctx.mentions
                )
                and not (
                    # "The army said it had killed dozens of terrorists": the speaker did
                    _OWN_KILLING.search(folded, max(0, t.start - 12), t.start)
                    and ctx.statement_at(t.start, t.end)
                )
            )
            or any(
                k.payload.key in HOSTILE_TYPES
                and ctx.sentence_of(k.start) == ctx.sentence_of(t.start)
                for k in kept
            )
        ):
            # "pro-government forces killed 82 civilians"; not "were killed in ...", "2 rebel
            # fighters killed in clashes with ..." (a participle), nor "a truck bomb claimed by
            # Islamic State killed 44": the toll of an act already told
            continue
        if _across(ctx, t):
            continue  # "تقديم الدعم للتنظيمات الإرهابية عبر الحدود": across it, no one crossing
        if (
            kept
            and kept[-1].payload.key in HOSTILE_TYPES
            and ctx.sentence_of(kept[-1].start) == ctx.sentence_of(t.start)
            and _at(ctx, "instrument").search(folded, max(0, t.start - 30), t.start)
        ):
            continue  # "هجوماً ... مستخدمين الدبابات وراجمات الصواريخ": the attack's weapons
        if (
            t.payload.key == "ATTACK"
            and t.payload.extra != "verb"
            and (_lam_before(folded, t.start) or t.text.startswith("لس"))
            and _at(ctx, "purpose").match(t.text.removeprefix("ل"))
        ):
            continue  # "معارك ضد داعش للسيطرة على الباب": what they fight for, not another act
        if (
            kept
            and _is_generic(ctx, t)
            and kept[-1].payload.key in HOSTILE_TYPES
            and not _is_generic(ctx, kept[-1])
            and kept[-1].text not in ctx.lexicon.means  # "warplanes struck": the verb is the act
            and kept[-1].end <= t.start
            and len(words_between(folded, kept[-1].end, t.start)) <= 2
            and "\n" not in folded[kept[-1].end : t.start]  # not the headline's last word
            and not re.search(r"(?:^|\s)(?:مع|with|and)\s", folded[kept[-1].end : t.start])
        ):
            continue  # "air strikes hit ...", "غارات استهدفت ...": the verb is the noun's predicate
        kept.append(t)
    # a means of attack ("طائرات حربية", "helicopters") is the act only when nothing else names it
    # "was hit by barrel bombs", "استُهدف بالبراميل": the generic verb is told by its instrument
    kept = [
        t
        for i, t in enumerate(kept)
        if not (
            _is_generic(ctx, t)
            and i + 1 < len(kept)
            and kept[i + 1].payload.key in HOSTILE_TYPES
            and kept[i + 1].payload.key != t.payload.key  # a like weapon is the act's own
            and not _is_generic(ctx, kept[i + 1])
            and re.fullmatch(
                r"\s*(?:\S+\s+){0,3}?(?:by|with|ب)\s*(?:the\s+|ال)?",
                folded[t.end : kept[i + 1].start],
            )
        )
    ]
    return kept


def _acts_named(ctx: Context, kept: list[Match]) -> list[Match]:
    """The usable triggers without the means of attack whose clause names the act otherwise."""
    acts = [t for t in kept if t.payload.key in HOSTILE_TYPES and t.text not in ctx.lexicon.means]
    return [
        t for t in kept if t.text not in ctx.lexicon.means or not _named_in_clause(ctx, t, acts)
    ]


def _named_in_clause(ctx: Context, means: Match, acts: list[Match]) -> bool:
    """Whether another word names the act of a means in its clause ("شنت طائرات حربية غارات");
    "إن مقاتلات تركية دمرت 17 هدفاً، وإن المدفعية قصفت ..." tells two acts."""
    sentence = ctx.sentence_of(means.start)
    bounds = [
        *(
            m.end()
            for m in _at(ctx, "clause_break").finditer(ctx.folded, sentence.start, sentence.end)
        ),
        *(
            c.start
            for c in ctx.cues_of("complementiser")
            if sentence.start < c.start < sentence.end
            # "طائرات حربية يُعتقد أنها روسية نفذت ست غارات": the hedge describes the means
            and not _at(ctx, "hedges").search(ctx.folded, max(0, c.start - 12), c.start)
        ),
    ]
    lo = max([sentence.start, *(b for b in bounds if b <= means.start)])
    hi = min([sentence.end, *(b for b in bounds if b > means.end)])
    return any(lo <= t.start < hi for t in acts)


# Verbs read as event triggers when a word of a second list follows them in their sentence:
# (head cue, tail cue, event type, most words between them (None: anywhere in the sentence),
# whether the tail must be in the head's clause: "أعلن لافروف أن الهدنة ..." announces no truce).
_PAIRED_TRIGGERS: tuple[tuple[str, str, str, int | None, bool], ...] = (
    ("description", "pejorative", "ACCUSE", None, False),  # description_verbs + pejoratives
    ("blocking", "aid_object", "SIEGE", 8, False),  # lexicon blocking_verbs + aid_objects
    ("blame", "responsibility", "ACCUSE", 8, False),  # lexicon blame_verbs + responsibility
    ("accord_verb", "accord", "AGREE", 6, True),  # lexicon accord_verbs + accords
    ("discuss", "with", "MEET", 6, True),  # lexicon discuss_verbs + with_words
    ("verbal_attack", "stance", "ACCUSE", 6, True),  # verbal_attack_verbs + stances
    ("advance", "towards", "ATTACK", 4, True),  # lexicon advance_verbs + towards
    ("operation", "against", "ATTACK", 1, True),  # lexicon operations + against
    ("fall", "into_hands", "ATTACK", 6, False),  # lexicon falls + into_hands
    ("advance", "advance_front", "ATTACK", 8, True),  # lexicon advance_verbs + advance_fronts
    ("gain_verb", "gain", "ATTACK", 4, True),  # lexicon gain_verbs + gains
    ("launch", "campaign", "ATTACK", 5, True),  # lexicon launch_verbs + campaigns
    ("launch", "fire", "ATTACK", 4, True),  # lexicon launch_verbs + fire_objects
    ("clear", "cleared_of", "ATTACK", 5, True),  # lexicon clear_verbs + cleared_of
    ("refuse", "allowing", "SIEGE", 4, True),  # lexicon refusal_verbs + allowing, aid after
    ("destroy", "ground_subject", "ATTACK", 0, True),  # destroy_verbs + ground_subjects
    ("eliminate", "ground_subject", "ATTACK", 0, True),  # eliminate_verbs + ground_subjects
    ("aid_object", "blocked_passive", "SIEGE", 6, True),  # lexicon aid_objects + blocked_passive
    ("aid_none", "arrival", "SIEGE", 2, True),  # aid_none + arrivals: "no convoy has reached"
    ("loss", "place", "ATTACK", 3, True),  # lexicon losses + a place: "the rebels lost X"
    ("taking", "place", "ATTACK", 3, True),  # lexicon taking_verbs + a place: "had taken Manbij"
    ("destroy", "air_subject", "AIRSTRIKE", 0, True),  # lexicon destroy_verbs + air_subjects
    ("bear", "responsibility", "ACCUSE", 1, True),  # lexicon bear_verbs + responsibility
    ("copula", "to_blame", "ACCUSE", 0, True),  # lexicon copulas + to_blame: "was to blame"
    ("send", "armour", "INCURSION", 5, True),  # lexicon send_verbs + armour
)


def _words_outside_parties(ctx: Context, start: int, end: int) -> list[str]:
    """The words between `start` and `end` that are not inside a party's name, nor inside an
    aside on who backs the subject ("مدعومة بمقاتلين من «حزب الله»"), up to the last party it
    names."""
    mentions = ctx.mentions_in(start, end, "actor", "adjective")
    inside = [(m.start, m.end) for m in mentions]
    for aside in _at(ctx, "support_aside").finditer(ctx.folded, start, end):
        named = [m.end for m in mentions if m.start >= aside.end()]
        inside.append((aside.start(), max([aside.end(), *named])))
    return [
        w.group()
        for w in WORD.finditer(ctx.folded, start, end)
        if not any(s <= w.start() < e for s, e in inside) and w.group() not in ("و", "and")
    ]


def _without_dated_asides(ctx: Context, start: int, end: int) -> str:
    """The text from `start` to `end` with its time asides taken out, commas and all ("تقدمت
    قوات النظام، السبت، في مخيم حندرات"): a date between two commas parts no clause."""
    text = ctx.folded[start:end]
    for d in sorted(ctx.dates, key=lambda d: -d.start):
        if start <= d.start and d.end <= end:
            lo, hi = d.start - start, d.end - start
            before = _COMMA_BEFORE.search(text, 0, lo)
            after = _COMMA_AFTER.match(text, hi)
            if before and after:
                text = text[: before.start()] + " " + text[after.end() :]
    return text


# a comma or colon that parts a clause (a thousands comma, "for 15,000 people", parts none)
_CLAUSE_COMMA = re.compile(r"[،:]|(?<!\d),|,(?!\d)")
_COMMA_BEFORE = re.compile(r"[،,]\s*$")
_COMMA_AFTER = re.compile(r"\s*[،,]")
_DESCRIBED_THAT = re.compile(r"\s+(?:ذلك|هذا|ذاك|تلك|هذه|this|that|it)\s+(?:ب|as\s)")


def _paired_triggers(ctx: Context) -> list[Match]:
    """`وصفت الهيئة الاتفاقات بأنها «تهجير قسري» تمارسه الحكومة` (a description verb, then a
    damning word): ACCUSE; `منع قوات الحكومة السورية وحزب الله وصول المساعدات` (a blocking verb,
    then an aid object within eight words): SIEGE. A head already inside a trigger of that type
    is left to it."""
    triggers = ctx.cues_of("trigger")
    out = []
    breaks = [*ctx.cues_of("complementiser")]
    for head, tail, etype, within, clause in _PAIRED_TRIGGERS:
        tails = ctx.cues_of(tail)
        if not tails:
            continue  # no head pairs without its tail ("was" with no "to blame" in the text)
        for verb in longest_non_overlapping(ctx.cues_of(head)):
            if any(t.payload.key == etype and t.start <= verb.start < t.end for t in triggers):
                continue
            own = [t for t in triggers if t.payload.key == etype]
            if (
                head == "accord_verb"
                and OBJECT_PRONOUN_END.search(
                    ctx.folded, verb.start, word_end(ctx.folded, verb.start)
                )
                and _RELATIVE.search(ctx.folded, max(0, verb.start - 8), verb.start)
            ):
                continue  # "الاجتماع الذي عقده لافروف": what was held is the noun before
            if ctx.folded[max(0, verb.start - 1) : verb.start] == "-":
                continue  # "the rebel-held district of Sukkari with artillery": an adjective
            if head == "clear" and _at(ctx, "present_passive").search(
                ctx.folded, max(0, verb.start - 8), verb.start
            ):
                continue  # "until al-Bab is cleared of Islamic State militants": not yet done
            if head == "blocking" and re.match(r"\s+(?:that|ان|أن)\s", ctx.folded[verb.end :]):
                continue  # "denied that Russian aircraft had struck the convoy": words, no block
            if head == "description" and _DESCRIBED_THAT.match(ctx.folded, verb.end):
                # "اتهمت ... الحكومة التركية بـ«...»، واصفة ذلك بأنه «انتهاك سافر»": what was
                # just charged, named again, no new accusation
                continue
            if head == "description" and re.match(
                r"\s+(?:for|on|upon|at)\s", ctx.folded[verb.end :]
            ):
                # "called for an inquiry into the massacre": a demand, not a label; "a session
                # called at Moscow's request": convened
                continue
            if head == "fall" and (
                _time_frame_before(ctx, verb.start)
                or _prefix(ctx.folded, verb.start).endswith(("ب", "ل"))
            ):
                # "منذ سقوط المدينة بيد التنظيم": the time of another act; "لن تسمح بسقوط حلب
                # بيد الإرهابيين": what one allows or fears, not an act told
                continue
            if head == "aid_object" and any(
                b.end <= verb.start and len(words_between(ctx.folded, b.end, verb.start)) <= 8
                for b in ctx.cues_of("blocking")
            ):
                continue  # "had approved only 14 of them, and none of the convoys": that block's
            sentence = ctx.sentence_of(verb.start)
            tail_found = next(
                (
                    x
                    for x in tails
                    if verb.end <= x.start < sentence.end
                    and (
                        within is None
                        or len(words_between(ctx.folded, verb.end, x.start)) <= within
                        # "وتقدمت القوات التركية وفصائل درع الفرات نحو مدينة الباب", "أطلقت «قوات
                        # سوريا الديمقراطية» يوم الأحد حملة": the subject's own words do not count
                        or (
                            head in ("advance", "launch")
                            and len(_words_outside_parties(ctx, verb.end, x.start)) <= within
                        )
                        # "أعلن كيري ولافروف في جنيف فجر السبت عن اتفاق": the verb's own
                        # preposition leads to the accord past its subject, place and time
                        or (
                            head == "accord_verb"
                            and _ABOUT_BEFORE.search(ctx.folded, max(0, x.start - 4), x.start)
                            and len(words_between(ctx.folded, verb.end, x.start)) <= 10
                        )
                    )
                    # "lost the town of Kafr Hamra", not "lost 20 fighters in Aleppo"
                    and (
                        head not in ("loss", "taking")
                        or _at(ctx, "lost_ground").fullmatch(ctx.folded, verb.end, x.start)
                    )
                    # what falls is a place ("بيد أن" is "but", no hands)
                    and not (
                        head == "fall"
                        and (
                            re.match(r"\s*ان\s", ctx.folded[x.end :])
                            or not _only_place_between(ctx, verb.end, x.start)
                        )
                    )
                    # "أعلن الجيش انتهاء الهدنة", "announced the end of the truce": no accord reached
                    and not (
                        etype == "AGREE"
                        and _ENDED.search(ctx.folded, max(0, x.start - 14), x.start)
                    )
                    # "أعلن ... التوصل إلى اتفاق": the accord is a trigger of its own, whose
                    # announcers are its parties
                    and not (
                        _ANNOUNCE.match(verb.text) and any(t.start <= x.start < t.end for t in own)
                    )
                    and not (
                        clause
                        and (
                            any(verb.end <= b.start < x.start for b in breaks)
                            or _at(ctx, "clause_break").search(ctx.folded, verb.end, x.start)
                            # (a thousands comma, "for 15,000 people", breaks nothing)
                            or (
                                _CLAUSE_COMMA.search(ctx.folded, verb.end, x.start) is not None
                                and _CLAUSE_COMMA.search(
                                    _without_dated_asides(ctx, verb.end, x.start)
                                )
                                is not None
                            )
                        )
                    )
                ),
                None,
            )
            if tail_found is None:
                continue
            if tail == "allowing" and not any(
                tail_found.end <= a.start < sentence.end
                and len(words_between(ctx.folded, tail_found.end, a.start)) <= 8
                for a in ctx.cues_of("aid_object")
            ):
                continue  # "رفضت روسيا السماح بإدانة": no aid kept out
            if tail == "campaign" and not _campaign_on_place(ctx, tail_found.end):
                continue  # "حملة على الولايات المتحدة", "a campaign to vaccinate": no act at a place
            # a participle ("محمّلة روسيا مسؤولية") is said of the speaker, its object follows;
            # "the rebels lost X": its subject is the one attacked (`_candidate`); "No UN convoy
            # has reached Aleppo": the denial is read whole, the aid's owner no party
            form = _PAIRED_FORMS.get(head) or (
                "noun" if head == "blame" and verb.text.startswith("م") else "verb"
            )
            end = tail_found.end if head == "aid_none" else verb.end
            text = ctx.text[verb.start : end] if head == "aid_none" else verb.text
            kind = (
                "AIRSTRIKE"
                if head == "launch" and _waged_by_aircraft(ctx, verb, tail_found)
                else etype
            )
            out.append(Match(verb.start, end, Cue("trigger", kind, form), text))
    out += _accords_reached(ctx, out)
    out += _accords_acted_under(ctx, out)
    out += _destroyed_by_aircraft(ctx, out)
    return out


def _destroyed_by_aircraft(ctx: Context, paired: list[Match]) -> list[Match]:
    """ "إن الطائرات الروسية دمرت مستشفى", "أن طائراته دمرت 12 هدفاً": a destroying verb with
    aircraft as its subject right before it is an air strike; the verb is the trigger, its object
    what was hit (`_split_around`)."""
    out = []
    for verb in ctx.cues_of("destroy"):
        if not any(p.start <= verb.start < p.end for p in paired) and aircraft_subject(ctx, verb):
            out.append(Match(verb.start, verb.end, Cue("trigger", "AIRSTRIKE", "verb"), verb.text))
    return out


def _stance_owner(ctx: Context, verb: Match) -> str | None:
    """Whose stance a verbal attack is on: the party or nationality right after the stance
    ("السياسة التركية", "سياسة واشنطن", "the policy of Turkey") or, in English, right before it
    ("Washington's stance", "the U.S. policy")."""
    folded, sentence = ctx.folded, ctx.sentence_of(verb.start)
    stance = next((c for c in ctx.cues_of("stance") if verb.end <= c.start < sentence.end), None)
    if stance is None:
        return None
    after = [
        m
        for m in ctx.mentions_in(stance.end, sentence.end, "actor", "adjective")
        if len(words_between(folded, stance.end, m.start)) <= 1
    ]
    before = (
        []
        if is_arabic(verb.text)
        else [
            m
            for m in ctx.mentions_in(verb.end, stance.start, "actor", "adjective")
            if not re.sub(r"['’]s", "", folded[m.end : stance.start]).strip()
        ]
    )
    owners = after or before
    return affiliation(ctx, owners[0].id) if owners else None


def _bearer(ctx: Context, verb: Match) -> str | None:
    """The party said to bear a responsibility: the subject right before the verb ("النظام
    يتحمل", "Moscow bore") or, in Arabic, right after it ("تتحمل روسيا"); none in a demand
    ("على روسيا أن تتحمل", "Russia must bear")."""
    folded = ctx.folded
    if _DEMANDED.search(folded, max(0, verb.start - 30), verb.start):
        return None
    floor = ctx.sentence_of(verb.start).start
    # "إن المعارضة التي ترفض الانفصال عن النصرة تتحمل": the subject the relative clause follows
    relative = list(_RELATIVE.finditer(folded, floor, verb.start))
    anchor = relative[-1].start() if relative else verb.start
    before = [
        m
        for m in ctx.mentions_in(floor, anchor, "actor")
        if len(words_between(folded, m.end, anchor)) <= 1
        and not re.search(r"[,،:«»\"“”]", folded[m.end : anchor])
    ]
    if before:
        return before[-1].id
    if not is_arabic(verb.text):
        return None
    after = [
        m
        for m in ctx.mentions_in(verb.end, verb.end + 40, "actor")
        if not words_between(folded, verb.end, m.start)
    ]
    return after[0].id if after else None


_DEMANDED = re.compile(
    r"(?:^|[\s«“\"])(?:(?:علي\s+\S+|يجب|ينبغي|بد)\s+ان|should|must|has\s+to|have\s+to|had\s+to|to)\s+$"
)


def _only_place_between(ctx: Context, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` name a place and, besides it and a day, one word at
    most (`سقوط حي مساكن هنانو، أمس السبت، بيد`)."""
    places = ctx.mentions_in(start, end, "place")
    if not places:
        return False
    spans = sorted(
        [(m.start, m.end) for m in places]
        + [(d.start, d.end) for d in ctx.dates if start <= d.start and d.end <= end]
    )
    # the text outside the places and days, each gap kept apart from the next
    rest, pos = [], start
    for a, b in spans:
        rest.append(ctx.folded[pos:a])
        pos = max(pos, b)
    rest.append(ctx.folded[pos:end])
    return len(re.findall(r"[^\W\d_]+", " ".join(rest))) <= 1


# trigger forms that tell `_candidate` and the slot rules how a pair is read
_PAIRED_FORMS = {
    "loss": "loss",
    "aid_none": "denial",
    "fall": "fall",
    "bear": "bear",
    "copula": "bear",
}
_COPULA = re.compile(r"\s+[يت]كن\s+(?:ال)?")  # "لم تكن الغارات": the article outside the word
_ONLY = re.compile(r"(?:^|\s)(?:سوي|الا)\s")
_ON_AFTER = re.compile(r"(?:\s+[^\s،,.]+){0,4}?\s+(?:علي|ضد|on|against)\s")


def _waged_by_aircraft(ctx: Context, verb: Match, campaign: Match) -> bool:
    """ "تشنّ الطائرات الروسية والسورية أعنف حملة", "jets have since waged the fiercest
    campaign": aircraft between the verb and the campaign, or just before the verb."""
    floor = _last_break(ctx, ctx.sentence_of(verb.start).start, verb.start)
    return any(
        (verb.end <= a.start and a.end <= campaign.start)
        or (
            floor <= a.start
            and a.end <= verb.start
            and len(words_between(ctx.folded, a.end, verb.start)) <= 2
        )
        for a in ctx.cues_of("air_subject")
    )


_CAMPAIGN_TO_EXPEL = re.compile(
    r"\s*(?:[«“\"][^»”\"]{1,30}[»”\"]\s*)?(?:ل|بهدف\s+|من\s+اجل\s+)(?:طرد|تحرير|استعاده)\s"
    r"|\s*(?:[«“\"][^»”\"]{1,30}[»”\"]\s*)?(?:to\s+(?:drive|oust|expel|liberate|retake)|against)\s"
)


def _campaign_on_place(ctx: Context, end: int) -> bool:
    """ "حملة ... على الأحياء الشرقية لحلب", "the fiercest campaign of the war on eastern Aleppo":
    a campaign waged on a place (not "حملة على الولايات المتحدة", "a campaign to vaccinate")."""
    if _CAMPAIGN_TO_EXPEL.match(ctx.folded, end):
        return True  # "حملة «غضب الفرات» لطرد تنظيم «داعش» من المنطقة": a campaign against a foe
    on = _ON_AFTER.match(ctx.folded, end)
    if on is None:
        return False
    sentence = ctx.sentence_of(end)
    named = ctx.mentions_in(on.end(), sentence.end, "place", "actor")
    return (
        bool(named)
        and named[0].kind == "place"
        and len(words_between(ctx.folded, on.end(), named[0].start)) <= 3
    )


_ABOUT_BEFORE = re.compile(r"(?:^|\s)عن\s+$")
_ANNOUNCE = re.compile(r"(?:[وف]?(?:اعلن|يعلن|تعلن|اعلان)|announced)")
_ACCORD_REFERRED = re.compile(
    r"\b(?:arrangements?|deals?|agreements?|terms|commitments?|plans?|ceasefire|truce)\s+"
    r"(?:(?:to\s+)?(?:which|that)\s+)?(?:[a-z]+\s+){1,2}(?:had\s+|has\s+|have\s+)?$"
)
# What one receives as a host: a guest or a call ("received Lavrov", "received a delegation").
_RECEIVED_GUEST = re.compile(
    r"\s+(?:(?:on|in|at)\s+\S+\s+)?(?:the\s+|an?\s+|his\s+|her\s+)?(?:\S+\s+){0,2}"
    r"(?:delegation|envoy|minister|counterpart|call|phone|telephone|visit|visitors?|president|"
    r"prime|foreign|secretary|ambassador)"
)
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?:^|[\s«“\"])[وبل]?(?:(?:هذه|هذا|هاتين|هذين|تلك|these|this)\s+(?:ال)?|ذلك\s+ال)$"
)
_ENDED = re.compile(
    r"(?:^|\s)(?:انتهاء|نهايه|انهيار|الغاء|تعليق|the end of|end of|collapse of|the collapse of)\s+(?:ال)?$"
)


# "the arrangement Secretary Kerry reached with Lavrov", "الاتفاق الذي توصل إليه الجانبان": a
# definite accord, then the clause that says who reached it.
_ACCORD_CLAUSE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[^\W\d_]+\s+){1,4}$|\s+[وف]?(?:الذي|التي)\s+(?:\S+\s+){0,1}$"
)


# "The evacuation deal was brokered late on Wednesday by Russia and Turkey": an accord told in the
# passive, definite or not, with the parties that reached it
_ACCORD_PASSIVE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+")


def _accords_reached(ctx: Context, paired: list[Match]) -> list[Match]:
    triggers = [*ctx.cues_of("trigger"), *paired]
    out = []
    for verb in longest_non_overlapping(ctx.cues_of("accord_verb")):
        if any(t.start <= verb.start < t.end for t in triggers):
            continue
        sentence = ctx.sentence_of(verb.start)
        for noun in ctx.cues_of("accord"):
            if not sentence.start <= noun.start < verb.start:
                continue
            if (
                (
                    _ACCORD_PASSIVE.fullmatch(ctx.folded, noun.end, verb.start)
                    and _agent_named_after(ctx, verb, sentence.end)
                )
                or (
                    _definite_accord(ctx, noun)
                    and (
                        _ACCORD_CLAUSE.fullmatch(ctx.folded, noun.end, verb.start)
                        # "The agreement Secretary Kerry and Foreign Minister Lavrov reached": the
                        # parties' names and titles do not count
                        or (
                            not is_arabic(noun.text)
                            and len(words_between(ctx.folded, noun.end, verb.start)) <= 10
                            and len(_words_outside_parties(ctx, noun.end, verb.start)) <= 4
                            and bool(ctx.mentions_in(noun.end, verb.start, "actor"))
                        )
                    )
                    and not re.search(r"[,،:]", ctx.folded[noun.end : verb.start])
                )
            ):
                out.append(Match(verb.start, verb.end, Cue("trigger", "AGREE", "verb"), verb.text))
                break
    return out


_ACTED_UNDER = re.compile(r"(?:^|\s)under\s+(?:an?|the)\s+(?:[^\W\d_]+\s+)?$")
_WITH_PARTY_AFTER = re.compile(r"\s+with\s+")


def _accords_acted_under(ctx: Context, paired: list[Match]) -> list[Match]:
    """ "Rebel fighters left Moadamiyeh on Wednesday under a deal with the government": an
    English accord acted under, with a party, is an agreement (of that party and the subject)."""
    triggers = [*ctx.cues_of("trigger"), *paired]
    out = []
    for noun in ctx.cues_of("accord"):
        if is_arabic(noun.text) or any(t.start <= noun.start < t.end for t in triggers):
            continue
        if not _ACTED_UNDER.search(ctx.folded, max(0, noun.start - 24), noun.start):
            continue
        with_ = _WITH_PARTY_AFTER.match(ctx.folded, noun.end)
        if with_ is None or not ctx.mentions_in(with_.end(), with_.end() + 30, "actor"):
            continue
        out.append(Match(noun.start, noun.end, Cue("trigger", "AGREE", "acted_under"), noun.text))
    return out


def _agent_named_after(ctx: Context, verb: Match, end: int) -> bool:
    """Whether a party follows the passive `verb` after "by" within a few words ("was brokered
    late on Wednesday by Russia and Turkey"); "an agreement was reached this afternoon" names
    none and refers to a deal told elsewhere."""
    first = next(iter(ctx.mentions_in(verb.end, end, "actor", "adjective")), None)
    return first is not None and _BY_AGENT.fullmatch(ctx.folded, verb.end, first.start) is not None


_BY_AGENT = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s+(?:by|between)\s+(?:the\s+)?")


def _definite_accord(ctx: Context, noun: Match) -> bool:
    """`الاتفاق` (as `_definite` reads Arabic), "the arrangement"."""
    if is_arabic(noun.text):
        return _definite(ctx.folded, noun)
    return (
        re.search(r"(?:^|\s)the\s+$", ctx.folded[max(0, noun.start - 5) : noun.start]) is not None
    )


def _weapons_name_acts(
    ctx: Context, every: list[Match], triggers: list[Match], candidates: list[_Candidate]
) -> None:
    """A ground weapon or an aircraft left out as the means of a generic verb's act still names
    that act ("قصفت قوات النظام الحي بالمدفعية", "المدفعية التركية قصفت", "استهدفت مقاتلات
    تركية"): kept among its triggers, so no other act's telling takes the act for a vague
    retelling of itself (merge `_vague_retelling`)."""
    kept = {(t.start, t.end) for t in triggers}
    for trig in every:
        if (trig.start, trig.end) in kept:
            continue
        for c in candidates:
            if (
                c.type == "SHELLING"
                and c.sentence.start <= trig.start < c.sentence.end
                and (
                    # the weapon after the verb, or its subject right before it
                    (
                        c.trigger.end <= trig.start
                        and len(words_between(ctx.folded, c.trigger.end, trig.start)) <= 4
                    )
                    or (
                        c.arabic
                        and trig.end <= c.trigger.start
                        and len(words_between(ctx.folded, trig.end, c.trigger.start)) <= 2
                    )
                )
                and (
                    _at(ctx, "ground_weapons").search(trig.text)
                    or (trig.payload.key == "AIRSTRIKE" and trig.text in ctx.lexicon.means)
                )
            ):
                # "قصفت قوات النظام الحي بالمدفعية", "استهدفت مقاتلات تركية": the weapon or the
                # aircraft names the act the generic verb tells
                c.triggers.append(trig)


def _retold_makers(ctx: Context, retold: list[Match], candidates: list[_Candidate]) -> None:
    """ "قُتل 12 مدنياً في غارات جوية ... وقال ناشطون إن الطائرات التي نفذت الغارات روسية": an
    act named again (definite, no act of its own) with a nationality closing its clause says who
    made the act of its type told just before, when that act names no one."""
    folded = ctx.folded
    for trig in retold:
        if trig.payload.key not in HOSTILE_TYPES or not _definite(folded, trig):
            continue
        end = word_end(folded, trig.end)
        maker = next(
            (
                a
                for a in ctx.mentions_in(end, end + 16, "adjective")
                if not folded[end : a.start].strip() and _CLOSES.match(folded, a.end)
            ),
            None,
        )
        if maker is None:
            continue
        before = [
            c
            for c in candidates
            if c.type == trig.payload.key
            and c.trigger.start < trig.start
            and not c.actors
            and ctx.sentence_of(trig.start).start - 600 <= c.sentence.start
        ]
        if before:
            before[-1].actors = [maker.id]


_CLOSES = re.compile(r"\s*(?:[.،,؛]|$)")


def _no_one_acts(ctx: Context, trig: Match, floor: int) -> bool:
    """Whether the act's word has weather, prices, pests, a project or a crowd for its doer
    (events.yaml `non_agents`): before a generic word or as the Arabic subject after it ("وقصفت
    الأسعار"), right before any act's word ("الجفاف يحاصر"), after "by" ("besieged by
    journalists"); or a plan for its means ("استهدفت الحكومة بخطتها")."""
    folded = ctx.folded
    after = word_end(folded, trig.end)
    if _is_generic(ctx, trig) and (
        _at(ctx, "non_agents").search(folded, max(floor, trig.start - 30), trig.start)
        or _at(ctx, "non_agent_after").match(folded, after)
        or _at(ctx, "non_kinetic_means").match(folded, after)
    ):
        return True
    return bool(
        _at(ctx, "non_agent_by").match(folded, after)
        or _at(ctx, "non_agent_next").search(folded, max(floor, trig.start - 20), trig.start)
    )


def _lend_means_types(
    ctx: Context, every: list[Match], triggers: list[Match], candidates: list[_Candidate]
) -> None:
    """A means left out for a generic word that names the act names its kind: "Turkish artillery
    had fired on positions of the YPG" is shelling, "jets hit the market" an air strike."""
    kept = {(t.start, t.end) for t in triggers}
    means = [
        t
        for t in every
        if (t.start, t.end) not in kept and t.payload.key in ("SHELLING", "AIRSTRIKE")
    ]
    for c in candidates:
        if c.type != "ATTACK" or not _is_generic(ctx, c.trigger):
            continue
        subject = [
            m
            for m in means
            if c.sentence.start <= m.start
            and m.end <= c.trigger.start
            and len(words_between(ctx.folded, m.end, c.trigger.start)) <= 2
        ]
        if subject:
            c.type = subject[-1].payload.key


def _lend_means_agents(
    ctx: Context, every: list[Match], triggers: list[Match], candidates: list[_Candidate]
) -> None:
    """A means of attack left out for a word that names the act still names who attacked:
    "طائرات حربية يُعتقد أنها روسية نفذت ست غارات" → the غارات are Russian."""
    kept = {(t.start, t.end) for t in triggers}
    for i, trig in enumerate(every):
        if (trig.start, trig.end) in kept:
            continue
        means = _candidate(ctx, trig, every, i)
        if means is None or not means.actors:
            continue
        lent = False
        for c in candidates:
            if (
                c.sentence == means.sentence
                and c.type in HOSTILE_TYPES
                and not c.actors
                and c.trigger.start > trig.start
                # "غارات روسية على دوما في الغوطة الشرقية المحاصرة": a state has no doer unless named
                and c.trigger.text not in ctx.lexicon.stative
                and not _at(ctx, "contrast").search(ctx.folded, trig.end, c.trigger.start)
                and not _at(ctx, "unknown_doer").search(ctx.folded, trig.end, c.hi)
                # "بالمدفعية وسط غارات مكثفة": strikes told alongside have doers of their own
                and not _at(ctx, "alongside").search(ctx.folded, trig.end, c.trigger.start)
            ):  # "...; and a strike by unidentified aircraft destroyed": not the helicopters'
                c.actors = list(means.actors)
                lent = True
        told = ctx.sentence_before(means.sentence)
        # "نفذت الغارات طائرات حربية يُرجّح أنها روسية": the strikes named again (definite) are
        # those just told, whose means this is
        retold_acts = [
            t.payload.key
            for t in every
            if t.payload.key in HOSTILE_TYPES
            and means.sentence.start <= t.start < means.sentence.end
            and _definite(ctx.folded, t)
            and len(words_between(ctx.folded, t.end, trig.start)) <= 1
        ]
        if lent or not (_definite(ctx.folded, trig) or retold_acts) or told is None:
            continue
        # "قُتل 37 مدنياً في غارات جوية ... وقال عمال إنقاذ إن الطائرات التي نفذت الغارات تابعة
        # للنظام": the planes named again say whose the strikes just told were
        before = [
            c for c in candidates if c.sentence == told and c.type in HOSTILE_TYPES and not c.actors
        ]
        if not before and retold_acts:
            # "نفذت الغارات طائرات حربية يُرجّح أنها روسية" after a list of the strikes' tolls: the
            # last strikes of that type told in the paragraphs just before
            before = [
                c
                for c in candidates
                if c.type == retold_acts[0]
                and not c.actors
                and means.sentence.start - 600 <= c.sentence.end <= means.sentence.start
            ]
        if before and not any(c.sentence == means.sentence for c in candidates):
            before[-1].actors = list(means.actors)


def _across(ctx: Context, t: Match) -> bool:
    """Bare `عبر الحدود` with no party right before it is the preposition "across the border"
    (`الدعم ... عبر الحدود`), not the verb "crossed" (`الجيش التركي عبر الحدود`)."""
    folded = ctx.folded
    if not (t.text.startswith("عبر ") and not _prefix(folded, t.start)):
        return False
    return not any(
        m.kind in ("actor", "adjective")
        and m.end <= t.start
        and len(words_between(folded, m.end, t.start)) <= 1
        for m in ctx.mentions
    )


def _truce_told(ctx: Context, trig: Match, sentence: Sentence) -> bool:
    """Whether a truce is told before a violation: within 600 characters of its sentence, or
    anywhere before when the violations are counted."""
    floor = 0 if _counted(ctx.folded, trig) else sentence.start - 600
    return any(floor <= t.start < sentence.end for t in ctx.cues_of("truce"))


def _planned(ctx: Context, t: Match) -> bool:
    """`will launch an offensive`, `سوف تبدأ خلال أيام «معركة كبرى»`: the act is the object of a
    future verb a few words before it in its clause, or what the future works until (`ستواصل
    الدعم حتى استعادة`); not when it is what the future verb answers
    (`سترد على القصف`, "will respond to the shelling")."""
    if _lam_before(ctx.folded, t.start):
        return False
    floor = ctx.sentence_of(t.start).start
    clause = max(floor, _last_break(ctx, floor, t.start))
    for start, end, _passive in future_markers(ctx):
        if start >= t.start:
            break
        if start < clause:
            continue
        between = words_between(ctx.folded, end, t.start)
        if len(between) <= 3 and not _ANSWERED.intersection(between):
            return True
        # "«ستواصل دعم الحكومة السورية حتى استعادة آخر شبر»": the act is what it works until
        if _at(ctx, "until").search(ctx.folded, max(end, t.start - 24), t.start):
            return True
    return False


# words between a future verb and an act that make the act what the verb answers or follows
_ANSWERED = frozenset(
    (
        "to",
        "for",
        "against",
        "after",
        "over",
        "on",
        "despite",
        "علي",
        "عن",
        "ضد",
        "بعد",
        "رغم",
        "ردا",
    )
)


def _future_verb(folded: str, t: Match) -> bool:
    return t.payload.extra == "verb" and "س" in _prefix(folded, t.start)


# between two verbs: the first one's object (a few words), then the second verb's و
_JOINED_VERB = re.compile(r"\S*(?:\s+[^\s،,.؛:«»\"]+){1,3}\s+[وف]")


def _region(ctx: Context, trig: Match, triggers: list[Match], i: int) -> tuple[Sentence, int, int]:
    folded = ctx.folded
    sentence = ctx.sentence_of(trig.start)
    # "GAZIANTEP, Turkey - ... hospitals had been hit": the city of filing takes no part
    lo, hi = after_dateline(folded, sentence.start), sentence.end
    for s, e, _ in ctx.statement_spans:
        if s <= trig.start < e:
            lo, hi = max(lo, s), min(hi, e)
    if (
        i > 0
        and triggers[i - 1].end > lo
        and triggers[i - 1].end <= trig.start
        # "The Syrian army, backed by Russian air strikes, launched an offensive": the backing
        # aside does not part the subject from its act
        and not (
            (aside := _BACKING_ASIDE.search(folded, lo, trig.start))
            and aside.start() <= triggers[i - 1].start
        )
    ):
        lo = triggers[i - 1].end
        # an actor named together with the previous trigger ("government helicopters dropped
        # barrel bombs") stays in reach
        for m in ctx.mentions:
            if (
                m.kind in ("actor", "adjective")
                and m.start < lo < m.end + 1
                and m.end <= trig.start
            ):
                lo = min(lo, m.start)
        # "إن المسلحين خرقوا الاتفاق وأطلقوا النار على القافلة": a verb joined by و to the verb
        # before it shares that verb's subject, named right before it
        if _JOINED_VERB.fullmatch(folded, triggers[i - 1].end, trig.start) and (
            trig.payload.extra == triggers[i - 1].payload.extra == "verb"
        ):
            verb_at = triggers[i - 1].start - len(_prefix(folded, triggers[i - 1].start))
            for m in ctx.mentions_in(sentence.start, verb_at, "actor"):
                if not words_between(folded, m.end, verb_at):
                    lo = min(lo, m.start)
    nxt = i + 1
    if (
        nxt < len(triggers)
        and _is_generic(ctx, trig)
        and _INSTRUMENT.fullmatch(folded, _past_subject(ctx, trig), triggers[nxt].start)
    ):
        # "استهدفوا بقذائف الهاون حي المزة", "قصفت فصائل المعارضة بقذائف الهاون حي الحمدانية":
        # the generic verb's object is past its weapon
        nxt += 1
    while (
        nxt < len(triggers)
        and trig.text not in ctx.lexicon.stative
        and triggers[nxt].text in ctx.lexicon.stative
        and _at(ctx, "settlement_nouns").match(folded, triggers[nxt].end)
    ):
        nxt += 1  # "dropped barrel bombs on the besieged town of Daraya": the town hit, described
    joined = trig
    while (
        nxt < len(triggers)
        and triggers[nxt].payload.key in HOSTILE_TYPES
        and trig.payload.key in HOSTILE_TYPES
        and (
            _JOINED_MEANS.fullmatch(folded, joined.end, triggers[nxt].start)
            # "rockets and mortar shells": a means of two words goes on the list
            or (joined is not trig and not folded[joined.end : triggers[nxt].start].strip())
        )
    ):
        # "air strikes and barrel bombs have hit the Sakhour district": one act, one place
        joined = triggers[nxt]
        nxt += 1
    aside_after = _RELATIVE_ASIDE_AFTER.match(folded, trig.end)
    while aside_after and nxt < len(triggers) and triggers[nxt].start < aside_after.end():
        nxt += 1  # "The strikes, which residents blamed on Russian jets, killed 14 in Idlib"
    occasion = next(
        (
            a
            for a in _at(ctx, "occasion_aside").finditer(folded, trig.end, hi)
            if len(words_between(folded, trig.end, a.start())) <= 5
        ),
        None,
    )
    while occasion and nxt < len(triggers) and triggers[nxt].start < occasion.end():
        # "اتهم المعلم، خلال لقائه اليوم نائب وزير الخارجية الإيراني، النظام التركي بـ": the
        # meeting of the aside does not part the charge from its object
        nxt += 1
    for a in _at(ctx, "occasion_aside").finditer(folded, lo, hi):
        if a.start() < trig.start and a.end() > trig.end:
            hi = min(hi, a.end() - 1)  # the aside's own act ends with it
    if nxt < len(triggers) and triggers[nxt].start < hi:
        hi = triggers[nxt].start
    for s_start, _e, _sp in ctx.statement_spans:
        if _accused_in(ctx, trig, s_start):
            continue  # "اتهم لافروف الولايات المتحدة بالعجز": the accusation is said, the accused in it
        if _OWNED_OR_DONE_BY.match(
            folded[s_start : s_start + 60],
        ):
            # "قصفت مواقع قالت أنقرة إنها تابعة للوحدات": whose positions were hit; "في غارة قالت
            # إن طائرات النظام شنتها": who carried it out
            continue
        if trig.end <= s_start < hi:
            hi = s_start  # the words of a statement that follows are not this act's arguments
    for opener in _TIME_CLAUSE.finditer(folded, trig.end, hi):
        # "has been under siege since government forces cut the Castello road": another act's
        # clause, told to date this one ("منذ أن سيطرت قوات النظام على الطريق")
        if opener.group(1) or any(
            m.start == opener.end() for m in ctx.mentions_in(opener.end(), hi, "actor", "adjective")
        ):
            hi = opener.start()
            break
    for br in _at(ctx, "clause_break").finditer(folded, lo, trig.start):
        if _RELATIVE_ASIDE_AFTER.fullmatch(folded, br.start(), trig.start - 1):
            # "Islamic State, which is excluded from the truce, attacked": an aside on the
            # subject, closed right before its act
            continue
        lo = max(lo, br.end())
    for unless in _UNLESS.finditer(folded, lo, trig.start):
        # "ستعلق التعاون ما لم تتوقف الغارات", "will suspend cooperation unless the strikes stop":
        # the condition's clause is its own, the party of the main one no doer in it
        lo = max(lo, unless.end())
    brk = _at(ctx, "clause_break").search(folded, occasion.end() if occasion else trig.end, hi)
    if brk and aside_after and brk.start() == folded.find(",", aside_after.start()):
        # "The strikes, which residents blamed on Russian jets, killed 14 people in Idlib": the
        # relative aside closes, and the act's own clause goes on after it
        brk = _at(ctx, "clause_break").search(folded, aside_after.end(), hi)
    elif brk and (aside := _RELATIVE_ASIDE_AFTER.match(folded, brk.start())):
        # "have violated the cessation of hostilities, which took effect on February 27, more
        # than 40 times in Daraa province": an aside on the object, and the clause goes on
        brk = _at(ctx, "clause_break").search(folded, aside.end(), hi)
    if brk:
        hi = brk.start()
    source = _headline_source(ctx, sentence)
    if source is not None and trig.end <= source.start() and trig.payload.key in HOSTILE_TYPES:
        hi = min(hi, source.start())  # "..., Russia says": who says so takes no part in it
    headline_end = folded.find("\n")
    colon = folded.find(":", trig.end, hi if headline_end == -1 else min(hi, headline_end))
    if (
        colon != -1
        and re.search(r"\w", folded[trig.end : colon])
        and not re.match(r"\s*[«“\"]", folded[colon + 1 :])
    ):
        # "حصار الوعر يشتد: حواجز النظام تمنع الطحين": a headline's second half is its own clause
        # (but "«درع الفرات»: دبابات تركية تعبر إلى جرابلس": the act names the news after it)
        hi = colon
    fronted = _FRONTED_PHRASE.match(folded, lo)
    if fronted and fronted.end() <= trig.start and not re.search(r"[,،]", folded[lo : trig.start]):
        # "Under a deal brokered by Russia and Turkey, rebels will leave eastern Aleppo": the
        # phrase opening the sentence ends at its comma; the clause after it is another's
        comma = re.search(r"[,،]", folded[trig.end : hi])
        if comma:
            hi = trig.end + comma.start()
    return sentence, lo, hi


_UNLESS = re.compile(r"(?:^|\s)(?:ما\s+لم|unless)\s")


# "since" opening a clause: with "أن" always, in English when a party follows
_TIME_CLAUSE = re.compile(r"\s(?:(منذ\s+ان)|since)\s+(?:the\s+)?")


# a phrase opening a sentence around an accord or an act ("Under a deal ...,", "بموجب الاتفاق ...،")
_FRONTED_PHRASE = re.compile(
    r"\s*(?:under|as part of|in line with|following|despite|بموجب|وبموجب|وفق|ووفق|في اطار|وفي اطار)\s"
)


def _past_subject(ctx: Context, trig: Match) -> int:
    """Where the words after an Arabic verb go on past the party right after it (its subject)."""
    spaces = _SPACES.match(ctx.folded, trig.end)  # only spaces between the verb and its party
    words_at = spaces.end() if spaces else trig.end
    subject = next(
        (m for m in ctx.mentions if m.kind == "actor" and trig.end <= m.start <= words_at),
        None,
    )
    return subject.end if subject is not None else trig.end


_SPACES = re.compile(r"\s*")
_RELATIVE_ASIDE_AFTER = re.compile(r"\s*,\s*(?:which|who)\s[^,;.]{1,80},")
_BACKING_ASIDE = re.compile(
    rf"(?:[,،]\s*|\s){BACKED}\s+by\s+[^,،]{{1,60}}"
    r"(?:[,،]\s*|\s)(?:\S+\s+){0,2}$"
)
_JOINED_MEANS = re.compile(r"\s+(?:and|or|او)\s+|\s+و")  # "غارات وبراميل", "strikes and shells"
_INSTRUMENT = re.compile(r"\s*(?:by|with|ب)\s*(?:the\s+|ال)?")
_RELATIVE = re.compile(rf"(?:^|\s)[وف]?{ARABIC_RELATIVE}\s|\s(?:which|who)\s")


_HALTED = re.compile(
    r"(?<!\S)(?:[وبل]?(?:وقف|ايقاف|توقف|انهاء)|[تي]توقف|توقفت|stop|stopped|stopping|halt|halted|"
    r"halting|cease|"
    r"ceased|end|ended)(?!\S)"
)


_HALT_DENIED = re.compile(r"(?:^|[\s\"“«])(?:no|not|never|لن|لم|لا)(?:\s|$)")


def _halted_act(ctx: Context, trig: Match, sentence: Sentence) -> bool:
    """A halt right before a hostile act ("halt Aleppo air strikes", "أوقفت غاراتها") tells it
    stopped, unless the halt is itself denied ("no reason to halt its strikes"); an advance too
    ("halt their advances in the Damascus countryside")."""
    if trig.payload.key not in (*HOSTILE_TYPES, "ENTRY"):
        return False
    halt = _at(ctx, "halt_before").search(
        ctx.folded, max(sentence.start, trig.start - 60), trig.start
    )
    return halt is not None and not _HALT_DENIED.search(
        ctx.folded, max(sentence.start, halt.start() - 24), halt.start() + 1
    )


def _held_since(ctx: Context, trig: Match, sentence: Sentence) -> bool:
    """A present control verb whose "since" lies over a month before the report: a hold."""
    if not _at(ctx, "held").match(trig.text) or ctx.published is None:
        return False
    return any(
        trig.end <= d.start < sentence.end
        and d.value is not None
        and _since(ctx.folded, d)
        and (ctx.published - d.value).days > 30
        for d in ctx.dates
    )


_TO_BEFORE = re.compile(r"(?:^|\s)(\S+)\s+to\s+$")


def _purpose_infinitive(ctx: Context, trig: Match, triggers: list[Match]) -> bool:
    """ "to seize new territory": an English bare act verb after "to" is an aim, unless "began",
    "managed" or the like make it done, it is the aim of an act told ("an offensive to capture
    Raqqa", which takes its place), or a past act with its object was done for it ("Government
    forces exploited the infighting to seize farmland"; but not a directive, "urged Turkey to")."""
    folded = ctx.folded
    if is_arabic(trig.text) or not _at(ctx, "bare_act").fullmatch(
        folded[trig.start : word_end(folded, trig.end)]
    ):
        return False
    to = _TO_BEFORE.search(folded, max(0, trig.start - 30), trig.start)
    return (
        to is not None
        and not _at(ctx, "realised_by").fullmatch(to.group(1))
        and not any(t.start <= to.start(1) < t.end for t in triggers if t is not trig)
        and not _at(ctx, "done_for").search(folded, max(0, to.start() - 40), to.start() + 1)
    )


def _names_its_subject(ctx: Context, trig: Match) -> bool:
    """An Arabic verb followed at once by a party: its subject (VSO), "وتقدمت قوات النظام"."""
    end = word_end(ctx.folded, trig.end)
    return any(
        m.start >= end and not words_between(ctx.folded, end, m.start)
        for m in ctx.mentions_in(end, end + 30, "actor")
    )


def _fell_at(ctx: Context, cand: _Candidate) -> list[str]:
    """ "مقتل 13 مستشاراً عسكرياً إيرانياً في معارك خان طومان": foreign forces killed in a battle
    were where it was fought."""
    folded, trig = ctx.folded, cand.trigger
    if cand.type != "INCURSION" or not in_toll(folded, trig.start, trig.end):
        return []
    battle = next(
        (
            t
            for t in ctx.cues_of("trigger")
            if t.start >= trig.end
            and t.payload.key == "ATTACK"
            and _at(ctx, "fell_in").fullmatch(folded, trig.end, t.start)
        ),
        None,
    )
    if battle is None:
        return []
    return [
        m.id
        for m in ctx.mentions_in(battle.end, cand.sentence.end, "place")
        # "في معارك خان طومان", "خلال المعارك التي شهدتها بلدة خان طومان"
        if len(words_between(folded, battle.end, m.start)) <= 3
    ][:1]


_DONE_BY_AFTER = re.compile(r"\s+(?:by|من\s+قبل)\s")


def _besieger_after(ctx: Context, trig: Match, hi: int) -> bool:
    """Whether a passive marker names the besieger after a stative siege word ("المحاصرة من قبل
    قوات النظام", "besieged: Madaya and Zabadani in Rural Damascus by government forces"), not
    farther than six words, the besieged places and a duration not counted."""
    folded = ctx.folded
    for m in ctx.mentions:
        if not (m.kind == "actor" and trig.end <= m.start < hi):
            continue
        if _marker_before(ctx, trig.end, m.start) != "agent":
            continue
        gap = list(folded[trig.end : m.start])
        for p in ctx.mentions_in(trig.end, m.start, "place"):
            gap[p.start - trig.end : p.end - trig.end] = " " * (p.end - p.start)
        # "المحاصرة منذ أكثر من ستة أشهر من قبل قوات النظام": the duration does not count
        rest = _at(ctx, "duration_units").sub(" ", "".join(gap))
        # "besieged towns in Syria in an operation overseen by the UN": not the besieger
        if len(WORD.findall(rest)) <= 6:
            return True
    return False


def _asked(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence is a yes/no question ("Question: Did the Russian side accept that its
    aircraft struck areas in Hama and Idlib?"): it asks about an act, and tells none."""
    folded = ctx.folded
    return folded[sentence.start : sentence.end].rstrip(' \n"”»’').endswith(("?", "؟")) and bool(
        _at(ctx, "yes_no_opening").match(folded, sentence.start)
    )


def _candidate(ctx: Context, trig: Match, triggers: list[Match], i: int) -> _Candidate | None:
    folded = ctx.folded
    if (
        i + 1 < len(triggers)
        and trig.payload.extra == "verb"
        and trig.payload.key in HOSTILE_TYPES
        and _is_generic(ctx, trig)
        and triggers[i + 1].payload.key in HOSTILE_TYPES
        and not _is_generic(ctx, triggers[i + 1])
        and not words_between(folded, trig.end, triggers[i + 1].start)
    ):
        # "فيما استهدفت غارات مماثلة للتحالف": the verb's subject names the act (the reverse of
        # `_usable_triggers`' "غارات استهدفت", where the generic verb is the noun's predicate)
        return None
    sentence, lo, hi = _region(ctx, trig, triggers, i)
    if _asked(ctx, sentence):
        return None
    clause_lo = max(sentence.start, _last_break(ctx, sentence.start, trig.start))
    opening = CLAUSE_JOIN_END.search(folded, max(0, trig.start - 4), trig.start)
    if opening:  # "إن المشروع «صُمم لكي يفشل»، واتهم": a verb after ", و" opens its own clause
        clause_lo = max(clause_lo, opening.end())
        if (
            trig.payload.key in (*HOSTILE_TYPES, "ENTRY")
            and trig.payload.extra == "verb"
            and _names_its_subject(ctx, trig)
        ):
            # "دمّرت غارات روسية ...، وتقدمت قوات النظام في حي": its own subject, none before
            lo = max(lo, opening.end())
    idioms = ctx.cues_of("particle_idiom")  # "ما لا يقل عن 30 برميلاً", "لا تزال": no negation
    # "مطالباً روسيا بوقف قصفها للمدنيين": the act called to halt goes on
    called = _at(ctx, "called_halt").search(folded, max(clause_lo, trig.start - 80), trig.start)
    addressees = ctx.mentions_in(called.start(1), called.end(1), "actor") if called else []
    if not addressees:
        called = None  # the party called on is named: "calls for a halt to" calls on no one
    frame = _time_frame_before(ctx, trig.start)
    frame_lo = max(0, trig.start - 12) + frame.start() if frame else -1
    near = [
        c
        for c in (*ctx.cues_of("modality"), *ctx.cues_of("negation"), *ctx.cues_of("irrealis"))
        if clause_lo <= c.start
        and c.end <= trig.start + 1
        # "Neither Russian nor Syrian warplanes carried out any air strikes": the whole clause
        and len(words_between(folded, c.end, trig.start)) <= (8 if c.text == "nor" else 4)
        and not any(q.start <= c.start < q.end for q in idioms)
        and not any(d.start <= c.start < d.end for d in ctx.dates)  # "On May 5, an air strike"
        # "عُلّقت المحادثات بعد تقدم قوات النظام": the act the suspension came after was done
        and not (c.payload.kind == "irrealis" and c.end <= frame_lo)
        and not (called and c.payload.kind == "irrealis" and c.start >= called.start())
        # "لم يصمد الاتفاق الذي توصلت إليه واشنطن وموسكو": the relative clause is not negated
        and not _RELATIVE.search(folded, c.end, trig.start)
        # "the plan had failed because the government had not approved the entry of supplies"
        and not _at(ctx, "because").search(folded, c.end, trig.start)
        # "صدّوا ثلاث محاولات تسلل للتنظيم": an attempt repelled was made
        and not _at(ctx, "repelled").search(folded, max(0, c.start - 30), c.start)
        # "داعياً إلى التحقيق في الغارة": an inquiry is called for, into an act done
        and not (
            c.payload.kind == "irrealis" and _at(ctx, "inquiry").search(folded, c.end, trig.start)
        )
        # "لم يكن سقوط الحي مفاجئاً": the copula is denied, not the act it is said of (but "لم
        # يكن هناك قصف" denies it)
        and not (
            _COPULA.fullmatch(folded, c.end, trig.start)
            # "لم تكن معركة حلب سوى سلسلة من الضربات": what it was, the act only its frame
            and not (
                trig.payload.key in HOSTILE_TYPES and _ONLY.search(folded, trig.end, sentence.end)
            )
        )
    ]
    if any(
        c.payload.kind in ("modality", "irrealis")
        and not _perfective_qad(folded, c)
        # "في محاولة لفك الحصار", "will break the siege": the siege to be broken is there
        and not (
            trig.payload.key == "SIEGE"
            and _at(ctx, "break_siege").search(folded, c.end, trig.start)
        )
        for c in near
    ):
        return None
    if _held_since(ctx, trig, sentence):
        return None  # "ويسيطر «جيش الفتح» على مدينة إدلب منذ آذار 2015": a hold, no capture told
    if not called and _halted_act(ctx, trig, sentence):
        return None  # "Russia, Syria halt Aleppo air strikes": halted, not done
    if (
        frame
        and (_definite(folded, trig) or frame.group().endswith("the "))
        # "بعد الاجتماع المتوتر الذي جمع الوزيرين في نيويورك": the meeting told in its relative
        and not _TOLD_IN_RELATIVE.match(folded, word_end(folded, trig.end))
        # "since the siege by pro-government forces began": the frame says who did it
        and not _DONE_BY_AFTER.match(folded, word_end(folded, trig.end))
    ):
        return None  # "خلال المعارك", "after the attack": a time frame pointing back at an act told
    if _no_one_acts(ctx, trig, sentence.start):
        return None  # "A storm hit the coast of Latakia", "وقصفت الأسعار جيوب المواطنين"
    if (
        _at(ctx, "duration_frame").search(folded, max(0, trig.start - 45), trig.start)
        and _at(ctx, "backdrop").fullmatch(folded, trig.start, trig.end)
        and any(
            t.payload.key in HOSTILE_TYPES and sentence.start <= t.start < trig.start
            for t in triggers
        )
    ):
        # "stormed Khan Touman, driving out government forces after a day of fierce fighting":
        # the battle the act told before it ended (but "agreed to a ceasefire after a week of
        # fighting" tells the fighting itself)
        return None
    if any(
        trig.end <= c.start and len(words_between(folded, trig.end, c.start)) <= 2
        for c in ctx.cues_of("post_modality")
    ):
        return None  # "هجوم بري محتمل", "تفاهم قريب": possible, not done
    if _at(ctx, "act_subject").search(folded[max(0, trig.start - 30) : trig.start]):
        return None  # "The blast struck near a building": the act already told, not another
    if (
        _definite(folded, trig)
        and _CAME.search(folded, max(0, trig.start - 12), trig.start)
        and any(t.start < trig.start and t.payload.key in HOSTILE_TYPES for t in triggers[:i])
    ):
        return None  # "وجاء الهجوم بعد أيام من ...", "the attack came after": the act told, dated
    if _seized_aid(ctx, trig):
        return None
    if _gerund_with_object(ctx, trig):
        return None  # "focus on fighting Islamic State", "the forces fighting it": no act told
    if trig.payload.key in HOSTILE_TYPES and _FUTURE_AFTER.match(folded[trig.end : trig.end + 40]):
        return None  # "معركة حلب ستكون نقطة انطلاق": a prediction, not an act
    if (
        trig.payload.key in _AGREEMENT_WORDS
        and trig.payload.extra != "verb"
        and re.match(
            r"^\s*(?:\S+\s+){0,6}?(?:[وف]?س(?:يعقد|تعقد|يجري|تجري|يتم)|(?:will|would|(?:is|are)"
            r"(?: due| expected)? to) (?:be held|take place|resume|begin|start|open))",
            folded[trig.end : trig.end + 80],
        )
    ):
        return None  # "أكد بيسكوف أن لقاء بوتين وأردوغان سيعقد في موعده": still to come
    if trig.payload.key == "CEASEFIRE_VIOLATION" and (
        _at(ctx, "other_norm").match(folded, trig.end) or not _truce_told(ctx, trig, sentence)
    ):
        return None  # "انتهاك صارخ للقانون الدولي" is not a breach of a truce; "15 violations"
        # after a paragraph about the truce is, and so are violations counted anywhere after a
        # truce was told ("22:45 the centre has registered 12 violations" in a truce's live blog)
    cand = _Candidate(trig.payload.key, trig, sentence, lo, hi)
    cand.trigger_word = folded[trig.start : word_end(folded, trig.end)]
    cand.after_to = folded.endswith(" to ", 0, trig.start)
    cand.negated = (
        any(
            c.payload.kind == "negation"
            # "said Moscow's conduct was no longer defensible and accused Russia": an accusation
            # is denied only right before its verb
            and (cand.type != "ACCUSE" or len(words_between(folded, c.end, trig.start)) <= 1)
            # "روسيا لم تلتزم بوقف الغارات", "has not stopped bombing": the act goes on
            and not _HALTED.search(folded, c.end, trig.start)
            for c in near
        )
        or _denied(ctx, sentence, trig)
        or (
            _at(ctx, "negated_after").match(folded, trig.end) is not None
            # "Aid convoys have not been able to reach Daraya": the "not" is the denial itself
            and not any(
                trig.end <= b.start and len(words_between(folded, trig.end, b.start)) <= 1
                for b in ctx.cues_of("blocked_passive")
            )
        )
    )
    cand.asserted_by = ctx.statement_at(trig.start, trig.end) or _attribution(ctx, sentence, trig)
    _participants(ctx, cand)
    if called and not cand.actors and cand.type in HOSTILE_TYPES:
        # "داعياً روسيا إلى وقف الغارات على حلب": the party called on to halt the act does it;
        # the caller named before it ("ودعت الخارجية الروسية أنقرة إلى وقف قصفها") does not
        called_on = [p for a in addressees if (p := affiliation(ctx, a.id)) != cand.asserted_by]
        cand.actors = called_on[:1]
    if _broken_siege(ctx, cand) and not cand.marked_agent and not called:
        # "كسر الحصار", "لفك الحصار", "broke the siege": those who break it are the besieged (but
        # "broke a siege imposed by armed opposition groups" names who laid it; and "urged
        # Damascus to lift the siege" calls on the one who lays it)
        cand.target = cand.target or (cand.actors[0] if cand.actors else None)
        cand.actors = []
    if trig.payload.extra == "loss":
        # "the rebels lost Masaken Hanano": those who lost it were attacked, by no one named
        cand.target = cand.actors[0] if cand.actors else None
        cand.actors = []
    if trig.payload.extra == "bear":
        # "قالت المعارضة إن النظام يتحمل مسؤولية انهيار الهدنة", "Washington said Moscow bore
        # responsibility": the one said to bear it is accused, by the one who says so
        accused = _bearer(ctx, trig)
        if not cand.asserted_by or accused is None or accused == cand.asserted_by:
            return None
        # the accuser's own words: accused by them, not an act they report
        cand.actors, cand.target, cand.asserted_by = [cand.asserted_by], accused, None
    if trig.payload.key == "ACCUSE" and any(
        v.start == trig.start for v in ctx.cues_of("verbal_attack")
    ):
        # "وهاجم المعلم السياسة التركية": the stance's owner is accused by the one attacking it
        owner = _stance_owner(ctx, trig)
        if owner is not None and owner not in {affiliation(ctx, a) for a in cand.actors}:
            cand.target = owner
    if (
        trig.payload.key == "ATTACK"
        and cand.target
        and any(v.start == trig.start for v in ctx.cues_of("verbal_attack"))
        and (speaker := _person_subject(ctx, trig)) is not None
    ):
        # "وهاجم أردوغان الولايات المتحدة بسبب دعمها", "Erdogan attacked Washington over": a
        # person attacks in words
        cand.type, cand.actors = "ACCUSE", [speaker]
    cand.places = (
        _places(ctx, cand)
        or _siege_told_before(ctx, cand)
        or _fell_at(ctx, cand)
        or unlisted_district(ctx, cand)
    )
    cand.date = _date(ctx, cand)
    cand.fatalities = _toll_of(ctx, trig, triggers, sentence)
    perfect = not cand.arabic and (
        _PERFECT_BEFORE.search(folded[max(0, trig.start - 20) : trig.start])
        or _OBJECT_AFTER.match(folded, trig.end)
    )  # "Government forces have besieged the camp", "... and allied militias besieged the town":
    # a verb, not a state
    if (
        trig.text in ctx.lexicon.stative
        and not perfect
        and not (
            not cand.arabic
            and (
                any(
                    not folded[m.end : trig.start].strip()
                    for m in ctx.mentions_in(0, trig.start, "actor")
                )
                # "government-besieged Madaya", "rebel-besieged Foua": the besieger compounded
                or (
                    folded[trig.start - 1 : trig.start] == "-"
                    and any(
                        m.end == trig.start - 1
                        for m in ctx.mentions_in(0, trig.start, "actor", "adjective")
                    )
                )
            )
        )  # "Government forces besieged Madaya": a verb after its subject
        and not _besieger_after(ctx, trig, hi)
    ):
        # "مضايا المحاصرة" tells a siege without its besieger; "المحاصرة من قبل قوات النظام"
        # names the besieger
        if not cand.places:
            return None
        cand.actors, cand.target = [], None
    if (
        cand.type == "AGREE"
        and folded.startswith("agreed", trig.start)
        and _ACCORD_REFERRED.search(folded, max(0, trig.start - 60), trig.start)
    ):
        return None  # "the arrangements to which Moscow agreed": an accord named, not one reached
    if (
        cand.type == "MEET"
        and folded.startswith("received", trig.start)
        and not _RECEIVED_GUEST.match(folded, trig.end)
        and not any(
            m.kind == "actor" and trig.end <= m.start <= trig.end + 30 for m in ctx.mentions
        )
    ):
        return None  # "Madaya ... received no aid": a host receives a guest or a call
    own_place = any(m.kind == "place" and trig.end <= m.start < hi for m in ctx.mentions)
    if not own_place and _DEMONSTRATIVE_BEFORE.search(folded, max(0, trig.start - 8), trig.start):
        return None  # "هذه الاعتداءات الجبانة", "these attacks": the acts already told
    if (
        _definite(folded, trig)
        and not own_place
        and not cand.marked_agent
        and not cand.subject_given
        and cand.type != "ACCUSE"
        and not _prefix(folded, trig.start).endswith("ب")  # "لقصف يومي بالبراميل": an instrument
        # "بلدتي الفوعة وكفريا المحاصرتين": definite by agreement with its noun, not by reference
        and trig.text not in ctx.lexicon.stative
        # "في مضايا تحت الحصار", "الحصار المفروض عليهم": the siege as the state a place is in
        and not (cand.type == "SIEGE" and _under_siege(ctx, trig))
        # "انطلقت في أستانة المحادثات السورية بحضور ...": talks told as they open or close
        and not (
            cand.type == "MEET"
            and _at(ctx, "talks_held").search(folded, max(0, trig.start - 30), trig.start)
        )
    ):
        return None  # "الهجمات", "خلال المعارك": a definite noun refers back to an act already told
    return cand


_IMPOSED_AFTER = re.compile(r"\s+(?:المفروض|المضروب)")
_UNDER_BEFORE = re.compile(r"(?:^|\s)تحت\s+$")


def _under_siege(ctx: Context, trig: Match) -> bool:
    """ "في مضايا تحت الحصار", "الحصار المفروض عليهم": the siege named as the state a place is
    in, right after the place, or as the one imposed (not "مخاطر وقوع آلاف المدنيين تحت الحصار")."""
    folded = ctx.folded
    if _IMPOSED_AFTER.match(folded, word_end(folded, trig.end)):
        return True
    word_start = trig.start - len(_prefix(folded, trig.start))  # before "ال" of "الحصار"
    under = _UNDER_BEFORE.search(folded, max(0, word_start - 6), word_start)
    return under is not None and any(
        not words_between(folded, m.end, under.start())
        for m in ctx.mentions_in(max(0, trig.start - 60), trig.start, "place")
    )


def _gerund_with_object(ctx: Context, trig: Match) -> bool:
    """An English -ing form with its object right after it and no auxiliary before it names an
    activity ("fighting Islamic State"), not an act that happened ("were shelling Aleppo")."""
    folded = ctx.folded
    end = word_end(folded, trig.end)
    if (
        is_arabic(trig.text)
        or not folded[trig.start : end].endswith("ing")
        or trig.payload.key == "ACCUSE"  # "with its spokesman accusing Moscow of": a charge made
    ):
        return False
    # "were shelling Aleppo"; ", accusing Moscow of ...": a participle of the clause; "accused
    # the rebels of shelling the government-held district": the act charged; "finished driving
    # Islamic State out of Manbij": an act begun, gone on with or ended; "after meeting Kerry",
    # "responded by shelling the town": an act told as the time or the means of another
    if re.search(
        r"(?:^|\s)(?:is|are|was|were|be|been|being|of|for|began|begun|started|continued|"
        r"resumed|kept|finished|completed|after|following|upon|by)\s+$|[,،]\s*$",
        folded[max(0, trig.start - 12) : trig.start],
    ):
        return False
    after = folded[end : end + 40]
    return re.match(r"\s+(?:it|them)\b", after) is not None or any(
        m.start >= end
        and not words_between(folded, end, m.start)
        # "Rebels besieging the government-held towns": the towns are the object, not a party
        and not HELD_BY.match(folded, m.end)
        for m in ctx.mentions_in(end, end + 40, "actor")
    )


def _perfective_qad(folded: str, cue: Match) -> bool:
    """`قد` before a past verb (`قد ألقت`) marks completion, not possibility (`قد يشهد`)."""
    if cue.text != "قد":
        return False
    nxt = re.match(r"\s*(\S+)", folded[cue.end : cue.end + 20])
    if re.search(
        r"(?:^|\s)و?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}$",
        folded[max(0, cue.start - 40) : cue.start],
    ):
        return True  # وكان الحي قد تعرض: a past perfect
    return nxt is not None and not re.match(r"[يتن]", nxt.group(1))


_CAME = re.compile(r"(?:^|\s)[وف]?(?:جاء|جاءت|ياتي|تاتي)\s+(?:ال)?$")


def _person_subject(ctx: Context, trig: Match) -> str | None:
    """The person right before the verb ("Erdogan attacked") or right after it ("وهاجم أردوغان"),
    named or by an official's title ("وهاجم وزير الخارجية السوري وليد المعلم", "Syrian Foreign
    Minister Walid al-Moallem attacked": the party the title serves)."""
    folded = ctx.folded
    sentence = ctx.sentence_of(trig.start)
    before = ctx.mentions_in(sentence.start, trig.start, "actor")
    after = ctx.mentions_in(trig.end, min(sentence.end, trig.end + 40), "actor")
    near = [m for m in before[-1:] if not words_between(folded, m.end, trig.start)] + [
        m for m in after[:1] if not words_between(folded, trig.end, m.start)
    ]
    people = [m.id for m in near if ctx.lexicon.actors[m.id].kind == "person"]
    if people:
        return people[0]
    # the title and the name next to it are one subject, with no word between them
    chain = [m for m in before[-1:] if not words_between(folded, m.end, trig.start)]
    for m in reversed(before[:-1]):
        if chain and not words_between(folded, m.end, chain[0].start):
            chain.insert(0, m)
    if not chain:
        chain = [m for m in after[:1] if not words_between(folded, trig.end, m.start)]
        for m in after[1:]:
            if chain and not words_between(folded, chain[-1].end, m.start):
                chain.append(m)
    titles = _at(ctx, "speaking_titles")
    titled = any(titles.search(folded, max(0, m.start - 1), m.end) for m in chain)
    return chain[0].id if titled else None


def _denied(ctx: Context, sentence: Sentence, trig: Match) -> bool:
    """A denial verb governing the trigger (`نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت`);
    a verb coordinated after it is asserted (`نفى وجود مجاعة في مضايا، واتهم «المسلحين» بـ`), and
    so is a charge that opens a clause of its own (`نفى أن يكون مقاتلوه قد منعوا إدخال الطعام،
    متهماً «الجماعات الإرهابية» بـ`)."""
    if trig.payload.extra == "verb" and CLAUSE_JOIN_END.search(
        ctx.folded, max(sentence.start, trig.start - 4), trig.start
    ):
        return False
    if trig.payload.key == "ACCUSE" and re.search(
        r"[،,]\s*$", ctx.folded[max(sentence.start, trig.start - 4) : trig.start]
    ):
        return False
    if any(sentence.start <= r.start < trig.start for r in ctx.cues_of("report_denial")):
        return True  # "rejected reports that Russian aircraft had bombed a school"
    for n in ctx.cues_of("negation"):
        if _prefix(ctx.folded, n.start).endswith("ال"):
            continue  # "وجاء النفي بعد إعلان ... أن القوات اتفقت": the denial named, not denying
        if sentence.start <= n.start < trig.start and n.text in (
            "نفي",
            "نفت",
            "ينفي",
            "تنفي",
            "نفوا",
            "نافيا",  # "، نافياً ما روّجته وسائل إعلام معادية عن استهداف": the participle
            "نافيه",
            "denied",
            "denies",
            "deny",
        ):
            return True
    return False


def _toll_of(ctx: Context, trig: Match, triggers: list[Match], sentence: Sentence) -> int | None:
    """The largest toll of the sentence that stands nearer this act's word than any other
    killing act's ("ألقت مروحيات النظام برميلين على درعا البلد ... وقُتل طفل برصاص قناص في بصرى
    الشام": the child is the sniper's, not the barrels')."""
    folded = ctx.folded
    rivals = [
        t
        for t in triggers
        if sentence.start <= t.start < sentence.end and t.payload.key in KILLING_TYPES
    ]
    found = []
    for value, start, end in tolls(folded[sentence.start : sentence.end]):
        start, end = start + sentence.start, end + sentence.start
        if starved(folded, end):
            continue  # "وفاة طفلين جوعاً": the siege starved them, no act killed them
        # "ما أسفر عن مقتل 20 شخصاً", ", killing 62 soldiers": a result of the act told before it
        result = told_as_result(folded, sentence.start, start)
        if not rivals or _toll_distance(folded, trig, start, end, result) <= min(
            _toll_distance(folded, t, start, end, result) for t in rivals
        ):
            found.append(value)
    return max(found, default=None)


def _toll_distance(folded: str, t: Match, start: int, end: int, result: bool) -> int:
    """How far an act's word stands from the toll at [start, end)."""
    if t.end <= start:  # the act, then what it did: "..., killing 62 soldiers"
        return start - t.end
    if t.start < end:
        return 0
    # an act after the toll: "قُتل خمسة مدنيين جراء غارات"; farther past a semicolon ("killing 62
    # soldiers; Islamic State fighters overran the hill"), and never after a result
    if result:
        return len(folded)
    return (t.start - end) * (3 if SEMICOLON.search(folded, end, t.start) else 1)


def _headline_source(ctx: Context, sentence: Sentence) -> re.Match[str] | None:
    """The closing attribution of a headline ("Rebels shelled Aleppo, Russia says"), read once
    per sentence (`_region` and `_attribution` both ask for it)."""

    def search() -> re.Match[str] | None:
        end = title_end(ctx)
        if not (sentence.start < end and sentence.end <= end + 1):
            return None
        return _at(ctx, "headline_says").search(ctx.folded, sentence.start, min(sentence.end, end))

    return ctx.once(f"headline_source:{sentence.start}", search)


def _attribution(ctx: Context, sentence: Sentence, trig: Match) -> str | None:
    """`بحسب ما أعلنت وزارة الدفاع الروسية`, `according to the Pentagon`, "..., Russia says" closing
    a headline's hostile act (a meeting's "..., UN envoy says" may be said by one of its
    parties): the source of the act."""
    source = _headline_source(ctx, sentence)
    if source is not None and trig.end <= source.start() and trig.payload.key in HOSTILE_TYPES:
        said = ctx.mentions_in(source.start(), source.end(), "actor")
        if said:
            return said[0].id
    for verb in ctx.cues_of("speech"):
        if sentence.start <= verb.start < sentence.end and verb.text in (
            "بحسب",
            "وفق",
            "according to",
        ):
            after = [
                m
                for m in ctx.mentions
                if m.kind == "actor"
                and verb.end <= m.start < verb.end + 60
                and m.start < sentence.end
                # "According to the Syrian Observatory, government forces shelled": past the
                # comma is the act, not its source
                and not re.search(r"[,،]", ctx.folded[verb.end : m.start])
            ]
            if after:
                return after[0].id
    return None
