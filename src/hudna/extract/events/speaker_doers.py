"""The speaker as the doer of what they tell: "it had carried out", an announced start or
capture, the speaker's own forces (طائراتها, its aircraft), and a shared subject after the
speaker's label ("Kremlin: Putin and ... agreed")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hudna.extract.context import Context, after_dateline, title_end, words_between
from hudna.extract.entities import affiliation
from hudna.extract.events.common import GERUND_OPENER, _at, _Candidate
from hudna.extract.events.party_groups import _groups, _undated_words
from hudna.models import HOSTILE_TYPES

if TYPE_CHECKING:
    from hudna.extract.events.participants import _Slots

_ANNOUNCE = re.compile(r"(?:^|\s)[وف]?(?:اعلن|اعلنت|يعلن|تعلن|اعلنوا)\s|\bannounc(?:ed|es|ing)\s")
_STARTED = re.compile(
    r"(?:^|\s)(?:عن\s+)?(?:بدء|انطلاق|اطلاق)\s+$"
    r"|\bannounc(?:ed|es|ing)\s+(?:the\s+(?:start|launch|beginning)\s+of\s+)?(?:an?\s+|its\s+)?(?:\S+\s+)?$"
)

# "said it had struck", "it had also struck", "it had mistakenly struck"
_SPEAKER_AS_SUBJECT = re.compile(
    r"(?:^|\s)(?:it|we|they)\s+(?:had|has|have)\s+(?:(?:also|[a-z]+ly)\s+)?$"
)


_AND_BEFORE_VERB = re.compile(
    r"(?:^|\s)and\s+((?:(?:by|on|in|later|then|also|quickly|soon)\b[^,;.]{0,24}?\s+)?"
    r"(?:(?:had|has|have)\s+)?)$"
)
_AGAINST_BEFORE = re.compile(r"(?:^|\s)(?:against|ضد)\s+(?:the\s+)?$")
_OWN_PRONOUN = re.compile(r"\s*(?:that\s+)?(?:it|they|we)\s")

_AUXILIARIES = frozenset(
    {"had", "has", "have", "did", "does", "do", "not", "never", "any", "also", "been", "out"}
)


# the speaker's own aircraft ("مروحياتها", "its warplanes"), folded
_AIRCRAFT = re.compile(r"(?:طاير|مقاتلات|مروحي|قاذف|its\s+(?:planes|aircraft|jets|warplanes))")
_CLAUSE_OPENER = re.compile(r"[,;]\s*(?:when|as|after|while|before|where|whereas)\s")


def _speaker_as_doer(ctx: Context, cand: _Candidate, slots: _Slots) -> None:
    """With no doer found yet, the party asserting the act did it when it says so in the first
    person, announces its own act, or names its own forces; a verb joined by "and" shares its
    subject; the speaker's own forces joined to a doer make the speaker a doer too."""
    folded, trig = ctx.folded, cand.trigger
    subject = next(
        (
            f
            for f in ctx.cues_of("own_forces")
            if cand.arabic
            and cand.verb
            and f.end <= trig.start
            and len(words_between(folded, f.end, trig.start)) <= 1
            and not re.search(r"[،,.:]", folded[f.end : trig.start])
        ),
        None,
    )
    if subject is not None and cand.asserted_by and not slots.group:
        # "واعترفت واشنطن بأن طائراتها ربما استهدفت القوات السورية": the speaker's own forces
        # before the verb are its subject; the party after it is the one struck
        if slots.agents and not slots.target and cand.asserted_by not in slots.agents:
            slots.target = slots.agents[0]
        slots.agents = [cand.asserted_by]
    if (
        not slots.agents
        and not slots.group
        and cand.asserted_by
        and re.search(
            r"(?:^|\s)(?:it|they|we)\s+(?:(?:had|has|have)\s+)?(?:carried out|conducted|launched|staged)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?$"
            r"|(?:^|\s)[وف]?[اأإ]ن(?:ها|ه|هم|نا)\s+(?:(?:نفذ|شن|ارتكب)\S*\s+(?:\S+\s+)?)?$",
            folded[max(cand.sentence.start, trig.start - 30) : trig.start],
        )
    ):
        # "The United States said it had carried out an air strike", "أعلنت الوزارة أنها نفذت
        # غارات", "قال التحالف إنه قصف": the one who says so did it
        slots.agents = [cand.asserted_by]
    if (
        not slots.agents
        and not slots.group
        and cand.asserted_by
        and not cand.arabic
        and _own_pronoun_subject(ctx, cand)
    ):
        slots.agents = [cand.asserted_by]
    if (
        not slots.agents
        and not slots.group
        and cand.asserted_by
        and (_announced_own(ctx, cand) or _own_aircraft_announced(ctx, cand))
    ):
        slots.agents = [cand.asserted_by]
    headline_announcer = _headline_announcer(ctx, cand) if not slots.agents else None
    if headline_announcer and not slots.group and _announced_own(ctx, cand):
        # "الفصائل تعلن السيطرة على الراموسة" in a headline, where no statement is read: the
        # party announcing its capture made it
        slots.agents = [headline_announcer]
    if not slots.agents and not slots.group and cand.asserted_by:
        own = [
            f
            for f in ctx.cues_of("own_forces")
            if cand.lo <= f.start < cand.hi
            # "مقتل ثلاثة من جنودها في غارة": its own dead, not its own strike
            and not _at(ctx, "casualty").search(folded, max(0, f.start - 25), f.start)
            # "إن مقاتليه صدوا هجوماً": who repelled the attack did not make it
            and not (f.end <= trig.start and _at(ctx, "repelled").search(folded, f.end, trig.start))
            # "طائراتها نفذت أمس الأحد ٢٦ غارة": the day and the count do not part them
            # "its aircraft had not carried out any strikes": the auxiliaries do not either
            and len(
                [
                    w
                    for w in (
                        _words_outside_time_span(ctx, f.end, trig.start)
                        if f.end <= trig.start
                        else _undated_words(ctx, trig.end, f.start)
                    )
                    if w not in _AUXILIARIES
                ]
            )
            <= 3
        ]
        if own:
            # "طائراتها نفذت 64 غارة", said by the Russian ministry; but "said the government had
            # ... and that its aircraft had bombed": the party named before the possessive
            before_own = ctx.mentions_in(cand.sentence.start, own[0].start, "actor")
            named = [
                m
                for m in before_own
                if m.id != cand.asserted_by
                # "The SDF launched their offensive against ISIL ..., and their fighters have
                # surrounded the city": the party fought is no owner of "their"
                and not _AGAINST_BEFORE.search(folded, max(0, m.start - 12), m.start)
            ]
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
            if (
                not others
                and _AIRCRAFT.match(own[0].text)
                and affiliation(ctx, cand.asserted_by) not in ctx.lexicon.air_forces
            ):
                # "حصار فرضته قوات النظام ...، وبعدما ألقت مروحياتها براميل", told by the
                # opposition: a side with no aircraft owns none; they are those of the air force
                # named last before them
                others = [
                    m.id for m in before_own if affiliation(ctx, m.id) in ctx.lexicon.air_forces
                ][-1:]
            slots.agents = [others[-1] if others else cand.asserted_by]
    if not slots.agents and not slots.group and not cand.asserted_by:
        owner = _owner_before(ctx, cand)
        if owner:
            slots.agents = [owner]
    joined = (
        _AND_BEFORE_VERB.search(folded, max(0, trig.start - 40), trig.start)
        if not cand.arabic and cand.verb
        else None
    )
    if joined and (
        not joined.group(1)
        # "advanced alongside the Turkish tanks and by the afternoon had taken Jarablus": with no
        # doer found, a time and an auxiliary between do not part the verb from its "and"
        or not slots.agents
    ):
        # "13:02 - Kremlin: President Putin and ... agreed": after the speaker's label
        label = folded.rfind(":", cand.sentence.start, trig.start)
        # "Konashenkov said ISIS militants launched an offensive ... and seized it": within the
        # words said, their own first party, not the speaker
        said = [s for s, e, _sp in ctx.statement_spans if s <= trig.start < e]
        # "An offensive by US-backed rebels ... collapsed, when Islamic State fighters
        # counter-attacked and overran": the clause the verbs share
        clause = [
            c.end() for c in _CLAUSE_OPENER.finditer(folded, cand.sentence.start, joined.start())
        ]
        # "MOSCOW (Meridian Wire) - The foreign ministers of ... met ... and agreed": not the
        # city of filing
        own_start = after_dateline(folded, cand.sentence.start)
        opening = max([own_start, label + 1, *said, *clause])
        first = [m for m in ctx.mentions if m.kind == "actor" and opening <= m.start < trig.start]
        if (
            cand.type in HOSTILE_TYPES
            and len(first) > 1
            and any(first[0].end <= v.start <= first[0].end + 2 for v in ctx.cues_of("speech"))
        ):
            # "Turkish officials said Iranian militias had stopped a convoy ... and opened fire":
            # the party said to act is the subject the verbs share, not the one who says so
            first = first[1:]
        if first:
            # "Lavrov said ... and accused Washington of ...": the same subject; "Kerry and the
            # Russian foreign minister spoke by phone and agreed", "Russia and the regime ...,
            # bombing hospitals and blocking every aid convoy": all of it
            slots.agents = list(dict.fromkeys(m.id for m in _groups(ctx, first)[0]))
            cand.subject_given = True
    if (
        cand.asserted_by
        and not slots.group
        and slots.agents
        and cand.asserted_by not in slots.agents
    ):
        # "قالت الوزارة إن قواتها وقوات النظام استهدفت": the speaker's own forces, joined to a doer
        starts = [m.start for m in ctx.mentions if m.kind == "actor" and m.id in slots.agents]
        for f in ctx.cues_of("own_forces"):
            link = re.match(r"\s+(?:and\s+|و)", folded[f.end : f.end + 6])
            if cand.lo <= f.start < trig.start and link and f.end + link.end() in starts:
                slots.agents.insert(0, cand.asserted_by)
                break


# "خلال الساعات الماضية", "خلال الأيام الخمسة الأخيرة", "over the past 24 hours": the span the
# acts were counted over, and the count's head ("سلسلة", "أكثر من 150")
_TIME_SPAN = re.compile(
    r"\s(?:خلال|في|over|in)\s+(?:the\s+)?(?:ال)?(?:past|last)?\s*(?:\S+\s+){0,2}?"
    r"(?:ساعات|الساعات|ايام|الايام|اسابيع|الاسابيع|hours|days|weeks)(?:\s+\S+)?\s+"
    r"(?:الماضيه|الاخيره|الماضيين)?\s*(?:سلسله|اكثر\s+من|نحو|more\s+than|a\s+series\s+of)?"
)


def _words_outside_time_span(ctx: Context, start: int, end: int) -> list[str]:
    """The undated words between `start` and `end`, less a time span the acts were counted over."""
    span = _TIME_SPAN.search(ctx.folded, start, end)
    if span is None:
        return _undated_words(ctx, start, end)
    return [*_undated_words(ctx, start, span.start()), *_undated_words(ctx, span.end(), end)]


def _owner_before(ctx: Context, cand: _Candidate) -> str | None:
    """ "The SDF said: "We will liberate Manbij." Its fighters advanced on the city": forces a
    sentence opens with as someone's own ("Its fighters", "Their jets") are those of who spoke in
    the sentence before, else of its first party."""
    folded = ctx.folded
    opening = next(
        (
            f
            for f in ctx.cues_of("own_forces")
            if f.text.isascii()
            and cand.sentence.start <= f.start < cand.trigger.start
            and not folded[cand.sentence.start : f.start].strip(" \"“”'")
        ),
        None,
    )
    before = ctx.sentence_before(cand.sentence) if opening else None
    if before is None:
        return None
    spoke = [sp for s, _e, sp in ctx.statement_spans if before.start <= s < before.end]
    if spoke:
        return spoke[-1]
    named = ctx.mentions_in(before.start, before.end, "actor")
    return named[0].id if named else None


def _own_pronoun_subject(ctx: Context, cand: _Candidate) -> bool:
    """ "the Syrian military said it had retaken positions", "rebels said they had broken the
    siege after capturing the academies": the speaker's own pronoun is the act's subject, right
    before it or opening the words said before "after"."""
    folded, trig = ctx.folded, cand.trigger
    if _SPEAKER_AS_SUBJECT.search(folded, max(0, trig.start - 32), trig.start):
        return True
    if not (
        GERUND_OPENER.search(folded, max(0, trig.start - 8), trig.start)
        and re.match(r"\S*ing(?!\S)", folded[trig.start :])
    ):
        return False
    return any(
        s <= trig.start < e
        and _OWN_PRONOUN.match(folded, s)
        and not ctx.mentions_in(s, trig.start, "actor")
        for s, e, _sp in ctx.statement_spans
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
    taken = (
        cand.arabic
        and not cand.verb
        and (_at(ctx, "capture").match(trig.text) or trig.text.startswith("السيطره"))
    )  # "تعلن السيطرة على الراموسة": the control announced
    return bool(own or taken or _STARTED.search(before))


def _headline_announcer(ctx: Context, cand: _Candidate) -> str | None:
    """The party right before a headline's announcing verb ("الفصائل تعلن السيطرة على ...")."""
    folded, trig = ctx.folded, cand.trigger
    if trig.start >= title_end(ctx):
        return None
    verb = max(
        _ANNOUNCE.finditer(folded, cand.sentence.start, trig.start),
        key=lambda v: v.start(),
        default=None,
    )
    if verb is None:
        return None
    named = [
        m
        for m in ctx.mentions_in(cand.sentence.start, verb.start() + 1, "actor")
        if not words_between(folded, m.end, verb.start() + 1)
    ]
    return named[-1].id if named else None


def _own_aircraft_announced(ctx: Context, cand: _Candidate) -> bool:
    """`أعلنت وزارة الدفاع الروسية أن قاذفات «سوخوي» نفذت 41 طلعة`, "the Russian Defence Ministry
    said Su-24 bombers had carried out 27 sorties": aircraft with no owner named, in an air
    force's own account of the strikes, are its own."""
    trig = cand.trigger
    if (
        cand.type != "AIRSTRIKE"
        or cand.asserted_by is None
        or affiliation(ctx, cand.asserted_by) not in ctx.lexicon.air_forces
    ):
        return False
    return any(
        t.payload.key == "AIRSTRIKE"
        and t.text in ctx.lexicon.means
        and cand.sentence.start <= t.start <= trig.start
        for t in ctx.cues_of("trigger")
    )
